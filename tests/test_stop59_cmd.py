# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 59, helper cmd59: commands told in plain words inside longer sentences, through real
channels (KakaoTalk over the skill's HTTP, Telegram over the fake Bot API), in Korean and English.

Held-out 13 and 14: "저번에보낸거결과다시볼수있어요?" (a question for the coach model), "보리 지난주에
알려준 훈련 뭐였죠?? 까먹었어욬ㅋㅋ" (noise), "매일 오는 팁 메세지 이제 그만 받을래요" (noise),
"한국어로 바꿔줄래? my mom wants to read it too" (an answer to edit), "그건 그렇고 팁 알림 좀
꺼주세요" at a result's "how often?" (every notification off), "잠깐만요 보리 결과 먼저 볼게요" at the
name question (no name), "감사합니다 이번 주 기록 좀 정리해서 보여 주시겠습니까" (a question). Each is now
its command: the same replies as the command's own words typed by another owner, nothing stored as
a report, no model call; a switch turned off is off in the store, a language named is the owner's.
Guards: a result told as good or bad, a week's news, stay no command.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from dogcoach.services.understanding.model import Context, Expect, Kind
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import tg_settings, tg_typed
from tests.reading import owner_reports
from tests.test_commands_asked import answered_as_the_word_on_kakao, answered_as_the_word_on_telegram
from tests.test_flow_leftovers import _tips_off
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, harness, tg  # noqa: F401  (`tg`)

# (the sentence, the command's own words): each failed before (a question, noise, or another command)
ASKED = {
    "ko": (
        ("저번에보낸거결과다시볼수있어요?", "결과 보기"),
        ("지난주에 알려준 훈련 뭐였죠?? 까먹었어욬ㅋㅋ", "변화"),
        ("매일 오는 팁 메세지 이제 그만 받을래요", "팁 끄기"),
        ("감사합니다 이번 주 기록 좀 정리해서 보여 주시겠습니까", "이번 주"),
    ),
    "en": (
        ("what was the training you told me last week? forgot lol", "progress"),
        ("by the way turn off the tip notifications", "tips off"),
        ("thanks, could you put together this week's log for me", "this week"),
    ),
}
LANGUAGE = {
    "en": (("한국어로 바꿔줄래? my mom wants to read it too", "한국어로 바꿔주세요"),),
    "ko": (("switch to english please, my husband wants to read it", "english please"),),
}
TIPS_OFF = {"ko": "매일 오는 팁 메세지 이제 그만 받을래요", "en": "by the way turn off the tip notifications"}
# At a result's "how often?": the tips alone turned off, not every notification
TIPS_AT_FOLLOWUP = {
    "ko": "그건 그렇고 팁 알림 좀 꺼주세요",
    "en": "by the way turn off the tip notifications",
}
# At the name question: the result asked for first, no dog named
RESULT_AT_NAME = {"ko": "잠깐만요 보리 결과 먼저 볼게요", "en": "wait, let me see the result first"}


def _model_calls(fake: FakeOllama) -> int:
    return len([r for r in fake.requests if r.path == "/api/chat"])


async def test_commands_told_in_sentences_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_kakao(kakao, {**ASKED})
    assert _model_calls(fake_ollama) == 0


async def test_commands_told_in_sentences_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_telegram(tg, {**ASKED}, 59100)
    assert _model_calls(fake_ollama) == 0


async def test_the_language_asked_with_why_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_kakao(kakao, {**LANGUAGE})
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("/cancel")
    await user.send(LANGUAGE["en"][0][0])
    assert t("ko", "language-set") in user.text, user.texts[-2:]
    assert _model_calls(fake_ollama) == 0


async def test_the_language_asked_with_why_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    await answered_as_the_word_on_telegram(tg, {**LANGUAGE}, 59200)
    for chat, lang, other in ((59210, "en", "ko"), (59211, "ko", "en")):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel", language_code=lang)
        await tg.say(chat, LANGUAGE[lang][0][0], language_code=lang)
        user = await tg.user(chat)
        assert user is not None and user.locale == other, (LANGUAGE[lang][0][0], tg.sent(chat)[-2:])
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_tips_off_in_a_sentence_is_stored_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(TIPS_OFF[lang])
    async with open_store(kakao.settings.database_url) as store:
        assert await _tips_off(store, "kakao", user.key), user.texts[-2:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_tips_off_at_a_follow_up_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-frequency") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(TIPS_AT_FOLLOWUP[lang])
    await asyncio.sleep(0.3)
    async with open_store(kakao.settings.database_url) as store:
        assert await _tips_off(store, "kakao", user.key), user.texts[-2:]
        rows = await owner_reports(store, "kakao", user.key)
    assert [r.text for r in rows] == [BARK[lang]], user.texts[-2:]
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_tips_off_at_a_follow_up_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = missing("frequency")
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        chat = 59301 + ("ko", "en").index(lang)
        await tg_owner(tg, chat, lang)
        await tg.say(chat, BARK[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await asyncio.sleep(0.3)
        calls = _model_calls(fake_ollama)
        shown = await tg_typed(tg, chat, TIPS_AT_FOLLOWUP[lang])
        assert await _tips_off(tg.rt.store, "telegram", str(chat)), shown
        rows = await owner_reports(tg.rt.store, "telegram", str(chat))
        assert [r.text for r in rows] == [BARK[lang]], shown
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_result_asked_at_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    by_sentence, by_word = kakao.user(lang=lang), kakao.user(lang=lang)
    for user in (by_sentence, by_word):
        await user.send("/start")
    assert t(lang, "survey-q-name") in by_sentence.text, by_sentence.text
    await by_word.send("/result")
    await by_sentence.send(RESULT_AT_NAME[lang])
    assert by_sentence.texts[-1] == by_word.texts[-1], by_sentence.texts[-2:]
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_result_asked_at_the_name_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    by_sentence, by_word = (59401, 59402) if lang == "ko" else (59403, 59404)
    for chat in (by_sentence, by_word):
        await tg.say(chat, "/start", language_code=lang)
    await tg.say(by_word, "/result", language_code=lang)
    await tg.say(by_sentence, RESULT_AT_NAME[lang], language_code=lang)
    assert tg.last_text(by_sentence) == tg.last_text(by_word), tg.sent(by_sentence)[-2:]
    assert _model_calls(fake_ollama) == 0


# -- guards: the same words told, no command --------------------------------------------------------

TOLD = [
    "팁대로 했는데 결과가 별로예요",
    "결과가 좋았어요",
    "the result of the training was great",
    "the results were great, he barely barked",
    "this week's walks were much better",
    "지난주에 알려준 훈련 해봤는데 효과 있었어요",
]


@pytest.mark.parametrize("typed", TOLD)
def test_a_result_or_week_told_is_no_command(typed: str) -> None:
    got = Understander(Messages()).understand(typed, Context(expect=Expect.NOTHING))
    assert got.kind is not Kind.COMMAND, got
