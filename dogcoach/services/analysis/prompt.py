"""Chat messages for the analysis, assembled from the files in `dogcoach/prompts/<lang>/`.

Every word the model reads lives in those files, so prompts can be tuned (and translated) without
touching code. The prompt is kept small on purpose: on a CPU, prompt processing dominates the wait.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from dogcoach.services.analysis.gate import Finding

Language = Literal["ko", "en"]
LANGUAGES: tuple[Language, ...] = ("ko", "en")

# Corrective sentences sent back at most: the worst few say enough, more only lengthens the prompt.
MAX_GATE_FINDINGS = 4
# A profile value is one short item; a longer one is user input that does not belong in the prompt.
MAX_PROFILE_VALUE_CHARS = 60
# A step tried without success is the model's own sentence: cut at a word past this.
MAX_TRIED_STEP_CHARS = 80
# Years read more naturally than months once the dog is two.
YEARS_FROM_MONTHS = 24
# where the survey keeps an answer's range when only about ("약 2~3살"): `handlers.card.APPROXIMATE_KEY`
APPROXIMATE_KEY = "approximate"

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
    """How the dog's profile becomes one compact line (see `profile.json`).

    `fields` has a pattern for every survey answer, `include` the ones the line shows (in that
    order: each costs prompt tokens), `values` the human words of every stored option id per
    field, `skip` the option ids not worth a word (a concern of "none", a health note of "none"),
    `over` the numbers shown only above a threshold (hours alone: a usual day tells the model
    nothing, a long one may explain a report), `max_chars` a field's own cut where
    `MAX_PROFILE_VALUE_CHARS` is too much (a Korean note costs about a token per 1.3 characters,
    an English one a token per 4).
    """

    line: str
    separator: str
    include: tuple[str, ...]
    fields: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]]
    skip: Mapping[str, frozenset[str]]
    over: Mapping[str, float]
    max_chars: Mapping[str, int]
    list_separator: str
    empty: str
    tried: str = ""
    tried_separator: str = "; "


@dataclass(frozen=True, slots=True)
class PromptSet:
    """All prompt texts of one language; `gate` maps each answer-gate problem (and `lead`,
    `separator`) to the corrective sentence that names it."""

    language: Language
    system: str
    user: str
    correction: str
    gate: Mapping[str, str]
    profile: ProfileTemplate

    @property
    def fixed_chars(self) -> int:
        """Characters sent with every report whatever the user wrote."""
        return len(self.system) + len(_PLACEHOLDER.sub("", self.user))


def prompts_folder(prompts_dir: Path | None) -> Traversable:
    if prompts_dir is not None:
        return prompts_dir
    return resources.files("dogcoach") / "prompts"


def read_prompt(folder: Traversable, name: str) -> str:
    return folder.joinpath(name).read_text(encoding="utf-8").strip()


@cache
def load_prompts(language: str, prompts_dir: Path | None = None) -> PromptSet:
    """Read (once) the prompt files of `language`, from the package or an operator's folder."""
    lang = normalize_language(language)
    folder = prompts_folder(prompts_dir) / lang
    raw: dict[str, Any] = json.loads(read_prompt(folder, "profile.json"))
    fields = {str(k): str(v) for k, v in raw["fields"].items()}
    profile = ProfileTemplate(
        line=str(raw["line"]),
        separator=str(raw["separator"]),
        include=tuple(str(k) for k in raw.get("include", fields)),
        fields=fields,
        values={str(f): {str(k): str(v) for k, v in m.items()} for f, m in raw.get("values", {}).items()},
        skip={str(f): frozenset(str(v) for v in ids) for f, ids in raw.get("skip", {}).items()},
        over={str(f): float(v) for f, v in raw.get("over", {}).items()},
        max_chars={str(f): int(v) for f, v in raw.get("max_chars", {}).items()},
        list_separator=str(raw.get("list_separator", raw["separator"])),
        empty=str(raw["empty"]),
        tried=str(raw.get("tried", "")),
        tried_separator=str(raw.get("tried_separator", "; ")),
    )
    gate: dict[str, Any] = json.loads(read_prompt(folder, "gate.json"))
    return PromptSet(
        language=lang,
        system=read_prompt(folder, "system.txt"),
        user=read_prompt(folder, "user.txt"),
        correction=read_prompt(folder, "correction.txt"),
        gate={str(k): str(v) for k, v in gate.items()},
        profile=profile,
    )


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters at the last space when it is longer, so a
    long note ends on a whole word ("관절약 먹어요", never "관절약 먹")."""
    flat = one_line(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut[:limit]
    return cut.rstrip(" ,;·/")


def _label(template: ProfileTemplate, field: str, value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = clip(
        str(value), min(template.max_chars.get(field, MAX_PROFILE_VALUE_CHARS), MAX_PROFILE_VALUE_CHARS)
    )
    return template.values.get(field, {}).get(text, text)


def _shown_number(template: ProfileTemplate, field: str, value: Any) -> bool:
    """False for a number at or under the field's `over` threshold (or not a number there)."""
    threshold = template.over.get(field)
    if threshold is None:
        return True
    try:
        return float(value) > threshold
    except (TypeError, ValueError):
        return False


