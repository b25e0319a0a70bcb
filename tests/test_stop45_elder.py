# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45 (issue 11, Korean owner trial 30: an owner who never taps a button), each reproduced
through a real channel first, what was kept read back from the store.

1. Profile facts typed with no survey running and no dog yet ("시츄예요", "열두살이에요" after a first
   report): "that's for the profile, not added", and the survey then asked them again. Now each is
   kept, said with its value, and not asked when the survey starts.
2. "안녕하세요 처음 써봐요 어떻게 하는거예요?" first: a question for the model; how to use it now, with
   the survey offered. "우리 해피요" at that offer: "not sure what you mean"; the survey, with the
   name. "어제 하던거 계속할게요" with no step and no profile: "good luck"; the survey now.
3. The amount and the weight typed after a poisoning's first aid ("다크초콜릿 반개정도요 체중은 5키로"):
   "that's for the profile"; added to the emergency's report now (what the vet asks first).
4. A rambling incident told with "what should I do" at the survey's first question: a question for
   the model, no analysis; a report now.
5. Back after a wait ("다녀왔어요", "ok back"): stored as the name or the breed; welcomed back and
   the question asked again now.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)


async def _kakao_dogs(server: Server, key: str) -> list[Any]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return await s.list_dogs(user.id)


def _q(lang: str, key: str, name: str) -> str:
    return t(lang, f"survey-q-{key}", name=name)


# -- 1. profile facts told before the survey: kept, not asked ---------------------------------------

FIRST_REPORT = {"ko": "우리 강아지가 자꾸 발을 핥아요", "en": "my dog keeps licking his paws all the time"}
# (lang, facts typed with no survey, the name, what is stored, the question asked after the name)
FACTS: tuple[tuple[str, tuple[str, ...], str, dict[str, Any], str], ...] = (
    ("ko", ("시츄예요", "열두살이에요"), "해피", {"breed": "시츄", "age_months": 144}, "sex"),
    ("en", ("he's a beagle", "he's 12 years old"), "Happy", {"breed": "beagle", "age_months": 144}, "sex"),
)
YES = {"ko": "네", "en": "yes"}


@pytest.mark.parametrize(("lang", "facts", "name", "stored", "next_key"), FACTS)
async def test_profile_facts_before_the_survey_are_kept_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    facts: tuple[str, ...],
    name: str,
    stored: dict[str, Any],
    next_key: str,
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST_REPORT[lang])
    for fact in facts:
        await user.send(fact)
        assert t(lang, "talk-profile") not in user.text, user.texts  # not "not kept"
        assert t(lang, "talk-profile-kept") in user.text, user.texts
    await user.send(YES[lang])
    assert asked(lang, "name") in user.text, user.texts
    await user.send(name)
    assert _q(lang, next_key, name) in user.text, user.texts  # the age and the breed not asked
    answers = await kakao_answers(kakao, user.key)
    for key, value in stored.items():
        assert str(answers.get(key)).casefold() == str(value).casefold(), (key, answers)


