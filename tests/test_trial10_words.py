# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 10: commands in plain words, the owner's own data asked, first contact (issue 11,
corpus batch 95), each reproduced through a real channel (Telegram harness, Kakao skill), both
languages, then fixed for its kind.

1. Unreachable in words: "내 데이터 전부 삭제", "remove all my info" (the erase, with its
   confirmation), "edit my dog" (the profile's edit), "아까 결과" (the last result again).
2. Sent to the coach model though the owner's own data answers them: "what was the last advice
   again" (the last result, its next step), "whats my dogs name" (the profile).
3. A check-in shown and never answered, then "hey" more than 48 h later: the greeting alone, the
   check-in never seen again. Now asked again.
4. Kakao, a report first: the survey offered, then the dog's name typed: "not sure what you mean",
   the name lost (Telegram: "no dog called Max", adding one offered). Now the survey starts with it.
5. A photo as the very first message: the photo's answer alone, no welcome. Now both, nothing stored.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, serve, skill_body, texts_of  # noqa: F401
from tests.test_survey_answers_misread import ANSWERS, kakao_answers, kakao_at_review, tg_answers
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial_k2_meaning import _checkins_on_telegram
from tests.timetravel import travel

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
STEP = {"ko": STEP_KO, "en": STEP_EN}
CONFIRM = {"ko": "네 맞아요", "en": "yeah"}
YES = {"ko": "네", "en": "yes"}
NAME = {"ko": "콩이", "en": "Max"}


@asynccontextmanager
async def _kakao(fake_ollama: FakeOllama, tmp_path: Path) -> AsyncIterator[Server]:
    """The Kakao skill with the fake model's plain analysis (a next step, no follow-up question)."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        yield srv


async def _kakao_result_seen(srv: Server, user: KakaoUser, lang: str) -> None:
    """A report sent, analysed, and its result shown (at the owner's next message)."""
    await user.send(REPORT[lang])
    for _ in range(200):
        if STEP[lang] in user.text:
            return
        await asyncio.sleep(0.05)
        await user.send("결과 보기" if lang == "ko" else "show result")
    raise AssertionError(user.text)


async def _kakao_profiled(srv: Server, lang: str) -> KakaoUser:
    user = await kakao_at_review(srv, lang)
    await user.send(CONFIRM[lang])
    return user


async def _kakao_user_row(srv: Server, key: str) -> Any:
    async with srv.app.state.runtime.store.session() as s:
        return await s.get_user(Channel.KAKAO, key)


# -- 1. commands in plain words ---------------------------------------------------------------------

ERASE = {
    "ko": ("내 데이터 전부 삭제", "데이터 모두 삭제해 주세요"),
    "en": ("remove all my info", "remove all my data please"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_erase_in_words_asks_and_erases_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _kakao(fake_ollama, tmp_path) as srv:
        for words in ERASE[lang]:
            user = srv.user(lang=lang)
            await user.send(REPORT[lang])
            await user.send(words)
            assert t(lang, "delete-ask") in user.text, (words, user.text)
            await user.send(YES[lang])  # typed: Kakao's quick reply may be gone
            assert t(lang, "delete-done") in user.text, user.text
            assert await _kakao_user_row(srv, user.key) is None


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_erase_in_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _checkins_on_telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 95101 if lang == "ko" else 95102
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, ERASE[lang][0])
        assert t(lang, "delete-ask") in tg.last_text(chat), tg.sent(chat)[-2:]
        await tg.tap(chat, t(lang, "delete-confirm"))
        assert t(lang, "delete-done") in tg.last_text(chat)
        assert await tg.user(chat) is None


EDIT = {"ko": ("내 강아지 수정", "강아지 정보 변경"), "en": ("edit my dog", "change my dog's info")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_edit_my_dog_opens_the_edit_on_kakao(kakao: Server, lang: str) -> None:
    user = await _kakao_profiled(kakao, lang)
    for words in EDIT[lang]:
        await user.send(words)
        assert t(lang, "survey-edit-which") in user.text, (words, user.text)
        await user.send("/cancel")


async def test_edit_my_dog_on_telegram(tg: Harness) -> None:
    chat = 95111
    await tg.say(chat, "/start", language_code="en")
    for _key, text in ANSWERS["en"]:
        await tg.say(chat, text)
    await tg.say(chat, CONFIRM["en"])
    await tg.say(chat, "edit my dog")
    assert t("en", "survey-edit-which") in tg.last_text(chat), tg.sent(chat)[-2:]


EARLIER = {  # the last two without the word "result" (owner trial 30: noise; stop 45)
    "ko": ("아까 결과", "아까 결과 다시 보여주세요", "지난번 거 다시 보여주세요", "아까 그거 다시 보여줘"),
    "en": (
        "the result from earlier",
        "can i see the earlier result",
        "show me the last one again",
        "the one from before",
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_result_from_earlier_is_shown_again_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _kakao(fake_ollama, tmp_path) as srv:
        user = srv.user(lang=lang)
        await _kakao_result_seen(srv, user, lang)
        calls = _model_calls(fake_ollama)
        for words in EARLIER[lang]:
            await user.send(words)
            assert STEP[lang] in user.text, (words, user.text)
        assert _model_calls(fake_ollama) == calls


# -- 2. the owner's own data asked -----------------------------------------------------------------

ADVICE = {
    "ko": ("마지막 조언 뭐였지", "아까 뭐라고 하셨죠?", "다음 단계가 뭐였죠", "지금 하고 있는 계획 뭐였지"),
    "en": (
        "what was the last advice again",
        "what did you tell me to try",
        "what was the plan again?",
        "what's my plan",
    ),
}
DOG_NAME = {
    "ko": ("우리 강아지 이름이 뭐였지", "강아지 이름 뭐였죠?", "내 강아지 정보 뭐라고 되어 있어요"),
    "en": ("whats my dogs name", "what's my dog's name?", "what age did i put for my dog"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_last_advice_asked_is_shown_not_asked_of_the_model_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _kakao(fake_ollama, tmp_path) as srv:
        user = srv.user(lang=lang)
        await _kakao_result_seen(srv, user, lang)
        calls = _model_calls(fake_ollama)
        for words in ADVICE[lang]:
            await user.send(words)
            assert STEP[lang] in user.text, (words, user.text)
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_last_advice_asked_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _checkins_on_telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 95201 if lang == "ko" else 95202
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: any(STEP[lang] in text for text in tg.sent(chat)))
        await tg.hook.idle(TURN_BOUND)
        calls = _model_calls(fake_ollama)
        await tg.say(chat, ADVICE[lang][0])
        assert any(STEP[lang] in text for text in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dogs_name_asked_shows_the_profile_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _kakao_profiled(kakao, lang)
    name = ANSWERS[lang][0][1]
    calls = _model_calls(fake_ollama)
    for words in DOG_NAME[lang]:
        await user.send(words)
        assert name in user.text and t(lang, "talk-profile") not in user.text, (words, user.text)
    assert _model_calls(fake_ollama) == calls


async def test_the_dogs_name_asked_on_telegram(tg: Harness) -> None:
    chat = 95211
    await tg.say(chat, "/start", language_code="ko")
    for _key, text in ANSWERS["ko"]:
        await tg.say(chat, text)
    await tg.say(chat, CONFIRM["ko"])
    await tg.say(chat, DOG_NAME["ko"][0])
    assert "콩이" in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 3. an unanswered check-in asked again when the owner comes back -------------------------------

HEY = {"ko": "안녕하세요", "en": "hey"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_unanswered_check_in_is_asked_again_at_hey_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _checkins_on_telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 95301 if lang == "ko" else 95302
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: any(STEP[lang] in text for text in tg.sent(chat)))
        question = await push_checkin(tg, chat, lang, STEP[lang])
        await travel(tg.rt.store, dt.timedelta(days=3))  # unanswered past the question's 48 h
        before = len(tg.sent(chat))
        await tg.say(chat, HEY[lang])
        said = tg.sent(chat)[before:]
        assert t(lang, "talk-greeting") in said and said[-1] == question, said
        await tg.say(chat, "좋아졌어요" if lang == "ko" else "better")  # typed: it takes the answer
        rows = await wait_for_rows(
            tg.rt.store, Channel.TELEGRAM, str(chat), lambda r: r[0].status == "answered"
        )
        assert rows[0].outcome == "better"


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_unanswered_check_in_is_asked_again_at_hey_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _kakao(fake_ollama, tmp_path) as srv:
        store = srv.app.state.runtime.store
        user = srv.user(lang=lang)
        question = t(lang, "coaching-checkin-question", text=STEP[lang])
        await user.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, user.key, lambda rows: len(rows) == 1)
        await user.send("/help")
        await travel(store, DAYS)
        await user.send(HEY[lang])
        assert user.texts[-1] == question, user.texts
        await travel(store, dt.timedelta(days=4))  # left unanswered: the question lapses
        await user.send("ㅎㅇ" if lang == "ko" else "hi")
        assert t(lang, "talk-greeting") in user.text and user.texts[-1] == question, user.texts
        await user.send("그대로예요" if lang == "ko" else "the same")
        rows = await checkins_of(store, Channel.KAKAO, user.key)
        assert rows[0].status == "answered" and rows[0].outcome == "same", rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_answered_check_in_is_not_asked_again_at_hey_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """Control: answered, the greeting alone."""
    async with _kakao(fake_ollama, tmp_path) as srv:
        store = srv.app.state.runtime.store
        user = srv.user(lang=lang)
        await user.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, user.key, lambda rows: len(rows) == 1)
        await user.send("/help")
        await travel(store, DAYS)
        await user.send(HEY[lang])
        await user.send("좋아졌어요" if lang == "ko" else "better")
        await travel(store, dt.timedelta(days=2, minutes=1))  # past 48 h, the next one not yet due
        await user.send(HEY[lang])
        assert user.texts == [t(lang, "talk-greeting")], user.texts


# -- 4. the dog's name typed after the survey offered at first contact ------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_after_the_first_offer_starts_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for name in (NAME[lang], "초코요" if lang == "ko" else "bella"):
        user = kakao.user(lang=lang)
        await user.send(REPORT[lang])
        assert t(lang, "first-report-offer") in user.text, user.text
        await user.send(name)
        kept = (await kakao_answers(kakao, user.key))["name"]
        assert kept in (name.removesuffix("요"), name.capitalize()), (kept, user.text)
        assert t(lang, "survey-q-age_months", name=kept) in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_name_after_the_first_offer_starts_the_survey_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """Telegram pushes the result (its follow-up question open beside the offer): the same."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 95401 if lang == "ko" else 95402
        await tg.say(chat, REPORT[lang], language_code=lang)
        assert t(lang, "first-report-offer") in tg.sent(chat)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await tg.hook.idle(TURN_BOUND)
        await tg.say(chat, NAME[lang])
        assert (await tg_answers(tg, chat))["name"] == NAME[lang], tg.sent(chat)[-3:]
        assert t(lang, "survey-q-age_months", name=NAME[lang]) in tg.last_text(chat), tg.sent(chat)[-3:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_noise_after_the_first_offer_is_no_name_on_kakao(kakao: Server, lang: str) -> None:
    """Control: a word that is no name ("산책", "walk") is not taken as one; "yes" still starts."""
    user = kakao.user(lang=lang)
    await user.send(REPORT[lang])
    await user.send("산책" if lang == "ko" else "walk")
    assert t(lang, "survey-q-name") not in user.text, user.text
    await user.send(YES[lang])
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts


# -- 5. a photo as the very first message ----------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_photo_first_gets_the_welcome_on_telegram(tg: Harness, lang: str) -> None:
    chat = 95501 if lang == "ko" else 95502
    await tg.fake.deliver_photo(chat, language_code=lang)
    await eventually(lambda: len(tg.sent(chat)) == 2)
    assert tg.sent(chat) == [t(lang, "telegram-media-photo"), t(lang, "start-welcome-media")]
    assert await tg.user(chat) is None  # nothing stored
    await tg.say(chat, "시작" if lang == "ko" else "start", language_code=lang)  # as the welcome says
    assert tg.last_text(chat).endswith(t(lang, "survey-q-name")), tg.sent(chat)[-2:]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_image_first_gets_the_welcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    key = f"kakao-photo-{lang}"
    body = skill_body(key, "https://talk.kakaocdn.net/dc/abc/img.jpg?credential=x&expires=1", lang=lang)
    body["action"]["params"] = {"media": {"type": "image", "url": "https://talk.kakaocdn.net/x.jpg"}}
    response = await kakao.post(body)
    assert response.status_code == 200
    assert texts_of(response.json()) == [t(lang, "unsupported-input"), t(lang, "start-welcome-media")]
    assert await _kakao_user_row(kakao, key) is None
    assert _model_calls(fake_ollama) == 0
    user = KakaoUser(kakao, key, lang)
    await user.send("시작" if lang == "ko" else "start")
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts
