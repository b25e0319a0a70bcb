"""The coach's answer to an owner's question, as the model must return it.

Like `schema.Analysis`, one Pydantic model constrains Ollama's decoding (`format`) and validates
the answer again. It is small on purpose (the question prompt asks for little): a safety flag, the
answer in one to three short sentences, and one next step. The order is the owner's reading order:
the flag first (a danger warning stands above the advice from the first view on, and it depends
only on the question), then the answer sentence by sentence (a list, so a streamed answer shows
each sentence as soon as it is whole), then the next step.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dogcoach.services.analysis.schema import Line, Text, flat_json_schema

ANSWER_LINES = 3


class Answer(BaseModel):
    """One answered question; field order is the order the model generates them in."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    safety_flag: bool
    answer: Annotated[list[Line], Field(min_length=1, max_length=ANSWER_LINES)]
    next_step: Text

    @field_validator("answer", mode="before")
    @classmethod
    def _split_answer(cls, value: Any) -> Any:
        """One string is its sentences' lines (models without grammar support answer so)."""
        if isinstance(value, str):
            return [line for line in value.splitlines() if line.strip()]
        if isinstance(value, list):
            return [" ".join(item.split()) if isinstance(item, str) else item for item in value]
        return value


def answer_json_schema() -> dict[str, Any]:
    """The answer schema to pass as Ollama's `format`."""
    return flat_json_schema(Answer)
