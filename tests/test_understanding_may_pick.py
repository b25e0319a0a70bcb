"""`Understander.may_pick`, the cheap first look the survey takes before reading a message at
another question than the open one (the sex at the name or the age, an earlier choice at the
breed): it may say False only where the full reading picks no option and reads none of their
concepts, or the survey would miss "남아 중성화했어요" typed at the name (issue 14: ~120 µs saved
on most name and number answers)."""

from __future__ import annotations

import pytest

from dogcoach.domain.survey import QUESTIONS
from dogcoach.domain.survey import Kind as QuestionKind
from dogcoach.handlers.parsing import survey_context
from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Kind, Unclear, Understander, Understanding
from tests.test_understanding_corpus import HELD_OUT, TUNED

# Corrections whose value is a position: the whole message picks nothing, the value alone does.
CORRECTED = ("correction: 2", "아 잘못 말했어요 2번이요", "sorry I meant the second one")
TEXTS = sorted({c.text for c in (*TUNED, *HELD_OUT)} | set(CORRECTED))


# Stop 64, left for the next stop: two rows added this stop are read as an option at another
# question by a misreading of their own, which the cheap look rightly does not see: "it bled a
# little" picks the small size (an amount word beside a red flag), and "특별한 건 없는데 아까
# 계단에서 떨어졌어요" picks "no" children (the fall then not kept as a report: to fix in the
# reading, not here). Only that text at that question is let through.
MISREAD = {
    "she keeps licking her stitches and it bled a little": "size",
    "특별한 건 없는데 아까 계단에서 떨어졌어요": "children",
}


@pytest.fixture(scope="module")
def understander() -> Understander:
    u = Understander(Messages())
    u.warm()
    return u


def _reads_an_option(u: Understanding) -> bool:
    understood = u.answer.understood if isinstance(u.answer, Unclear) else None
    return u.kind is Kind.CHOICE or (isinstance(understood, tuple) and bool(understood))


@pytest.mark.parametrize("key", [q.key for q in QUESTIONS if q.kind is QuestionKind.CHOICE])
def test_may_pick_is_false_only_where_nothing_is_read(understander: Understander, key: str) -> None:
    context = survey_context(next(q for q in QUESTIONS if q.key == key))
    missed = [
        text
        for text in TEXTS
        if not understander.may_pick(text, context)
        and _reads_an_option(understander.understand(text, context))
    ]
    assert [m for m in missed if MISREAD.get(m) != key] == []
    skipped = [text for text in TEXTS if not understander.may_pick(text, context)]
    assert len(skipped) > len(TEXTS) // 2  # the look is worth taking: most messages name no option


def test_a_correction_to_a_position_is_looked_at(understander: Understander) -> None:
    sex = survey_context(next(q for q in QUESTIONS if q.key == "sex"))
    assert understander.understand("correction: 2", sex).reason == "corrected-answer"
    assert understander.may_pick("correction: 2", sex)
    assert not understander.may_pick("초코", sex)
    assert understander.may_pick("남아 중성화했어요", sex)
