"""Safety first: red flags and aversive methods found in a message before the model sees it."""

from dogcoach.services.safety.check import (
    SENIOR_MONTHS,
    WOUND_FLAGS,
    AversiveMethod,
    FlagKind,
    Method,
    RedFlag,
    Referral,
    SafetyCheck,
    SafetyChecker,
    Urgency,
    checked,
    emergency,
)

__all__ = [
    "SENIOR_MONTHS",
    "WOUND_FLAGS",
    "AversiveMethod",
    "FlagKind",
    "Method",
    "RedFlag",
    "Referral",
    "SafetyCheck",
    "SafetyChecker",
    "Urgency",
    "checked",
    "emergency",
]
