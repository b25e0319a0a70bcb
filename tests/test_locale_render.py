"""Every message of both locales rendered with sample arguments, and checked for what a machine can
check (issue 16): no untranslated id, no leftover placeholder or Fluent error, no Hangul in English
and no English sentence in Korean, and nothing longer than the channel that shows it allows.

The arguments are derived from each message's syntax tree (`fluent.syntax`): every variable it (or a
message it references) uses, and for a variable that selects a variant, one rendering per variant,
so every branch of every message is read. Reading for tone and naturalness is a person's job
(`dogcoach/locales/STYLE.md`); this test keeps the mechanical faults out.

Limits, and where they come from:
- Kakao `simpleText.text` at most 1000 characters (`/work/shared/DESIGN.md` §5; the stricter of the
  two text limits, and every message can be shown in KakaoTalk); Telegram's 4096 for a text message
  (DESIGN.md §5) is then met too.
- A Kakao quick reply label longer than 14 characters is cut in the bubble (Kakao i Open Builder
  skill reference, quickReplies.label; `channels/kakao/models.py:QUICK_REPLY_LABEL_DISPLAY`): a
  label that is longer must carry a `.short` form of at most 14 (docs/kakao.md §4).
- A Telegram caption (a text sent with a photo or a file) at most 1024 characters (Bot API
  sendPhoto/sendDocument; `channels/telegram/text.py:MAX_CAPTION`).
- A Kakao textCard description at most 400 characters (skill reference): no message is shown as
  one today (`channels/kakao/render.py:text_card` has no caller), so there is nothing to check.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from dogcoach.services.i18n import LOCALES, LOCALES_DIR, Messages

PACKAGE = Path(__file__).resolve().parents[1] / "dogcoach"
MESSAGES = Messages()

KAKAO_SIMPLE_TEXT = 1000  # DESIGN.md §5
TELEGRAM_TEXT = 4096  # DESIGN.md §5
TELEGRAM_CAPTION = 1024  # Bot API sendPhoto / sendDocument
KAKAO_LABEL = 14  # quickReplies.label, shown in full up to 14 characters
# Options of the survey's many-answer questions (the concerns are the categories), shown ticked.
TICKED = ("category-", "survey-opt-other_pets-", "survey-opt-concerns-")

# Messages sent as the caption of a file or a picture.
CAPTIONS = ("export-ready", "summary-ready", "summary-ready-dog")

# Words either language may carry: brand and platform names, commands, units, abbreviations.
ALLOWED_LATIN = re.compile(
    r"/[a-z]+( on| off)?|DogCoach|Telegram|KakaoTalk|ABC|OK|JSON|PDF|IAABC|CCPDT|AVSAB|Ctrl-D|kg|"
    r"English|\bA\b|\bB\b|\bC\b|"
    # What an admin sets or runs: configuration names and the CLI.
    r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|dogcoach [a-z]+(?: --[a-z]+)?"
)
# The language picker's names of the other language (help, /language, the command menu).
ALLOWED_HANGUL = ("한국어",)
# Messages that speak the other language on purpose: the welcome and the language question offer
# it in its own words, so an owner who landed in the wrong one can read the way out.
# the language offer (stop 58) is said in both languages, its switch button in the language offered
BILINGUAL = frozenset(
    {"start-welcome", "start-welcome-media", "language-ask"}
    | {"language-offer-ko", "language-offer-en", "language-offer-switch-ko", "language-offer-switch-en"}
)
# Vocabularies: read by the understanding service, never shown (their values name the list).
VOCABULARY = ("understanding-", "lex-", "safety-term-", "coach-tip-words-", "coach-about-words")
# Message families shown as choice labels besides the ids the code passes to `choice`/`Option`.
LABEL_FAMILIES = (
    "survey-opt-", "category-", "nav-", "survey-field-", "language-name-", "coaching-outcome-",
    "kakao-menu-", "kakao-more", "kakao-continue", "analysis-show-result", "analysis-retry",
    "coach-retry", "history-newer", "history-older",
)  # fmt: skip

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# Two Latin words in a row (after the allowed ones are removed): an English phrase.
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{2,}[,.]?\s+[A-Za-z]{2,}")

NUMBER_SAMPLES = {"n": 2, "total": 15, "page": 2, "place": 3, "day": 24, "month": 11, "level": 2}
TEXT_SAMPLES: dict[str, dict[str, str]] = {
    "ko": {
        "name": "초코", "text": "손님이 오면 현관에서 짖어요", "category": "짖음", "function": "관심 받기",
        "when": "11월 24일 14:05", "label": "짖음", "picks": "개, 고양이", "options": "남아 / 여아",
        "understood": "남아", "value": "3살", "rest": "정도", "field": "나이", "path": "dogcoach-ko.json",
        "answers": "좋아졌어요, 그대로예요", "status": "해 보는 중", "date": "11월 24일", "start": "11월 1일",
        "end": "11월 24일", "line": "초인종이 울리면 짖어요", "wait": "약 15초", "counts": "짖음 2번",
        "trend": "좋아지고 있어요", "hour": "14", "minute": "05",
    },
    "en": {
        "name": "Biscuit", "text": "barks at the door when guests come", "category": "Barking",
        "function": "getting attention", "when": "Nov 24, 14:05", "label": "Barking", "picks": "Dog, Cat",
        "options": "Male / Female", "understood": "male", "value": "3 years", "rest": "ish", "field": "Age",
        "path": "dogcoach-en.json", "answers": "Better, The same", "status": "trying now", "date": "Nov 24",
        "start": "Nov 1", "end": "Nov 24", "line": "Barks when the doorbell rings", "wait": "about 15 seconds",
        "counts": "Barking 2", "trend": "getting better", "hour": "14", "minute": "05",
    },
}  # fmt: skip


def _parse(locale: str) -> dict[str, fluent.Message]:
    parser = FluentParser(with_spans=False)
    found: dict[str, fluent.Message] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, fluent.Junk)]
        assert not junk, (path, [j.annotations for j in junk])
        for entry in resource.body:
            if isinstance(entry, fluent.Message):
                found[entry.id.name] = entry
    return found


AST = {locale: _parse(locale) for locale in LOCALES}


@dataclass
class Variables:
    """The variables a pattern uses; for those that select a variant, the variant keys."""

    names: set[str] = field(default_factory=set)
    selectors: dict[str, list[str | float]] = field(default_factory=dict)


def _walk(node: Any, locale: str, out: Variables, seen: set[str]) -> None:
    if isinstance(node, fluent.VariableReference):
        out.names.add(node.id.name)
    elif isinstance(node, fluent.SelectExpression) and isinstance(node.selector, fluent.VariableReference):
        keys = out.selectors.setdefault(node.selector.id.name, [])
        for variant in node.variants:
            key = variant.key
            keys.append(float(key.value) if isinstance(key, fluent.NumberLiteral) else key.name)
    elif isinstance(node, fluent.MessageReference) and node.id.name not in seen:
        seen.add(node.id.name)
        referenced = AST[locale].get(node.id.name)
        if referenced is not None and referenced.value is not None:
            _walk(referenced.value, locale, out, seen)
    if isinstance(node, fluent.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, fluent.BaseNode):
                    _walk(child, locale, out, seen)


def variables(locale: str, pattern: fluent.Pattern) -> Variables:
    out = Variables()
    _walk(pattern, locale, out, set())
    return out


def _is_number(name: str, found: Variables) -> bool:
    keys = found.selectors.get(name, [])
    plural = {"zero", "one", "two", "few", "many", "other"}
    return name not in TEXT_SAMPLES["en"] and (
        name in NUMBER_SAMPLES or any(isinstance(k, float) or k in plural for k in keys) or not keys
    )


def sample_args(locale: str, found: Variables) -> Iterator[dict[str, Any]]:
    """The base arguments, then one set per variant of each selecting variable."""
    base: dict[str, Any] = {}
    for name in found.names:
        if name in TEXT_SAMPLES[locale]:
            base[name] = TEXT_SAMPLES[locale][name]
        elif _is_number(name, found):
            base[name] = NUMBER_SAMPLES.get(name, 3)
        else:
            base[name] = "sample"
    yield base
    for name, keys in found.selectors.items():
        for key in keys:
            if isinstance(key, float):
                yield {**base, name: int(key)}
            elif key in ("one",):
                yield {**base, name: 1}
            elif key in ("zero", "two", "few", "many", "other"):
                yield {**base, name: 7}
            else:
                yield {**base, name: key}


@dataclass(frozen=True)
class Rendered:
    locale: str
    msg_id: str
    part: str  # "value" or the attribute's name
    text: str
    errors: tuple[str, ...]


def render_all() -> list[Rendered]:
    out: list[Rendered] = []
    for locale in LOCALES:
        bundle = MESSAGES._bundles[locale]
        for msg_id, message in AST[locale].items():
            runtime = bundle.get_message(msg_id)
            parts = [("value", message.value, runtime.value)] if message.value is not None else []
            parts += [
                (a.id.name, a.value, runtime.attributes[a.id.name])
                for a in message.attributes
                if a.id.name not in ("aliases",)  # typed words, not shown
            ]
            for part, syntax, pattern in parts:
                for args in sample_args(locale, variables(locale, syntax)):
                    text, errors = bundle.format_pattern(pattern, args)
                    out.append(Rendered(locale, msg_id, part, str(text), tuple(map(str, errors))))
    return out


RENDERED = render_all()


def _shown(r: Rendered) -> bool:
    return not r.msg_id.startswith(VOCABULARY)


def test_every_id_is_in_both_locales() -> None:
    assert set(AST["ko"]) == set(AST["en"]), set(AST["ko"]) ^ set(AST["en"])
    for msg_id in AST["ko"]:
        if msg_id.startswith(VOCABULARY):  # word lists differ by language, and may be empty in one
            continue
        ko, en = AST["ko"][msg_id], AST["en"][msg_id]
        assert (ko.value is None) == (en.value is None), msg_id


def test_every_variant_renders_without_error_or_leftover_placeholder() -> None:
    assert len(RENDERED) > 1500  # every message, every variant, both locales
    for r in RENDERED:
        assert not r.errors, r
        assert r.text.strip(), r
        assert "{" not in r.text and "}" not in r.text and "$" not in r.text, r
        assert r.text != r.msg_id, r  # a message that does not resolve shows its id


def test_a_message_and_its_sample_arguments_agree() -> None:
    """A variable the Korean message uses is one the English message uses, and the other way round:
    a flow passes the same arguments whatever the owner's language."""
    for msg_id, ko in AST["ko"].items():
        en = AST["en"][msg_id]
        if ko.value is None or en.value is None:
            continue
        assert variables("ko", ko.value).names == variables("en", en.value).names, msg_id


