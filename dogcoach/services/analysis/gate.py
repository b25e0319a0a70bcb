"""The answer gate: every text field the owner reads is in the report's language and of sane length.

It gates both kinds of model answer: an analysis (`check_analysis`) and the coach's answer to a
question (`check_answer`: each sentence of `answer`, and `next_step`), by the same rules.

Small Qwen models slip Chinese characters into Korean ("손님이 到来하여") and switch to English
mid-answer; the schema cannot see that. The rules, per text field (`antecedent`, `behavior`,
`consequence`, each `summary` line, `next_step`):

Korean fields
  - no Han ideographs (CJK, incl. compatibility and extension blocks) and no kana;
  - no letters of other scripts (Cyrillic, Thai, Arabic, ...); Latin is the one foreign script allowed;
  - at least one Hangul syllable;
  - no English sentence: three or more Latin words in a row (separated only by spaces) fail, and
    so does more Latin than Korean, weighing a Hangul syllable as three letters (it spells up to
    three sounds). So a brand, a unit or an abbreviation
    inside Korean passes ("Kong 장난감에 간식을", "하루 2km", "ABC 기록", "클리커(clicker)"), and
    "Ignore the barking 그리고" or "Give a treat" do not.
English fields
  - no Hangul (syllables or jamo), no Han, kana or other non-Latin letters;
  - at least one Latin letter.
Both
  - length in characters (whitespace collapsed) within `BOUNDS[language][field]`: wide enough for
    every answer the prompt asks for, narrow enough to catch a runaway or an empty answer.

Digits, punctuation, symbols, emoji and Hangul jamo (ㅠㅠ) in Korean are always allowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from dogcoach.services.analysis.prompt import Language, normalize_language

TEXT_FIELDS: tuple[str, ...] = ("antecedent", "behavior", "consequence", "summary", "next_step")
ANSWER_TEXT_FIELDS: tuple[str, ...] = ("answer", "next_step")

# (min, max) characters per field. Korean packs about twice the meaning per character of English.
BOUNDS: dict[Language, dict[str, tuple[int, int]]] = {
    "ko": {
        "antecedent": (2, 80),
        "behavior": (2, 80),
        "consequence": (2, 80),
        "summary": (4, 80),
        "next_step": (6, 150),
        "answer": (4, 120),  # one sentence of the coach's answer
    },
    "en": {
        "antecedent": (3, 160),
        "behavior": (3, 160),
        "consequence": (3, 160),
        "summary": (8, 160),
        "next_step": (10, 300),
        "answer": (8, 240),
    },
}

# Three Latin words separated only by whitespace make an English phrase, not a borrowed word.
ENGLISH_RUN = 3
# Latin letters one Hangul syllable outweighs when judging which language a field is in.
LETTERS_PER_SYLLABLE = 3
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’-][A-Za-z\u00c0-\u024f]+)*")
_WORD_GAP = re.compile(r"\s+")
_SPACES = re.compile(r"\s+")


class Problem(StrEnum):
    """What is wrong with one field; the prompt files have one corrective sentence per value."""

    HAN = "han"  # Chinese characters in a Korean field
    KANA = "kana"  # Japanese kana in a Korean field
    SCRIPT = "script"  # letters of another script (Cyrillic, Thai, ... or Han/kana in English)
    ENGLISH = "english"  # an English phrase in a Korean field
    NO_HANGUL = "no_hangul"  # a Korean field without Korean
    HANGUL = "hangul"  # Korean in an English field
    NO_LATIN = "no_latin"  # an English field without English
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class Finding:
    """One failed check: the field as the model names it (`summary[1]` is the second line), what is
    wrong, and the offending characters or words (for the corrective message; may be empty)."""

    field: str
    problem: Problem
    sample: str = ""


def script_of(char: str) -> str:
    """'hangul', 'jamo', 'han', 'kana', 'latin', 'other' for letters; '' for anything else.

    Unicode names are used rather than hand-kept ranges so every extension block of Han or kana
    (and halfwidth forms) is covered.
    """
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    if name.startswith("HANGUL SYLLABLE"):
        return "hangul"
    if name.startswith(("HANGUL", "HALFWIDTH HANGUL")):
        return "jamo"
    if name.startswith("CJK"):  # the letters named CJK are the unified and compatibility ideographs
        return "han"
    if name.startswith(("HIRAGANA", "KATAKANA", "HALFWIDTH KATAKANA")):
        return "kana"
    if name.startswith("LATIN") or name.startswith("FULLWIDTH LATIN"):
        return "latin"
    return "other"


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _longest_latin_run(text: str) -> tuple[int, str]:
    """Most Latin words in a row separated only by whitespace, and that run's text."""
    best, best_text = 0, ""
    run, start, end = 0, 0, 0
    for match in _LATIN_WORD.finditer(text):
        if run and _WORD_GAP.fullmatch(text[end : match.start()]):
            run += 1
        else:
            run, start = 1, match.start()
        end = match.end()
        if run > best:
            best, best_text = run, text[start:end]
    return best, best_text


