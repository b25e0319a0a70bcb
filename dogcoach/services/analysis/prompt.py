"""Chat messages for the analysis, assembled from the files in `dogcoach/prompts/<lang>/`.

Every word the model reads lives in those files, so prompts can be tuned (and translated) without
touching code. The prompt is kept small on purpose: on a CPU, prompt processing dominates the wait.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

Language = Literal["ko", "en"]
LANGUAGES: tuple[Language, ...] = ("ko", "en")

# A profile value is one short item; a longer one is user input that does not belong in the prompt.
MAX_PROFILE_VALUE_CHARS = 60
# Years read more naturally than months once the dog is two.
YEARS_FROM_MONTHS = 24

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SPACES = re.compile(r"\s+")


def normalize_language(value: str) -> Language:
    """Map a locale such as `ko-KR` or `en_US` to a supported prompt language."""
    base = value.strip().lower().replace("_", "-").split("-", 1)[0]
    if base not in LANGUAGES:
        raise ValueError(f"unsupported language {value!r}; expected one of {LANGUAGES}")
    return base


def fill(template: str, **values: str) -> str:
    """Substitute `{name}` placeholders in one pass.

    One pass means text coming from users (a dog called `{report}`) is never expanded again, and
    unknown braces in a prompt file are left as they are instead of raising like `str.format`.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)


def one_line(text: str, limit: int | None = None) -> str:
    """Collapse whitespace (newlines could fake prompt structure) and cut to `limit` characters."""
    flat = _SPACES.sub(" ", text).strip()
    return flat[:limit].rstrip() if limit is not None else flat


@dataclass(frozen=True, slots=True)
class ProfileTemplate:
    """How the dog's profile becomes one compact line (see `profile.json`)."""

    line: str
    separator: str
    fields: Mapping[str, str]
    values: Mapping[str, str]
    list_separator: str
    empty: str


@dataclass(frozen=True, slots=True)
class PromptSet:
    """All prompt texts of one language."""

    language: Language
    system: str
    user: str
    correction: str
    profile: ProfileTemplate

    @property
    def fixed_chars(self) -> int:
        """Characters sent with every report whatever the user wrote (the budget DESIGN.md sets)."""
        return len(self.system) + len(_PLACEHOLDER.sub("", self.user))


def _root(prompts_dir: Path | None) -> Traversable:
    if prompts_dir is not None:
        return prompts_dir
    return resources.files("dogcoach") / "prompts"


def _read(folder: Traversable, name: str) -> str:
    return folder.joinpath(name).read_text(encoding="utf-8").strip()


@cache
def load_prompts(language: str, prompts_dir: Path | None = None) -> PromptSet:
    """Read (once) the prompt files of `language`, from the package or an operator's folder."""
    lang = normalize_language(language)
    folder = _root(prompts_dir) / lang
    raw: dict[str, Any] = json.loads(_read(folder, "profile.json"))
    profile = ProfileTemplate(
        line=str(raw["line"]),
        separator=str(raw["separator"]),
        fields={str(k): str(v) for k, v in raw["fields"].items()},
        values={str(k): str(v) for k, v in raw.get("values", {}).items()},
        list_separator=str(raw.get("list_separator", raw["separator"])),
        empty=str(raw["empty"]),
    )
    return PromptSet(
        language=lang,
        system=_read(folder, "system.txt"),
        user=_read(folder, "user.txt"),
        correction=_read(folder, "correction.txt"),
        profile=profile,
    )


def _label(template: ProfileTemplate, value: Any) -> str:
    text = one_line(str(value), MAX_PROFILE_VALUE_CHARS)
    return template.values.get(text, text)


def _age_months(value: Any) -> int | None:
    try:
        months = int(value)
    except (TypeError, ValueError):
        return None
    return months if months >= 0 else None


def build_profile_line(profile: Mapping[str, Any], language: str, prompts_dir: Path | None = None) -> str:
    """The dog's profile as one short line for the user message.

    Takes the survey's answers (`name`, `age_months`, `sex`, `breed`, `size`, `concerns`, ...); only
    fields with a template in `profile.json` are used, in the template's order, and empty ones are
    skipped. Stable codes such as `male` or `small` are shown through the file's `values` labels.
    """
    template = load_prompts(language, prompts_dir).profile
    parts: list[str] = []
    for field, pattern in template.fields.items():
        if field == "age_years":
            continue
        value = profile.get(field)
        if value is None or value == "" or value == [] or isinstance(value, bool):
            continue
        if field == "age_months":
            months = _age_months(value)
            if months is None:
                continue
            if months >= YEARS_FROM_MONTHS and "age_years" in template.fields:
                parts.append(fill(template.fields["age_years"], value=str(months // 12)))
            else:
                parts.append(fill(pattern, value=str(months)))
            continue
        if isinstance(value, list | tuple | set):
            items = [_label(template, item) for item in value if item not in (None, "")]
            if not items:
                continue
            text = template.list_separator.join(items)
        else:
            text = _label(template, value)
        if text:
            parts.append(fill(pattern, value=text))
    if not parts:
        return template.empty
    return fill(template.line, fields=template.separator.join(parts))


def build_messages(
    prompts: PromptSet, report: str, profile_line: str, max_report_chars: int | None = None
) -> list[dict[str, str]]:
    """System prompt plus one user message carrying the profile line and the report.

    The report is flattened to one line and cut to `max_report_chars`, because Ollama silently drops
    the start of a prompt longer than `num_ctx`; cutting the end ourselves keeps the instructions.
    """
    content = fill(prompts.user, profile=one_line(profile_line), report=one_line(report, max_report_chars))
    return [{"role": "system", "content": prompts.system}, {"role": "user", "content": content}]


def correction_message(prompts: PromptSet, error: str) -> dict[str, str]:
    """The one follow-up turn asking the model to fix its answer; `error` is a short technical hint."""
    return {"role": "user", "content": fill(prompts.correction, error=one_line(error, 200))}