def test_no_hangul_in_english() -> None:
    for r in RENDERED:
        if r.locale != "en" or not _shown(r) or r.msg_id in BILINGUAL:
            continue
        text = r.text
        for word in ALLOWED_HANGUL:
            text = text.replace(word, "")
        assert not HANGUL.search(text), r


def test_no_english_sentence_in_korean() -> None:
    for r in RENDERED:
        if r.locale != "ko" or not _shown(r) or r.msg_id in BILINGUAL:
            continue
        text = ALLOWED_LATIN.sub(" ", r.text)
        assert not ENGLISH_PHRASE.search(text), r


def test_no_text_longer_than_a_kakao_bubble_or_a_telegram_message() -> None:
    for r in RENDERED:
        assert len(r.text) <= KAKAO_SIMPLE_TEXT <= TELEGRAM_TEXT, (r.locale, r.msg_id, len(r.text))


def test_captions_fit_a_telegram_caption() -> None:
    for r in RENDERED:
        if r.msg_id in CAPTIONS:
            assert len(r.text) <= TELEGRAM_CAPTION, r


def _label_ids() -> set[str]:
    """Fluent ids the code shows as a choice's label: the second argument of every `choice(...)`
    and `Option(...)` call, and the families of ids built at run time."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[1]
            if name in ("choice", "Option") and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    found |= {m for m in AST["ko"] if m.startswith(LABEL_FAMILIES)}
    return found


def test_labels_fit_a_kakao_quick_reply() -> None:
    """Admins' buttons are left out: the /broadcast conversation runs in Telegram only
    (`ADMIN_TELEGRAM_IDS`), whose inline buttons have no such limit."""
    labels = {m for m in _label_ids() if not m.startswith("admin-")}
    assert {"survey-confirm", "delete-confirm", "category-barking", "history-open"} <= labels
    for r in RENDERED:
        if r.msg_id not in labels or r.part != "value":
            continue
        short = MESSAGES.attribute(r.locale, r.msg_id, "short") or r.text
        # An option of a many-answer question is shown ticked too ("✓ " + label, render.CHECK_PREFIX).
        room = KAKAO_LABEL - 2 if r.msg_id.startswith(TICKED) else KAKAO_LABEL
        assert len(short) <= room, (r.locale, r.msg_id, r.text, short)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_duration_is_not_an_age_in_korean(locale: str) -> None:
    """A length of time is not said with a dog's-age unit (살): 2년, 1년 6개월."""
    duration = MESSAGES.format(locale, "value-duration", years=1, months=6)
    age = MESSAGES.format(locale, "value-age", years=1, months=6)
    if locale == "ko":
        assert (duration, age) == ("1년 6개월", "1살 6개월")
    else:
        assert duration == age == "1 year 6 months"


