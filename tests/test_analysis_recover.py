"""Recovery of an analysis from answers right in substance but not in form: one test per rule."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from dogcoach.services.analysis import Analysis, Category, LikelyFunction, MissingInfo
from dogcoach.services.analysis.client import parse_analysis
from dogcoach.services.analysis.recover import extract_object, normalise, recover, summary_lines
from tests.fakes.ollama_server import sample_analysis

SAMPLE = sample_analysis("ko")
TEXT = json.dumps(SAMPLE, ensure_ascii=False)


def parsed(**changes: Any) -> Analysis:
    return parse_analysis(json.dumps({**SAMPLE, **changes}, ensure_ascii=False))


# rule 1: the object


@pytest.mark.parametrize(
    "wrapped",
    [
        f"```json\n{TEXT}\n```",
        f"```\n{TEXT}\n```",
        f"분석 결과입니다:\n{TEXT}",
        f"Here is the analysis: {TEXT} I hope this helps!",
        f"{TEXT}\n```",
        "Note {this} first.\n" + TEXT,  # a brace that is not JSON comes before
    ],
)
def test_the_object_is_taken_out_of_fences_and_prose(wrapped: str) -> None:
    assert extract_object(wrapped) == SAMPLE
    assert parse_analysis(wrapped) == Analysis.model_validate(SAMPLE)


def test_a_lone_wrapper_is_opened() -> None:
    assert extract_object(json.dumps({"analysis": SAMPLE}, ensure_ascii=False)) == SAMPLE
    assert extract_object('{"ok": {"x": 1}}') == {"ok": {"x": 1}}  # not an analysis inside: kept


def test_no_object_is_none_and_still_a_validation_error() -> None:
    assert extract_object("죄송합니다. 분석할 수 없어요.") is None
    assert recover('["a list"]') is None
    with pytest.raises(ValidationError):
        parse_analysis("no JSON here")


# rule 2: keys


def test_key_case_spaces_and_hyphens() -> None:
    data = {
        ("Next Step" if k == "next_step" else k.upper() if k == "category" else k): v
        for k, v in SAMPLE.items()
    }
    data["safety-flag"] = data.pop("safety_flag")
    data["behaviour"] = data.pop("behavior")
    assert normalise(data) == SAMPLE


# rule 3: enum values


def test_enum_case_spaces_and_hyphens() -> None:
    analysis = parsed(category="Leash Reactivity", likely_function="ATTENTION", missing=["Frequency"])
    assert analysis.category is Category.LEASH_REACTIVITY
    assert analysis.likely_function is LikelyFunction.ATTENTION
    assert analysis.missing == [MissingInfo.FREQUENCY]


def test_unknown_enum_value_stays_invalid() -> None:
    with pytest.raises(ValidationError):
        parsed(category="howling")


# rule 4: intensity


@pytest.mark.parametrize(("given", "expected"), [("3", 3), (3.0, 3), ("2/4", 2), (" 4 ", 4)])
def test_intensity_forms(given: Any, expected: int) -> None:
    assert parsed(intensity=given).intensity == expected


@pytest.mark.parametrize("given", ["7", 2.5, "high", "3/5"])
def test_intensity_that_is_not_a_level_stays_invalid(given: Any) -> None:
    with pytest.raises(ValidationError):
        parsed(intensity=given)


# rule 5: safety_flag


@pytest.mark.parametrize(
    ("given", "expected"),
    [("true", True), ("False", False), ("yes", True), ("NO", False), (1, True), (0, False)],
)
def test_safety_flag_forms(given: Any, expected: bool) -> None:
    assert parsed(safety_flag=given).safety_flag is expected


# rule 6: text as a list


def test_text_field_given_as_a_list_is_joined() -> None:
    assert parsed(antecedent=["손님이 오면", "초인종이 울릴 때"]).antecedent == "손님이 오면 초인종이 울릴 때"


# rule 7: summary


def test_summary_as_one_string_with_newlines() -> None:
    assert parsed(summary="첫째 줄\n\n둘째 줄\n셋째 줄").summary == ["첫째 줄", "둘째 줄", "셋째 줄"]


def test_summary_as_one_string_of_three_sentences() -> None:
    lines = parsed(summary="초인종이 신호예요. 짖으면 관심을 받아요! 조용할 때 칭찬해요.").summary
    assert lines == ["초인종이 신호예요.", "짖으면 관심을 받아요!", "조용할 때 칭찬해요."]


def test_summary_bullets_and_numbers_are_taken_off() -> None:
    assert summary_lines(["1. 하나", "2) 둘", "- 셋"]) == ["하나", "둘", "셋"]
    assert summary_lines("• 하나\n• 둘\n• 셋") == ["하나", "둘", "셋"]


def test_summary_of_four_lines_keeps_the_first_three() -> None:
    assert parsed(summary=["하나", "둘", "셋", "넷"]).summary == ["하나", "둘", "셋"]


def test_summary_of_two_lines_stays_invalid() -> None:
    with pytest.raises(ValidationError):
        parsed(summary=["하나", "둘"])
    with pytest.raises(ValidationError):
        parsed(summary="한 줄뿐이에요")


# rule 8: missing


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("frequency", [MissingInfo.FREQUENCY]),
        ("antecedent, Frequency", [MissingInfo.ANTECEDENT, MissingInfo.FREQUENCY]),
        (None, []),
        ("none", []),
        ("", []),
        (["none"], []),
    ],
)
def test_missing_forms(given: Any, expected: list[MissingInfo]) -> None:
    assert parsed(missing=given).missing == expected


def test_nothing_is_invented() -> None:
    data = dict(SAMPLE)
    del data["next_step"]
    with pytest.raises(ValidationError):
        parse_analysis(json.dumps(data, ensure_ascii=False))
