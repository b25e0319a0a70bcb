# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 51, helper misc51: leftovers of the last owner trials, each reproduced through a real channel
first (Kakao over the skill's HTTP, Telegram over the fake Bot API, the terminal's engine where it
applies), in Korean and English, what was stored read back (corpus batches 435 and 436).

1. A reminder after every reply: at the review "…프로필이 확인을 기다리고 있어요" was appended seven
   times in a row, and while a survey question was left open "설문 15개 중 13번째 질문이…" after
   every reply about something else. The one-line reminder is now said once, then again only after
   a while (`reminders.REMIND_AGAIN`), on another day or after a result; what was said and when is
   kept in the conversation state (`reminded`, `reminded_at`). Kakao's menu leads with the way back
   while it is held back.
2. "does this actually work or is it just chatgpt", "너 챗gpt야?", "진짜 효과 있어요?" went to the
   model as questions about behaviour (stored, queued): a question about the bot itself gets the
   bot's own short reply from the locale files (`coach-what`: a small model on the service's server
   with fixed rules, behaviour-science basics, not a vet), no model call, nothing recorded; "are
   you a bot" keeps `coach-about`, which now says the same in a clause.
3. A check-in's "how did it go?" answered "ㄴ 고양이라 안됨 ㅋㅋ 취소" got "please pick one": the
   cancel and the words both lost. Words and then a cancel are the cancel: the check-in is left
   unanswered and the words said back (at its note, they are the note).
4. /profile did not show the owner's time zone (stop 50's /timezone): the card says it, the bot's
   default named as such when the owner set none.
5. "ㅇㅋ 설문 ㄱ" (ok, survey go) did not start the survey (read as laughter); "강아지는 몽이 혼자예요"
   at the other pets asked "dog or none?" (it says there is no other pet).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dogcoach.bot.engine import Engine
from dogcoach.domain.channel import Channel
from dogcoach.handlers.onboarding.reminders import REMIND_AGAIN
from dogcoach.services.store import Store
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import kakao_answered, tg_answered
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store, quick_of  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    REVIEW,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import STEP, _answered, _kakao_pushed, _telegram_plan
from tests.timetravel import travel

LANGS = ("ko", "en")

# -- 1. a reminder said once, not after every reply ---------------------------------------------------

# Replies about something else, one after another: thanks, the help, history, this week, thanks.
ASIDES = {
    "ko": ("고마워요", "도움말", "기록", "이번 주", "고마워요", "도움말"),
    "en": ("thanks", "help", "history", "this week", "thanks", "help"),
}


def review_again(lang: str) -> str:
    return t(lang, "survey-review-again", name=NAME[lang])


def still_open(lang: str) -> str:
    return t(
        lang, "survey-still-open", name=NAME[lang], n=13, total=15, field=t(lang, "survey-field-concerns")
    )


def _resume_offered(last: dict[str, Any], lang: str) -> bool:
    """Kakao's quick replies lead with the survey's way back (`kakao-menu-resume`)."""
    words = t(lang, "kakao-menu-resume")
    return any(words in (q.get("label"), q.get("messageText")) for q in quick_of(last))


async def _kakao_travel(server: Server, delta: dt.timedelta) -> None:
    async with open_store(server.settings.database_url) as store:
        await travel(store, delta)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_review_reminder_is_said_once_not_after_every_reply_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_at_review(kakao, lang)
    said = 0
    for text in ASIDES[lang]:
        await user.send(text)
        said += user.text.count(review_again(lang))
    assert said == 1, said
    assert _resume_offered(user.last, lang), quick_of(user.last)  # the way back, held in the menu
    await _kakao_travel(kakao, REMIND_AGAIN + dt.timedelta(minutes=1))  # a while later: once more
    await user.send(ASIDES[lang][0])
    assert review_again(lang) in user.text, user.texts
    await user.send(t(lang, "survey-confirm"))  # the review still takes its answer
    assert REVIEW[lang] not in user.text and review_again(lang) not in user.text, user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_the_review_reminder_is_said_once_not_after_every_reply_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 5151 if lang == "ko" else 5152
    await tg.say(chat, "/start", language_code=lang)
    for _key, text in ANSWERS[lang]:
        await tg.say(chat, text)
    assert REVIEW[lang] in tg.last_text(chat)
    before = len(tg.sent(chat))
    for text in ASIDES[lang]:
        await tg.say(chat, text)
    new = tg.sent(chat)[before:]
    assert sum(m.count(review_again(lang)) for m in new) == 1, new
    await travel(tg.rt.store, REMIND_AGAIN + dt.timedelta(minutes=1))
    before = len(tg.sent(chat))
    await tg.say(chat, ASIDES[lang][0])
    assert review_again(lang) in tg.sent(chat)[before:], tg.sent(chat)[before:]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_review_reminder_is_said_once_in_the_terminal(sqlite_engine: Engine, lang: str) -> None:
    chat = Chat(sqlite_engine, f"misc51-{lang}", hint=lang)
    await chat.send("/start")
    for _key, text in ANSWERS[lang]:
        await chat.send(text)
    assert REVIEW[lang] in "\n".join(chat.texts), chat.texts
    said = 0
    for text in ASIDES[lang]:
        await chat.send(text)
        said += "\n".join(chat.texts).count(review_again(lang))
    assert said == 1, said


