# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11 leftovers the lead fixed in stop 33 (batch 115), each reproduced through a real channel
first (Kakao and Telegram, Korean and English; the terminal where its numbered options matter).

1. Children counted at "children under 12?" ("둘이요", "2명", "two", "0"): re-asked as no option
   on Kakao and Telegram, and "two" picked the second option (No) in the terminal. Some children
   are a yes, none a no; a digit typed in the terminal stays the option's number there.
2. "애가 있어요" (there is a kid) at the name became the dog "애가 있어"; the dog called a child
   before its name ("애가 콩이에요", "이 아이는 콩이에요", "our boy is Max") was the name "애가 콩이",
   children told, or "not a name". A child said to exist is the children question's answer kept
   ahead; the dog called a child, then named, is named.
3. A photo at a survey question (name, age) got "tell me in words what happened": its answer is
   asked for in words, on every channel; idle the reply still asks what happened.
4. "profile" during a further dog's survey showed the first dog's card and left the survey behind
   (the next answer analysed as a report): the card, then the open question again.
5. A terminal under LANG=C: "안녕하세요" then "Max", and "male" at the sex turned the chat English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao, skill_body, texts_of  # noqa: F401  (fixture)
from tests.test_reports_media_offer import _kakao_photo
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial10_corrections import PROFILE, kakao_confirmed
from tests.test_trial11_survey import children_kept

# -- 1. children counted -------------------------------------------------------------------------

