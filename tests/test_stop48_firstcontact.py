# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, owner trial 33: the first contact's profile facts and the words around short answers.
Each reproduced through a real channel (Kakao, Telegram), what was stored read back.

1. Profile facts typed with no survey open, in a long sentence ("He's just turned one, we got him
   at about 9 weeks old from a breeder in Devon", "남자애고 중성화는 아직이에요 병원에서 좀 더 크면
   하래요"): "I couldn't tell what your dog did in that… 🔍 Analyse it" (`event-no-behaviour`),
   every fact lost. A sentence of profile facts and no behaviour is the profile: each fact kept
   for the survey, never offered for analysis.
2. Filler around a text answer kept in it: the breed "포메요 얘도", "whippet" of "lurcher x maybe
   some whippet in there", the name "키위요 강아지". Left out (`understanding-answer-filler`).
3. "male not nuterd" at the sex: "I understood "male"…". Common misspellings further than one
   typo (`understanding-misspelt-*`: nuterd, spaded, 중썽화) are read as the word.
4. Telegram: a photo whose caption is understood as nothing ("똘이 사진이에요 귀엽죠ㅎㅎ" at how long
   owned) got "I didn't catch how long", no word of the photo: the media reply first, then the
   question again (`Incoming.caption`).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
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

# -- 1. a sentence of profile facts with no survey open ----------------------------------------------

FIRST_REPORT = {"ko": "우리 강아지가 자꾸 발을 핥아요", "en": "my dog keeps licking his paws all the time"}
YES = {"ko": "네", "en": "yes"}
NAMED = {"ko": "보리", "en": "Dubu"}
# (lang, the sentences typed with the survey offered, what is kept {key: value})
FACTS: tuple[tuple[str, tuple[str, ...], dict[str, Any]], ...] = (
    (
        "en",
        (
            "He's just turned one, we got him at about 9 weeks old from a breeder in Devon",
            "He's a boy and he's not been done yet, the vet said to wait until he's a bit older",
        ),
        {"age_months": 12, "origin": "breeder", "sex": "male_intact"},
    ),
    (
        "ko",
        (
            "이제 한살 됐고 브리더한테 8주때 데려왔어요",
            "남자애고 중성화는 아직이에요 병원에서 좀 더 크면 하래요",
        ),
        {"age_months": 12, "origin": "breeder", "sex": "male_intact"},
    ),
    (
        "en",
        ("she's 3 years old and we got her from a rescue, she's a spayed female beagle",),
        {"age_months": 36, "origin": "shelter", "sex": "female_spayed", "breed": "beagle"},
    ),
    (
        "ko",
        ("3살 여아고 보호소에서 입양했어요 중성화도 했어요",),
        {"age_months": 36, "origin": "shelter", "sex": "female_spayed"},
    ),
)


def _kept(answers: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(str(answers.get(k)).casefold() == str(v).casefold() for k, v in want.items())


@pytest.mark.parametrize(("lang", "said", "want"), FACTS)
async def test_a_sentence_of_profile_facts_is_kept_for_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, said: tuple[str, ...], want: dict[str, Any]
) -> None:
    user = kakao.user(lang=lang)
    await user.send(FIRST_REPORT[lang])
    for text in said:
        await user.send(text)
        assert t(lang, "unclear-event") not in user.text, (text, user.texts)  # never "analyse it?"
        assert t(lang, "talk-profile-kept") in user.text, (text, user.texts)
    assert await kakao_reports(kakao, user.key) == [FIRST_REPORT[lang]]  # nothing glued or filed
    await user.send(YES[lang])
    await user.send(NAMED[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _kept(answers, want), (want, answers, user.texts)


@pytest.mark.parametrize(("lang", "said", "want"), FACTS)
async def test_a_sentence_of_profile_facts_is_kept_for_the_survey_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, said: tuple[str, ...], want: dict[str, Any]
) -> None:
    chat = 48101 + FACTS.index((lang, said, want))
    await tg.say(chat, FIRST_REPORT[lang], language_code=lang)
    for text in said:
        await tg.say(chat, text)
        recent = tg.sent(chat)[-3:]
        assert not any(t(lang, "unclear-event") in line for line in recent), (text, recent)
        assert any(t(lang, "talk-profile-kept") in line for line in recent), (text, recent)
    assert await tg_reports(tg, chat) == [FIRST_REPORT[lang]]  # nothing glued or filed
    await tg.say(chat, YES[lang])
    await tg.say(chat, NAMED[lang])
    answers = await tg_answers(tg, chat)
    assert _kept(answers, want), (want, answers)


# -- 2. filler around a name or a breed ----------------------------------------------------------------

# (lang, question, typed, stored)
FILLER: tuple[tuple[str, str, str, str], ...] = (
    ("ko", "breed", "포메요 얘도", "포메"),
    ("ko", "breed", "말티즈 우리 강아지도", "말티즈"),
    ("en", "breed", "lurcher x maybe some whippet in there", "lurcher·whippet mix"),
    ("en", "breed", "a pom as well", "pom"),
    ("en", "breed", "beagle too", "beagle"),
    ("ko", "name", "키위요 강아지", "키위"),
    ("ko", "name", "키위 얘도", "키위"),
    ("en", "name", "Kiwi too", "Kiwi"),
    ("en", "name", "kiwi i think", "Kiwi"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), FILLER)
async def test_filler_is_no_part_of_a_name_or_breed_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    if key == "name":  # the dog's row exists from the name on
        assert t(lang, "survey-q-age_months", name=stored) in user.text, user.texts
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers)


async def test_filler_is_no_part_of_a_name_or_breed_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(FILLER, 48201):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers)


