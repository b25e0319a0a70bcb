# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial (issue 11, batch 44): survey answers whose meaning was clear but that the bot
asked again or misread, each reproduced through a real channel first (KakaoTalk over the skill's
HTTP, Telegram through the fake Bot API and the webhook), then kept.

1. Walks counted as "two 20 min walks" / "three 15 minute walks" / "two walks of 20 minutes" at
   the exercise question were asked again (Korean "하루 두 번 30분씩" worked): the count times
   the length of each.
2. "rarely", "hardly ever", "별로 안 혼자 있어요", "거의 안 혼자 있어요" at the alone-hours
   question were asked again: stored as about 0 hours, as "거의 없어요" already was.
3. A month number beside an age ("3살 2개월", "2살 6개월이요", "1년 3개월"): checked, stored whole.
4. "아니다 작년 봄에 데려왔어요" (a correction word before a start) at how long owned was asked
   again; "올해 봄" said before this spring began is asked again saying which spring to count.
5. "bites people", "bites strangers", "사람을 물어요" at the concerns ticked "mouthing" or
   nothing: a bite aimed at people is aggression toward people ("nips kids" stays mouthing).
6. "사람을 물어요" (a habit) at the concerns was a report with nothing ticked: it ticks; a dated
   bite ("어제 손님을 물었어요") ticks and is kept as a report too.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dogcoach.domain.survey import index_of
from dogcoach.handlers import onboarding
from dogcoach.services.understanding import Since
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    ANSWERS,
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

WALKS = (
    ("en", "two 20 min walks", 40),
    ("en", "three 15 minute walks", 45),
    ("en", "two walks of 20 minutes", 40),
    ("en", "two 20-minute walks", 40),
    ("en", "two half-hour walks", 60),
    ("ko", "20분짜리 산책 두 번", 40),
    ("en", "2x 30min", 60),
    ("en", "20 min twice a day", 40),
    ("ko", "하루 두 번 30분씩", 60),
    ("ko", "20분 산책 두 번", 40),
)


async def test_walks_counted_with_their_length_are_the_minutes_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed, minutes in WALKS:
        user = await kakao_at(kakao, lang, "exercise_minutes")
        await user.send(typed)
        stored = (await kakao_answers(kakao, user.key)).get("exercise_minutes")
        if stored != minutes or asked(lang, "concerns") not in user.text:
            wrong.append((typed, stored, user.text))
    assert not wrong, wrong


async def test_walks_counted_with_their_length_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 44001, "en", "exercise_minutes")
    await tg.say(44001, "two 20 min walks")
    assert (await tg_answers(tg, 44001)).get("exercise_minutes") == 40, tg.last_text(44001)


RARELY = (
    ("en", "rarely"),
    ("en", "hardly ever"),
    ("ko", "거의 없어요"),
    ("ko", "별로 안 혼자 있어요"),
    ("ko", "거의 안 혼자 있어요"),
    ("ko", "별로 없어요"),
)


async def test_rarely_alone_is_about_no_hours_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed in RARELY:
        user = await kakao_at(kakao, lang, "alone_hours")
        await user.send(typed)
        stored = (await kakao_answers(kakao, user.key)).get("alone_hours")
        if stored != 0 or asked(lang, "exercise_minutes") not in user.text:
            wrong.append((typed, stored, user.text))
    assert not wrong, wrong


async def test_rarely_alone_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 44002, "en", "alone_hours")
    await tg.say(44002, "rarely")
    assert (await tg_answers(tg, 44002)).get("alone_hours") == 0, tg.last_text(44002)
    for _key, text in ANSWERS["en"][index_of("exercise_minutes") :]:
        await tg.say(44002, text)
    review = tg.last_text(44002)  # the profile to confirm says what was stored
    assert t("en", "value-hardly-any") in review, review


async def test_a_month_number_beside_an_age_on_kakao(kakao: Server) -> None:
    wrong = []
    for typed, months in (
        ("3살 2개월", 38),
        ("2살 6개월이요", 30),
        ("1년 3개월", 15),
        ("3살2개월이에요", 38),
    ):
        user = await kakao_at(kakao, "ko", "age_months")
        await user.send(typed)
        stored = (await kakao_answers(kakao, user.key)).get("age_months")
        if stored != months or asked("ko", "sex") not in user.text:
            wrong.append((typed, stored, user.text))
    assert not wrong, wrong


async def test_a_correction_word_before_a_start_on_kakao(kakao: Server) -> None:
    """ "작년 봄" is last year's spring; English "last spring" the latest one begun."""
    today = datetime.now(UTC).date()
    for lang, typed, start in (
        ("ko", "아니다 작년 봄에 데려왔어요", Since(years_ago=1, season="spring")),
        ("en", "no wait, we got her last spring", Since(season="spring")),
    ):
        first, last = onboarding.start_months(start, today)
        now = onboarding.year_month(today.year, today.month)
        user = await kakao_at(kakao, lang, "owned_months")
        await user.send(typed)
        owned = (await kakao_answers(kakao, user.key)).get("owned_months")
        assert isinstance(owned, int), (typed, user.text)
        assert now - last <= owned <= now - first, (typed, owned)
        assert asked(lang, "household") in user.text, (typed, user.text)


