# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "dogs50": owner trials of a second dog. Reproduced through a real channel first
(Kakao, Telegram, Korean and English), what was kept read back from the store.

3. "dogs trust" (a UK rescue charity) at the origin question: "You have no dog called "trust", so
   there is nothing to show". A plural word for dogs beside one other word names no dog now, and
   the origin question reads rescue charities and shelter names ("dogs trust", "rspca",
   "battersea", "유기견 보호소", "포인핸드") as Shelter / rescue.
4. "cancel" right after a dog was removed ("강아지 지우기", "네, 지워 주세요", "아니 취소"): "Nothing
   was removed" though it was. Now: it was already removed and cannot be undone (Kakao; on
   Telegram the tap's line reads as no removal and "nothing to stop" is said). "밤이 지워줘" for a
   dog whose survey was paused: "not something I can do" and the help list, as "밤" (night) is a
   time word; a time word the remove words surround may be a dog's name now, and the
   confirmation is asked (a name that is no dog of the owner's is said so, as before).
2. "코코가 보리 밥그릇 근처가면 으르렁대요" with 보리 announced, not added: "filed under 코코 for now,
   moved to 보리's once she is added". The registered dog as the subject (`dog_subject`, dogsroute's
   rule) keeps her report, nothing promised; 보리 as the subject is still said and offered.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop48_otherdog import _kakao_dogs, _tg_dogs
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

OWN = {"ko": "콩이", "en": "Rex"}
REMOVE = {"ko": "강아지 지우기", "en": "remove dog"}
CANCEL = {"ko": "아니 취소", "en": "cancel"}


# -- 3. a rescue charity at the origin question ------------------------------------------------

# (lang, typed at "where did she come from?")
CHARITY: tuple[tuple[str, str], ...] = (
    ("en", "dogs trust"),
    ("en", "rspca"),
    ("en", "battersea dogs home"),
    ("ko", "유기견 보호소"),
    ("ko", "포인핸드"),
)


@pytest.mark.parametrize(("lang", "typed"), CHARITY)
async def test_a_rescue_charity_is_the_shelter_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "origin")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("origin") == "shelter", user.texts
    assert asked(lang, "owned_months") in user.text, user.text


async def test_a_rescue_charity_is_the_shelter_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(CHARITY, 50401):
        await tg_at(tg, chat, lang, "origin")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("origin") == "shelter", (typed, tg.sent(chat)[-2:])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dogs_and_a_word_names_no_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Idle, "dogs trust" is no view of a dog called "trust" (it may be small talk or noise)."""
    user = await kakao_owner(kakao, lang)
    await user.send("dogs trust")
    assert t(lang, "view-unknown-dog", name="trust", dogs=OWN[lang]) not in user.text, user.text


# -- 4. cancel right after a removal ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_cancel_after_a_dog_was_removed_says_it_is_gone_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(REMOVE[lang])
    await user.tap(user.choice_ids[0])
    assert t(lang, "profile-removed", name=OWN[lang]) in user.text, user.text
    await user.send(CANCEL[lang])
    assert t(lang, "profile-remove-kept") not in user.text, user.text
    assert t(lang, "profile-remove-already") in user.text, user.text
    assert not await _kakao_dogs(kakao, user.key)


async def test_cancel_after_a_dog_was_removed_says_it_is_gone_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 50411):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, REMOVE[lang])
        await tg.tap(chat, t(lang, "profile-remove-yes"))
        assert t(lang, "profile-removed", name=OWN[lang]) in tg.sent(chat)[-2], tg.sent(chat)[-3:]
        await tg.say(chat, CANCEL[lang])
        # a tap's line reads as no removal here: "nothing to stop" is said, never "nothing was removed"
        assert t(lang, "profile-remove-kept") not in tg.last_text(chat), tg.sent(chat)[-3:]
        assert not await _tg_dogs(tg, chat)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_keep_after_no_dog_was_removed_still_says_nothing_was(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """The old reading stays where nothing was removed: "remove Bori", no such dog, "cancel"."""
    user = await kakao_owner(kakao, lang)
    await user.send({"ko": "보리 지워줘", "en": "remove bori"}[lang])
    await user.send(CANCEL[lang])
    assert t(lang, "profile-remove-already") not in user.text, user.text


# (lang, the second dog's name, the words adding her, switching back, removing her)
PAUSED: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("ko", "밤이", ("강아지 추가", "밤이", "1살"), "밤이 지워줘"),
    ("ko", "밤이", ("강아지 추가", "밤이", "1살"), "밤이 삭제해 주세요"),
    ("en", "Night", ("add another dog", "Night", "1 year"), "remove night"),
)


@pytest.mark.parametrize(("lang", "name", "adding", "remove"), PAUSED)
async def test_a_dog_whose_survey_is_paused_is_removed_by_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, name: str, adding: tuple[str, ...], remove: str
) -> None:
    """ "밤이 지워줘" ("night" is a time word) got "not something I can do" and the help list."""
    user = await kakao_owner(kakao, lang)
    for text in adding:
        await user.send(text)
    await user.send({"ko": "콩이로 바꿔줘", "en": "switch to Rex"}[lang])
    await user.send(remove)
    assert t(lang, "profile-remove-ask", name=name) in user.text, user.text
    await user.tap(user.choice_ids[0])
    assert set(await _kakao_dogs(kakao, user.key)) == {OWN[lang]}


async def test_a_dog_whose_survey_is_paused_is_removed_by_name_on_telegram(tg: Harness) -> None:
    for chat, (lang, name, adding, remove) in enumerate(PAUSED, 50421):
        await tg_owner(tg, chat, lang)
        for text in adding:
            await tg.say(chat, text)
        await tg.say(chat, {"ko": "콩이로 바꿔줘", "en": "switch to Rex"}[lang])
        await tg.say(chat, remove)
        assert t(lang, "profile-remove-ask", name=name) in tg.last_text(chat), tg.sent(chat)[-3:]


# -- 2. the registered dog does it to the announced one -----------------------------------------

# (lang, the second dog announced mid-survey, the report: the survey's dog does it to her)
ACTOR: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("ko", ("강아지 추가", "보리"), "콩이가 보리 밥그릇 근처가면 으르렁대요"),
    ("en", ("add another dog", "Pip"), "Rex growls when Pip goes near his bowl"),
)


@pytest.mark.parametrize(("lang", "announcing", "typed"), ACTOR)
async def test_the_registered_dog_doing_it_keeps_her_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, announcing: tuple[str, ...], typed: str
) -> None:
    """No "filed under 콩이 for now, moved to 보리's once she is added": 콩이 growls, her report."""
    user = await kakao_at(kakao, lang, "breed")
    for text in announcing:
        await user.send(text)
    await user.send(typed)
    other = announcing[-1]
    said = t(lang, "report-filed-unregistered-later", typed=other, name=OWN[lang])
    assert said not in user.text, user.text
    assert typed in await kakao_reports(kakao, user.key)
    # the control: the announced dog doing it to the registered one is hers, said so as before
    await user.send(typed.replace(other, "@").replace(OWN[lang], other).replace("@", OWN[lang]))
    assert said in user.text, user.text


async def test_the_registered_dog_doing_it_keeps_her_report_on_telegram(tg: Harness) -> None:
    for chat, (lang, announcing, typed) in enumerate(ACTOR, 50431):
        await tg_at(tg, chat, lang, "breed")
        for text in announcing:
            await tg.say(chat, text)
        await tg.say(chat, typed)
        said = t(lang, "report-filed-unregistered-later", typed=announcing[-1], name=OWN[lang])
        assert all(said not in line for line in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        assert typed in await tg_reports(tg, chat)