@pytest.mark.parametrize("lang", LANGS)
async def test_a_paused_question_is_said_once_not_after_every_reply_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(ASIDES[lang][0])
    assert asked(lang, "concerns") in user.text, user.text  # in full once, as before
    said = 0
    for text in ASIDES[lang][1:]:
        await user.send(text)
        assert asked(lang, "concerns") not in user.text, (text, user.text)
        said += user.text.count(still_open(lang))
    assert said == 1, said
    assert _resume_offered(user.last, lang), quick_of(user.last)
    await user.send(t(lang, "kakao-menu-resume"))  # the menu's way back: the question in full
    assert asked(lang, "concerns") in user.text, user.text
    await user.send({"ko": "짖음", "en": "barking"}[lang])
    await user.send({"ko": "완료", "en": "done"}[lang])
    assert (await kakao_answers(kakao, user.key)).get("concerns") == ["barking"]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_paused_question_is_said_once_not_after_every_reply_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 5153 if lang == "ko" else 5154
    await tg_at(tg, chat, lang, "concerns")
    before = len(tg.sent(chat))
    for text in ASIDES[lang]:
        await tg.say(chat, text)
    new = tg.sent(chat)[before:]
    assert sum(m.count(still_open(lang)) for m in new) == 1, new
    await travel(tg.rt.store, REMIND_AGAIN + dt.timedelta(minutes=1))  # a while later: once more
    before = len(tg.sent(chat))
    await tg.say(chat, ASIDES[lang][0])
    assert still_open(lang) in tg.sent(chat)[before:], tg.sent(chat)[before:]


@pytest.mark.parametrize("lang", LANGS)
async def test_a_paused_question_is_said_once_in_the_terminal(
    sqlite_engine: Engine, sqlite_store: Store, lang: str
) -> None:
    chat = Chat(sqlite_engine, f"misc51-paused-{lang}", hint=lang)
    await chat.send("/start")
    for text in answers_before(lang, "concerns"):
        await chat.send(text)
    said = 0
    for text in ASIDES[lang]:
        await chat.send(text)
        said += "\n".join(chat.texts).count(still_open(lang))
    assert said == 1, said
    await travel(sqlite_store, dt.timedelta(days=1))  # the next day: once more
    await chat.send(ASIDES[lang][0])
    assert still_open(lang) in chat.texts, chat.texts


# -- 2. a question about the bot itself: its own reply, no model, nothing stored ---------------------

ABOUT = (
    ("en", "does this actually work or is it just chatgpt", "coach-what"),
    ("en", "is this just chatgpt lol", "coach-what"),
    ("en", "does it actually work?", "coach-what"),
    ("en", "are you a bot", "coach-about"),
    ("ko", "너 챗gpt야?", "coach-what"),
    ("ko", "너 챗gpt야", "coach-what"),
    ("ko", "진짜 효과 있어요?", "coach-what"),
    ("ko", "ㅋㅋ 근데 이거 진짜 효과 있어요?", "coach-what"),
    ("ko", "사람인가요?", "coach-about"),
    ("ko", "수의사세요?", "coach-what"),
    ("en", "are you a vet", "coach-what"),
)


@pytest.mark.parametrize(("lang", "text", "reply"), ABOUT)
async def test_a_question_about_the_bot_gets_its_own_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, reply: str
) -> None:
    owner = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await owner.send(text)
    assert t(lang, reply) in owner.texts, owner.texts
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert await _kakao_reports(kakao, owner.key) == []


