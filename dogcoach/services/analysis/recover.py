"""Recover an analysis from an answer that is right in substance but not in form.

Ollama ignores `format` on some builds and models, and small models then wrap the JSON in a
```json fence, put a line of prose before it, or bend a value's form. Throwing such an answer
away costs the owner a second model call (or a failed report), so the answer's one JSON object is
taken out and every deviation whose meaning is unambiguous is normalised. The schema (`Analysis`)
still validates what comes out: nothing here invents content.

Rules, in order (each has a test):
 1. The object: the first `{...}` that decodes as a JSON object, wherever it is (inside a ```json
    fence, after prose, before a closing remark). A lone wrapper (`{"analysis": {...}}`) is opened.
 2. Keys: case, spaces and hyphens do not matter (`Next Step`, `next-step` -> `next_step`);
    the British `behaviour` is `behavior`.
 3. Enum values (`category`, `likely_function`, `missing` items): case, spaces and hyphens do not
    matter (`Leash Reactivity` -> `leash_reactivity`). An unknown value stays and fails validation.
 4. `intensity`: a whole number given as text or float (`"3"`, `3.0`, `"3/4"`) is that number.
 5. `safety_flag`: `"true"`/`"false"`/`"yes"`/`"no"` (any case) and 0/1 are booleans.
 6. Text fields given as a list of strings are joined with a space.
 7. `summary`: one string is split into lines (newlines; if none, sentences); bullets and numbers
    (`- `, `• `, `1. `, `2) `) are taken off each line; empty lines dropped; more than three lines
    keep the first three (the summary is a recap of fields already in the analysis, so a fourth
    line adds nothing the owner misses; asking again would cost a whole second answer). Fewer
    than three stays invalid.
 8. `missing`: one string is a comma/space separated list; `null`, `"none"` and `""` are `[]`.
 9. The coach's `answer` (see `answer.Answer`) is read like `summary` (rule 7), up to three lines.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dogcoach.services.analysis.answer import ANSWER_LINES, Answer
from dogcoach.services.analysis.schema import SUMMARY_LINES, Analysis, Category, LikelyFunction, MissingInfo

_FIELDS = frozenset(Analysis.model_fields) | frozenset(Answer.model_fields)
_KEY_ALIASES = {"behaviour": "behavior"}
_ENUMS: dict[str, frozenset[str]] = {
    "category": frozenset(c.value for c in Category),
    "likely_function": frozenset(f.value for f in LikelyFunction),
    "missing": frozenset(m.value for m in MissingInfo),
}
_TEXT_FIELDS = ("antecedent", "behavior", "consequence", "next_step")
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+\s*[.)])\s*")
# Sentence ends in both languages: ., !, ? (and their fullwidth forms) followed by a space.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_INTENSITY = re.compile(r"^\s*(\d+)(?:\.0+)?\s*(?:/\s*4)?\s*$")
_SEPARATORS = re.compile(r"[\s,;/|]+")
_DECODER = json.JSONDecoder()


def extract_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in `text` (rule 1), or None when there is none."""
    start = text.find("{")
    while start != -1:
        try:
            value, _ = _DECODER.raw_decode(text, start)
        except json.JSONDecodeError:
            start = text.find("{", start + 1)
            continue
        if isinstance(value, dict):
            return _unwrap(value)
        start = text.find("{", start + 1)
    return None


def _unwrap(value: dict[str, Any]) -> dict[str, Any]:
    if len(value) == 1:
        inner = next(iter(value.values()))
        if isinstance(inner, dict) and _FIELDS & {_key(k) for k in inner}:
            return inner
    return value


def _key(name: Any) -> str:
    flat = re.sub(r"[\s-]+", "_", str(name).strip().lower())
    return _KEY_ALIASES.get(flat, flat)


def _enum(value: Any, allowed: frozenset[str]) -> Any:
    if not isinstance(value, str):
        return value
    flat = re.sub(r"[\s-]+", "_", value.strip().lower())
    return flat if flat in allowed else value


def _intensity(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and (match := _INTENSITY.match(value)):
        return int(match[1])
    return value


def _flag(value: Any) -> Any:
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return bool(value)
    return value


def _text(value: Any) -> Any:
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return " ".join(v.strip() for v in value if v.strip())
    return value


def summary_lines(value: Any, limit: int = SUMMARY_LINES) -> Any:
    """Rule 7 (at most `limit` lines); anything that is not a string or a list of strings is
    returned unchanged."""
    if isinstance(value, str):
        lines = [line for line in value.splitlines() if line.strip()]
        if len(lines) == 1:
            lines = [s for s in _SENTENCE_END.split(lines[0]) if s.strip()]
        value = lines
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return value
    cleaned = [_BULLET.sub("", line).strip() for line in value]
    cleaned = [line for line in cleaned if line]
    return cleaned[:limit] if len(cleaned) > limit else cleaned


def _missing(value: Any) -> Any:
    if value is None:
        return []
    if isinstance(value, str):
        value = [part for part in _SEPARATORS.split(value) if part]
    if isinstance(value, list):
        items = [_enum(v, _ENUMS["missing"]) for v in value]
        return [v for v in items if not (isinstance(v, str) and v.strip().lower() in ("", "none"))]
    return value


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Rules 2-8 on a decoded object; returns a new dict (unknown keys kept, the schema ignores them)."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _key(raw_key)
        out.setdefault(key, value)
    for name in ("category", "likely_function"):
        if name in out:
            out[name] = _enum(out[name], _ENUMS[name])
    if "intensity" in out:
        out["intensity"] = _intensity(out["intensity"])
    if "safety_flag" in out:
        out["safety_flag"] = _flag(out["safety_flag"])
    for name in _TEXT_FIELDS:
        if name in out:
            out[name] = _text(out[name])
    if "summary" in out:
        out["summary"] = summary_lines(out["summary"])
    if "answer" in out:
        out["answer"] = summary_lines(out["answer"], ANSWER_LINES)
    if "missing" in out:
        out["missing"] = _missing(out["missing"])
    return out


def recover(text: str) -> dict[str, Any] | None:
    """The normalised object of a model's answer, or None when it holds no JSON object."""
    found = extract_object(text)
    return normalise(found) if found is not None else None
