"""Readable fields of an analysis while the model is still writing it.

The growing answer is parsed with pydantic_core's partial JSON parser (`from_json(...,
allow_partial=True)`), which keeps only strings that are already closed. A view therefore holds
complete values only, never half a word: a Korean word cut mid-syllable reads badly, and a field
can only be judged by the answer gate (script, length) once it is whole. At ~15 tokens/s the
first A/B/C line is whole within about two seconds of the first token, so whole fields cost
the owner little, and a channel that edits a message in place cannot edit per token anyway.

A field enters a view only when it is complete, valid on its own (an enum value the schema knows,
an intensity of 0-4, a boolean) and, for text, passes the gate; a line of the summary enters
when that line is complete. Values are JSON-ready (enum values as strings). The coach's answer to
a question (`answer.Answer`) is read the same way: its `answer` sentences like summary lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import from_json

from dogcoach.services.analysis.gate import field_passes
from dogcoach.services.analysis.recover import normalise
from dogcoach.services.analysis.schema import Analysis, Line

_TEXT = frozenset({"antecedent", "behavior", "consequence", "next_step"})
_LINES = frozenset({"summary", "answer"})  # shown line by line, each line once it is whole
# A number the buffer ends in may still grow ("1" of "12"); true, false and null cannot.
_NUMBER_TAIL = frozenset("0123456789.eE+-")


@dataclass(frozen=True, slots=True)
class PartialAnalysis:
    """What the owner may read of an answer still being written.

    `fields`: complete, checked fields by schema name in schema order (`summary` holds the lines
    complete so far); `attempt`: 1, or 2 for the corrective retry, whose views replace attempt 1's;
    `chunks`: stream parts received in this attempt (Ollama sends about one token per part);
    `elapsed_ms`: since the analysis was asked for. Never the final result: that is an
    `AnalysisResult`, given only after Ollama finished and the whole answer passed.
    """

    attempt: int
    fields: dict[str, Any] = field(default_factory=dict)
    chunks: int = 0
    elapsed_ms: float = 0.0


@cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """A validator for one field alone, with its constraints (e.g. intensity 0-4)."""
    info = model.model_fields[name]
    annotation: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(annotation)


_LINE = TypeAdapter(Line)


def _checked(model: type[BaseModel], name: str, value: Any, language: str) -> Any | None:
    """The field's JSON-ready value when it is valid on its own and passes the gate, else None."""
    if name in _LINES:
        if not isinstance(value, list):
            return None
        lines: list[str] = []
        for index, line in enumerate(value):
            try:
                text = _LINE.validate_python(line)
            except ValidationError:
                break
            if not field_passes(f"{name}[{index}]", text, language):
                break
            lines.append(text)
        return lines or None
    if name == "missing":
        return None  # not shown to the owner; only the final answer's list counts
    try:
        checked = _adapter(model, name).validate_python(value)
    except ValidationError:
        return None
    if name in _TEXT and not field_passes(name, checked, language):
        return None
    return getattr(checked, "value", checked)


def readable_fields(buffer: str, language: str, model: type[BaseModel] = Analysis) -> dict[str, Any]:
    """The complete, checked fields of a partly received answer of `model`'s schema (see the
    module docstring).

    Text before the object (a fence, a line of prose) is skipped. A number that is the last thing
    received may still grow (`1` of `12`), so it waits for what follows it.
    """
    start = buffer.find("{")
    if start < 0:
        return {}
    try:
        data = from_json(buffer[start:], allow_partial=True)
    except ValueError:
        return {}
    if not isinstance(data, dict) or not data:
        return {}
    last = next(reversed(data))
    value = data[last]
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and buffer.rstrip()[-1:] in _NUMBER_TAIL
    ):
        del data[last]
    found = normalise(data)
    view: dict[str, Any] = {}
    for name in model.model_fields:
        if name in found:
            value = _checked(model, name, found[name], language)
            if value is not None:
                view[name] = value
    return view


class PartialParser:
    """Accumulates streamed text and tells when the readable view changed."""

    def __init__(self, language: str, model: type[BaseModel] = Analysis) -> None:
        self.language = language
        self.model = model
        self.text = ""
        self.chunks = 0
        self.fields: dict[str, Any] = {}

    def feed(self, piece: str) -> bool:
        """Add one streamed piece; True when `fields` changed."""
        self.chunks += 1
        self.text += piece
        if not piece or ('"' not in piece and "," not in piece and "}" not in piece and "]" not in piece):
            return False  # nothing can have closed: skip the parse (most pieces are mid-string)
        fields = readable_fields(self.text, self.language, self.model)
        if fields == self.fields:
            return False
        self.fields = fields
        return True