@pytest.mark.parametrize(("lang", "text", "reply"), ABOUT[:2] + ABOUT[4:5] + ABOUT[6:7])
async def test_a_question_about_the_bot_gets_its_own_reply_on_telegram(
    tg: Harness, lang: str, text: str, reply: str
) -> None:
    chat = 5155
    await tg_owner(tg, chat, lang)
    await tg.say(chat, text)
    assert tg.last_text(chat) == t(lang, reply), tg.sent(chat)[-2:]
    assert await _tg_reports(tg, chat) == []


@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_about_the_bot_mid_survey_asks_the_question_again_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send({"ko": "너 챗gpt야?", "en": "does this actually work or is it just chatgpt"}[lang])
    assert user.texts[0] == t(lang, "coach-what"), user.texts
    assert asked(lang, "breed") in user.text, user.texts
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize(("lang", "text", "reply"), ABOUT[:1] + ABOUT[4:5])
async def test_a_question_about_the_bot_gets_its_own_reply_in_the_terminal(
    sqlite_engine: Engine, sqlite_store: Store, lang: str, text: str, reply: str
) -> None:
    chat = Chat(sqlite_engine, f"misc51-about-{lang}", hint=lang)
    await chat.send("/start")
    await chat.send("/cancel")
    await chat.send(text)
    assert t(lang, reply) in chat.texts, chat.texts
    async with sqlite_store.session() as s:
        user = await s.get_user(Channel.CONSOLE, chat.user.external_id)
        assert user is not None
        assert await s.all("SELECT id FROM reports WHERE user_id = ?", user.id) == []


async def test_whether_a_method_works_still_goes_to_the_coach_on_kakao(kakao: Server) -> None:
    """Only the question alone is about the bot: a method named is asked of the coach."""
    owner = await kakao_owner(kakao, "ko")
    await owner.send("간식 주는 거 진짜 효과 있어요?")
    assert t("ko", "coach-what") not in owner.texts, owner.texts
    assert [r.text for r in await _kakao_reports(kakao, owner.key)] == ["간식 주는 거 진짜 효과 있어요?"]


# -- 3. words and then a cancel at a check-in ----------------------------------------------------------

