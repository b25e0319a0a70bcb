# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A fresh Korean acceptance trial (trial 4, issue 11, corpus batch 69): survey answers misread,
each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram through
the fake Bot API and the webhook, the terminal as a process), then kept. None reaches the model.

1. "숫컷" at the breed opened the sex question to be completed; every later answer there ("진돗개
   잡종", "중형", "길에서 주웠어요") got "pick one of the four" and the breed was never stored. An
   answer to another question leaves the completion: it is read at the question it came from.
2. "수컷 중성화ㄴㄴ" stored a neutered male: "ㄴㄴ", "노노" after the neutered word say not neutered.
"""

from __future__ import annotations

from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 1. half of the sex at the breed: never a trap ----------------------------------------------

LEFT = (  # (lang, half typed at the breed, the next message, the key it answers, the question asked then)
    ("ko", "숫컷", "진돗개 잡종", "breed", "size"),
    ("ko", "숫컷", "중형", "size", "breed"),
    ("ko", "아 남아예요", "보호소에서 데려왔어요", "origin", "breed"),
    ("en", "boy", "a beagle", "breed", "size"),
    ("en", "boy", "medium", "size", "breed"),
)


async def test_an_answer_to_another_question_leaves_the_sex_completion_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, half, typed, key, then in LEFT:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(half)
        assert asked(lang, "sex") in user.text, user.text
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if key not in answers or asked(lang, then) not in user.text or asked(lang, "sex") in user.text:
            wrong.append((half, typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_an_answer_to_another_question_leaves_the_sex_completion_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 69001, "ko", "breed")
    await tg.say(69001, "숫컷")
    await tg.say(69001, "진돗개 잡종")
    answers = await tg_answers(tg, 69001)
    assert "breed" in answers, answers
    assert asked("ko", "size") in tg.last_text(69001), tg.last_text(69001)


def test_the_trial_owner_is_not_trapped_at_the_sex_in_the_terminal(tmp_path: Path) -> None:
    lines = ["해피", "모르겠어요", "모르겠어요", "숫컷", "진돗개 잡종", "중형", "보호소"]
    out = _chat(tmp_path, lines, "--lang", "ko")
    assert t("ko", "survey-q-owned_months", name="해피") in out, out[-1500:]
    assert "네 가지 중 하나를 골라 주세요" not in out, out[-1500:]


# -- 2. not neutered said after the neutered word ---------------------------------------------


async def test_no_after_neutered_is_intact_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed, sex in (
        ("ko", "수컷 중성화ㄴㄴ", "male_intact"),
        ("ko", "여아 중성화 노노", "female_intact"),
        ("ko", "수컷 중성화 안 함", "male_intact"),
        ("en", "male not fixed", "male_intact"),
        ("en", "boy, neutered no", "male_intact"),
    ):
        user = await kakao_at(kakao, lang, "sex")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("sex") != sex:
            wrong.append((typed, answers))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


# -- 3, 5. a breed or the sex at the name question ----------------------------------------------


async def test_a_breed_alone_at_the_name_is_kept_as_the_breed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, typed, breed, name in (("ko", "푸들", "푸들", "콩이"), ("en", "poodle", "poodle", "Rex")):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        said = t(lang, "survey-name-breed", typed=typed)
        if said not in user.text or t(lang, "survey-q-name") not in user.text:
            wrong.append((typed, user.text))
            continue
        await user.send(name)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("name") != name or str(answers.get("breed")).casefold() != breed:
            wrong.append((typed, answers))
    user = kakao.user(lang="ko")  # the same word again: it is the name after all
    await user.send("/start")
    await user.send("푸들")
    await user.send("푸들")
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "푸들" and "breed" not in answers, answers
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_the_sex_at_the_name_is_stored_ahead_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed, sex, name, age in (
        ("ko", "남아 중성화함", "male_neutered", "초코", "3살"),
        ("en", "boy, neutered", "male_neutered", "Max", "3"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        await user.send(name)
        await user.send(age)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("sex") != sex or t(lang, "survey-q-breed", name=name) not in user.text:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_the_sex_at_the_name_on_telegram(tg: Harness) -> None:
    await tg.say(69002, "/start", language_code="ko")
    await tg.say(69002, "남아 중성화함")
    await tg.say(69002, "초코")
    answers = await tg_answers(tg, 69002)
    assert answers.get("sex") == "male_neutered" and answers.get("name") == "초코", answers


# -- 6. the size with its weight at the breed ----------------------------------------------------


async def test_the_size_at_the_breed_is_stored_ahead_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed in (("ko", "중간정도요 10키로쯤"), ("ko", "중형"), ("en", "medium")):
        user = await kakao_at(kakao, lang, "breed")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("size") != "medium" or asked(lang, "breed") not in user.text:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


# -- 4. one of several dogs named by its order ---------------------------------------------------


async def test_a_dog_named_by_its_order_at_the_name_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed, name in (
        ("ko", "첫째는 초코예요", "초코"),
        ("ko", "막내는 보리에요", "보리"),
        ("en", "the older one is Max", "Max"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if answers.get("name") != name or t(lang, "survey-q-age_months", name=name) not in user.text:
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


# -- 6. the age told with the name ---------------------------------------------------------------


async def test_the_age_told_with_the_name_is_kept_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, typed, name, months in (
        ("ko", "이름은 별이구요ㅠㅠ 이제 5개월 됐어요", "별이", 5),
        ("ko", "초코 3살이에요", "초코", 36),
        ("en", "Max, he's 3 years old", "Max", 36),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        answers = await kakao_answers(kakao, user.key)
        if (
            answers.get("name") != name
            or answers.get("age_months") != months
            or t(lang, "survey-q-sex", name=name) not in user.text
        ):
            wrong.append((typed, answers, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_the_age_told_with_the_name_on_telegram(tg: Harness) -> None:
    await tg.say(69003, "/start", language_code="ko")
    await tg.say(69003, "이름은 별이구요ㅠㅠ 이제 5개월 됐어요")
    answers = await tg_answers(tg, 69003)
    assert answers.get("name") == "별이" and answers.get("age_months") == 5, answers
    assert t("ko", "survey-q-sex", name="별이") in tg.last_text(69003), tg.last_text(69003)


# -- 7. words typed with a space inside (an older owner) ---------------------------------------


def test_words_typed_with_a_space_inside_in_the_terminal(tmp_path: Path) -> None:
    lines = [
        "몽 실이",
        "10살",
        "수컷 중성화 했습니다",
        "시 츄",
        "작 습니다",
        "보호소",
        "3년",
        "2명",
        "없 습니다",
    ]
    out = _chat(tmp_path, lines, "--lang", "ko")
    assert t("ko", "survey-q-age_months", name="몽실이") in out, out[-1500:]
    assert "몽 실이" not in out.replace("> 몽 실이", ""), out[-1500:]
    assert t("ko", "survey-q-origin", name="몽실이") in out, out[-1500:]  # "작 습니다": small
    assert t("ko", "survey-q-other_pets", name="몽실이") in out, out[-1500:]  # "없 습니다": no children


async def test_words_typed_with_a_space_inside_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = kakao.user(lang="ko")
    await user.send("/start")
    for text in ("몽 실이", "10살", "수컷 중성화 했습니다", "시 츄", "작 습니다"):
        await user.send(text)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("name") == "몽실이" and answers.get("breed") == "시츄", answers
    assert answers.get("size") == "small", answers
    assert _calls(fake_ollama) == 0
