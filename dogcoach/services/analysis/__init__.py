"""LLM half of the ABC analysis: prompt, Ollama call, validation, model management, evaluation.

The conversation engine needs only `Analyzer.analyze` and the three exceptions:
`ModelUnavailable` (keep the report pending), `AnalysisInvalid` (mark it failed), `AnalysisError`.
"""

from dogcoach.services.analysis.client import (
    AnalysisError,
    AnalysisInvalid,
    AnalysisResult,
    AnalysisStats,
    Analyzer,
    AttemptStats,
    ModelMissing,
    ModelUnavailable,
)
from dogcoach.services.analysis.models import (
    ModelManager,
    ModelPullFailed,
    OllamaTooOld,
    PullProgress,
)
from dogcoach.services.analysis.prompt import Language, build_profile_line, normalize_language
from dogcoach.services.analysis.schema import (
    Analysis,
    Category,
    LikelyFunction,
    MissingInfo,
    analysis_json_schema,
)

__all__ = [
    "Analysis",
    "AnalysisError",
    "AnalysisInvalid",
    "AnalysisResult",
    "AnalysisStats",
    "Analyzer",
    "AttemptStats",
    "Category",
    "Language",
    "LikelyFunction",
    "MissingInfo",
    "ModelManager",
    "ModelMissing",
    "ModelPullFailed",
    "ModelUnavailable",
    "OllamaTooOld",
    "PullProgress",
    "analysis_json_schema",
    "build_profile_line",
    "normalize_language",
]
