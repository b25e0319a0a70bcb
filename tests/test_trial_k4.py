# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Korean acceptance trial 4 (issue 11, corpus batch 71), each fault reproduced through a real
channel first (Telegram through the fake Bot API and the webhook, KakaoTalk over the skill's HTTP),
then kept.

1. "근데 배변훈련은 보통 몇개월까지 하면 돼요?" at the concerns ticked 배변 실수 and the question was
   never answered: how long, until when, how many months asked of the coach are a question there.
6. "네네" at the children question got "네! 👌 이 중에서 하나를 골라 주세요: 네 / 아니요" (it is a
   yes); a yes or no said twice ("넹넹", "아니아니", "yes yes") is that yes or no; and a "아니요" at a
   question with no such option was answered "네! 👌".
8. "안녕하세요 또 왔습니다" at the size, "감사해요ㅠㅠ 다시 해볼게요" at the other pets: a greeting or
   thanks (small talk, the question again), not an unreadable answer; "끝" with nothing open ends
   the terminal chat; "ㄴㄴ 켜줘" right after "체크인 꺼줘" turns check-ins back on.
2. "우유 삭제" (no 우유) offered to remove the only dog: said there is none, their dogs listed.
3. "우유 등록할게요", "우유 이번주 어땠어요", "우유 정보" mid-survey were read as the answer.
4. "요즘 어떤지 일주일 정리 좀 보여주세요", "제가 지금까지 쓴거 다 보고싶어요": the week, the history.
5. "안녕하세요 강아지 두마리 키워요" first: the welcome first, the second dog offered after.
7. "1살" at the sex question replaced the stored age 3: a late bare number replaces nothing unasked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
from tests.test_owner_trial_flows import _chat
from tests.test_survey_answers_misread import NAME, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_survey_reports_and_questions import kakao_rows, questions_kept_as_questions
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

# -- 1. how long, until when, asked at a choice question ----------------------------------------

HOW_LONG = (
    ("ko", "concerns", "근데 배변훈련은 보통 몇개월까지 하면 돼요?"),
    ("ko", "concerns", "분리불안은 언제까지 해야 돼요?"),
    ("ko", "concerns", "짖음 고치는 거 보통 얼마나 걸려요?"),
    ("ko", "other_pets", "고양이랑 친해지는 건 얼마나 걸려요?"),
    ("en", "concerns", "how long does barking training usually take?"),
    ("en", "concerns", "until when should i do the house training?"),
)


async def test_how_long_asked_at_a_choice_question_is_a_question_on_telegram(tg: Harness) -> None:
    wrong = await questions_kept_as_questions(tg, HOW_LONG, 71001)
    assert not wrong, wrong


@pytest.mark.parametrize(("lang", "key", "typed"), HOW_LONG)
async def test_how_long_asked_at_a_choice_question_is_a_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert await kakao_rows(kakao, user.key) == [("question", typed)]
    assert not (await kakao_answers(kakao, user.key)).get(key), user.text
    # answered by the coach, once: in the background, after the skill's answer (CI: counted too early)
    await eventually(lambda: _calls(fake_ollama) >= 1)
    assert _calls(fake_ollama) == 1


# -- 6. a yes or no said twice, a no at a question without one -----------------------------------

TWICE = (
    ("ko", "네네", "yes"),
    ("ko", "네 네", "yes"),
    ("ko", "넹넹", "yes"),
    ("ko", "응응", "yes"),
    ("ko", "아니아니", "no"),
    ("ko", "아니요 아니요", "no"),
    ("en", "yes yes", "yes"),
    ("en", "nope nope", "no"),
)


@pytest.mark.parametrize(("lang", "typed", "picked"), TWICE)
async def test_a_yes_or_no_said_twice_answers_the_children_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, picked: str
) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") == picked, (typed, user.text)
    assert asked(lang, "other_pets") in user.text, user.text
    assert _calls(fake_ollama) == 0


async def test_a_yes_said_twice_answers_the_children_question_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, picked) in enumerate(TWICE[:2] + TWICE[6:7], 71101):
        await tg_at(tg, chat, lang, "children")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("children") == picked, (typed, tg.last_text(chat))


@pytest.mark.parametrize(("lang", "typed"), [("ko", "아니요"), ("ko", "아뇨"), ("en", "no")])
async def test_a_no_at_a_question_without_one_is_not_answered_yes_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    assert "sex" not in await kakao_answers(kakao, user.key)
    assert t(lang, "survey-choice-pick-no", options="").split(":")[0] in user.text, user.text
    assert not user.text.startswith(t(lang, "survey-choice-pick", options="")[:3]), user.text


# -- 8. a greeting or thanks at a survey question ------------------------------------------------

TALK = (
    ("ko", "size", "안녕하세요 또 왔습니다"),
    ("ko", "size", "또 왔어요"),
    ("ko", "other_pets", "감사해요ㅠㅠ 다시 해볼게요"),
    ("en", "size", "hello again"),
)


