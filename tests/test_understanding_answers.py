"""Survey answers read by `SurveyAnswers` and `QuantityReader`: values, approximations, don't
know, and what was understood when the answer is not whole."""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Approximate, DontKnow, Expect, Folded, Unclear, Value
from dogcoach.services.understanding.answers import SurveyAnswers
from dogcoach.services.understanding.quantity import AGE_UNITS, MINUTE_UNITS, WEIGHT_UNITS, QuantityReader
from dogcoach.services.understanding.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def answers(messages: Messages) -> SurveyAnswers:
    return SurveyAnswers(messages, Vocabulary(messages))


@pytest.fixture(scope="module")
def reader(messages: Messages) -> QuantityReader:
    return QuantityReader(Vocabulary(messages))


def test_thirteen_is_not_ten_plus_the_unit(reader: QuantityReader) -> None:
    """The fault: "열세 살" was read as 10 years ("열" + the unit "세") and the rest dropped."""
    got = reader.read("열세 살", AGE_UNITS, "years")
    assert got.whole and got.value == 156


@pytest.mark.parametrize(
    ("typed", "value"),
    [("열셋", 13), ("스물다섯", 25), ("서른", 30), ("마흔둘", 42), ("아흔아홉", 99), ("십삼", 13), ("이십", 20),
     ("삼십오", 35), ("백", 100), ("열한", 11), ("twenty five", 25), ("ninety nine", 99)],
)  # fmt: skip
def test_number_words_up_to_ninety_nine(reader: QuantityReader, typed: str, value: float) -> None:
    got = reader.read(typed, {"years": 1.0}, "years")
    assert got.whole and got.value == value


@pytest.mark.parametrize(
    ("typed", "low", "high"),
    [("한두 살", 12, 24), ("두세 살", 24, 36), ("서너 살", 36, 48), ("2~3살", 24, 36), ("2-3 years", 24, 36),
     ("2 to 3 years", 24, 36), ("2에서 3살", 24, 36)],
)  # fmt: skip
def test_ranges_are_approximate(reader: QuantityReader, typed: str, low: float, high: float) -> None:
    got = reader.read(typed, AGE_UNITS, "years")
    assert (got.low, got.high, got.approximate, got.rest) == (low, high, True, ())


def test_a_unit_of_another_kind_is_left_over(reader: QuantityReader) -> None:
    """Its number is that unit's, never claimed as this quantity (trial 2, finding 5: "한 이년쯤?"
    at the household question was "1명까지는 알아들었는데…")."""
    got = reader.read("3 hours", {"people": 1.0}, "people")
    assert got.value is None and got.rest == ("hours",)
    got = reader.read("한 이년쯤", {"people": 1.0}, "people")
    assert got.value is None and got.rest == ("년",)


def test_a_count_of_times_multiplies_minutes_and_is_never_a_length(reader: QuantityReader) -> None:
    """Trial 2, finding 5: "하루 두번 30분씩" was "2분까지는 알아들었는데, "번 30"…"; a count of
    times is times × length at the exercise question, and left over elsewhere."""
    minutes = {"hours": 60.0, "minutes": 1.0}
    assert reader.read("하루 두번 30분씩", minutes, "minutes").value == 60
    assert reader.read("two walks, 30 minutes each", minutes, "minutes").value == 60
    assert reader.read("30분씩 세번", minutes, "minutes").value == 90
    got = reader.read("하루 두 번", minutes, "minutes")
    assert got.value is None and got.rest == ("번",)
    hours = {"hours": 1.0, "minutes": 1.0 / 60.0}
    got = reader.read("하루에 두세번이요", hours, "hours")
    assert got.value is None and got.rest == ("번",)
    got = reader.read("하루 한번 20분", hours, "hours")
    assert got.value == pytest.approx(1 / 3) and got.rest == ("번",)