@pytest.mark.parametrize(("lang", "facts", "name", "stored", "next_key"), FACTS)
async def test_profile_facts_before_the_survey_are_kept_on_telegram(
    tg: Harness,
    fake_ollama: FakeOllama,
    lang: str,
    facts: tuple[str, ...],
    name: str,
    stored: dict[str, Any],
    next_key: str,
) -> None:
    chat = 45001
    await tg.say(chat, FIRST_REPORT[lang], language_code=lang)
    for fact in facts:
        await tg.say(chat, fact)
        assert any(t(lang, "talk-profile-kept") in line for line in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
    await tg.say(chat, YES[lang])
    await tg.say(chat, name)
    assert _q(lang, next_key, name) in tg.last_text(chat), tg.sent(chat)[-3:]
    answers = await tg_answers(tg, chat)
    for key, value in stored.items():
        assert str(answers.get(key)).casefold() == str(value).casefold(), (key, answers)


# -- 2. the owner who never taps: how to use it, the name at the offer, "carry on" --------------------

HOW_TO = {
    "ko": "안녕하세요 처음 써봐요 어떻게 하는거예요?",
    "en": "hi first time using this, how does it work?",
}
NAMED = {"ko": ("우리 해피요", "해피"), "en": ("Max", "Max")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_to_use_first_then_the_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(HOW_TO[lang])
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0, user.texts  # the help, never the model
    assert await _kakao_reports(kakao, user.key) == []
    assert t(lang, "first-report-offer") in user.text, user.texts
    typed, name = NAMED[lang]
    await user.send(typed)
    assert _q(lang, "age_months", name) in user.text, user.texts
    assert [d.name for d in await _kakao_dogs(kakao, user.key)] == [name]


async def test_carry_on_with_no_step_starts_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = kakao.user(lang="ko")
    await user.send(HOW_TO["ko"])
    await user.send("그만할래요")
    await user.send("어제 하던거 계속할게요")
    assert asked("ko", "name") in user.text, user.texts  # not "good luck, tell me how it went"


# -- 3. the amount and the weight after a poisoning's first aid ------------------------------------

POISONED = {
    "ko": ("아 방금 식탁에 있던 초콜릿을 먹은거같아요 어떡해요ㅠㅠㅠ", "다크초콜릿 반개정도요 체중은 5키로"),
    "en": (
        "oh no he just ate a chocolate bar off the table",
        "about half a bar, she's 5kg",
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_amount_and_weight_after_a_poisoning_are_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    told, amount = POISONED[lang]
    await user.send(told)
    await asyncio.sleep(0.5)
    await user.send(amount)
    assert t(lang, "talk-profile") not in user.text, user.texts
    await asyncio.sleep(0.3)
    reports = [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question]
    assert any(amount in r and told in r for r in reports), reports


# -- 4. an incident told with "what should I do" at the survey's first question --------------------

RAMBLE = {
    "ko": "저번주에 유기견입양했는데요 애가 밤에 자꾸 낑낑대고 현관에서 안떨어져요ㅠㅠ 어떻게해야될지 모르겠어요",
    "en": "we adopted him last week and he whines at the door every night, what should I do",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_incident_with_what_to_do_is_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    assert asked(lang, "name") in user.text, user.texts
    await user.send(RAMBLE[lang])
    await asyncio.sleep(0.3)
    reports = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.is_question) for r in reports] == [(RAMBLE[lang], False)], user.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_incident_with_what_to_do_is_a_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 45004
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, RAMBLE[lang])
    await eventually(lambda: bool(tg.sent(chat)))
    reports = await _tg_reports(tg, chat)
    assert [(r.text, r.is_question) for r in reports] == [(RAMBLE[lang], False)], tg.sent(chat)[-3:]


# -- 5. back after a wait: welcomed, the question again --------------------------------------------

# (lang, the question open, the wait, the return)
BACK: tuple[tuple[str, str, str, str], ...] = (
    ("ko", "name", "잠깐만요 택배왔어요", "다녀왔어요"),
    ("ko", "breed", "잠깐만요", "갔다왔어요"),
    ("ko", "size", "잠시만요", "다녀왔습니다"),
    ("en", "breed", "brb", "ok back"),
    ("en", "name", "one sec", "ok i'm back"),
    ("en", "size", "brb", "ok back"),
)


@pytest.mark.parametrize(("lang", "key", "wait", "back"), BACK)
async def test_back_after_a_wait_is_welcomed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, wait: str, back: str
) -> None:
    user: KakaoUser = await kakao_at(kakao, lang, key)
    await user.send(wait)
    await user.send(back)
    assert t(lang, "survey-resume") in user.text, user.texts
    assert asked(lang, key) in user.text, user.texts
    if key == "name":
        assert await _kakao_dogs(kakao, user.key) == []  # no dog named "다녀왔어"
    else:
        assert key not in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize(("lang", "key", "wait", "back"), BACK)
async def test_back_after_a_wait_is_welcomed_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, key: str, wait: str, back: str
) -> None:
    chat = 45005
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, wait)
    await tg.say(chat, back)
    assert any(t(lang, "survey-resume") in line for line in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
    assert asked(lang, key) in tg.last_text(chat), tg.sent(chat)[-3:]
    if key != "name":
        assert key not in await tg_answers(tg, chat)