async def test_a_start_told_at_the_origin_is_kept_ahead_on_kakao(kakao: Server) -> None:
    """ "아니다 작년 봄에 데려왔어요" at the origin (where the dog came from) picked nothing and
    was asked again: how long owned is kept from it, said in a line, and not asked in its turn."""
    today = datetime.now(UTC).date()
    now = onboarding.year_month(today.year, today.month)
    for lang, typed, start, origin in (
        ("ko", "아니다 작년 봄에 데려왔어요", Since(years_ago=1, season="spring"), "보호소"),
        ("en", "we got her last spring", Since(season="spring"), "shelter"),
    ):
        first, last = onboarding.start_months(start, today)
        user = await kakao_at(kakao, lang, "origin")
        await user.send(typed)
        owned = (await kakao_answers(kakao, user.key)).get("owned_months")
        assert isinstance(owned, int) and now - last <= owned <= now - first, (typed, owned, user.text)
        assert asked(lang, "origin") in user.text, (typed, user.text)
        await user.send(origin)
        assert asked(lang, "household") in user.text, (typed, user.text)  # not asked how long again
        assert (await kakao_answers(kakao, user.key)).get("origin") == "shelter", typed


async def test_this_spring_said_in_february_is_asked_about_on_kakao(
    kakao: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In February "올해 봄" / "this spring" has not begun: the re-ask names the spring it could
    count from (last year's), never only "a start still ahead" (English "this spring" was read
    as last year's without a word); "올해 겨울" / "this winter" is the winter still running."""
    # the survey's clock, where a start is counted (`onboarding.quantities`, since the split)
    monkeypatch.setattr(onboarding.quantities, "utcnow", lambda: datetime(2027, 2, 10, tzinfo=UTC))
    for lang, typed, year in (("ko", "올해 봄", "2026"), ("en", "this spring", "2026")):
        user = await kakao_at(kakao, lang, "owned_months")
        await user.send(typed)
        assert "owned_months" not in await kakao_answers(kakao, user.key), typed
        assert year in user.text and asked(lang, "owned_months") in user.text, (typed, user.text)
    for lang, typed in (("ko", "올해 겨울부터요"), ("en", "since this winter")):
        # the winter still running (begun in December 2026): a start, never one still ahead
        user = await kakao_at(kakao, lang, "owned_months")
        await user.send(typed)
        assert (await kakao_answers(kakao, user.key)).get("owned_months") in (0, 1, 2), (typed, user.text)
        assert asked(lang, "household") in user.text, (typed, user.text)


BITES = (
    ("en", "bites people", ["aggression_people"]),
    ("en", "bites strangers", ["aggression_people"]),
    ("en", "nips kids", ["mouthing"]),
    ("ko", "사람을 물어요", ["aggression_people"]),
    ("ko", "손님을 물어요", ["aggression_people"]),
    ("ko", "다른 개를 물어요", ["aggression_dogs"]),
)


async def test_bites_aimed_at_people_tick_aggression_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, typed, ticked in BITES:
        user = await kakao_at(kakao, lang, "concerns")
        await user.send(typed)
        await user.send("완료" if lang == "ko" else "done")
        answers = await kakao_answers(kakao, user.key)
        reports = await kakao_reports(kakao, user.key)
        if (
            sorted(answers.get("concerns", [])) != ticked
            or reports
            or asked(lang, "worst_reaction") not in user.text
        ):
            wrong.append((typed, answers.get("concerns"), reports, user.text))
    assert not wrong, wrong


async def test_a_dated_bite_at_the_concerns_ticks_and_is_kept_on_kakao(kakao: Server) -> None:
    for lang, typed in (("ko", "어제 손님을 물었어요"), ("en", "yesterday he bit a guest")):
        user = await kakao_at(kakao, lang, "concerns")
        await user.send(typed)
        await user.send("완료" if lang == "ko" else "done")
        assert (await kakao_answers(kakao, user.key)).get("concerns") == ["aggression_people"], (
            typed,
            user.text,
        )
        assert await kakao_reports(kakao, user.key) == [typed], typed


async def test_bites_people_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 44003, "ko", "concerns")
    await tg.say(44003, "사람을 물어요")
    await tg.say(44003, "완료")
    assert (await tg_answers(tg, 44003)).get("concerns") == ["aggression_people"], tg.last_text(44003)
    assert await tg_reports(tg, 44003) == []


# -- 7. a name ending in a vowel told as the subject ("보리가 또 짖어요") ---------------------------

VOWEL_NAMES = (("보리가 또 짖어요", "보리"), ("초코가 신발을 물어뜯어요", "초코"))
NO_NAMES = (
    "엄마가 또 짖어요",
    "아빠가 오면 짖어요",
    "택배가 오면 미친듯이 짖어요",
    "누나가 만지면 물어요",
    "언니가 짖는다고 혼냈어요",
)


async def test_a_vowel_ending_name_told_first_is_offered_on_kakao(kakao: Server) -> None:
    """ "보리가 또 짖어요" as the first message: the name question offered 콩이 for "콩이가 또
    짖어요" but not 보리 (a vowel-ending name takes 가, as "엄마가" does). Offered when its clause
    tells the behaviour; a person or thing before 가 is not."""
    for said, name in VOWEL_NAMES:
        user = kakao.user(lang="ko")
        await user.send(said)
        await user.send("네")  # the survey offered after the report
        assert t("ko", "survey-q-name-hint", name=name) in user.text, (said, user.text)
    for said in NO_NAMES:
        user = kakao.user(lang="ko")
        await user.send(said)
        await user.send("네")
        assert t("ko", "survey-q-name") in user.text, (said, user.text)
        assert "survey:name-hint:yes" not in user.choice_ids, said
