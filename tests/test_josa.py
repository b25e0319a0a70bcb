from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.josa import josa


@pytest.mark.parametrize(
    ("name", "pair", "expected"),
    [
        ("초코", ("이", "가"), "초코가"),
        ("초코", ("을", "를"), "초코를"),
        ("초코", ("은", "는"), "초코는"),
        ("초코", ("과", "와"), "초코와"),
        ("별", ("이", "가"), "별이"),
        ("별", ("을", "를"), "별을"),
        ("별", ("은", "는"), "별은"),
        ("별", ("과", "와"), "별과"),
        ("별", ("으로", "로"), "별로"),  # a final rieul takes the vowel form of (eu)ro
        ("콩", ("으로", "로"), "콩으로"),
        ("초코", ("으로", "로"), "초코로"),
        ("Max", ("이", "가"), "Max가"),
        ("Coco", ("을", "를"), "Coco를"),
        ("Bob", ("이", "가"), "Bob이"),
        ("Jack", ("은", "는"), "Jack은"),
        ("Ben", ("과", "와"), "Ben과"),
        ("Bell", ("으로", "로"), "Bell로"),
        ("Scout", ("이", "가"), "Scout가"),
        ("7", ("이", "가"), "7이"),
        ("2", ("이", "가"), "2가"),
        ("뭉치!", ("이", "가"), "뭉치!가"),
        ("", ("이", "가"), "가"),
    ],
)
def test_particles_follow_the_last_sound(name: str, pair: tuple[str, str], expected: str) -> None:
    assert josa(name, *pair) == expected


def test_translators_use_it_as_a_fluent_function(messages: Messages) -> None:
    assert messages.format("ko", "survey-q-age_months", name="초코").startswith("초코는 ")
    assert messages.format("ko", "survey-q-age_months", name="별").startswith("별은 ")
    assert messages.format("ko", "survey-q-alone_hours", name="별").startswith("평일에 별이 ")
