# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper trialA64: the owner trial's faults by kind, each reproduced through a real
channel first (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and
English.

1. SAFETY: "방금 단비가 토를 하고 축 늘어져 있습니다 숨을 좀 빨리 쉽니다" at the behaviours question
   (the day after surgery) got only the within-24-hours card, whose own text says trouble
   breathing means now: fast or laboured breathing at rest is the breathing card, now, in every
   register; panting after a walk or in the heat, with no illness sign beside it, is not.
2. SAFETY: "실밥 부위를 자꾸 핥으려고 합니다 피가 조금 났습니다" (a surgical wound licked, bleeding)
   got no card and went to the model as an ordinary report: a surgical wound licked, chewed,
   bleeding or opened, or its cone off, gets the wound card (cone back on, the clinic today, now
   if open or bleeding that won't stop), the clinic's before any plan. Stitches told with nothing
   wrong stay no flag.
3. SAFETY: "미용할때 물어요 발 만질때" (Kakao ko, idle, no profile) got "⚠️ a vet check comes before
   training" and a training plan in one reply. A card whose plan goes on (a bite or snap with no
   wound, a sudden change) no longer says the vet comes before training (its header and the vet
   referral line); the held ones (a senior's cognitive signs, thirst) keep saying it.

First run (at fbfbc9ba, before the fix): faults 1 and 2, 10 failed of 10. Fault 3's tests were
written after its fix (time), so they have no before figure.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import kakao_at, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

CHECKER = SafetyChecker(Messages())


def kinds(text: str) -> set[str]:
    return {f.kind.value for f in CHECKER.check(text).flags}


# -- 1. fast breathing with illness signs: the breathing card, now ----------------------------------

EMERGENCY_CARD = "🚨"
BREATHING_FAST = {
    "ko": (
        "방금 단비가 토를 하고 축 늘어져 있습니다 숨을 좀 빨리 쉽니다",  # 하십시오체 (the trial)
        "토하고 축 늘어져 있어요 숨을 빨리 쉬어요",  # 해요
        "애가 토하고 숨이 너무 가빠",  # 반말
        "누워서 쉬는데도 숨이 빨라요",
        "호흡이 빨라요 기운도 없어요",
    ),
    "en": (
        "she threw up and is lethargic and breathing fast",
        "he's breathing really fast and won't get up",
        "rapid breathing while lying down, she seems weak",
        "Bella vomited twice and her breathing is fast",
    ),
}
NOT_BREATHING = (
    "산책하고 오면 숨을 빨리 쉬어요",
    "뛰어놀고 나면 헐떡거려요",
    "he breathes fast after a run",
    "she pants when it's hot",
    "숨을 빨리 쉬지는 않아요",
)


def test_fast_breathing_is_the_breathing_flag_in_every_register() -> None:
    for lang, texts in BREATHING_FAST.items():
        for text in texts:
            check = CHECKER.check(text)
            assert "breathing" in kinds(text), (lang, text, kinds(text))
            assert check.emergency, text
    for text in NOT_BREATHING:
        assert "breathing" not in kinds(text), (text, kinds(text))


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_fast_breathing_at_the_behaviours_question_is_urgent_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 16401 if lang == "ko" else 16402
    await tg_at(tg, chat, lang, "concerns")
    before = len(tg.sent(chat))
    await tg.say(chat, BREATHING_FAST[lang][0])
    shown = "\n".join(tg.sent(chat)[before:])
    assert EMERGENCY_CARD in shown, shown
    assert Messages().format(lang, "safety-breathing") in shown, shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_fast_breathing_at_the_behaviours_question_is_urgent_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(BREATHING_FAST[lang][1])
    assert EMERGENCY_CARD in user.text, user.text


# -- 2. a surgical wound licked, bleeding or opened: the wound card -------------------------------

WOUND = {
    "ko": (
        "실밥 부위를 자꾸 핥으려고 합니다 피가 조금 났습니다",  # the trial
        "수술 부위가 벌어졌어요",
        "넥카라 벗겨놨더니 실밥을 물어뜯었어",
        "중성화 수술한 자리에서 피가 나요",
        "봉합한 데를 계속 핥아요",
    ),
    "en": (
        "she keeps licking her stitches and it bled a little",
        "the incision looks like it opened",
        "he got his cone off and chewed the sutures",
        "her spay incision is bleeding",
    ),
}
NOT_WOUND = (
    "어제 중성화 수술, 실밥 있습니다",
    "실밥 풀었어요 잘 아물었대요",
    "실밥 부위를 핥지는 않아요",
    "she had stitches removed last week, all healed",
    "the incision looks clean, no licking",
)
WOUND_CARD = {"ko": "safety-surgical_wound", "en": "safety-surgical_wound"}


def test_a_troubled_surgical_wound_is_its_flag() -> None:
    for lang, texts in WOUND.items():
        for text in texts:
            assert "surgical_wound" in kinds(text), (lang, text, kinds(text))
    for text in NOT_WOUND:
        assert "surgical_wound" not in kinds(text), (text, kinds(text))


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_licked_wound_at_the_behaviours_question_gets_its_card_on_telegram(
    tg: Harness, fake_ollama: object, lang: str
) -> None:
    chat = 16411 if lang == "ko" else 16412
    await tg_at(tg, chat, lang, "concerns")
    before = len(tg.sent(chat))
    await tg.say(chat, WOUND[lang][0])
    shown = "\n".join(tg.sent(chat)[before:])
    assert Messages().format(lang, WOUND_CARD[lang]) in shown, shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_licked_wound_gets_its_card_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(WOUND[lang][0])
    assert Messages().format(lang, WOUND_CARD[lang]) in user.text, user.text


# -- 3. a card that says "a vet before training" never beside a plan -------------------------------

HANDLING_BITE = {"ko": "미용할때 물어요 발 만질때", "en": "he bites when I touch his paws for grooming"}


def _said(lang: str, msg_id: str) -> str:
    return Messages().format(lang, msg_id)


def test_a_plan_keeping_card_does_not_say_vet_before_training() -> None:
    """The days-away header says a vet comes before training only over the held plans."""
    for lang, text in HANDLING_BITE.items():
        ids = CHECKER.check(text).message_ids()
        assert "safety-header-soon" not in ids, (lang, ids)
        assert "safety-header-soon-alongside" in ids, (lang, ids)
    senior = CHECKER.check("밤에 잠을 안 자고 집안을 계속 돌아다녀요", age_months=144).message_ids()
    assert "safety-header-soon" in senior, senior


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_handling_bite_gets_no_contradicting_card_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    await user.send(HANDLING_BITE[lang])
    assert _said(lang, "safety-bite_person") in user.text, user.text
    assert _said(lang, "safety-header-soon") not in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_handling_bite_gets_no_contradicting_card_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16421 if lang == "ko" else 16422
    await tg.say(chat, HANDLING_BITE[lang], language_code=lang)
    shown = "\n".join(tg.sent(chat))
    assert _said(lang, "safety-bite_person") in shown, shown
    assert _said(lang, "safety-header-soon") not in shown, shown