# -- 3. misspelt neutering ------------------------------------------------------------------------------

# (lang, typed at the sex question, stored)
MISSPELT: tuple[tuple[str, str, str], ...] = (
    ("en", "male not nuterd", "male_intact"),
    ("en", "boy nutered", "male_neutered"),
    ("en", "female spaded", "female_spayed"),
    ("en", "girl, spay'd", "female_spayed"),
    ("en", "male neuterd", "male_neutered"),
    ("ko", "수컷 중성하 했어요", "male_neutered"),
    ("ko", "남아 중썽화 안했어요", "male_intact"),
    ("ko", "여아 중성하했어요", "female_spayed"),
)


@pytest.mark.parametrize(("lang", "typed", "stored"), MISSPELT)
async def test_misspelt_neutering_is_read_on_kakao(kakao: Server, lang: str, typed: str, stored: str) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("sex") == stored, (typed, answers, user.texts)
    assert asked(lang, "breed") in user.text, user.texts


async def test_misspelt_neutering_is_read_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, stored) in enumerate(MISSPELT, 48301):
        await tg_at(tg, chat, lang, "sex")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get("sex") == stored, (typed, answers)


# -- 4. a photo with a caption understood as nothing ---------------------------------------------------

# (lang, question open, the caption)
CAPTIONS: tuple[tuple[str, str, str], ...] = (
    ("ko", "owned_months", "똘이 사진이에요 귀엽죠ㅎㅎ"),
    ("en", "owned_months", "look at him lol isn't he cute"),
    ("ko", "household", "귀엽죠ㅎㅎ"),
)


async def test_a_photo_with_an_unread_caption_is_said_to_be_unseen_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, caption) in enumerate(CAPTIONS, 48401):
        await tg_at(tg, chat, lang, key)
        before = await tg_answers(tg, chat)
        await tg.fake.deliver_photo(chat, caption=caption)
        sent = tg.sent(chat)
        assert any(t(lang, "unsupported-input-survey") in line for line in sent[-2:]), (caption, sent[-3:])
        assert asked(lang, key) in tg.last_text(chat), (caption, sent[-3:])
        assert await tg_answers(tg, chat) == before  # nothing stored


async def test_a_photo_with_a_caption_that_answers_is_still_read_on_telegram(tg: Harness) -> None:
    """The caption that answers stays read as text (`test_photo_caption_is_read_as_text`)."""
    chat = 48450
    await tg_at(tg, chat, "en", "owned_months")
    await tg.fake.deliver_photo(chat, caption="2 years")
    answers = await tg_answers(tg, chat)
    assert answers.get("owned_months") == 24, answers
    assert not any(t("en", "unsupported-input-survey") in line for line in tg.sent(chat)[-2:])
