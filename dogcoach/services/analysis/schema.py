"""The ABC analysis as the model must return it.

One Pydantic model serves twice: its JSON schema constrains Ollama's decoding through `format`, and
the same model validates the answer again, because small models and old Ollama builds do not always
honour the grammar.
"""

from __future__ import annotations

import copy
from enum import StrEnum
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator


class Category(StrEnum):
    """C-BARQ subscales plus the commonest reasons owners give up dogs."""

    BARKING = "barking"
    SEPARATION = "separation"
    LEASH_REACTIVITY = "leash_reactivity"
    RESOURCE_GUARDING = "resource_guarding"
    HOUSE_SOILING = "house_soiling"
    JUMPING = "jumping"
    DESTRUCTIVE_CHEWING = "destructive_chewing"
    AGGRESSION_PEOPLE = "aggression_people"
    AGGRESSION_DOGS = "aggression_dogs"
    FEAR = "fear"
    MOUTHING = "mouthing"
    PULLING = "pulling"
    CHASING = "chasing"
    ATTENTION_SEEKING = "attention_seeking"
    HANDLING_SENSITIVITY = "handling_sensitivity"
    OTHER = "other"


class LikelyFunction(StrEnum):
    """Functions of behaviour as applied behaviour analysis names them."""

    ATTENTION = "attention"
    ESCAPE = "escape"
    TANGIBLE = "tangible"
    AUTOMATIC = "automatic"
    UNCLEAR = "unclear"


class MissingInfo(StrEnum):
    """What the owner did not tell; drives the single follow-up question."""

    ANTECEDENT = "antecedent"
    CONSEQUENCE = "consequence"
    FREQUENCY = "frequency"


# Generous upper bounds: they only catch runaway generations, the prompt asks for short text.
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=600)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=240)]

SUMMARY_LINES = 3


class Analysis(BaseModel):
    """One analysed behaviour report; field order is the order the model generates them in.

    The order is the owner's reading order, so a streamed answer fills the first screen first:
    the category (the result's title) and `safety_flag` (a danger warning must stand above the
    advice from the first view on, and it depends only on the report, not on the analysis), then
    A, B, C (the first screen; also the model's reasoning, which the function, intensity, summary
    and next step build on: small models conclude better after they have laid out the ABC), then
    the summary and the next step as the result shows them; `missing` last, it is never shown.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    category: Category
    safety_flag: bool
    antecedent: Text
    behavior: Text
    consequence: Text
    likely_function: LikelyFunction
    intensity: Annotated[int, Field(ge=0, le=4)]
    summary: Annotated[list[Line], Field(min_length=SUMMARY_LINES, max_length=SUMMARY_LINES)]
    next_step: Text
    missing: Annotated[list[MissingInfo], Field(max_length=len(MissingInfo))]

    @field_validator("summary", mode="before")
    @classmethod
    def _split_summary(cls, value: Any) -> Any:
        """Accept one multi-line string (models without grammar support do that) and flatten lines."""
        if isinstance(value, str):
            return [line for line in value.splitlines() if line.strip()]
        if isinstance(value, list):
            return [" ".join(item.split()) if isinstance(item, str) else item for item in value]
        return value

    @field_validator("missing", mode="after")
    @classmethod
    def _dedupe_missing(cls, value: list[MissingInfo]) -> list[MissingInfo]:
        """A set in meaning; keep the first occurrence order so the follow-up is stable."""
        return list(dict.fromkeys(value))


# Keywords Ollama's schema-to-grammar conversion uses; everything else (titles, descriptions,
# string lengths) only costs grammar states or is ignored.
_KEPT_KEYS = frozenset(
    {"type", "properties", "required", "items", "enum", "minimum", "maximum", "minItems", "maxItems"}
)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """Resolve local `$ref`s and drop unused keywords so the schema is flat and self-contained."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            return _inline(defs[ref.rsplit("/", 1)[-1]], defs)
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties":
                out[key] = {name: _inline(sub, defs) for name, sub in value.items()}
            elif key in _KEPT_KEYS:
                out[key] = _inline(value, defs)
        return out
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    return node


@cache
def _schema(model: type[BaseModel]) -> dict[str, Any]:
    raw = model.model_json_schema()
    flat: dict[str, Any] = _inline(raw, raw.get("$defs", {}))
    return flat


def flat_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema as Ollama's `format` takes it: flat (no `$ref`), only the keywords its
    grammar conversion uses, every field required."""
    return copy.deepcopy(_schema(model))


def analysis_json_schema() -> dict[str, Any]:
    """The analysis schema to pass as Ollama's `format` (see `flat_json_schema`)."""
    return flat_json_schema(Analysis)
