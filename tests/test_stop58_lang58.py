# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 58, helper lang58: an owner writing in the other language than the chat's is offered to
switch, through real channels (Telegram over the fake Bot API, KakaoTalk over the skill's HTTP).

Trial: an owner typing Korean on a Telegram chat whose language is English (the client's
`language_code`, kept by the owner's English survey answers) got every reply in English and nothing
offered Korean; the reverse on KakaoTalk (Korean by default) for an owner writing English. Only
/language or its words changed it.

Now the message is handled as before and one line in both languages follows (`language-offer-ko`
/ `-en`) with two buttons: the switch (as the language command: "language-set" in the new
language) and keeping the chat's language ("language-offer-kept"), remembered on the owner's row
(`users.language_offered`, migration 16): never offered again for that language. Typed answers
("네 한국어로", "yes english please", "아니요") work as the buttons. A dog's name, "ㅋㅋ", "OK", one
word or a mixed message offers nothing.

First run at 02a85b14 (main): every offer test failed (no offer line, no button; the typed
answers then switched nothing or opened the language question); the no-offer ones passed (guards).
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import ENGLISH_VOCABULARY, Messages, may_be_written, written_locale
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import tg_typed
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

KOREAN = "산책할 때 다른 개를 보면 계속 짖어요"
ENGLISH = "she keeps barking at the door when the mailman comes"
# Small talk, answered at once: a report's (a question's) first reply on KakaoTalk is held for its result
# (`channels.kakao.late`), its "Show result" the quick reply shown
ENGLISH_TALK = "hi there, I am new here"
OFFER = {"ko": t("ko", "language-offer-ko"), "en": t("en", "language-offer-en")}


async def _tg_english_owner(tg: Harness, chat: int) -> None:
    """A surveyed Telegram owner (language_code en) whose chat is English."""
    await tg_owner(tg, chat, "en")
    user = await tg.user(chat)
    assert user is not None and (user.locale or user.locale_hint or "").startswith("en"), user


@pytest.mark.asyncio
async def test_korean_typed_on_an_english_telegram_is_offered_korean_and_a_tap_switches(tg: Harness) -> None:
    chat = 5801
    await _tg_english_owner(tg, chat)
    replied = await tg_typed(tg, chat, KOREAN)
    assert OFFER["ko"] in replied, replied  # failed at 02a85b14: English replies, nothing offered
    assert replied.index(OFFER["ko"]) > 0, replied  # the message handled first, as before
    await tg.tap(chat, t("ko", "language-offer-switch-ko"))
    assert t("ko", "language-set") in tg.last_text(chat), tg.sent(chat)[-2:]
    user = await tg.user(chat)
    assert user is not None and user.locale == "ko"
    after = await tg_typed(tg, chat, "도움말")
    assert OFFER["ko"] not in after and OFFER["en"] not in after, after


@pytest.mark.asyncio
async def test_keep_english_on_telegram_is_remembered_and_never_offered_again(tg: Harness) -> None:
    chat = 5802
    await _tg_english_owner(tg, chat)
    assert OFFER["ko"] in await tg_typed(tg, chat, KOREAN)
    await tg.tap(chat, t("en", "language-offer-keep"))
    assert t("en", "language-offer-kept") in tg.last_text(chat), tg.sent(chat)[-2:]
    again = await tg_typed(tg, chat, "어제도 산책하다가 다른 개한테 계속 짖었어요")
    assert OFFER["ko"] not in again, again
    user = await tg.user(chat)
    assert user is not None and user.locale != "ko"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("typed", "locale"), [("네 한국어로", "ko"), ("yes korean please", "ko"), ("아니요", None)]
)
async def test_the_offer_answered_in_words_on_telegram(tg: Harness, typed: str, locale: str | None) -> None:
    chat = 5803
    await _tg_english_owner(tg, chat)
    assert OFFER["ko"] in await tg_typed(tg, chat, KOREAN)
    replied = await tg_typed(tg, chat, typed)
    if locale == "ko":
        assert t("ko", "language-set") in replied, replied
    else:
        assert t("en", "language-offer-kept") in replied, replied
    user = await tg.user(chat)
    assert user is not None and (user.locale == "ko") == (locale == "ko"), user


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["콩이", "ㅋㅋ", "ㅋㅋㅋ 네", "OK 알겠어요", "3살", "🐶🐶", "/help"])
async def test_no_offer_for_a_name_a_laugh_or_one_word_on_telegram(tg: Harness, typed: str) -> None:
    chat = 5804
    await _tg_english_owner(tg, chat)
    replied = await tg_typed(tg, chat, typed)
    assert OFFER["ko"] not in replied, replied


