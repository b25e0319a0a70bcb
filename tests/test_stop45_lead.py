# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45 (issue 11), the lead's own probes of the tip, each reproduced through a real channel
first, what was kept read back from the store.

1. Whose dog said before its name ("우리 초코요", "울 애기 콩이", "my boy max", "our baby luna"): the
   dog named "우리 초코", "My Boy Max", or "our baby luna" refused as children told.
2. The age with a word for the dog's stage of life ("14살 할머니에요", "2살 청년이에요", "she's a 10
   year old grandma"): asked again ("I understood 14 years, not 할머니").
3. Born last year, this year, the year before ("작년에 태어났어요", "재작년생이에요", "born last
   year"): asked again, while "2020년생", "born in 2019" were counted.
4. The last result asked for without the word "result" ("지난번 거 다시 보여주세요", "show me the last
   one again"; owner trial 30): "not sure what you mean".
5. The dog to begin with named at the name question ("초코부터 할게요", "let's do max first", "start
   with max"; owner trial 30): not understood, or the dogs named "초코 먼저", "Start With Max".
7. A change in the dog's life kept during the survey (a helper's fix this stop: "no kids yet but
   baby coming in march") was stored where neither the owner (the profile card) nor the analysis
   (the profile line of its prompt) could see it.
8. The check-in time asked for at the name question ("알림시간 저녁 7시로 해주세요", "remind me at 8pm";
   owner trial 30): the dog named "알림시간 저녁".
6. After an emergency's first aid, "병원 가볼게요" got "good luck trying it" (the plan's reply), and
   back from the vet "병원 다녀왔는데 괜찮대요", "vet says he's fine" got the analysis offered or
   "please see your vet" (owner trial 30).
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from dogcoach.handlers.coaching.checkins import clock_text
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop44_lead import _tg_names
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial28_checkin_time import stored_time

# -- 1. whose dog before its name -------------------------------------------------------------------

OWNED = (
    ("ko", "우리 초코요", "초코"),
    ("ko", "울 초코", "초코"),
    ("ko", "저희 보리에요", "보리"),
    ("ko", "울애기 콩이", "콩이"),
    ("ko", "우리집 막내 보리에요", "보리"),
    ("en", "my boy max", "Max"),
    ("en", "our luna lol", "Luna"),
    ("en", "our baby luna", "Luna"),
    ("en", "my girl Bella", "Bella"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), OWNED)
async def test_whose_dog_before_its_name_is_no_part_of_it_on_kakao(
    kakao: Server, lang: str, typed: str, name: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("name") == name, user.texts
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed", "name"), OWNED[::2])
async def test_whose_dog_before_its_name_is_no_part_of_it_on_telegram(
    tg: Harness, lang: str, typed: str, name: str
) -> None:
    chat = 14510 + len(typed)
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    assert await _tg_names(tg, chat) == [name], tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed"), [("ko", "우리 강아지"), ("en", "our dog"), ("en", "my pup")])
async def test_whose_dog_alone_is_still_no_name_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    """Neighbours: a word for any dog with "our" before it names none; the name asked again."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    async with open_store(kakao.settings.database_url) as store, store.session() as session:
        found = await session.get_user("kakao", user.key)
        dogs = await session.list_dogs(found.id) if found is not None else []
    assert [d.name for d in dogs if d.name] == [], user.texts


# -- 2. the age with a word for the dog's stage of life ---------------------------------------------

AGED = (
    ("ko", "14살 할머니에요", 168),
    ("ko", "10살 할아버지", 120),
    ("ko", "2살 청년이에요", 24),
    ("ko", "노령견이에요 12살", 144),
    ("en", "she's a 10 year old grandma", 120),
    ("en", "3 month old puppy", 3),
    ("en", "an old lady, 13", 156),
)


@pytest.mark.parametrize(("lang", "typed", "months"), AGED)
async def test_the_age_with_a_word_for_the_dogs_stage_of_life_on_kakao(
    kakao: Server, lang: str, typed: str, months: int
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("age_months") == months, user.texts
    assert asked(lang, "sex") in user.text, user.texts


@pytest.mark.parametrize(("lang", "typed", "months"), AGED[::3])
async def test_the_age_with_a_word_for_the_dogs_stage_of_life_on_telegram(
    tg: Harness, lang: str, typed: str, months: int
) -> None:
    chat = 14530 + len(typed)
    await tg_at(tg, chat, lang, "age_months")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat)).get("age_months") == months, tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed"), [("ko", "3살 아기 있어요"), ("en", "we have a 3 year old baby")])
async def test_a_child_with_its_age_at_the_age_question_is_no_dogs_age_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """Neighbour: a baby (a child, or the dog?) with an age is not taken as the dog's age."""
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert "age_months" not in await kakao_answers(kakao, user.key), user.texts


# -- 3. born last year, this year, the year before ---------------------------------------------------

BORN = (
    ("ko", "작년에 태어났어요", 1),
    ("ko", "재작년생이에요", 2),
    ("ko", "올해 태어났어요", 0),
    ("en", "born last year", 1),
    ("en", "she was born the year before last", 2),
)


@pytest.mark.parametrize(("lang", "typed", "years_ago"), BORN)
async def test_born_a_year_said_by_how_long_ago_on_kakao(
    kakao: Server, lang: str, typed: str, years_ago: int
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    today = dt.datetime.now(dt.UTC).date()
    low = max(0, (years_ago - 1) * 12 + today.month)  # born in December of that year
    high = years_ago * 12 + today.month - 1  # born in January of it
    months = (await kakao_answers(kakao, user.key)).get("age_months")
    assert isinstance(months, int) and low <= months <= high, (months, user.texts)
    assert asked(lang, "sex") in user.text, user.texts


async def test_born_last_year_on_telegram(tg: Harness) -> None:
    chat = 14550
    await tg_at(tg, chat, "ko", "age_months")
    await tg.say(chat, "작년생이에요")
    today = dt.datetime.now(dt.UTC).date()
    months = (await tg_answers(tg, chat)).get("age_months")
    assert isinstance(months, int) and today.month <= months <= 12 + today.month - 1, tg.sent(chat)


# -- 4. the last result asked for without the word "result": tests/test_trial10_words.py's EARLIER

# -- 5. the dog to begin with, named -----------------------------------------------------------------

FIRST = (
    ("ko", "초코부터 할게요", "초코"),
    ("ko", "초코 먼저요", "초코"),
    ("ko", "먼저 보리요", "보리"),
    ("en", "let's do max first", "Max"),
    ("en", "start with bella", "Bella"),
    ("en", "luna first", "Luna"),
)


@pytest.mark.parametrize(("lang", "typed", "name"), FIRST)
async def test_the_dog_to_begin_with_named_on_kakao(kakao: Server, lang: str, typed: str, name: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("name") == name, user.texts


@pytest.mark.parametrize(("lang", "typed", "name"), FIRST[::2])
async def test_the_dog_to_begin_with_named_on_telegram(tg: Harness, lang: str, typed: str, name: str) -> None:
    chat = 14560 + len(typed)
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    assert await _tg_names(tg, chat) == [name], tg.sent(chat)


# -- 6. going to the vet, and back from it, after an emergency ----------------------------------------

VET = (
    ("ko", "콩이가 초콜릿을 먹었어요 ㅠㅠ", "병원 가볼게요", "병원 다녀왔는데 괜찮대요"),
    (
        "en",
        "rex just ate a whole bar of dark chocolate",
        "we're heading to the vet now",
        "back from the vet, vet says he's fine",
    ),
)


@pytest.mark.parametrize(("lang", "report", "going", "back"), VET)
async def test_going_to_the_vet_and_back_after_an_emergency_on_kakao(
    kakao: Server, lang: str, report: str, going: str, back: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(report)
    async with open_store(kakao.settings.database_url) as store, store.session() as session:
        found = await session.get_user("kakao", user.key)
        assert found is not None
        before = [r.text for r in await session.list_reports(found.id)]
    await user.send(going)
    assert t(lang, "talk-to-vet") in user.text, user.texts
    await user.send(back)
    assert t(lang, "talk-vet-cleared") in user.text, user.texts
    async with open_store(kakao.settings.database_url) as store, store.session() as session:
        assert [r.text for r in await session.list_reports(found.id)] == before  # nothing glued on


# -- 7. a change in the dog's life, seen on the card and by the analysis ------------------------------

LIFE = (
    ("en", "no kids yet but baby coming in march", "rex barks at the mailman every morning"),
    ("ko", "아직 애는 없는데 3월에 출산 예정이에요", "콩이가 택배 아저씨만 오면 짖어요"),
)


@pytest.mark.parametrize(("lang", "typed", "report"), LIFE)
async def test_a_life_event_kept_is_on_the_card_and_in_the_analysis_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, report: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    await user.send("/profile")
    assert t(lang, "card-field-life") in user.text and typed.split()[-1] in user.text, user.texts
    await user.send("/cancel")
    await user.send(report)
    for _ in range(200):
        prompts = [user_text(b) for b in fake_ollama.chat_bodies() if report in user_text(b)]
        if prompts:
            break
        await asyncio.sleep(0.05)
    assert prompts, fake_ollama.chat_bodies()
    line = t(lang, "card-field-life")  # the prompt's words: "recent changes" / "최근 변화"
    assert line.casefold() in prompts[0].casefold(), prompts[0]


# -- 8. the check-in time asked for at the name question -----------------------------------------------

TIME_AT_NAME = (
    ("ko", "알림시간 저녁 7시로 해주세요", dt.time(19, 0)),
    ("en", "remind me at 8pm", dt.time(20, 0)),
)


@pytest.mark.parametrize(("lang", "typed", "at"), TIME_AT_NAME)
async def test_the_checkin_time_asked_at_the_name_question_on_telegram(
    tg: Harness, lang: str, typed: str, at: dt.time
) -> None:
    chat = 14580 + len(typed)
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, typed)
    assert await _tg_names(tg, chat) == [], tg.sent(chat)
    assert await stored_time(tg.rt.store, "telegram", str(chat)) == at, tg.sent(chat)


@pytest.mark.parametrize(("lang", "typed", "_at"), TIME_AT_NAME)
async def test_the_checkin_time_asked_at_the_name_question_is_no_name_on_kakao(
    kakao: Server, lang: str, typed: str, _at: dt.time
) -> None:
    """Kakao without the Event API pushes nothing: the time is not kept (said back with why:
    `coaching-checkin-time-no-push-heard`, stop 61), and never the dog's name."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(typed)
    said = clock_text(lambda msg_id, **args: t(lang, msg_id, **args), _at)  # type: ignore[arg-type]
    assert t(lang, "coaching-checkin-time-no-push-heard", time=said) in user.text, user.texts
    async with open_store(kakao.settings.database_url) as store, store.session() as session:
        found = await session.get_user("kakao", user.key)
        dogs = await session.list_dogs(found.id) if found is not None else []
    assert [d.name for d in dogs if d.name] == [], user.texts