CANCELLED = {
    "ko": ("ㄴ 고양이라 안됨 ㅋㅋ 취소", "ㄴ 고양이라 안됨 ㅋㅋ"),
    "en": ("nah the cat makes it impossible lol cancel", "nah the cat makes it impossible lol"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_words_and_a_cancel_at_a_check_in_leave_it_and_say_the_words_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, said = CANCELLED[lang]
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        await owner.send(typed)
        assert owner.texts[0] == t(lang, "coaching-checkin-cancelled-said", said=said), owner.texts
        assert t(lang, "coaching-checkin-reask") not in owner.texts
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [] and rows[0].status == "sent", rows  # left, nothing recorded
        await owner.send({"ko": "좋아졌어요", "en": "better"}[lang])  # how it went, told later: kept
        assert (await kakao_answered(srv, owner.key))[0][0] == "better"


@pytest.mark.parametrize("lang", LANGS)
async def test_words_and_a_cancel_at_a_check_in_leave_it_and_say_the_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, said = CANCELLED[lang]
    chat = 5156
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        before = len(tg.sent(chat))
        await tg.say(chat, typed, language_code=lang)
        line = t(lang, "coaching-checkin-cancelled-said", said=said)
        await eventually(lambda: line in tg.sent(chat)[before:])
        assert t(lang, "coaching-checkin-reask") not in tg.sent(chat)[before:]
        assert await tg_answered(tg, chat) == []


@pytest.mark.parametrize("lang", LANGS)
async def test_words_and_a_cancel_at_the_note_keep_the_words_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, said = CANCELLED[lang]
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send({"ko": "좋아졌어요", "en": "better"}[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts
        await owner.send(typed)
        assert owner.texts[0] == t(lang, "coaching-checkin-note-saved"), owner.texts
        assert await kakao_answered(srv, owner.key) == [("better", said)]


# -- 4. the owner's time zone on the profile card ------------------------------------------------------


def _zone_line(lang: str, zone: str, *, mine: bool) -> str:
    return t(lang, "profile-timezone" if mine else "profile-timezone-default", zone=zone)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_profile_shows_the_time_zone_on_kakao(kakao: Server, lang: str) -> None:
    owner = await kakao_owner(kakao, lang)
    await owner.send({"ko": "프로필", "en": "profile"}[lang])
    assert _zone_line(lang, "Asia/Seoul (UTC+9)", mine=False) in owner.text, owner.texts
    await owner.send({"ko": "시간대 뉴욕으로 바꿔줘", "en": "I'm in New York"}[lang])
    await owner.send({"ko": "프로필", "en": "profile"}[lang])
    assert _zone_line(lang, "America/New York (UTC-5)", mine=True) in owner.text, owner.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_the_profile_shows_the_time_zone_on_telegram(tg: Harness, lang: str) -> None:
    chat = 5157
    await tg_owner(tg, chat, lang)
    await tg.say(chat, "/profile")
    assert _zone_line(lang, "Asia/Seoul (UTC+9)", mine=False) in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, "UTC-5")
    await tg.say(chat, "/profile")
    assert _zone_line(lang, "UTC-5", mine=True) in tg.last_text(chat), tg.last_text(chat)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_profile_shows_the_time_zone_in_the_terminal(sqlite_engine: Engine, lang: str) -> None:
    chat = Chat(sqlite_engine, f"misc51-zone-{lang}", hint=lang)
    await chat.send("/start")
    for _key, text in ANSWERS[lang]:
        await chat.send(text)
    await chat.send(t(lang, "survey-confirm"))
    await chat.send("/profile")
    assert _zone_line(lang, "Asia/Seoul (UTC+9)", mine=False) in "\n".join(chat.texts), chat.texts


# -- 5. "ㅇㅋ 설문 ㄱ" starts the survey; "강아지는 콩이 혼자예요" is no other pet ---------------------------

GO = {"ko": ("ㅇㅋ 설문 ㄱ", "설문 ㄱㄱ"), "en": ("ok survey go",)}


def _name_asked(lang: str, text: str) -> bool:
    return t(lang, "survey-progress", n=1, total=15) in text


@pytest.mark.parametrize(("lang", "typed"), [(lang, typed) for lang in LANGS for typed in GO[lang]])
async def test_ok_survey_go_starts_the_survey_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = kakao.user(lang=lang)
    await user.send({"ko": "안녕하세요", "en": "hi"}[lang])
    await user.send(typed)
    assert _name_asked(lang, user.text), user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_ok_survey_go_starts_the_survey_in_the_terminal(sqlite_engine: Engine, lang: str) -> None:
    chat = Chat(sqlite_engine, f"misc51-go-{lang}", hint=lang)
    await chat.send({"ko": "안녕하세요", "en": "hi"}[lang])
    await chat.send(GO[lang][0])
    assert chat.question == "name", chat.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_ok_survey_go_starts_the_survey_on_telegram(tg: Harness, lang: str) -> None:
    chat = 5158
    await tg.say(chat, {"ko": "안녕하세요", "en": "hi"}[lang], language_code=lang)
    await tg.say(chat, GO[lang][0], language_code=lang)
    assert _name_asked(lang, tg.last_text(chat)), tg.sent(chat)[-2:]


ALONE = {
    "ko": ("강아지는 콩이 혼자예요", "강아지는 몽이 혼자예요", "강아지는 한 마리예요"),
    "en": ("just the one dog", "as for dogs just rex"),
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, typed) for lang in LANGS for typed in ALONE[lang]])
async def test_the_dog_alone_is_no_other_pet_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(typed)
    assert asked(lang, "alone_hours") in user.text, user.texts
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ["none"]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_dog_alone_is_no_other_pet_on_telegram(tg: Harness, lang: str) -> None:
    chat = 5159
    await tg_at(tg, chat, lang, "other_pets")
    await tg.say(chat, ALONE[lang][0])
    assert asked(lang, "alone_hours") in tg.last_text(chat), tg.sent(chat)[-2:]
    assert (await tg_answers(tg, chat)).get("other_pets") == ["none"]


async def test_another_dog_told_so_is_still_a_dog_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "other_pets")
    await user.send("강아지는 한 마리 더 있어요")
    await user.send("완료")
    assert (await kakao_answers(kakao, user.key)).get("other_pets") == ["dog"]