@pytest.mark.asyncio
async def test_english_typed_on_korean_kakao_is_offered_english_by_quick_reply(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(ENGLISH_TALK)
    assert OFFER["en"] in user.text, user.texts  # failed at 02a85b14: Korean replies, nothing offered
    assert "lang-offer:en" in user.choice_ids and "lang-offer:keep" in user.choice_ids, (
        user.choice_ids,
        user.texts,
    )
    await user.tap("lang-offer:en")
    assert t("en", "language-set") in user.text, user.texts
    await user.send("help")
    assert OFFER["ko"] not in user.text and OFFER["en"] not in user.text, user.texts


@pytest.mark.asyncio
@pytest.mark.parametrize(("typed", "switched"), [("yes english please", True), ("아니요", False)])
async def test_the_offer_answered_in_words_on_kakao(kakao: Server, typed: str, switched: bool) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(ENGLISH_TALK)
    assert OFFER["en"] in user.text, user.texts
    await user.send(typed)
    assert (t("en", "language-set") if switched else t("ko", "language-offer-kept")) in user.text, user.texts
    await user.send("what should i do when he barks at the door")
    assert OFFER["en"] not in user.text, user.texts  # kept: never again; switched: English now


@pytest.mark.asyncio
async def test_english_report_on_korean_kakao_offers_english_too(kakao: Server) -> None:
    """A report's reply held for its result: the offer's quick replies beside "Show result"."""
    user = await kakao_owner(kakao, "ko")
    await user.send(ENGLISH)
    assert OFFER["en"] in user.text, user.texts  # failed at 02a85b14
    assert {"lang-offer:en", "lang-offer:keep"} <= set(user.choice_ids), (user.choice_ids, user.texts)
    await user.tap("lang-offer:keep")
    assert t("ko", "language-offer-kept") in user.text, user.texts


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "typed", ["Rex", "ok", "lol", "good boy", "Rex 산책 갔어요 lol", "thank you so much", "ok bye"]
)
async def test_no_offer_for_a_name_or_a_word_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert OFFER["en"] not in user.text, user.texts


@pytest.mark.asyncio
async def test_the_survey_question_stays_asked_and_answerable_under_the_offer_on_telegram(
    tg: Harness,
) -> None:
    """Mid-survey: Korean typed at an English survey question; the question is still asked (its
    buttons, if any, the last ones shown: then no offer) and the survey goes on."""
    chat = 5805
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "hello there, I'm new here")
    name_asked = tg.sent(chat)[-1]
    replied = await tg_typed(tg, chat, "이름은 보리예요 세살이에요")
    assert replied.strip(), replied
    assert not replied.endswith(OFFER["ko"]) or "?" in replied.split(OFFER["ko"])[0], replied
    assert name_asked  # the survey's first question was there to answer


# The offer reads `may_be_written` before listing the dogs (no query on most turns): whenever it
# says no, no set of dog names makes `written_locale` say yes.
PRECHECKED = [
    "보리 산책 갔어요",
    "Max 산책 갔어요",
    "보리가 오늘 잘 걸었어요",
    "Bori walked so nicely today",
    "ㅋㅋ lol",
    "보리",
    "ok",
    "Rex 산책",
    "thank you so much",
    "/start 안녕",
    "he barks at the mailman every day",
]


@pytest.mark.parametrize("text", PRECHECKED)
@pytest.mark.parametrize("names", [(), ("보리",), ("Max", "Rex"), ("Bori", "보리")])
def test_no_offer_before_the_dogs_are_listed_means_none_after(text: str, names: tuple[str, ...]) -> None:
    vocabulary = Messages().aliases(ENGLISH_VOCABULARY)
    written = written_locale(text, vocabulary, names)
    assert may_be_written(text, vocabulary) or written is None, (text, names, written)