def _age_months(value: Any) -> int | None:
    try:
        months = int(value)
    except (TypeError, ValueError):
        return None
    return months if months >= 0 else None


def _years(months: float) -> str:
    """Months as years, a half kept ("2.5"), never more digits."""
    years = round(months / 12 * 2) / 2
    return str(int(years)) if years.is_integer() else str(years)


def _age_about(template: ProfileTemplate, ranges: Any) -> str | None:
    """The age as the owner said it, when only about ("약 2~3살", "about 2-3 years": a rescue's
    age, stored as its middle month with its range under `APPROXIMATE_KEY`): the range, marked as
    approximate (stop 49, owner trial: the model was told "2살" for 30 months of "2~3살"). None
    for an exact age, or a template without the `age_years_about`/`age_months_about` patterns."""
    if not isinstance(ranges, Mapping):
        return None
    bounds = ranges.get("age_months")
    if not isinstance(bounds, list | tuple) or len(bounds) != 2:
        return None
    try:
        low, high = float(bounds[0]), float(bounds[1])
    except (TypeError, ValueError):
        return None
    if low < 0 or high < low:
        return None
    if low >= YEARS_FROM_MONTHS and "age_years_about" in template.fields:
        low_text, high_text, key = _years(low), _years(high), "age_years_about"
    elif "age_months_about" in template.fields:
        low_text, high_text, key = str(round(low)), str(round(high)), "age_months_about"
    else:
        return None
    if low_text == high_text:
        return (
            fill(template.fields[f"{key}_one"], value=low_text) if f"{key}_one" in template.fields else None
        )
    return fill(template.fields[key], low=low_text, high=high_text)


def build_profile_line(profile: Mapping[str, Any], language: str, prompts_dir: Path | None = None) -> str:
    """The dog's profile as one short line for the user message, in human words.

    Takes the survey's stored answers (`name`, `age_months`, `sex`, `breed`, `size`, `concerns`,
    ...); shows the fields of the template's `include`, in that order, skipping empty ones, the
    ids in `skip` and numbers not `over` their threshold. Option ids (`male_neutered`, `barking`)
    become the file's `values` words; a free-text value is cut at a word to its `max_chars` (at
    most `MAX_PROFILE_VALUE_CHARS`).

    The health note (health, medication, training so far, as typed) is included, last so that
    its own commas end nothing: a painful or medical cause is what a behaviour consultant rules
    out first (IAABC's LIMA position and Friedman's humane hierarchy put health, nutrition and
    physical factors first; Mills et al. 2020, "Pain and Problem Behavior in Cats and Dogs",
    Animals 10(2):318, found pain in about a third of referred dog cases, up to 80 % in some
    caseloads). Hours alone show only over four: PDSA and the RSPCA advise no more than four
    hours alone, and a long day bears on barking, chewing and separation reports.
    """
    template = load_prompts(language, prompts_dir).profile
    parts: list[str] = []
    for field in template.include:
        pattern = template.fields[field]
        value = profile.get(field)
        if value is None or value == "" or value == [] or isinstance(value, bool):
            continue
        if not _shown_number(template, field, value):
            continue
        if field == "age_months":
            months = _age_months(value)
            if months is None:
                continue
            about = _age_about(template, profile.get(APPROXIMATE_KEY))
            if about is not None:
                parts.append(about)
            elif months >= YEARS_FROM_MONTHS and "age_years" in template.fields:
                parts.append(fill(template.fields["age_years"], value=str(months // 12)))
            else:
                parts.append(fill(pattern, value=str(months)))
            continue
        skipped = template.skip.get(field, frozenset())
        if isinstance(value, list | tuple | set):
            items = [_label(template, field, v) for v in value if v not in (None, "") and v not in skipped]
            if not items:
                continue
            text = template.list_separator.join(items)
        elif value in skipped:
            continue
        else:
            text = _label(template, field, value)
        if text:
            parts.append(fill(pattern, value=text))
    if not parts:
        return template.empty
    return fill(template.line, fields=template.separator.join(parts))


def with_tried(
    profile_line: str, steps: Sequence[str], language: str, prompts_dir: Path | None = None
) -> str:
    """The profile line followed by the steps the owner already tried without success
    (`services.coaching.unsuccessful_steps`), each cut to `MAX_TRIED_STEP_CHARS` at a word, so the
    model suggests something else; unchanged without steps, or when an operator's `profile.json`
    has no `tried` pattern."""
    template = load_prompts(language, prompts_dir).profile
    shown = [clip(step, MAX_TRIED_STEP_CHARS) for step in steps if step.strip()]
    if not shown or not template.tried:
        return profile_line
    return f"{profile_line} {fill(template.tried, value=template.tried_separator.join(shown))}"


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


def gate_correction_message(prompts: PromptSet, findings: Sequence[Finding]) -> dict[str, str]:
    """The follow-up turn for an answer of the right shape that failed the answer gate: one
    sentence per finding (the first `MAX_GATE_FINDINGS`), each naming the field and the fault."""
    sentences = [
        fill(prompts.gate[f.problem.value], field=f.field, sample=one_line(f.sample, 40))
        for f in findings[:MAX_GATE_FINDINGS]
    ]
    text = fill(prompts.gate["lead"], problems=prompts.gate["separator"].join(sentences))
    return {"role": "user", "content": text}