async def test_a_greeting_or_thanks_at_a_survey_question_is_small_talk_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong: list[Any] = []
    for lang, key, typed in TALK:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        unclear = t(lang, "survey-unclear-not-an-option", typed=typed, options="").split(":")[0]
        if (
            unclear in user.text
            or asked(lang, key) not in user.text
            or key in await kakao_answers(kakao, user.key)
        ):
            wrong.append((typed, user.text))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_a_greeting_at_the_size_question_is_small_talk_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 71201, "ko", "size")
    await tg.say(71201, "안녕하세요 또 왔습니다")
    assert asked("ko", "size") in tg.last_text(71201)
    unclear = t("ko", "survey-unclear-not-an-option", typed="안녕하세요 또 왔습니다", options="")
    assert unclear.split(":")[0] not in "\n".join(tg.sent(71201)[-2:])


# -- 4. views asked in colloquial words mid-survey -----------------------------------------------

VIEWS = (
    ("ko", "breed", "요즘 어떤지 일주일 정리 좀 보여주세요", ("week-empty", "week-empty-dog")),
    ("ko", "other_pets", "제가 지금까지 쓴거 다 보고싶어요", ("history-empty", "history-empty-dog")),
    ("ko", "size", "그동안 남긴 거 보여주세요", ("history-empty", "history-empty-dog")),
    ("en", "size", "can you show me everything i wrote", ("history-empty", "history-empty-dog")),
)


async def test_views_in_colloquial_words_mid_survey_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong: list[Any] = []
    for lang, key, typed, own in VIEWS:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        told = any(t(lang, m, name=NAME[lang]) in user.text for m in own)
        if not told or asked(lang, key) not in user.texts[-1] or key in await kakao_answers(kakao, user.key):
            wrong.append((typed, user.texts))
    assert not wrong, wrong
    assert _calls(fake_ollama) == 0


async def test_the_week_in_colloquial_words_mid_survey_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 71301, "ko", "breed")
    await tg.say(71301, VIEWS[0][2])
    said = "\n".join(tg.sent(71301)[-3:])
    assert any(t("ko", m, name=NAME["ko"]) in said for m in VIEWS[0][3]), said
    assert asked("ko", "breed") in tg.last_text(71301)


# -- 8. "끝" with nothing open ends the terminal chat --------------------------------------------

IDLE_EXIT = {"ko": ("끝", "끝내기", "그만하기"), "en": ("done", "end")}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_end_word_with_nothing_open_ends_the_terminal_chat(tmp_path: Path, lang: str) -> None:
    """ "끝" at the terminal with nothing open got "무슨 뜻인지 잘 모르겠어요": with no question open
    it ends the chat (at a multi-choice question it closes the choice: batch 53, kept)."""
    for n, word in enumerate(IDLE_EXIT[lang]):
        cwd = tmp_path / str(n)
        cwd.mkdir()
        out = _chat(cwd, ["/cancel", word, "/help"], "--lang", lang, "--user", f"e{lang}{n}")
        assert out.rstrip().endswith(t(lang, "console-bye")), (word, out[-300:])


# -- 2. removing a dog the owner does not have ----------------------------------------------------

REMOVE_UNKNOWN = (("ko", "우유 삭제", "우유"), ("ko", "우유 지워줘", "우유"), ("en", "delete Milk", "Milk"))


@pytest.mark.parametrize(("lang", "typed", "name"), REMOVE_UNKNOWN)
async def test_removing_a_dog_not_registered_offers_no_other_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, name: str
) -> None:
    """ "우유 삭제" with one dog (no 우유) offered to delete that dog, and the survey was not resumed:
    said there is no such dog with the list, nothing offered, the open question again."""
    user = await kakao_at(kakao, lang, "size")
    await user.send(typed)
    said = t(lang, "profile-remove-unknown", name=name, dogs=NAME[lang])
    assert said in user.text, user.texts
    assert t(lang, "profile-remove-pick") not in user.text, user.text
    assert t(lang, "profile-remove-ask", name=NAME[lang]) not in user.text, user.text
    assert asked(lang, "size") in user.texts[-1], user.texts
    assert _calls(fake_ollama) == 0


async def test_removing_a_dog_not_registered_offers_no_other_dog_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 71401, "ko", "size")
    await tg.say(71401, "우유 삭제")
    said = "\n".join(tg.sent(71401)[-2:])
    assert t("ko", "profile-remove-unknown", name="우유", dogs=NAME["ko"]) in said, said
    assert asked("ko", "size") in tg.last_text(71401)


# -- 3. commands with a dog's name mid-survey ----------------------------------------------------

NAMED: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    ("sex", "우유 등록할게요", "newdog-after-survey-named", {"name": "우유"}),  # its name said (batch 73)
    ("exercise_minutes", "우유 이번주 어땠어요", "view-unknown-dog", {"name": "우유", "dogs": "콩이"}),
    ("exercise_minutes", "우유 정보", "view-unknown-dog", {"name": "우유", "dogs": "콩이"}),
    ("exercise_minutes", "콩이 이번주 어땠어요", "week-empty-dog", {"name": "콩이"}),
    ("breed", "콩이 정보", "survey-q-name", {}),  # the card: its name line
)


