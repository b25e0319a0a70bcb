# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 9's words (issue 11, corpus batch 88), each fault reproduced through a real
channel first, then fixed for its kind in both languages, on Kakao (never a slash command typed)
and Telegram.

1. Small talk sent to the model: "너 AI야?", "are you a bot?" (about the bot: what DogCoach is);
   "사진 보냈는데 안보여요?" with no photo sent (the media reply); "love you dogcoach", "사랑해
   도그코치" (affection for the bot, not praise of the dog).
2. Commands in plain words: "언어 바꿀래요" (the language), "add rex" (a dog added with its name),
   "우리 애들 소개할게요" / "let me introduce my dogs" (the survey), "we also have a cat and another
   dog called rex" (rex added, its name taken, as "i also have another dog named bruno").
3. Dogs: "ok lets go back to daisy", "백구 얘기로 돌아가자" after the other dog's result switch the
   dog talked about, never a report.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

BOT = {"en": ("are you a bot?", "are you real", "r u an AI?"), "ko": ("너 AI야?", "사람이에요?", "챗봇이야?")}
FOND = {
    "en": ("love you dogcoach", "ily dog coach", "love u coach"),
    "ko": ("사랑해 도그코치", "도그코치 최고"),
}
PHOTO = {
    "en": ("did you get my photo?", "i sent a pic did u get it"),
    "ko": ("사진 보냈는데 안보여요?", "사진 갔나요?"),
}
LANGUAGE = {
    "en": ("change language", "i want to change the language"),
    "ko": ("언어 바꿀래요", "언어 설정 바꾸고 싶어요"),
}
INTRODUCE = {"en": "let me introduce my dogs", "ko": "우리 애들 소개할게요"}
ADD = {"en": ("add rex", "Rex"), "ko": ("강아지 추가 렉스", "렉스")}
ALSO = {
    "en": ("we also have a cat and another dog called rex", "Rex"),
    "ko": ("고양이도 있고 다른 강아지 이름은 렉스예요", "렉스"),
}
BACK = {"en": ("Milo", "Daisy", "ok lets go back to daisy"), "ko": ("누렁이", "백구", "백구 얘기로 돌아가자")}


async def _idle_on_kakao(kakao: Server, lang: str) -> KakaoUser:
    """A Kakao owner who started and stopped the survey in words: nothing open, no dog."""
    user = kakao.user(lang=lang)
    await user.send("시작" if lang == "ko" else "start")
    await user.send("취소" if lang == "ko" else "cancel")
    return user


async def _with_dogs_on_kakao(kakao: Server, lang: str, names: tuple[str, ...]) -> KakaoUser:
    """A Kakao owner with `names` registered, the last one talked about."""
    user = kakao.user(lang=lang)
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        created = await s.create_user(Channel.KAKAO, user.key, locale_hint=lang)
        for name in names:
            dog = await s.create_dog(created.id, {"name": name, "age_months": 30})
            dog.completed_at = utcnow()
            await s.save_dog(dog)
            await s.set_active_dog(created.id, dog.id)
    return user


async def _kakao_active(kakao: Server, key: str) -> str:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return next(d.name or "" for d in await s.list_dogs(user.id) if d.id == user.active_dog_id)


async def _replied_without_the_model(
    kakao: Server, fake: FakeOllama, lang: str, typed_in_turn: tuple[str, ...], reply: str
) -> None:
    user = await _idle_on_kakao(kakao, lang)
    for typed in typed_in_turn:
        await user.send(typed)
        assert t(lang, reply) in user.text, (typed, user.text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake) == 0
    assert await _kakao_reports(kakao, user.key) == []


