# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial e2 (issue 11, batch 58): what owners said during the survey was
misfiled, invented or refused. Each reproduced through a real channel first (KakaoTalk over the
skill's HTTP, Telegram through the fake Bot API and the webhook), then kept; the fake Ollama
counts the model calls (none of these is a behaviour report or a question).

1. A negated behaviour ("shes never bitten anyone", "안 물어요") is no incident and not that
   option: at the worst-reaction question it is "none"; elsewhere never a report.
2. A number said twice ("2 years (24 months)", "3살 three years") is one value, never the sum;
   two different values that do not add up are asked again.
3. Words that only hedge or give the source ("the vet said maybe 5", "hes a rescue so idk",
   "보호소 애라 대충 3살") do not block the answer.
4. "a cat lol" at the breed is no breed; "lab mix maybe? idk" keeps "lab mix".
5. "nothing serious", "별거 없어요" at the worst-reaction question is "none".
6. "wait whats this survey for" is asked about the survey: the fixed line and the question again.
7. A report with "when i got back" at the size moved the survey back: it is a report.
8. "thats all" mid-survey: the open question is asked again.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from dogcoach.handlers.card import UNKNOWN_KEY
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
    NAME,
    asked,
    kakao_answers,
    kakao_at,
    kakao_typed_at,
    t,
    tg_answers,
    tg_at,
)
from tests.test_survey_reports_and_questions import kakao_rows, tg_rows
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

NEGATED = (
    ("en", "worst_reaction", "he's never bitten anyone", "none"),
    ("en", "worst_reaction", "she doesn't bite", "none"),
    ("ko", "worst_reaction", "안 물어요", "none"),
    ("ko", "worst_reaction", "물진 않아요", "none"),
    ("ko", "worst_reaction", "한 번도 문 적 없어요", "none"),
    ("en", "worst_reaction", "nothing serious", "none"),
    ("ko", "worst_reaction", "별거 없어요", "none"),
    ("ko", "worst_reaction", "심한 건 없어요", "none"),
)


async def test_a_negated_bite_at_the_worst_reaction_is_none_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, key, typed, stored in NEGATED:
        got, user = await kakao_typed_at(kakao, lang, key, typed)
        if got != stored or await kakao_rows(kakao, user.key) or asked(lang, "health") not in user.text:
            wrong.append((typed, got, user.text))
    assert not wrong, wrong
    assert fake_ollama.chat_bodies() == []


NEGATED_ELSEWHERE = (
    ("en", "size", "idk shes never bitten anyone"),
    ("en", "owned_months", "idk shes never bitten anyone"),
    ("ko", "size", "짖지는 않아요"),
    ("ko", "household", "한 번도 문 적 없어요"),
)


async def test_a_negated_behaviour_elsewhere_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, key, typed in NEGATED_ELSEWHERE:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        rows = await kakao_rows(kakao, user.key)
        if rows:
            wrong.append((typed, rows, user.text))
    assert not wrong, wrong
    assert fake_ollama.chat_bodies() == []


TWICE = (
    ("en", "owned_months", "2 years (24 months)", 24),
    ("ko", "age_months", "3살 three years", 36),
    ("ko", "age_months", "2살 two years", 24),
    ("ko", "household", "3명 3 people", 3),
    ("en", "age_months", "1 year 6 months", 18),
    ("ko", "age_months", "1년 6개월", 18),
    ("ko", "age_months", "두 살 반", 30),
)


async def test_a_number_said_twice_is_one_value_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    wrong = []
    for lang, key, typed, stored in TWICE:
        got, user = await kakao_typed_at(kakao, lang, key, typed)
        if got != stored:
            wrong.append((typed, got, user.text))
    assert not wrong, wrong
    assert fake_ollama.chat_bodies() == []


async def test_two_different_values_are_asked_again_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(
        (("ko", "age_months", "2살 3살"), ("en", "household", "2 3")), 58001
    ):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get(key) is None, typed
        assert asked(lang, key) in tg.last_text(chat), tg.last_text(chat)


HEDGED = (
    ("en", "age_months", "idk maybe 3ish shes a rescue", 36),
    ("en", "age_months", "the vet said maybe 5", 60),
    ("en", "owned_months", "had her since march so like 9 months", 9),
    ("ko", "age_months", "보호소 애라 대충 3살", 36),
    ("ko", "age_months", "병원에서 5살 정도래요", 60),
)