def check_text(text: str, language: str, field: str, bounds: tuple[int, int] | None = None) -> list[Finding]:
    """Every problem of one field's text (empty when it passes). `field` is only a label."""
    lang = normalize_language(language)
    flat = _collapse(text)
    findings: list[Finding] = []
    by_script: dict[str, list[str]] = {}
    for char in flat:
        script = script_of(char)
        if script:
            by_script.setdefault(script, []).append(char)

    def sample(*scripts: str) -> str:
        chars = [c for s in scripts for c in by_script.get(s, [])]
        return "".join(dict.fromkeys(chars))[:12]

    if lang == "ko":
        if "han" in by_script:
            findings.append(Finding(field, Problem.HAN, sample("han")))
        if "kana" in by_script:
            findings.append(Finding(field, Problem.KANA, sample("kana")))
        if "other" in by_script:
            findings.append(Finding(field, Problem.SCRIPT, sample("other")))
        hangul = len(by_script.get("hangul", ()))
        latin = len(by_script.get("latin", ()))
        run, run_text = _longest_latin_run(flat)
        if hangul == 0:
            findings.append(Finding(field, Problem.NO_HANGUL, flat[:40]))
        elif run >= ENGLISH_RUN or latin > LETTERS_PER_SYLLABLE * hangul:
            findings.append(Finding(field, Problem.ENGLISH, run_text[:40] if run > 1 else flat[:40]))
    else:
        if "hangul" in by_script or "jamo" in by_script:
            findings.append(Finding(field, Problem.HANGUL, sample("hangul", "jamo")))
        if any(s in by_script for s in ("han", "kana", "other")):
            findings.append(Finding(field, Problem.SCRIPT, sample("han", "kana", "other")))
        if "latin" not in by_script:
            findings.append(Finding(field, Problem.NO_LATIN, flat[:40]))
    low, high = bounds or BOUNDS[lang].get(field.split("[", 1)[0], (1, 10_000))
    if len(flat) < low:
        findings.append(Finding(field, Problem.TOO_SHORT, str(low)))
    elif len(flat) > high:
        findings.append(Finding(field, Problem.TOO_LONG, str(high)))
    return findings


def text_fields(data: Any, names: tuple[str, ...] = TEXT_FIELDS) -> Iterator[tuple[str, str, str]]:
    """(label, schema field, text) for each text the owner reads in an answer (object or dict) of
    the fields `names`; lines of a list field are labelled `summary[0]`..; absent or non-text
    values are skipped."""
    for name in names:
        value = data.get(name) if isinstance(data, dict) else getattr(data, name, None)
        if isinstance(value, list | tuple):
            for index, line in enumerate(value):
                if isinstance(line, str):
                    yield f"{name}[{index}]", name, line
        elif isinstance(value, str):
            yield name, name, value


def check_analysis(analysis: Any, language: str) -> list[Finding]:
    """Every finding over all text fields of an `Analysis` (or its dict), in field order."""
    lang = normalize_language(language)
    findings: list[Finding] = []
    for label, name, text in text_fields(analysis):
        findings.extend(check_text(text, lang, label, BOUNDS[lang][name]))
    return findings


def check_answer(answer: Any, language: str) -> list[Finding]:
    """Every finding over the text fields of an `Answer` (or its dict): each sentence, the next step."""
    lang = normalize_language(language)
    findings: list[Finding] = []
    for label, name, text in text_fields(answer, ANSWER_TEXT_FIELDS):
        findings.extend(check_text(text, lang, label, BOUNDS[lang][name]))
    return findings


def field_passes(label: str, text: str, language: str) -> bool:
    """One field's verdict, for showing a partly written answer only where it already passes."""
    return not check_text(text, language, label)