# -- 1. small talk ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_asked_whether_it_is_a_bot_says_what_dogcoach_is_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await _replied_without_the_model(kakao, fake_ollama, lang, BOT[lang], "coach-about")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_affection_for_the_bot_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await _replied_without_the_model(kakao, fake_ollama, lang, FOND[lang], "talk-fond")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_photo_asked_about_with_none_sent_is_the_media_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await _replied_without_the_model(kakao, fake_ollama, lang, PHOTO[lang], "unsupported-input")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_small_talk_about_the_bot_on_telegram(tg: Harness, lang: str) -> None:
    chat = 88101 if lang == "en" else 88102
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, "/cancel")
    for typed, reply in (
        (BOT[lang][0], "coach-about"),
        (FOND[lang][0], "talk-fond"),
        (PHOTO[lang][0], "unsupported-input"),
    ):
        await tg.say(chat, typed)
        assert tg.last_text(chat) == t(lang, reply), (typed, tg.sent(chat)[-2:])
    assert await _tg_reports(tg, chat) == []


# -- 2. commands in plain words -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_language_asked_for_in_words_on_kakao(kakao: Server, lang: str) -> None:
    for typed in LANGUAGE[lang]:
        user = await _idle_on_kakao(kakao, lang)
        await user.send(typed)
        assert t(lang, "language-ask") in user.text, (typed, user.text)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_dog_added_with_its_name_on_kakao(kakao: Server, lang: str) -> None:
    typed, name = ADD[lang]
    user = await _with_dogs_on_kakao(kakao, lang, ("Milo" if lang == "en" else "밀로",))
    await user.send(typed)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_another_dog_told_with_its_name_is_offered_on_kakao(kakao: Server, lang: str) -> None:
    typed, name = ALSO[lang]
    user = await _with_dogs_on_kakao(kakao, lang, ("Milo" if lang == "en" else "밀로",))
    await user.send(typed)  # the name taken, as "i also have another dog named bruno" (trial 2)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.text
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_introducing_the_dogs_starts_the_survey_on_kakao(kakao: Server, lang: str) -> None:
    user = await _idle_on_kakao(kakao, lang)
    await user.send(INTRODUCE[lang])
    assert t(lang, "survey-q-name") in user.text, user.text


async def test_introducing_the_dogs_starts_the_survey_on_telegram(tg: Harness) -> None:
    for chat, lang in ((88201, "en"), (88202, "ko")):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        await tg.say(chat, INTRODUCE[lang])
        assert t(lang, "survey-q-name") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 3. dogs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_back_to_the_other_dog_switches_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    first, second, typed = BACK[lang]
    user = await _with_dogs_on_kakao(kakao, lang, (second, first))
    assert await _kakao_active(kakao, user.key) == first
    await user.send(typed)
    assert t(lang, "profile-switched", name=second) in user.text, user.text
    assert await _kakao_active(kakao, user.key) == second
    assert await _kakao_reports(kakao, user.key) == []
    assert sorted(await _kakao_dogs(kakao, user.key)) == sorted((first, second))


async def test_back_to_the_other_dog_switches_on_telegram(tg: Harness) -> None:
    chat = 88301
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Daisy")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "/newdog")
    await tg.say(chat, "Milo")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "/switchdog Milo")
    await tg.say(chat, "ok lets go back to daisy")
    await eventually(lambda: t("en", "profile-switched", name="Daisy") in "\n".join(tg.sent(chat)[-3:]))
    assert await _tg_reports(tg, chat) == []


UNREGISTERED = {
    "en": ("Milo", "rex chewed the remote", "rex"),
    "ko": ("밀로", "렉스가 리모컨을 씹었어요", "렉스"),
}
RENAME = {"en": ("Milo", "rename milo to max", "Max"), "ko": ("밀로", "밀로 이름을 맥스로 바꿔줘", "맥스")}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_dog_not_registered_typed_lowercase_is_said_on_kakao(kakao: Server, lang: str) -> None:
    """ "rex chewed the remote" with only Milo registered was filed under Milo without a word."""
    registered, typed, name = UNREGISTERED[lang]
    user = await _with_dogs_on_kakao(kakao, lang, (registered,))
    await user.send(typed)
    assert t(lang, "report-filed-unregistered", typed=name, name=registered) in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