@pytest.mark.parametrize(("key", "typed", "own", "args"), NAMED)
async def test_commands_with_a_dogs_name_mid_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, key: str, typed: str, own: str, args: dict[str, str]
) -> None:
    """ "우유 등록할게요" at the sex question, "우유 이번주 어땠어요" and "우유 정보" at the exercise
    were read as the question's answer (re-asked): commands, the name registered or not."""
    user = await kakao_at(kakao, "ko", key)
    await user.send(typed)
    texts = "\n".join(user.texts)
    assert key not in await kakao_answers(kakao, user.key), user.texts
    if own == "survey-q-name":  # the card, with its way back into the survey (not `BESIDE_SURVEY`)
        assert "🐶 콩이" in texts, user.texts
    else:
        assert t("ko", own, **args) in texts, user.texts
        assert asked("ko", key) in user.texts[-1], user.texts
    assert _calls(fake_ollama) == 0


async def test_the_week_of_a_dog_not_registered_mid_survey_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 71501, "ko", "exercise_minutes")
    await tg.say(71501, "우유 이번주 어땠어요")
    said = "\n".join(tg.sent(71501)[-3:])
    assert t("ko", "view-unknown-dog", name="우유", dogs="콩이") in said, said
    assert asked("ko", "exercise_minutes") in tg.last_text(71501)


# -- 5. first contact telling two dogs -----------------------------------------------------------

FIRST_TWO = (("ko", "안녕하세요 강아지 두마리 키워요"), ("en", "hi, i have two dogs"))


@pytest.mark.parametrize(("lang", "typed"), FIRST_TWO)
async def test_first_contact_telling_two_dogs_gets_the_welcome_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    """ "안녕하세요 강아지 두마리 키워요" as the first message got "새 강아지를 추가해 볼게요." and no
    welcome: the welcome first, the survey of one dog, the second offered after (said so)."""
    user = kakao.user(lang=lang)
    await user.send(typed)
    texts = "\n".join(user.texts)
    assert t(lang, "start-welcome") in texts, user.texts
    assert t(lang, "newdog-intro") not in texts, user.texts
    assert t(lang, "newdog-first-contact") in texts, user.texts
    assert t(lang, "survey-q-name") in user.texts[-1], user.texts
    assert _calls(fake_ollama) == 0


async def test_first_contact_telling_two_dogs_gets_the_welcome_first_on_telegram(tg: Harness) -> None:
    await tg.say(71601, "안녕하세요 강아지 두마리 키워요", language_code="ko")
    texts = "\n".join(tg.sent(71601))
    assert t("ko", "start-welcome") in texts, texts
    assert t("ko", "newdog-intro") not in texts, texts


# -- 7. a late bare number that would replace a stored answer ------------------------------------

# With its age word: the age of another dog, or this one's corrected, so asked. Without one ("1
# year", "1년") a span typed early is how long the dog has been had (owner trial 12, batch 109).
LATE = (("ko", "1살", 36), ("ko", "1 살", 36), ("en", "1 year old", 36), ("en", "1yo", 36))


@pytest.mark.parametrize(("lang", "typed", "stored"), LATE)
async def test_a_late_bare_number_replaces_no_stored_answer_unasked_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, stored: int
) -> None:
    """ "1살" at the sex question (typed for a second dog) replaced the stored age 3 with 1: said
    it is not known which question it answers, nothing replaced, the question again."""
    user = await kakao_at(kakao, lang, "sex")
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == stored, (typed, answers, user.texts)
    field = t(lang, "survey-field-age_months")
    assert t(lang, "survey-late-number-which", typed=typed, field=field) in user.text, user.texts
    assert asked(lang, "sex") in user.texts[-1], user.texts
    assert _calls(fake_ollama) == 0


async def test_a_late_bare_number_replaces_no_stored_answer_unasked_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 71701, "ko", "sex")
    await tg.say(71701, "1살")
    assert (await tg_answers(tg, 71701)).get("age_months") == 36, tg.sent(71701)[-2:]


# -- 8. "켜줘" right after a switch turned off ----------------------------------------------------

BACK_ON = (
    ("ko", "체크인 꺼줘", "ㄴㄴ 켜줘"),
    ("ko", "체크인 꺼줘", "다시 켜줘"),
    ("en", "turn off check-ins", "turn it back on"),
)


@pytest.mark.parametrize(("lang", "off", "on"), BACK_ON)
async def test_on_right_after_a_switch_turned_off_turns_it_back_on_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, off: str, on: str
) -> None:
    """ "ㄴㄴ 켜줘" right after "체크인 꺼줘" was not understood: the same switch, back on."""
    user = await kakao_at(kakao, lang, "name")
    await user.send("/cancel")
    await user.send(off)
    assert t(lang, "coaching-checkins-off") in user.text, user.texts
    await user.send(on)
    assert t(lang, "coaching-checkins-on") in user.text, user.texts
    assert _calls(fake_ollama) == 0