def test_weights(reader: QuantityReader) -> None:
    assert reader.read("about 30kg", WEIGHT_UNITS, None).value == 30
    assert reader.read("20 lbs", WEIGHT_UNITS, None).value == pytest.approx(9.07, abs=0.01)
    assert reader.read("30", WEIGHT_UNITS, None).value is None  # a bare number is no weight


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("3살", Value(36.0)),
        ("한 살 반쯤", Approximate(18.0, 18.0, 18.0)),
        ("두세 살", Approximate(30.0, 24.0, 36.0)),
        ("잘 모르겠어요", DontKnow()),
        ("유기견이라 몰라요 ㅠ", DontKnow()),
        ("넘어갈게요", DontKnow(skip=True)),
        ("정확히는 몰라요 2살쯤", Approximate(24.0, 24.0, 24.0)),
        ("5살 된 말티즈예요", Unclear(60.0, ("말티즈",))),
        ("하루종일요", Unclear(None, ())),  # a vague phrase: re-asked, nothing claimed
    ],
)
def test_age_answers(answers: SurveyAnswers, typed: str, answer: object) -> None:
    assert answers.age(Folded(typed)) == answer


def test_zero_words_count_for_hours_not_for_ages(answers: SurveyAnswers) -> None:
    assert answers.hours(Folded("없어요")) == Value(0.0)
    assert answers.quantity(Folded("none"), Expect.MINUTES) == Value(0.0)
    assert not isinstance(answers.age(Folded("없어요")), Value)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("말티즈예요", "말티즈"),
        ("시바견이요", "시바견"),
        ("푸들 믹스", "푸들 믹스"),
        ("golden retriever", "golden retriever"),
    ],
)
def test_free_text_loses_its_polite_ending(answers: SurveyAnswers, typed: str, expected: str) -> None:
    assert answers.text(Folded(typed)) == Value(expected)


def test_a_note_is_kept_as_typed(answers: SurveyAnswers) -> None:
    assert answers.text(Folded("심장사상충 약 먹고 있어요"), strip_ending=False) == Value(
        "심장사상충 약 먹고 있어요"
    )


@pytest.mark.parametrize(
    "typed",
    ["우리 강아지가 밤마다 짖어요 ㅠㅠ 어떻게 해요", "요즘 너무 피곤해서 나중에 알려 드릴게요", "🐶", "..."],
)
def test_never_a_sentence_or_nothing_as_a_name(answers: SurveyAnswers, typed: str) -> None:
    assert isinstance(answers.name(Folded(typed)), Unclear)


def test_a_range_of_whole_terms(reader: QuantityReader) -> None:
    minutes = reader.read("30분에서 1시간", MINUTE_UNITS, "minutes")
    assert (minutes.low, minutes.high, minutes.value, minutes.rest) == (30, 60, 45, ())
    age = reader.read("3살인가 4살인가", AGE_UNITS, "years")
    assert (age.low, age.high, age.approximate, age.rest) == (36, 48, True, ())


def test_half_before_the_unit(reader: QuantityReader) -> None:
    got = reader.read("2 and a half years", AGE_UNITS, "years")
    assert got.whole and got.value == 30


@pytest.mark.parametrize(
    ("typed", "name"),
    [("초코에요 ㅎㅎ 3살이에요", "초코"), ("김초코", "김초코")],
)
def test_the_name_is_in_the_first_clause(answers: SurveyAnswers, typed: str, name: str) -> None:
    assert answers.name(Folded(typed)) == Value(name)


@pytest.mark.parametrize("typed", ["초코랑 우유", "Choco and Milk"])
def test_two_names_are_asked_one_at_a_time(answers: SurveyAnswers, typed: str) -> None:
    assert isinstance(answers.name(Folded(typed)), Unclear)


@pytest.mark.parametrize("typed", ["이름이 없어요", "아직 안 지었어요", "no name yet"])
def test_no_name_yet(answers: SurveyAnswers, typed: str) -> None:
    assert answers.name(Folded(typed)) == DontKnow()
