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

7. MISFILED: "어제 중성화 수술, 실밥 있습니다" at the behaviours question (Telegram ko) was filed as a
   behaviour report and analysed: a surgery and its stitches are health told, kept as the health
   answer ahead, no model call.
8. MISFILED: "ok vet now" at the health question right after the rat-poison card (Kakao en) was
   stored as the health answer: the card acknowledged ("ok vet now", "네 지금 병원 가요" without a
   "?") is going to the vet, in every state.
9. MISFILED: "몰라 한 조각?" at the health question right after the chocolate card (Kakao ko) went to
   the coach model as a question: how much was eaten with a doubting "?" is the report's detail;
   asking whether it is bad ("한 조각도 위험한가요?") stays a question.

First run (at fbfbc9ba, before the fix): faults 1 and 2, 10 failed of 10. Fault 3's tests were
written after its fix (time), so they have no before figure; so were 7, 8 and 9's channel tests
(the pytest slot was busy), whose corpus rows were 9/16 (batch 754) and 8/11 (batch 755) before the fix.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import (
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
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


# -- 8. the card acknowledged at the health question is not the health answer -------------------

POISON = {"ko": "콩이가 방금 쥐약을 먹었어요", "en": "Rex just ate rat poison"}
GOING = {
    "ko": ("네 지금 병원 가요", "지금 병원 가요", "네 병원 갑니다"),
    "en": ("ok vet now", "ok going to the vet now", "vet now", "ok heading to the ER now"),
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, g) for lang, gs in GOING.items() for g in gs])
async def test_going_to_the_vet_after_the_card_is_no_health_answer_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(POISON[lang])
    assert "☎️" in user.text, user.text
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert "health" not in answers, (typed, answers, user.text)
    assert Messages().format(lang, "talk-to-vet") in user.text, (typed, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_going_to_the_vet_after_the_card_is_no_health_answer_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 16481 if lang == "ko" else 16482
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, POISON[lang])
    await tg.say(chat, GOING[lang][0])
    answers = await tg_answers(tg, chat)
    assert "health" not in answers, (answers, tg.sent(chat)[-3:])


def test_going_words_after_the_card() -> None:
    understander = Understander(Messages())
    for lang, texts in GOING.items():
        for text in texts:
            assert understander.aftercare(text) == "to_vet", (lang, text)
    # asking whether to go is no acknowledgement: its first aid again
    assert understander.aftercare("병원 가야 돼요?") == "asked"


# -- 9. how much was eaten, told right after the poison card: the report's detail -----------------

CHOCOLATE = {
    "ko": "아 근데 콩이가 아까 초콜릿 먹었어 동생이 준거 ㅠㅠ",
    "en": "oh and Rex ate some chocolate earlier",
}
AMOUNT = {
    "ko": ("몰라 한 조각?", "한 조각 정도요", "반 개쯤 먹은 것 같아요"),
    "en": ("dunno, one piece?", "maybe half a bar", "a couple of squares I think"),
}


@pytest.mark.parametrize(("lang", "typed"), [(lang, a) for lang, xs in AMOUNT.items() for a in xs])
async def test_the_amount_after_the_poison_card_is_its_detail_on_kakao(
    kakao: Server, fake_ollama: object, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(CHOCOLATE[lang])
    assert "☎️" in user.text, user.text
    await user.send(typed)
    # noted on the poisoning report (analysed again with it), never the coach model's question
    assert Messages().format(lang, "coach-answer-title") not in user.text, (typed, user.text)
    reports = await kakao_reports(kakao, user.key)
    assert any(typed in r for r in reports), (typed, reports)
    assert "health" not in await kakao_answers(kakao, user.key)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_amount_after_the_poison_card_is_its_detail_on_telegram(tg: Harness, lang: str) -> None:
    chat = 16491 if lang == "ko" else 16492
    await tg_at(tg, chat, lang, "health")
    await tg.say(chat, CHOCOLATE[lang])
    await tg.say(chat, AMOUNT[lang][0])
    reports = await tg_reports(tg, chat)
    assert any(AMOUNT[lang][0] in r for r in reports), reports


# -- 7. a surgery and its stitches at the behaviours question: a health fact ----------------------

STITCHES = {"ko": "어제 중성화 수술, 실밥 있습니다", "en": "spayed yesterday, has stitches"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_stitches_at_the_behaviours_question_are_health_on_telegram(
    tg: Harness, fake_ollama: object, lang: str
) -> None:
    chat = 16471 if lang == "ko" else 16472
    await tg_at(tg, chat, lang, "concerns")
    calls = len(fake_ollama.requests)  # type: ignore[attr-defined]
    await tg.say(chat, STITCHES[lang])
    assert len(fake_ollama.requests) == calls, tg.sent(chat)[-3:]  # type: ignore[attr-defined]
    assert not await tg_reports(tg, chat)
    answers = await tg_answers(tg, chat)
    assert STITCHES[lang] in str(answers.get("health")), answers


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_stitches_at_the_behaviours_question_are_health_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(STITCHES[lang])
    assert not await kakao_reports(kakao, user.key), user.text
    answers = await kakao_answers(kakao, user.key)
    assert STITCHES[lang] in str(answers.get("health")), answers