async def test_hedges_and_sources_do_not_block_a_number_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    wrong = []
    for lang, key, typed, stored in HEDGED:
        got, user = await kakao_typed_at(kakao, lang, key, typed)
        if got != stored:
            wrong.append((typed, got, user.text))
    assert not wrong, wrong
    assert fake_ollama.chat_bodies() == []


async def test_a_rescue_so_idk_is_dont_know_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, typed) in enumerate(
        (("en", "hes a rescue so idk"), ("en", "shes a rescue so idk")), 58010
    ):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert "age_months" in (answers.get(UNKNOWN_KEY) or []), (typed, tg.last_text(chat))
        assert asked(lang, "sex") in tg.last_text(chat), tg.last_text(chat)
    assert fake_ollama.chat_bodies() == []


async def test_breed_words_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "breed")
    await user.send("a cat lol")
    assert (await kakao_answers(kakao, user.key)).get("breed") is None, user.text
    assert asked("en", "breed") in user.text, user.text
    user = await kakao_at(kakao, "en", "breed")
    await user.send("lab mix maybe? idk")
    breed = (await kakao_answers(kakao, user.key)).get("breed")
    assert breed is not None and "lab mix" in str(breed).lower(), (breed, user.text)


async def test_asked_what_the_survey_is_for_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, typed in (("en", "wait whats this survey for"), ("ko", "이 설문 뭐 하는 거예요?")):
        user = await kakao_at(kakao, lang, "size")
        await user.send(typed)
        assert t(lang, "survey-left", count=11) in user.text, user.text
        assert asked(lang, "size") in user.text, user.text
        assert await kakao_rows(kakao, user.key) == []
    assert fake_ollama.chat_bodies() == []


BACK_IN_A_REPORT = {
    "en": "so yesterday i left for work and when i got back tucker had torn up the couch cushions and "
    "peed by the door and the neighbor said he howled for like 3 hours straight",
    "ko": "어제 출근했다가 돌아왔더니 소파 쿠션을 다 뜯어놓고 문 앞에 오줌을 쌌어요",
}


async def test_a_report_saying_back_keeps_the_survey_in_place_on_telegram(tg: Harness) -> None:
    for chat, lang in ((58020, "en"), (58021, "ko")):
        await tg_at(tg, chat, lang, "size")
        await tg.say(chat, BACK_IN_A_REPORT[lang])
        assert await tg_rows(tg, chat) == [("report", BACK_IN_A_REPORT[lang])], tg.sent(chat)[-3:]
        said = "\n".join(tg.sent(chat)[-3:])
        assert asked(lang, "size") in said and asked(lang, "breed") not in said, said
        assert (await tg_answers(tg, chat)).get("breed") is not None


async def test_the_open_question_comes_again_after_thats_all_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """ "thats all" after a report typed at the how-long-owned question (its result waiting): the
    result, then the question asked again on its own, never "I didn't catch how long" (the
    closing words are no answer) and no second report."""
    wrong = []
    for lang, typed, report in (
        ("en", "thats all", "pulling + barking at the mailman"),
        ("ko", "그게 다예요", "산책할 때 줄 당기고 집배원한테 짖어요"),
    ):
        user = await kakao_at(kakao, lang, "owned_months")
        await user.send(report)
        await asyncio.sleep(0.3)  # the analysis is done: its result waits to be shown
        await user.send(typed)
        rows = await kakao_rows(kakao, user.key)
        if (
            t(lang, "survey-err-owned_months") in user.text
            or not user.texts
            or asked(lang, "owned_months") not in user.texts[-1]
            or rows != [("report", report)]
        ):
            wrong.append((typed, rows, user.texts))
    assert not wrong, wrong
    assert len(fake_ollama.chat_bodies()) == 2  # the two reports, nothing else


def test_a_report_saying_back_keeps_the_survey_in_place_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """The trial's terminal: the long report typed at the size (question 5) went back to the breed
    (question 4): "when i got back" read as the ◀ Back button. It is a report, analysed once; the
    size is asked again and answered in place."""
    lines = [*[text for key, text in ANSWERS["en"] if key != "size"][:4], BACK_IN_A_REPORT["en"], "small"]
    out = _chat(tmp_path, lines, "--lang", "en", env_extra={"OLLAMA_HOST": fake_ollama.url})
    assert out.count("Question 4 of 15") == 1, out  # the breed, asked once: never gone back to
    assert out.count("Question 5 of 15") == 2, out  # the size, and again after the report
    assert t("en", "survey-q-origin", name=NAME["en"]) in out, out
    assert len(fake_ollama.chat_bodies()) == 1
