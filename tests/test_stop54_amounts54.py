# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 54, helper amounts54: held-out 10's misses at the survey's number questions, each
reproduced through a real channel first (Kakao skill webhook, Telegram over the fake Bot API; ko
and en), what the survey stored read back from the store (corpus batches 472-475).

Before the fix 23 of these 25 tests failed (all 17 Kakao amounts but "1시간 30분씩 두번" and "3명이요
저 남편 아들(8살)", both Telegram runs, all 4 Kakao runs with a report waiting).

1. A number word that is no amount ("2 years, and now we're thinking about getting a second one"
   at how long owned: 48 months; "2년이요 이제 둘째 들일까 생각중이에요": not understood whole): the
   answer in a clause of its own, the others no amount (`understanding-amount-aside`: "a second
   one", "둘째"), is the answer (`SurveyReading._answer_and_aside`, reason `quantity-and-aside`).
2. An amount split across times ("an hour and a half, split morning and evening", "1시간 반이요
   아침저녁 나눠서": 180 minutes) is that total (`lex-total` widened: split, split between, 나눠서);
   "1시간 30분씩 두번" stays 180.
3. Who is typing ("(손녀가 대신 써요) … 다섯명이요": a correction for "대신"; "(남편임ㅋㅋ) 2살이요
   와이프 폰으로 하는중", "2 years old (my son typing for me)": not understood whole) is left out
   at every survey question, in brackets or a clause of its own with no digit
   (`understanding-typist`, `typist.typist_dropped`, in `Understander.understand`).
4. A person's age in brackets beside the count ("three, me my wife and our son (he's 8)") is no
   part of it: by the same clauses, "three" and the people named after it (the son's age
   left out by `_ages_dropped`) agree on 3.
5. The answer, then a story about the dog settling in ("3개월이요. 처음엔 구석에만 있었는데 이제
   꼬리도 흔들어요ㅎㅎ": not understood whole; "… at first she just hid in the corner but now she
   wags her tail": a report) is the answer; the story is kept nowhere (no incident, nothing for
   the profile: `understanding-at-first` with `understanding-now-instead`, `_settled_in`).
6. Two values that agree ("1 and a half I think? the shelter papers say 18 months", "1살 반쯤?
   보호소 서류에는 18개월이래요": not understood, or 36 months summed) are that value, for sure.
7. A range with what it depends on after it ("4-6 hours depending on my shifts", "4~6시간이요 근무
   시간에 따라 달라요": 4 hours with words left over) is the range (`understanding-amount-depends`
   starts a clause).
8. No walks yet, the vaccinations not finished ("아직 접종 안끝나서 산책 못나가요", "not walking him
   yet, waiting for his shots": kept as a health note, asked again) is none at the exercise
   (`understanding-no-walks-yet`, reason `no-walks-yet`; with a digit the number is read).
9. With a report waiting, words about it and then the amount ("아까 그거 제가 없을때 그런거예요 보통
   6시간 혼자있어요", "what happened earlier was while i was out, usually 6 hours alone": not
   understood whole, or a question for its "what"): the amount stored, the words before it added
   to the report (`Understander._answer_after_detail` takes an amount read with words left over,
   and a question by its words with no "?", at a quantity question).
10. "oh and earlier it was my husband she growled at, not me" at the household with a report
   waiting (stored as 1 person: "me" read as the household) and "아 그리고 아까 으르렁댄 건
   남편한테였어요 저 말고" (a new report) are detail of that report, nothing stored: a person denied at the
   end ("not me", `understanding-person-denied`) is no count (`_person_denied_at_end`), "아까 으르렁댄" points back
   (`understanding-detail-earlier` widened).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

NEXT = {
    "age_months": "sex",
    "owned_months": "household",
    "household": "children",
    "alone_hours": "exercise_minutes",
    "exercise_minutes": "concerns",
}

# -- 1-8. an amount told with more around it: (lang, question, typed, stored) --------------------

AMOUNTS: tuple[tuple[str, str, str, float], ...] = (
    # 1. a number word that is no amount
    ("en", "owned_months", "2 years, and now we're thinking about getting a second one", 24),
    ("ko", "owned_months", "2년이요 이제 둘째 들일까 생각중이에요", 24),
    # 2. an amount split across times is the same total; "씩 두번" still multiplies
    ("en", "exercise_minutes", "an hour and a half, split morning and evening", 90),
    ("ko", "exercise_minutes", "1시간 반이요 아침저녁 나눠서", 90),
    ("ko", "exercise_minutes", "1시간 30분씩 두번", 180),
    # 3. who is typing is no part of the answer
    ("ko", "household", "(손녀가 대신 써요) 할머니 할아버지 엄마 아빠 저 다섯명이요", 5),
    ("ko", "age_months", "(남편임ㅋㅋ) 2살이요 와이프 폰으로 하는중", 24),
    ("en", "age_months", "2 years old (my son typing for me)", 24),
    ("ko", "household", "남편이 대신 써요 두명이요", 2),
    # 4. a person's age in brackets is not part of the count
    ("en", "household", "three, me my wife and our son (he's 8)", 3),
    ("ko", "household", "3명이요 저 남편 아들(8살)", 3),
    # 5. the answer, then a story about the dog (no report)
    ("ko", "owned_months", "3개월이요. 처음엔 구석에만 있었는데 이제 꼬리도 흔들어요ㅎㅎ", 3),
    ("en", "owned_months", "3 months. at first she just hid in the corner but now she wags her tail", 3),
    # 6. two values that agree
    ("en", "age_months", "1 and a half I think? the shelter papers say 18 months", 18),
    ("ko", "age_months", "1살 반쯤? 보호소 서류에는 18개월이래요", 18),
    # 7. a range with why after it
    ("en", "alone_hours", "4-6 hours depending on my shifts", 5),
    ("ko", "alone_hours", "4~6시간이요 근무 시간에 따라 달라요", 5),
    # 8. no walks yet, the vaccinations not finished
    ("ko", "exercise_minutes", "아직 접종 안끝나서 산책 못나가요", 0),
    ("en", "exercise_minutes", "not walking him yet, waiting for his shots", 0),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored"), AMOUNTS)
async def test_an_amount_with_more_around_it_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, stored: float
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == pytest.approx(stored), (typed, answers, user.texts)
    assert asked(lang, NEXT[key]) in user.text, user.texts  # the survey went on
    assert not await _kakao_reports(kakao, user.key), user.texts  # nothing analysed


async def test_an_amount_with_more_around_it_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, stored) in enumerate(AMOUNTS, 54001):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == pytest.approx(stored), (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, NEXT[key]) in tg.last_text(chat), tg.sent(chat)[-3:]
        assert not await _tg_reports(tg, chat), (typed, tg.sent(chat)[-3:])


# -- 9, 10. words about the report waiting, with the answer or alone ----------------------------

REPORT = {
    "ko": "어제 제가 나갔다 오니까 현관에서 계속 짖고 으르렁거렸어요",
    "en": "yesterday when I got home he was barking and growling at the door",
}
# (lang, question, typed, the answer stored or None, the words added to the report)
ABOUT_THE_REPORT: tuple[tuple[str, str, str, float | None, str], ...] = (
    (
        "ko",
        "alone_hours",
        "아까 그거 제가 없을때 그런거예요 보통 6시간 혼자있어요",
        6,
        "아까 그거 제가 없을때",
    ),
    (
        "en",
        "alone_hours",
        "what happened earlier was while i was out, usually 6 hours alone",
        6,
        "while i was out",
    ),
    ("en", "household", "oh and earlier it was my husband she growled at, not me", None, "my husband"),
    ("ko", "household", "아 그리고 아까 으르렁댄 건 남편한테였어요 저 말고", None, "남편한테였어요"),
)


@pytest.mark.parametrize(("lang", "key", "typed", "stored", "added"), ABOUT_THE_REPORT)
async def test_words_about_the_report_waiting_go_to_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, stored: float | None, added: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(REPORT[lang])
    assert asked(lang, key) in user.text, user.texts
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get(key) == stored, (typed, answers, user.texts)
    assert asked(lang, NEXT[key] if stored is not None else key) in user.text, user.texts
    reports = [r.text for r in await _kakao_reports(kakao, user.key) if not r.is_question]
    assert any(added in r and REPORT[lang] in r for r in reports), (reports, user.texts)


async def test_words_about_the_report_waiting_go_to_it_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, key, typed, stored, added) in enumerate(ABOUT_THE_REPORT, 54101):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, REPORT[lang])
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert answers.get(key) == stored, (typed, answers, tg.sent(chat)[-3:])
        assert asked(lang, NEXT[key] if stored is not None else key) in tg.last_text(chat), tg.sent(chat)[-3:]
        reports = [r.text for r in await _tg_reports(tg, chat) if not r.is_question]
        assert any(added in r and REPORT[lang] in r for r in reports), (reports, tg.sent(chat)[-3:])
