# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""An acceptance trial on KakaoTalk, Telegram and the terminal (issue 11, corpus batch 53); each
finding reproduced through a real channel first, then kept.

A1: "Pepper" at the name question was "I didn't catch a name there" (the keyboard-mash rule took a
word of three letters for "dfgdfg"); "girl" typed next became the name ("How old is Girl?"). Names
that are also nouns are names; the dog's sex alone is no name (the name asked again).
A2 (terminal): "끝" at the concerns closed the program mid-survey; on Kakao it means done. The
terminal's exit words are only words that answer nothing.
A4: "what can i say", "뭐라고 치면 돼요?" with the survey open went to the coach model.
A5: "다른 강아지로 바꿔" looked for a dog called "른 강아지"; "다른 애로" was the noise hint.
A6: "됐어요" at a multi-choice question asked it again ("완료", "다했어요" finished it).
A3: at the review card, "나이 틀렸어요 열두살이에요" was ignored ("프로필이 확인을 기다리고 있어요") and the
wrong age then confirmed; a correction with its value there corrects that answer and shows the card.
A7: "잘자 콩이야~ 바이", "고마워 잘있어~" got the noise hint; "ㅇㅋ" / "ok" at a one-choice question
said no option matched it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_command_words import _two_dogs_kakao, _two_dogs_tg
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls, t
from tests.test_survey_answers_misread import (
    NAME,
    REVIEW,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_at_review,
    kakao_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- A1: names that are also nouns; the sex alone is no name ------------------------------------

NOUN_NAMES = {
    "en": ("Pepper", "Cookie", "Honey", "Peanut", "Biscuit", "Coco", "Ginger", "Oreo", "Mocha"),
    "ko": ("콩이", "초코", "두부", "보리", "밤이", "호두", "라떼"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_names_that_are_nouns_are_names_on_kakao(kakao: Server, lang: str) -> None:
    for name in NOUN_NAMES[lang]:
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (name, user.texts[-2:])
        assert (await kakao_answers(kakao, user.key))["name"] == name


@pytest.mark.parametrize(("lang", "sex"), [("en", "girl"), ("en", "boy"), ("ko", "여아"), ("ko", "남아")])
async def test_the_sex_alone_is_no_name_on_kakao(kakao: Server, lang: str, sex: str) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send(sex)
    assert t(lang, "survey-q-age_months", name=sex.capitalize()) not in user.text, user.texts
    assert user.text.endswith(t(lang, "survey-q-name")), user.texts[-2:]


def test_pepper_then_girl_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["Pepper", "3"], "--lang", "en", "--user", "pep")
    assert t("en", "survey-q-age_months", name="Pepper") in out, out
    assert t("en", "survey-q-sex", name="Pepper") in out, out
    out = _chat(tmp_path / "..", ["girl", "Pepper"], "--lang", "en", "--user", "girl1")
    assert "Girl?" not in out, out
    assert t("en", "survey-q-age_months", name="Pepper") in out, out


# -- A2: the terminal's exit words answer nothing -----------------------------------------------


def test_done_words_at_the_concerns_do_not_close_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path, [*answers_before("ko", "concerns"), "짖음", "끝"], "--lang", "ko", "--user", "kkeut"
    )
    assert t("ko", "console-bye") not in out, out[-400:]
    assert t("ko", "survey-q-worst_reaction", name="콩이") in out, out[-400:]  # "끝" finished it


# -- A4: asking what to type is the confused reply, never the model -----------------------------


async def test_what_can_i_say_mid_survey_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, key, typed in (("en", "concerns", "what can i say"), ("ko", "age_months", "뭐라고 치면 돼요?")):
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        assert user.text.endswith(asked(lang, key)), (typed, user.texts[-2:])
        assert await kakao_reports(kakao, user.key) == []
    assert _calls(fake_ollama) == 0


def test_what_can_i_type_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["콩이", "뭐라고 치면 돼요?"], "--lang", "ko", "--user", "what")
    after = out.partition(t("ko", "talk-confused-question"))[2]
    assert t("ko", "survey-q-age_months", name="콩이") in after, out[-400:]  # the question again


# -- A5: the other dog, without its name -------------------------------------------------------


async def test_switch_to_the_other_dog_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, typed in (("ko", "다른 강아지로 바꿔"), ("ko", "다른 애로"), ("en", "switch to my other dog")):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, "보리", "초코")
        await user.send(typed)
        assert t(lang, "profile-pick-dog") in user.text, (typed, user.texts[-2:])
        assert any(c.startswith("profile:dog:") for c in user.choice_ids), typed
    assert _calls(fake_ollama) == 0


async def test_switch_to_the_other_dog_on_telegram(tg: Harness) -> None:
    await _two_dogs_tg(tg, 53001, "ko", "보리", "초코")
    await tg.say(53001, "다른 강아지로 바꿔")
    assert tg.last_text(53001) == t("ko", "profile-pick-dog"), tg.sent(53001)[-2:]


# -- A6: done words at a multi-choice question ---------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [("ko", "됐어요"), ("ko", "됐어"), ("en", "done i think")])
async def test_done_words_finish_a_multi_choice_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send("짖음" if lang == "ko" else "barking")
    await user.send(typed)
    assert asked(lang, "worst_reaction") in user.text, (typed, user.texts[-2:])
    assert (await kakao_answers(kakao, user.key))["concerns"] == ["barking"]


# -- A7: goodbyes with the dog's name, okay at a one-choice question ------------------------------


async def test_goodbyes_and_thanks_in_more_words_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, typed, reply in (
        ("ko", "잘자 콩이야~ 바이", "talk-bye"),
        ("ko", "고마워 잘있어~", "talk-thanks"),
        ("en", "thanks bye!!", "talk-thanks"),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, "콩이", "보리")
        await user.send(typed)
        assert t(lang, reply) in user.text, (typed, user.texts[-2:])
        assert await kakao_reports(kakao, user.key) == []
    assert _calls(fake_ollama) == 0


@pytest.mark.parametrize(("lang", "typed"), [("ko", "ㅇㅋ"), ("en", "ok")])
async def test_okay_at_a_one_choice_question_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "size")
    await user.send(typed)
    assert typed not in user.text, user.texts[-2:]  # never "no option matches 'ㅇㅋ'"
    assert user.text.endswith(asked(lang, "size")), user.texts[-2:]
    assert (await kakao_answers(kakao, user.key)).get("size") is None


# -- A3: a correction with its value at the review card ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "age"),
    [("ko", "나이 틀렸어요 열두살이에요", 144), ("en", "wait, the age is wrong, she is 12 years old", 144)],
)
async def test_a_correction_at_the_review_card_on_kakao(
    kakao: Server, lang: str, typed: str, age: int
) -> None:
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["age_months"] == age, user.texts[-2:]
    assert t(lang, "survey-review-again", name=NAME[lang]) not in user.text, user.texts[-2:]
    assert REVIEW[lang] in user.text, user.texts[-2:]  # the card again, to confirm