async def test_a_dog_not_registered_typed_lowercase_is_said_on_telegram(tg: Harness) -> None:
    chat = 88401
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Milo")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "rex chewed the remote")
    shown = "\n".join(tg.sent(chat)[-3:])
    assert t("en", "report-filed-unregistered", typed="rex", name="Milo") in shown, shown


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_dog_renamed_in_words_on_kakao(kakao: Server, lang: str) -> None:
    registered, typed, name = RENAME[lang]
    user = await _with_dogs_on_kakao(kakao, lang, (registered,))
    await user.send(typed)
    assert await _kakao_dogs(kakao, user.key) == [name], user.text


async def test_the_named_dogs_survey_is_resumed_on_kakao(kakao: Server) -> None:
    """ "팥이 설문할래요" with 콩's survey paused resumed 콩's survey."""
    user = kakao.user(lang="ko")
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        created = await s.create_user(Channel.KAKAO, user.key, locale_hint="ko")
        for name in ("팥", "콩"):  # both paused after their age; 콩 the one talked about
            dog = await s.create_dog(created.id, {"name": name, "age_months": 30})
            await s.set_active_dog(created.id, dog.id)
    await user.send("팥이 설문할래요")
    assert t("ko", "survey-q-sex", name="팥") in user.text, user.text
    await user.send("콩 설문 이어서 할게요")
    assert t("ko", "survey-q-sex", name="콩") in user.text, user.text


async def test_the_named_dogs_survey_is_resumed_on_telegram(tg: Harness) -> None:
    chat = 88501
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Daisy")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "/newdog")
    await tg.say(chat, "Milo")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "continue Milo's survey")
    assert t("en", "survey-q-age_months", name="Milo") in tg.last_text(chat), tg.sent(chat)[-2:]
    await tg.say(chat, "continue the survey for Daisy")
    assert t("en", "survey-q-age_months", name="Daisy") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- after a result -------------------------------------------------------------------------------

REPORT = {
    "en": "On walks he barks and lunges at every other dog",
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
}


async def _at_followup(user: KakaoUser, lang: str) -> None:
    """A report, then "show result" tapped until the result's follow-up question is on screen."""
    await user.send(REPORT[lang])
    question = t(lang, "analysis-followup-frequency")
    for _ in range(100):
        if question in user.text:
            break
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")
    assert question in user.text, user.text


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_after_the_other_dogs_result_back_to_a_dog_switches_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    first, second, typed = BACK[lang]
    user = await _with_dogs_on_kakao(kakao, lang, (second, first))
    await _at_followup(user, lang)
    await user.send(typed)
    assert t(lang, "profile-switched", name=second) in user.text, user.text
    assert await _kakao_active(kakao, user.key) == second
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_after_a_result_the_words_of_trial_9_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed, reply in (
        (FOND[lang][0], "talk-fond"),
        (PHOTO[lang][0], "unsupported-input"),
        (LANGUAGE[lang][0], "language-ask"),
    ):
        user = await _with_dogs_on_kakao(kakao, lang, ("Milo" if lang == "en" else "밀로",))
        await _at_followup(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, reply) in user.text, (typed, user.text)
        await asyncio.sleep(0.2)
        assert _model_calls(fake_ollama) == calls, typed
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_commands_in_plain_words_on_telegram(tg: Harness, lang: str) -> None:
    chat = 88601 if lang == "en" else 88602
    first = "Milo" if lang == "en" else "밀로"
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, first)
    await tg.say(chat, "/cancel")
    await tg.say(chat, LANGUAGE[lang][0])
    assert tg.last_text(chat) == t(lang, "language-ask"), tg.sent(chat)[-2:]
    await tg.say(chat, "/cancel")
    await tg.say(chat, RENAME[lang][1])
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        assert [d.name for d in await s.list_dogs(user.id)] == [RENAME[lang][2]], tg.sent(chat)[-3:]
    await tg.say(chat, "/cancel")
    typed, name = ADD[lang]
    await tg.say(chat, typed)
    assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), tg.sent(chat)[-2:]