COUNTED = {
    "ko": (("둘이요", "yes"), ("2명", "yes"), ("애 하나", "yes"), ("0", "no")),
    "en": (("two", "yes"), ("2", "yes"), ("one kid", "yes"), ("0", "no")),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_children_counted_are_the_answer_on_kakao(kakao: Server, lang: str) -> None:
    for typed, value in COUNTED[lang]:
        user = await kakao_at(kakao, lang, "children")
        await user.send(typed)
        assert asked(lang, "other_pets") in user.text, (typed, user.text)
        assert (await kakao_answers(kakao, user.key))["children"] == value, typed


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_children_counted_are_the_answer_on_telegram(tg: Harness, lang: str) -> None:
    chat = 133100 + (lang == "en")
    typed, value = COUNTED[lang][0]
    await tg_at(tg, chat, lang, "children")
    await tg.say(chat, typed)
    assert asked(lang, "other_pets") in tg.last_text(chat), tg.last_text(chat)
    assert (await tg_answers(tg, chat))["children"] == value


def test_children_counted_in_words_in_the_terminal_are_no_option_number(tmp_path: Path) -> None:
    """The terminal numbers its options: "2" is the second (No), "two" two children (yes)."""
    keys = [key for key, _ in ANSWERS["en"]]
    after = [text for _, text in ANSWERS["en"][keys.index("children") + 1 :]]
    field = t("en", "survey-field-children")
    for typed, value in (("two", "yes"), ("2", "no")):
        (tmp_path / typed).mkdir()
        lines = [*answers_before("en", "children"), typed, *after]
        out = _chat(tmp_path / typed, lines, "--lang", "en", "--user", "kim")
        shown = f"{field}: {t('en', f'survey-opt-children-{value}')}"
        assert shown in out, (typed, out[-800:])


# -- 2. a child said to exist at the name, and the dog called a child ----------------------------

EXISTS = {"ko": ("애가 있어요", "애들있어요"), "en": ("we have kids",)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_child_said_to_exist_at_the_name_is_kept_for_the_children_on_kakao(
    kakao: Server, lang: str
) -> None:
    for typed in EXISTS[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert children_kept(lang, "yes") in user.text, (typed, user.text)
        assert t(lang, "survey-q-name") in user.text, (typed, user.text)
        await user.send(NAME[lang])
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == NAME[lang] and answers["children"] == "yes", (typed, answers)


async def test_a_child_said_to_exist_at_the_name_is_no_name_on_telegram(tg: Harness) -> None:
    chat = 133200
    await tg_at(tg, chat, "ko", "name")
    await tg.say(chat, "애가 있어요")
    assert t("ko", "survey-q-name") in tg.last_text(chat), tg.last_text(chat)
    await tg.say(chat, NAME["ko"])
    answers = await tg_answers(tg, chat)
    assert answers["name"] == NAME["ko"] and answers["children"] == "yes", answers


CALLED_A_CHILD = {
    "ko": (("애가 콩이에요", "콩이"), ("이 아이는 보리예요", "보리"), ("애기는 두부", "두부")),
    "en": (("our boy is Max", "Max"), ("my girl is Bella", "Bella")),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dog_called_a_child_then_named_is_named_on_kakao(kakao: Server, lang: str) -> None:
    for typed, name in CALLED_A_CHILD[lang]:
        user = await kakao_at(kakao, lang, "name")
        await user.send(typed)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.text)
        answers = await kakao_answers(kakao, user.key)
        assert answers["name"] == name and "children" not in answers, (typed, answers)


async def test_the_dog_called_a_child_then_named_is_named_on_telegram(tg: Harness) -> None:
    chat = 133300
    await tg_at(tg, chat, "en", "name")
    await tg.say(chat, "our boy is Max")
    assert t("en", "survey-q-age_months", name="Max") in tg.last_text(chat), tg.last_text(chat)


# -- 3. a photo at a survey question ------------------------------------------------------------
# A photo at the name or age question got "tell me in words what happened" (owner trial 13): no
# incident is asked for there, the question's answer is.


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("key", ["name", "age_months", "sex"])
async def test_a_photo_at_a_survey_question_asks_for_its_answer_in_words_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    texts = await _kakao_photo(kakao, user.key, lang)
    assert texts[0] == t(lang, "unsupported-input-survey"), texts
    question = t(lang, "survey-q-name") if key == "name" else asked(lang, key)
    assert question in texts[-1], texts
    assert _model_calls(fake_ollama) == 0


async def test_a_photo_at_a_survey_question_asks_for_its_answer_in_words_on_telegram(tg: Harness) -> None:
    chat = 133400
    await tg_at(tg, chat, "en", "age_months")
    await tg.fake.deliver_photo(chat, language_code="en")
    await eventually(lambda: asked("en", "age_months") in tg.last_text(chat))
    assert t("en", "unsupported-input-survey") in tg.sent(chat)[-2:], tg.sent(chat)[-2:]


async def test_a_photo_idle_still_asks_what_happened_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "age_months")
    await user.send("/cancel")
    texts = await _kakao_photo(kakao, user.key, "ko")
    assert texts[0] == t("ko", "unsupported-input"), texts


# -- 4. the profile asked for during a further dog's survey --------------------------------------
# "profile" at the second dog's household question showed the first dog's card and left the survey:
# the next message was taken as a report, the question never asked again (owner trial 13).

NEWDOG = {"ko": "강아지 추가", "en": "add a dog"}
SECOND = {"ko": ("보리", "2살"), "en": ("Luna", "2")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_profile_during_a_further_dogs_survey_asks_its_question_again_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_confirmed(kakao, lang)
    await user.send(NEWDOG[lang])
    name, age = SECOND[lang]
    for text in (name, age):
        await user.send(text)
    question = t(lang, "survey-q-sex", name=name)
    assert question in user.text, user.text
    await user.send(PROFILE[lang])
    assert t(lang, "survey-field-name") in user.texts[0], user.texts  # the card of the dog talked about
    assert question in user.text, user.texts  # and the open question again
    await user.send(t(lang, "survey-opt-sex-male_neutered"))
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == name and answers["sex"] == "male_neutered", answers


# -- 5. the language a Korean owner's first words tell ------------------------------------------
# With no language from the terminal (LANG=C), "안녕하세요" or a Hangul name at the name question (the
# terminal asks it first) told nothing, so "male" at the sex turned the chat English (owner trial
# 14). A Hangul greeting or name tells Korean; a name in Latin letters still tells nothing. Kakao
# without `lang` asks no question first: its first words already tell.


def test_a_korean_greeting_keeps_the_terminal_korean(tmp_path: Path) -> None:
    for first in (["안녕하세요", "Max"], ["콩이"]):
        (tmp_path / first[0]).mkdir()
        out = _chat(tmp_path / first[0], [*first, "3", "male"], env_extra={"LANG": "C.UTF-8"})
        name = first[-1]
        assert out.rstrip().endswith(">"), out[-300:]
        last = out[out.rindex(t("ko", "survey-q-sex", name=name)) :]
        assert t("en", "survey-q-sex", name=name) not in out, (first, out[-600:])
        assert t("ko", "survey-opt-sex-male_neutered") in last, (first, last)
