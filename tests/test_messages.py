"""Fluent catalogue checks: both languages complete, every id the code asks for defined, and no
user-facing text hiding in Python."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dogcoach.domain.survey import CATEGORIES, QUESTIONS, Kind
from dogcoach.handlers.parsing import NUMBER_WORDS, Lexicon
from dogcoach.services.i18n import LOCALES, Messages, resolve_locale

PACKAGE = Path(__file__).resolve().parents[1] / "dogcoach"
# Two Hangul syllables in a row make a word; a lone letter in a regex range or a constant does not.
HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
FLUENT_ID = re.compile(r"^[a-z][a-z0-9_]*(?:-[a-z0-9_]+)+$")
# Every variable any message may use; formatting with all of them must give no Fluent error.
ARGS = {
    "name": "Choco", "note": "on meds for his skin", "n": 1, "total": 15, "years": 1, "months": 6, "hours": 2, "minutes": 30,
    "count": 3, "approx": "yes", "stored": "3 years", "field": "Age", "value": "3", "path": "/tmp/x.json",
    "text": "Guests arrive", "category": "Barking", "function": "attention", "line": "Reward calm.", "outcome": "Better",
    "level": 2, "page": 1, "date": "Nov 24", "month": 11, "day": 24, "place": 2, "wait": "about 1 minute",
    "seconds": 15,
    "other": "Bori",
    "positions": "1", "labels": "Small",
    "surface": "kakao",
    "language": "ko", "before": "Growled", "after": "Bit someone", "bitten": "child",
    "before_days": 14, "before_rate": "5", "before_level": "3", "after_days": 14, "after_rate": "2",
    "after_level": "2", "trend": "getting better", "start": "Nov 1", "end": "Nov 24",
    "low": 2, "high": 3, "rest": "Maltese", "options": "Male / Female", "understood": "male",
    "picks": "Dog, Cat", "when": "Nov 24, 14:05", "label": "Barking", "hour": "14", "minute": "05",
    "answers": "Better, The same", "status": "trying now", "counts": "Barking 2", "dogs": "Bori, Choco",
    "typed": "done", "owned": "about 3 years", "age": "2 years", "year": "2026", "asked": "Age",
    "previous": "3 years", "concerns": "Barking, Pulling", "question": "Is that normal?",
    "fields": "Age, Weight", "first": "1 minute", "second": "1 hour",
    "old": "Choco", "new": "Mocha", "report": "Max barks at night", "time": "8:00 pm",
    "part": "pm", "clock_hour": 8, "clock_minute": 30, "morning": "8 am", "evening": "8 pm",
    "kind": "toxin", "weeks": 3, "dog": "Choco",
    "facts": "Age: 3 years; Breed: beagle",
    "zone": "Europe/London (UTC+0)",
    "offset": "UTC-5",
    "country": "The US",
    "said": "not tried, the cat",
    "active": "Choco", "offer": "yes",  # a removed dog's lines (stop 57, gone57)
    "kept": "yes",  # the removal confirmation: the name kept (stop 58, misc58)
}  # fmt: skip


def test_every_message_exists_in_both_languages(messages: Messages) -> None:
    assert messages.ids("ko") == messages.ids("en")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_cleanly(messages: Messages, locale: str) -> None:
    bundle = messages._bundles[locale]
    for msg_id in messages.ids(locale):
        message = bundle.get_message(msg_id)
        patterns = [message.value] if message.value is not None else []
        patterns += list(message.attributes.values())
        for pattern in patterns:
            text, errors = bundle.format_pattern(pattern, ARGS)
            assert not errors, (locale, msg_id, errors)
            assert text.strip(), (locale, msg_id)


def _python_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstring_nodes(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_code_asks_only_for_defined_messages(messages: Messages) -> None:
    defined = messages.ids("en")
    prefixes = {i.split("-", 1)[0] for i in defined}
    missing = []
    for path in _python_files():
        for line, value in _string_constants(path):
            if FLUENT_ID.match(value) and value.split("-", 1)[0] in prefixes and value not in defined:
                missing.append(f"{path.relative_to(PACKAGE)}:{line}: {value}")
    assert missing == []


def test_ids_built_at_run_time_are_defined(messages: Messages) -> None:
    """Ids composed from data (questions, options, categories, lexicon) are all in the catalogue."""
    needed = {"survey-err-multi-empty", "survey-err-owned_months-too-long", "lex-half", "lex-filler"}
    for q in QUESTIONS:
        needed |= {f"survey-q-{q.key}", f"survey-err-{q.key}", f"survey-field-{q.key}"}
        needed |= {q.option_msg(v) for v in q.options}
        if q.free_option:
            needed.add(q.option_msg(q.free_option))
    needed |= {f"category-{c}" for c in CATEGORIES}
    needed |= {f"language-name-{loc}" for loc in LOCALES}
    needed |= {f"lex-number-{n}" for n in NUMBER_WORDS}
    needed |= {f"lex-unit-{u}" for u in Lexicon(messages).units}
    for locale in LOCALES:
        assert needed - messages.ids(locale) == set(), locale


def test_choice_questions_have_distinct_labels(messages: Messages) -> None:
    """Typed answers are matched on labels and aliases: two options must never share one."""
    for q in QUESTIONS:
        if q.kind not in (Kind.CHOICE, Kind.MULTI):
            continue
        seen: dict[str, str] = {}
        for v in q.options:
            for alias in messages.aliases(q.option_msg(v)):
                assert seen.setdefault(alias, v) == v, (q.key, alias, v, seen[alias])


def test_no_hangul_in_python_strings() -> None:
    hits = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in _python_files()
        for line, value in _string_constants(path)
        if HANGUL_WORD.search(value)
    ]
    assert hits == []


# Operator-facing text (CLI help, logs, exceptions) is English by design; user-facing text is not.
# doctor.py: `dogcoach doctor` prints operator-facing check results and fixes.
_OPERATOR_FILES = {"cli.py", "config.py", "doctor.py"}
_SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}")
_SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|WITH|BEGIN|COMMIT)\b", re.I)


def _allowed_call(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    receiver = getattr(getattr(func, "value", None), "id", "")
    return (
        receiver in {"log", "logger", "logging", "click", "parser"}
        or name.endswith(("Error", "Exception", "Invalid", "Failed", "Rejected", "Unavailable", "Missing"))
        or name in {"Field", "option", "argument", "command", "warn", "echo", "secho", "progressbar"}
        or name in {"Counter", "Gauge", "Histogram"}  # metric help is for operators
    )


# A fragment of a statement built in parts (a WHERE clause, an IN list): SQL's upper-case words.
_SQL_WORDS = re.compile(r"\b(?:AND|OR|WHERE|IS NULL|IN \(|SET|FROM|ORDER BY)\b")


def _is_exception(node: ast.ClassDef) -> bool:
    """An exception class (its base's name says so): what it says is raised, for operators and logs."""
    names = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
    return any(n.endswith(("Exception", "Error")) for n in names)


def _literal_start(node: ast.JoinedStr) -> str:
    """The f-string's text before its first placeholder (an SQL statement starts there)."""
    first = node.values[0] if node.values else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def test_no_user_facing_sentences_in_python() -> None:
    """Sentences in code must be logs, errors, SQL or operator help, never something a user reads."""
    hits = []
    for path in _python_files():
        if path.name in _OPERATOR_FILES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed: set[int] = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _allowed_call(node):
                allowed |= {id(n) for n in ast.walk(node)}
            if isinstance(node, ast.Raise | ast.Assert):
                allowed |= {id(n) for n in ast.walk(node)}
            if isinstance(node, ast.JoinedStr) and _SQL.match(_literal_start(node)):
                allowed |= {id(n) for n in ast.walk(node)}
            if isinstance(node, ast.ClassDef) and _is_exception(node):  # its message is an operator's
                allowed |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in allowed
                and _SENTENCE.search(node.value)
                and not _SQL.match(node.value)
                and not _SQL_WORDS.search(node.value)
            ):
                hits.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}")
    assert hits == []


