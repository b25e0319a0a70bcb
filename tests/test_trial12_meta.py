# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 12: messages about the bot and the conversation itself (corpus batch 107). Each
reproduced through a real channel first (Kakao and Telegram), both languages, then fixed for its kind.

8. "nvm lol" at the origin question cancelled the whole survey ("Stopped — your answers are kept"):
   "nvm" / "never mind" alone at a survey question (or idle) takes back what was just said — a short
   line and the question again, nothing stored; with more words ("nvm ill finish later") it cancels.
1. "what did u say again?" during the survey and at a check-in was stored as a question and sent to
   the model; "뭐라고 했어요?", "방금 뭐라고 하셨죠" too: the question again, never the model.
2. "who made u", "can you speak spanish", "can u talk to my vet" (and "누가 만들었어요?", "일본어도
   돼요?", "수의사한테 전해줄 수 있어요?") went to the model: the bot answers them itself (what it
   is; that it speaks Korean and English and how to switch; that it contacts no one, and the summary).
3. "when can she go outside" at the how-long question got "I didn't catch how long": a question.
4. "u r the best" there got the same re-ask: thanks and praise in texting spelling are small talk.
5. "네 내일 갈게요" after a result got "not sure what you mean": a plan, acknowledged.
7. "sorry wrong chat" at a survey question got the options re-asked: taken back, the question again.
6. "ㄷ움말" (도움말 with a vowel left out) was not help.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_checkins_channels import push_checkin
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop45_ux import paused_at
from tests.test_survey_answers_misread import (
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial9_followup import _at_recent_result
from tests.test_trial10_checkins import STEP, _telegram_plan

# -- 8. "nvm" at a survey question takes back what was said, it does not stop the survey -----------

NEVER_MIND = {"en": ("nvm lol", "never mind"), "ko": ("신경 쓰지 마세요", "없던 걸로 해주세요")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_never_mind_at_a_survey_question_asks_it_again_on_telegram(tg: Harness, lang: str) -> None:
    chat = 120801 if lang == "en" else 120802
    await tg_at(tg, chat, lang, "origin")
    for typed in NEVER_MIND[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = tg.sent(chat)[before:]
        assert t(lang, "cancel-kept") not in said, (typed, said)
        assert t(lang, "survey-taken-back-kept") in "\n".join(said), (typed, said)  # answers stored (stop 61)
        assert asked(lang, "origin") in tg.last_text(chat), (typed, said)
    assert "origin" not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == []
    await tg.say(chat, "shelter" if lang == "en" else "보호소")  # the survey still open
    assert (await tg_answers(tg, chat)).get("origin") == "shelter"


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_never_mind_at_a_survey_question_asks_it_again_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "origin")
    await user.send(NEVER_MIND[lang][0])
    assert t(lang, "cancel-kept") not in user.texts, user.texts
    assert t(lang, "survey-taken-back-kept") in user.text, user.texts
    assert asked(lang, "origin") in user.text, user.texts
    assert "origin" not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == []


async def test_never_mind_with_finish_later_still_stops_the_survey_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "origin")
    await user.send("nvm ill finish later")
    assert t("en", "cancel-kept") in user.texts, user.texts


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_never_mind_with_nothing_open_is_okay_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(NEVER_MIND[lang][0])
    assert user.texts == [t(lang, "talk-dismiss")], user.texts


# -- 1. "what did u say again?": the question again, never the model --------------------------------

SAY_AGAIN = {"en": ("what did u say again?",), "ko": ("뭐라고 했어요?", "방금 뭐라고 하셨죠", "다시 말해줘")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_say_again_at_a_survey_question_asks_it_again_on_telegram(tg: Harness, lang: str) -> None:
    chat = 120101 if lang == "en" else 120102
    await tg_at(tg, chat, lang, "origin")
    for typed in SAY_AGAIN[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "talk-confused-question") in said, (typed, said)
        assert asked(lang, "origin") in tg.last_text(chat), (typed, said)
    assert await tg_reports(tg, chat) == []  # no question stored for the coach


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_say_again_at_a_survey_question_calls_no_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    for typed in SAY_AGAIN[lang]:
        await user.send(typed)
        assert t(lang, "talk-confused-question") in user.texts, (typed, user.texts)
        assert asked(lang, "household") in user.text, (typed, user.texts)
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_say_again_at_a_check_in_calls_no_model_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: object, lang: str
) -> None:
    chat = 120111 if lang == "en" else 120112
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:  # type: ignore[arg-type]
        question = await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        kept = await tg_reports(tg, chat)
        before = len(tg.sent(chat))
        await tg.say(chat, SAY_AGAIN[lang][0], language_code=lang)
        said = tg.sent(chat)[before:]
        assert t(lang, "talk-confused-question") in said, said
        assert question in "\n".join(said), said
        assert await tg_reports(tg, chat) == kept
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_say_again_with_nothing_open_calls_no_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Idle there is no question to ask again: the reply that says what the bot does (the last
    message itself is not shown again yet)."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(SAY_AGAIN[lang][0])
    assert user.texts == [t(lang, "talk-confused")], user.texts
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- 2. about the bot: who made it, its languages, contacting the vet ---------------------------------

ABOUT = {
    "en": (
        ("who made u", "coach-about"),
        ("can you speak spanish", "coach-languages"),
        ("can u talk to my vet", "coach-contact"),
    ),
    "ko": (
        ("누가 만들었어요?", "coach-about"),
        ("일본어도 돼요?", "coach-languages"),
        ("수의사한테 전해줄 수 있어요?", "coach-contact"),
    ),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_bot_asked_about_in_the_survey_answers_itself_on_telegram(tg: Harness, lang: str) -> None:
    chat = 120201 if lang == "en" else 120202
    await tg_at(tg, chat, lang, "origin")
    for i, (typed, reply) in enumerate(ABOUT[lang]):
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = tg.sent(chat)[before:]
        assert t(lang, reply) in said, (typed, said)
        # the question in full once, then where the survey is paused (English owner trial 30),
        # once (stop 51: not after every reply)
        again = (asked(lang, "origin"), paused_at(lang, NAME[lang], "origin"))
        if i < len(again):
            assert again[i] in tg.last_text(chat), (typed, said)
        else:
            assert not any(a in m for a in again for m in said), (typed, said)
    assert await tg_reports(tg, chat) == []  # never stored as a question for the coach


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_bot_asked_about_calls_no_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    for typed, reply in ABOUT[lang]:
        await user.send(typed)
        assert t(lang, reply) in user.texts, (typed, user.texts)
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


def test_questions_about_the_vet_or_french_bulldogs_stay_for_the_coach() -> None:
    """The words that ask the bot to contact someone or to speak a language do not take questions
    for the coach about calling the vet or a French bulldog."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.questions import QuestionTopics

    topics = QuestionTopics(Messages())
    for typed in (
        "should i call the vet?",
        "what should i tell the vet",
        "is my french bulldog ok in the heat",
        "수의사한테 말해야 할까요?",
    ):
        assert topics.own_reply(typed) is None, typed
        assert not topics.about_bot(typed), typed


# -- 3 and 4. at the how-long question: a question without "?", and praise in texting spelling -------


async def test_a_question_without_a_question_mark_at_how_long_is_a_question_on_telegram(tg: Harness) -> None:
    chat = 120301
    await tg_at(tg, chat, "en", "owned_months")
    await tg.say(chat, "when can she go outside")
    assert t("en", "survey-err-owned_months") not in tg.sent(chat)[-3:], tg.sent(chat)[-3:]
    assert await tg_reports(tg, chat) == ["when can she go outside"]  # kept as a question
    assert "owned_months" not in await tg_answers(tg, chat)
    assert asked("en", "owned_months") in tg.last_text(chat)


PRAISE = {"en": (("u r the best", "talk-fond"), ("tysm", "talk-thanks")), "ko": (("짱이다", "talk-thanks"),)}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_praise_in_texting_spelling_at_how_long_is_thanked_on_telegram(tg: Harness, lang: str) -> None:
    chat = 120401 if lang == "en" else 120402
    await tg_at(tg, chat, lang, "owned_months")
    for typed, reply in PRAISE[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = tg.sent(chat)[before:]
        assert t(lang, reply) in said, (typed, said)
        assert t(lang, "survey-err-owned_months") not in said, (typed, said)
        assert asked(lang, "owned_months") in tg.last_text(chat)
    assert "owned_months" not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == []


# -- 5. a plan after a result that said to see the vet ------------------------------------------------

# "병원 가볼게요" names the vet: going there gets its own reply since stop 45 (`talk-to-vet`: the vet
# first, tell me what they said), checked in test_stop45_lead; the plan's "good luck" was for trying.
PLAN = {"ko": ("네 내일 갈게요",), "en": ("ok will take him tomorrow",)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_plan_to_go_after_a_result_is_acknowledged_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await _at_recent_result(user, fake_ollama, lang)
    calls = _model_calls(fake_ollama)
    kept = await kakao_reports(kakao, user.key)
    for typed in PLAN[lang]:
        await user.send(typed)
        assert t(lang, "talk-plan") in user.texts, (typed, user.texts)
    assert await kakao_reports(kakao, user.key) == kept
    assert _model_calls(fake_ollama) == calls


# -- 7. a message meant for another chat, at a survey question ----------------------------------------

WRONG_CHAT = {"en": ("sorry wrong chat",), "ko": ("앗 잘못 보냈어요", "다른 방인줄")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_wrong_chat_at_a_survey_question_asks_it_again_on_telegram(tg: Harness, lang: str) -> None:
    chat = 120701 if lang == "en" else 120702
    await tg_at(tg, chat, lang, "origin")
    for typed in WRONG_CHAT[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        said = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "survey-taken-back-kept") in said, (typed, said)
        assert asked(lang, "origin") in tg.last_text(chat), (typed, said)
    assert "origin" not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == []


async def test_wrong_chat_at_the_name_is_no_name_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "name")
    await user.send("sorry wrong chat")
    assert t("en", "survey-taken-back") in user.text, user.texts
    assert asked("en", "name") in user.text, user.texts


# -- 6. a command word with a vowel left out ----------------------------------------------------------


async def test_a_command_word_with_a_vowel_left_out_is_the_command_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    await user.send("/cancel")
    await user.send("도움말")
    plain = user.texts
    await user.send("ㄷ움말")
    assert user.texts == plain, user.texts
