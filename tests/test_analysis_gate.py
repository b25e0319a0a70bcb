"""The answer gate's rules, field by field, with the edge cases each rule decides."""

from __future__ import annotations

import pytest

from dogcoach.services.analysis import Analysis, Problem, check_analysis
from dogcoach.services.analysis.gate import BOUNDS, check_text, script_of
from tests.fakes.ollama_server import mixed_script, sample_analysis


def problems(text: str, language: str, field: str = "antecedent") -> list[Problem]:
    return [f.problem for f in check_text(text, language, field)]


@pytest.mark.parametrize(
    "text",
    [
        "손님이 초인종을 누르고 현관에 들어올 때",
        "Kong 장난감에 간식을 넣어 주세요",  # a brand
        "하루 2km씩 산책해 주세요",  # a unit
        "ABC 기록을 일주일 동안 써 보세요",  # an abbreviation
        "클리커(clicker)로 조용한 순간을 표시해요",  # a gloss in brackets
        "sit, stay 훈련을 짧게 반복해요",  # commands separated by commas, not a sentence
        "보호자가 나가면 ㅠㅠ 하고 울어요 🐶",  # jamo and emoji
        "TV 소리가 커질 때",
    ],
)
def test_korean_prose_with_borrowed_latin_passes(text: str) -> None:
    assert problems(text, "ko") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("손님이 到来하여 초인종을 누를 때", Problem.HAN),
        ("관심을 关注 받습니다", Problem.HAN),
        ("손님이 來하면", Problem.HAN),  # a compatibility or traditional form
        ("현관에서 ワン 하고 짖어요", Problem.KANA),
        ("손님이 오면 лает", Problem.SCRIPT),
        ("Ignore the barking 그리고 기다리세요", Problem.ENGLISH),  # three words in a row
        ("Ignore barking 하세요", Problem.ENGLISH),  # more Latin than Korean by weight
        ("Play the doorbell sound quietly.", Problem.NO_HANGUL),
        ("OK", Problem.NO_HANGUL),
    ],
)
def test_korean_faults(text: str, expected: Problem) -> None:
    assert expected in problems(text, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "Guests ring the doorbell and come in",
        "Use a Kong toy for 10 min, twice a day",
        "Café visits: start at 5 m from the door",  # accented Latin is Latin
    ],
)
def test_english_prose_passes(text: str) -> None:
    assert problems(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Runs to the door and barks 계속 짖어요", Problem.HANGUL),
        ("Cries ㅠㅠ at the door", Problem.HANGUL),
        ("Barks at the 客人 at the door", Problem.SCRIPT),
        ("12:30 — 5/5", Problem.NO_LATIN),
    ],
)
def test_english_faults(text: str, expected: Problem) -> None:
    assert expected in problems(text, "en")


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("field", ["antecedent", "behavior", "consequence", "summary", "next_step"])
def test_length_bounds_per_field(language: str, field: str) -> None:
    low, high = BOUNDS[language][field]  # type: ignore[index]
    letter = "가" if language == "ko" else "a"
    assert Problem.TOO_SHORT in problems(letter * (low - 1) or letter[:0], language, field)
    assert problems(letter * low, language, field) == []
    assert problems(letter * high, language, field) == []
    assert Problem.TOO_LONG in problems(letter * (high + 1), language, field)


def test_whitespace_does_not_count_towards_length() -> None:
    assert problems("  현관   \n  앞  ", "ko") == []
    assert problems("현관 앞" + " " * 200, "ko") == []


def test_scripts_by_unicode_name() -> None:
    assert [script_of(c) for c in "가ㄱ漢カaé1 !"] == [
        "hangul",
        "jamo",
        "han",
        "kana",
        "latin",
        "latin",
        "",
        "",
        "",
    ]


def test_whole_analysis_names_each_bad_field() -> None:
    bad = Analysis.model_validate(mixed_script("han", sample_analysis("ko")))
    findings = check_analysis(bad, "ko")
    assert [(f.field, f.problem) for f in findings] == [
        ("antecedent", Problem.HAN),
        ("summary[1]", Problem.HAN),
    ]
    assert findings[0].sample == "到来"

    english = Analysis.model_validate(mixed_script("english_next_step", sample_analysis("ko")))
    assert [(f.field, f.problem) for f in check_analysis(english, "ko")] == [("next_step", Problem.NO_HANGUL)]

    korean = Analysis.model_validate(mixed_script("hangul_in_english", sample_analysis("en")))
    assert [(f.field, f.problem) for f in check_analysis(korean, "en")] == [("behavior", Problem.HANGUL)]


@pytest.mark.parametrize("language", ["ko", "en"])
def test_clean_samples_pass(language: str) -> None:
    assert check_analysis(Analysis.model_validate(sample_analysis(language)), language) == []
    assert check_analysis(sample_analysis(language), language) == []  # a plain dict works too