@pytest.mark.parametrize(
    ("stored", "hint", "default", "expected"),
    [
        (None, None, "ko", "ko"), (None, "en-GB", "ko", "en"), (None, "ko-KR", "en", "ko"),
        ("ko", "en", "ko", "ko"), (None, "fr", "ko", "ko"), (None, "en_US.UTF-8", "ko", "en"),
        (None, None, "en", "en"), (None, None, "de", "ko"),
    ],
)  # fmt: skip
def test_locale_resolution(stored: str | None, hint: str | None, default: str, expected: str) -> None:
    assert resolve_locale(stored, hint, default) == expected


def test_a_translator_travels_to_a_worker_process_as_its_files(tmp_path: Path) -> None:
    """The chart worker draws /summary with the owner's translator: pickled as the locale files'
    path (Fluent bundles do not pickle), loaded there once, and speaking as it did here."""
    import multiprocessing
    import pickle

    from dogcoach.services.i18n import Translator

    for root in (None, tmp_path / "locales"):
        if root is not None:  # a copy of the files elsewhere: that copy is what the worker loads
            import shutil

            shutil.copytree(Path(__file__).resolve().parents[1] / "dogcoach" / "locales", root)
        here = Messages() if root is None else Messages(root, default_locale="en")
        t = Translator(here, "ko")
        blob = pickle.dumps(t)
        assert len(blob) < 1_000  # the path, not the bundles
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            there = pool.apply(_format_in_worker, (blob,))
        assert there == (t("summary-title", name="콩이"), str(here.root), here.default_locale)


def _format_in_worker(blob: bytes) -> tuple[str, str, str]:
    import pickle

    t = pickle.loads(blob)
    again = pickle.loads(blob)
    assert again.messages is t.messages  # loaded once per process
    return t("summary-title", name="콩이"), str(t.messages.root), t.messages.default_locale
