"""LLM half of the ABC analysis: prompt, Ollama call (streamed), recovery, answer gate, model
management, evaluation.

The worker needs `Analyzer.analyze` (or `Analyzer.stream` to show an answer as it is written) and
the exceptions: `ModelUnavailable` (keep the report pending; `kind`, `fix`, `notice`,
`retry_after` say why and what to do), `AnalysisInvalid` (mark it failed), `AnalysisError`.
"""

from dogcoach.services.analysis.client import (
    AnalysisInvalid,
    AnalysisResult,
    AnalysisStats,
    AnalysisStream,
    Analyzer,
    AttemptStats,
    Rejection,
)
from dogcoach.services.analysis.errors import (
    AnalysisError,
    ModelMissing,
    ModelOutOfMemory,
    ModelTooLarge,
    ModelUnavailable,
    OwnerNotice,
    StreamBroken,
    UnavailableKind,
)
from dogcoach.services.analysis.gate import Finding, Problem, check_analysis
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
from dogcoach.services.analysis.stream import PartialAnalysis

__all__ = [
    "Analysis",
    "AnalysisError",
    "AnalysisInvalid",
    "AnalysisResult",
    "AnalysisStats",
    "AnalysisStream",
    "Analyzer",
    "AttemptStats",
    "Category",
    "Finding",
    "Language",
    "LikelyFunction",
    "MissingInfo",
    "ModelManager",
    "ModelMissing",
    "ModelOutOfMemory",
    "ModelPullFailed",
    "ModelTooLarge",
    "ModelUnavailable",
    "OllamaTooOld",
    "OwnerNotice",
    "PartialAnalysis",
    "Problem",
    "PullProgress",
    "Rejection",
    "StreamBroken",
    "UnavailableKind",
    "analysis_json_schema",
    "build_profile_line",
    "check_analysis",
    "normalize_language",
]