# Owner-facing messages that live in admin.ftl, which another change owns (issue 16's admin part):
# "다시 받고 싶으면" there is still to become "받고 싶으시면". Take the id out once it has.
PENDING_IN_ADMIN_FTL = frozenset({"tips-off-done"})


def test_every_message_in_a_shown_file_uses_the_owner_honorific_forms() -> None:
    """Forms the style note rules out (STYLE.md): the owner's own action without -시-, and button
    words in messages every channel shows (the terminal has no buttons)."""
    plain = re.compile(r"알려 줄 것|어떻게 했나요|받고 싶으면|보내면 할 수|입력하거나,")
    buttons = re.compile(r"버튼|[을를] 눌러|[을를] 누르|\btap\b|\bbutton", re.IGNORECASE)
    # The channels' own messages may name tapping, but the tap is the owner's action too.
    tap_plain = re.compile(r"[을를] 누르거나|[을를] 누르면")
    channel_only = ("kakao-", "coach-kakao-", "telegram-", "stale-button", "admin-", "broadcast-")
    for r in RENDERED:
        if _shown(r) and r.locale == "ko":
            assert not tap_plain.search(r.text), r
        if not _shown(r) or r.msg_id.startswith(channel_only) or r.msg_id.endswith("-button"):
            continue
        if r.msg_id in PENDING_IN_ADMIN_FTL:
            continue
        assert not plain.search(r.text), r
        assert not buttons.search(r.text), r


def test_no_message_a_kakao_owner_reads_asks_for_a_slash_command() -> None:
    """Kakao users never type slash commands (issue 11): a message every channel shows names the
    plain words ("도움말", "help"), which Telegram and the terminal understand too. Telegram's own
    messages, the admin flow (Telegram only) and the help list (words first, commands beside them)
    may name commands."""
    asks = re.compile(r"(?:[Ss]end|[Tt]ype)\s+/[a-z]|/[a-z]+(?: on| off)?\s*[을를]?\s*(?:보내|입력)")
    own = ("telegram-", "admin-", "broadcast-", "help-text")
    hits = [
        (r.locale, r.msg_id, r.text) for r in RENDERED if not r.msg_id.startswith(own) and asks.search(r.text)
    ]
    assert hits == []
