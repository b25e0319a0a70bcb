"""Chat messages for answering an owner's question, from `dogcoach/prompts/<lang>/question_*`.

The question prompt is the analysis prompt's small sibling: a system prompt with the answer's JSON
skeleton (`answer.Answer`), then one user message with what grounds the answer, each on one line
and left out when empty: the dog's profile, its last few behaviour reports (what it did, in the
analysis's words), the few tips of the catalogue that fit the question (`grounding`), and the
question. Every word the model reads lives in the prompt files; the corrective turns are the
analysis's own (`correction.txt`, `gate.json`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from dogcoach.services.analysis.prompt import fill, normalize_language, one_line, prompts_folder, read_prompt

# What a report line or a tip may take of the prompt: enough for one behaviour or one tip.
MAX_CONTEXT_ITEM_CHARS = 160


@dataclass(frozen=True, slots=True)
class QuestionContext:
    """What a question is answered with, besides the question: `profile_line` as
    `prompt.build_profile_line` makes it, `recent` the behaviours of the dog's last reports
    (newest first), `tips` the texts of the catalogue's tips that fit the question."""

    profile_line: str
    recent: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QuestionPrompts:
    """The question prompt of one language: `system`, the `user` template (`{profile}`,
    `{recent}`, `{tips}`, `{question}`, one per line), and the `recent` and `tips` line
    templates (`{items}`, joined with `separator`)."""

    language: str
    system: str
    user: str
    recent: str
    tips: str
    separator: str


@cache
def load_question_prompts(language: str, prompts_dir: Path | None = None) -> QuestionPrompts:
    """Read (once) the question prompt files of `language`, from the package or an operator's folder."""
    lang = normalize_language(language)
    folder = prompts_folder(prompts_dir) / lang
    lines: dict[str, Any] = json.loads(read_prompt(folder, "question.json"))
    return QuestionPrompts(
        language=lang,
        system=read_prompt(folder, "question_system.txt"),
        user=read_prompt(folder, "question_user.txt"),
        recent=str(lines["recent"]),
        tips=str(lines["tips"]),
        separator=str(lines["separator"]),
    )


def _items(template: str, separator: str, items: Sequence[str]) -> str:
    flat = [one_line(item, MAX_CONTEXT_ITEM_CHARS) for item in items]
    flat = [item for item in flat if item]
    return fill(template, items=separator.join(flat)) if flat else ""


def build_question_messages(
    prompts: QuestionPrompts, question: str, context: QuestionContext, max_question_chars: int | None = None
) -> list[dict[str, str]]:
    """System prompt plus one user message: profile, recent reports, tips, question (one line each,
    empty ones left out). The question is flattened and cut like a report (see `build_messages`)."""
    content = fill(
        prompts.user,
        profile=one_line(context.profile_line),
        recent=_items(prompts.recent, prompts.separator, context.recent),
        tips=_items(prompts.tips, prompts.separator, context.tips),
        question=one_line(question, max_question_chars),
    )
    text = "\n".join(line for line in content.splitlines() if line.strip())
    return [{"role": "system", "content": prompts.system}, {"role": "user", "content": text}]
