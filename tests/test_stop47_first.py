# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, owner trial 32 (helper `first`): each fault reproduced through a real channel first,
what was kept read back from the store.

1. Everyday words for house soiling and common problems ("my dog keeps weeing in the house
   help!!", "widdling", "doing his business", "accidents", "goes mental", "실수를 해요",
   "환장해요", "발광해요", "대소변을 봐요") were no behaviour: at first contact the welcome and the
   name question, nothing kept. They are behaviour words now, idle, at first contact and mid-survey.
2. A denial of aggression at the worst reaction ("never been aggressive", "짖는것밖에 없어요",
   "he's a softie") was a behaviour told alone ("tell me about one time"): now the option None;
   "just grumbles a bit?" is the growl.
3. Barking or reactivity in everyday words at the concerns ("she goes mental at the postman and
   cant be left alone", "택배 오면 난리나요") stored only what else was said: now barking too.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

FIRST_CONTACT = (
    ("en", "my dog keeps weeing in the house help!!"),
    ("en", "my puppy keeps widdling and piddling on the rug"),
    ("en", "he keeps doing his business indoors"),
    ("en", "he keeps having accidents indoors"),
    ("en", "he goes mental when the doorbell rings"),
    ("ko", "강아지가 집에서 자꾸 실수를 해요"),
    ("ko", "강아지가 초인종 소리에 환장해요"),
    ("ko", "강아지가 아무데나 대소변을 봐요 ㅠㅠ"),
)


@pytest.mark.parametrize(("lang", "typed"), FIRST_CONTACT)
async def test_everyday_soiling_words_are_a_report_at_first_contact_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


async def test_everyday_soiling_words_are_a_report_at_first_contact_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(FIRST_CONTACT, 47101):
        await tg.say(chat, typed, language_code=lang)
        assert await tg_reports(tg, chat) == [typed], tg.sent(chat)


MID_SURVEY = (
    ("en", "alone_hours", "she keeps weeing on the carpet every night"),
    ("ko", "alone_hours", "요즘 산책할때 다른 개만 보면 발광해요"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), MID_SURVEY)
async def test_everyday_behaviour_words_mid_survey_are_kept_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert key not in await kakao_answers(kakao, user.key), user.texts
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


async def test_everyday_behaviour_words_mid_survey_are_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(MID_SURVEY, 47201):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert key not in await tg_answers(tg, chat), tg.sent(chat)
        assert await tg_reports(tg, chat) == [typed], tg.sent(chat)


WORST = (
    ("en", "never been aggressive", "none"),
    ("en", "he has never been aggressive", "none"),
    ("en", "he only barks", "none"),
    ("en", "he's a softie", "none"),
    ("en", "just grumbles a bit?", "growl"),
    ("ko", "짖는것밖에 없어요", "none"),
    ("ko", "그냥 짖기만 해요", "none"),
    ("ko", "짖는 정도예요", "none"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), WORST)
async def test_a_denied_aggression_is_none_at_the_worst_reaction_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    await asyncio.sleep(0.2)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == stored, user.texts
    assert await kakao_reports(kakao, user.key) == [], user.texts
    assert asked(lang, "health") in user.text, user.texts


async def test_a_denied_aggression_is_none_at_the_worst_reaction_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(WORST, 47301):
        await tg_at(tg, chat, lang, "worst_reaction")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("worst_reaction") == stored, tg.sent(chat)
        assert await tg_reports(tg, chat) == [], tg.sent(chat)


DONE = {"ko": "완료", "en": "done"}
CONCERNS = (
    ("en", "she goes mental at the postman and cant be left alone", {"barking", "separation"}),
    ("en", "he loses it at the door", {"barking"}),
    ("ko", "택배 오면 난리나고 혼자 못 있어요", {"barking", "separation"}),
    ("ko", "초인종만 울리면 환장해요", {"barking"}),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), CONCERNS)
async def test_everyday_barking_is_a_concern_on_kakao(
    kakao: Server, lang: str, typed: str, stored: set[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    await asyncio.sleep(0.2)
    assert set((await kakao_answers(kakao, user.key)).get("concerns") or ()) == stored, user.texts


async def test_everyday_barking_is_a_concern_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(CONCERNS, 47401):
        await tg_at(tg, chat, lang, "concerns")
        await tg.say(chat, typed)
        await tg.say(chat, DONE[lang])
        assert set((await tg_answers(tg, chat)).get("concerns") or ()) == stored, tg.sent(chat)
