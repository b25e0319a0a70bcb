# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, safety before the model (owner trial 33), each fault reproduced through a real channel
first (Kakao skill webhook, Telegram over HTTP), what was kept read back from the store.

1. Blood in vomit ("토에 피가 섞여있어요") got no safety line: at the children question it was stored as
   children = "yes"; told idle it was noise or a question sent to the model. Blood in the vomit,
   stool or pee is a sign of illness: its vet card, kept as a report, in every state, ko and en.
   "주변에 피해를 줘요" (bothers the neighbours) holds "변에 피" and is none.
4. "my dog bites", "she snapped at my dad (once) when he reached over her head": an analysis with
   no bite guidance. A bite (a habit of biting too) or a snap aimed at a person gets the bite
   guidance.
5. "he bit lulu last week, she yelped and had a lil scratch on her ear" at the worst reaction: the
   illness card (from "yelped", the other dog's cry) and no answer. The bite that hurt is the answer
   (bite_injury), its card shown; a cry after a bite is the bitten one's.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())

BLOOD = (
    ("ko", "토에 피가 섞여있어요"),
    ("ko", "방금 보니까 토에 피가 섞여있어요ㅠㅠㅠ 어떡해요"),
    ("ko", "토에 피 섞여나옴 ㅠ 병원가야돼?"),
    ("ko", "피가 섞인 토를 했어요"),
    ("ko", "똥에서 피가 나와요"),
    ("ko", "오줌 색이 빨개요 피 섞인 것 같아요"),
    ("en", "blood in her poop"),
    ("en", "her poop has blood in it"),
    ("en", "there was blood in his pee this morning"),
    ("en", "vomit has blood in it"),
    ("en", "he puked blood"),
)


@pytest.mark.parametrize(("lang", "typed"), BLOOD)
def test_blood_in_vomit_stool_or_pee_is_a_sign_of_illness(lang: str, typed: str) -> None:
    assert FlagKind.PAIN_ILLNESS in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", ["짖어서 주변에 피해를 줘요", "he bites the leash and pees on walks"])
def test_look_alikes_of_blood_in_the_stool_are_none(typed: str) -> None:
    assert FlagKind.PAIN_ILLNESS not in CHECKER.check(typed).kinds, typed


async def test_blood_in_vomit_at_the_children_question_is_a_report_on_telegram(tg: Harness) -> None:
    chat = 48101
    await tg_at(tg, chat, "ko", "children")
    before = len(tg.sent(chat))
    await tg.say(chat, "토에 피가 섞여있어요")
    shown = "\n".join(tg.sent(chat)[before:])  # the card, the report kept, the question again
    assert t("ko", "safety-pain_illness")[:20] in shown, shown
    assert "children" not in await tg_answers(tg, chat)
    assert await tg_reports(tg, chat) == ["토에 피가 섞여있어요"]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("ko", BLOOD[0][1]), ("ko", BLOOD[1][1]), ("ko", BLOOD[2][1]), ("en", "her poop has blood in it")],
)
async def test_blood_in_vomit_after_the_survey_gets_the_vet_card_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t(lang, "safety-pain_illness")[:20] in shown, shown
    assert await kakao_reports(kakao, user.key) == [typed]


BITES = (
    ("en", "my dog bites"),
    ("en", "he bites people"),
    ("ko", "우리 개가 사람을 물어요"),
    # a snap: its own line, the warning it is (tests/test_stop48_safety2.py)
    ("en", "she snapped at my dad (once) when he reached over her head"),
    ("ko", "아빠한테 입질했어요 머리 위로 손 뻗었을때"),
)
# The guidance for a bite on a person, or for a snap at one (no bite: a warning).
PERSON_GUIDANCE = frozenset({FlagKind.BITE_PERSON, FlagKind.SNAP_PERSON})


@pytest.mark.parametrize(("lang", "typed"), BITES)
def test_a_bite_or_snap_at_a_person_gets_the_bite_guidance(lang: str, typed: str) -> None:
    assert CHECKER.check(typed).kinds & PERSON_GUIDANCE, typed


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("my dog bites", "safety-bite_person"),
        ("she snapped at my dad (once) when he reached over her head", "safety-snap_person"),
    ],
)
async def test_a_bite_at_a_person_gets_the_guidance_on_kakao(kakao: Server, typed: str, line: str) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t("en", line)[:30] in shown, shown


DOG_BITE = "he bit lulu last week, she yelped and had a lil scratch on her ear"


def test_a_bite_on_another_dog_with_a_scratch_is_a_bite_that_hurt() -> None:
    kinds = CHECKER.check(DOG_BITE).kinds
    assert FlagKind.BITE_INJURY in kinds and FlagKind.PAIN_ILLNESS not in kinds, kinds


async def test_a_bite_on_another_dog_at_the_worst_reaction_is_its_answer_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "worst_reaction")
    await user.send(DOG_BITE)
    shown = "\n".join(user.texts)
    assert t("en", "safety-bite_injury")[:30] in shown, shown
    assert t("en", "safety-pain_illness")[:30] not in shown, shown
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite_injury"


async def test_a_bite_on_another_dog_at_the_worst_reaction_is_its_answer_on_telegram(tg: Harness) -> None:
    chat = 48102
    await tg_at(tg, chat, "en", "worst_reaction")
    before = len(tg.sent(chat))
    await tg.say(chat, DOG_BITE)
    shown = "\n".join(tg.sent(chat)[before:])
    assert t("en", "safety-bite_injury")[:30] in shown, shown
    assert (await tg_answers(tg, chat)).get("worst_reaction") == "bite_injury"


async def test_blood_in_stool_after_the_survey_on_telegram(tg: Harness) -> None:
    chat = 48103
    await tg_owner(tg, chat, "en")
    await tg.say(chat, "blood in her poop")
    shown = "\n".join(tg.sent(chat)[-3:])
    assert t("en", "safety-pain_illness")[:20] in shown, shown
