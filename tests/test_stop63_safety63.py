# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 63 (helper safety63): a red flag told where an answer is expected keeps its safety reply.

At the survey's other-pets question "강아지 한마리 더 있는데 서로 싸워서 피가 났어요" ("we have
another dog, they fought and there was blood") was read only as the answer "Dog": no safety card,
no report. The check knew an attack told with blood (owner trial 17), not a fight between dogs;
nor a medicine picked up off the floor ("약을 주워먹었어요"), which English read ("pills"). Both
are words of `safety.ftl` now, and the sweep below runs every red flag of the brief through every
place an answer is expected (each survey question, with a report waiting too, a result's
follow-up question, a check-in and its note, the add-or-new offer, idle and first contact), alone
and after an answer, so that a rule reading a message as an answer cannot swallow one unseen.
Denials stay no flag. Found by the sweep: at the health question stop 62's body-sign rule (the
note and its card, no report) kept lethargy, a bloated belly and a limp after a fall as the note
only; those are sick or hurt now (`understanding-sick-now`), a report too. Corpus batches 682–683.

First run at 5d240a6e (main): 72 of 128 failed; see each test's comment.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.bot import router  # noqa: F401  (first: the flows it imports import one another)
from dogcoach.domain.channel import Channel
from dogcoach.domain.survey import QUESTIONS
from dogcoach.handlers.results.followup import ADD, NEW, NEW_NO, WHICH_CANCEL
from dogcoach.handlers.results.render import SKIP_FOLLOWUP
from dogcoach.services.i18n import Messages
from dogcoach.services.safety.check import checked
from dogcoach.services.understanding import Context, Kind, Option, Understander, Understanding
from dogcoach.services.understanding.survey import NOTE_BODY_SIGN
from tests.checkin_due import kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401
from tests.test_trial10_checkins import STEP, _answered, _telegram_plan
from tests.test_understanding_corpus import context_for

MESSAGES = Messages()

# The brief's red flags: a fight with blood or a wound, a bite that broke the skin (of a child, a
# person, a dog), poisoning, vomiting / not eating / lethargy, collapse or a seizure, limping after
# a fall, a bloated belly.
FLAGS = {
    "ko": (
        "강아지 한마리 더 있는데 서로 싸워서 피가 났어요",
        "다른 강아지랑 싸워서 상처가 났어요",
        "고양이랑 싸웠는데 피가 나요",
        "아이 손을 물어서 피가 났어요",
        "애기 얼굴을 물어서 피났어요",
        "남편 손을 물었는데 피가 났어요",
        "옆집 개를 물어서 피가 났어요",
        "초콜릿을 먹었어요",
        "방금 초콜릿 한판을 다 먹어버렸어요",
        "포도를 먹었어요",
        "자일리톨 껌을 먹었어요",
        "약을 주워먹었어요",
        "어제부터 계속 토하고 밥을 안 먹어요",
        "기운이 없고 축 처져 있어요",
        "갑자기 쓰러졌어요",
        "발작을 했어요",
        "떨어진 뒤로 다리를 절어요",
        "소파에서 떨어지고 나서 다리를 절뚝거려요",
        "배가 빵빵하게 부풀었어요",
    ),
    "en": (
        "we have another dog, they fought and there was blood",
        "he got in a fight with another dog and has a wound",
        "he and the cat fought and he's bleeding",
        "he bit my son's hand and it bled",
        "she bit my daughter's face, it was bleeding",
        "he bit my husband and broke the skin",
        "she bit the neighbour's dog and drew blood",
        "he ate chocolate",
        "he just ate a whole bar of chocolate",
        "she ate grapes",
        "he ate xylitol gum",
        "he got into my pills",
        "she keeps vomiting and won't eat",
        "he's lethargic and not himself",
        "she collapsed",
        "he had a seizure",
        "he's limping after a fall",
        "she jumped off the couch and now she's limping",
        "his belly is bloated and hard",
    ),
}
# An answer typed first, then the incident: the answer must not swallow it.
ANSWER_FIRST = {
    "ko": ("3명이요", "4시간이요", "없어요", "짖음이요", "으르렁거려요", "푸들이요", "2살이요", "네"),
    "en": ("3 of us", "about 4 hours", "none", "barking", "growls", "poodle", "2 years", "yes"),
}
THEN = {"ko": "근데 어제", "en": "but yesterday"}
# Every place an answer is expected: each survey question (also while a report waits), a result's
# follow-up question (also with adding a dog offered), a check-in and its note, the add-or-new
# offer, idle, a report waiting or just shown, first contact, the survey offered.
STATES = (
    *(f"survey:{q.key}" for q in QUESTIONS),
    *(f"survey:{q.key}+pending" for q in QUESTIONS),
    "followup:frequency",
    "followup:antecedent",
    "followup:consequence",
    "followup:frequency+newdog-offer",
    "checkin",
    "checkin:barking",
    "note",
    "note:barking",
    "newdog-offer",
    "add-or-new",
    "idle",
    "pending",
    "recent",
    "first",
    "idle+survey-offer",
)
DENIALS = {
    "ko": (
        "물었는데 피는 안 났어요",
        "싸웠는데 피는 안 났어요",
        "강아지 한마리 더 있는데 서로 싸워서 피는 안났어요",
        "둘이 가끔 싸워요",
        "초콜릿은 안 먹었어요",
        "토하진 않아요",
        "다리 절거나 그런 건 없어요",
    ),
    "en": (
        "he bit but no blood",
        "didn't eat any chocolate",
        "they fought but no blood",
        "they scuffle sometimes but no one gets hurt",
        "he fights the harness and gets a scratch",
        "no vomiting",
    ),
}


@pytest.fixture(scope="module")
def understander() -> Understander:
    return Understander(MESSAGES)


# A result's follow-up question with a message waiting for "add or new?" (`followup.context`).
ADD_OR_NEW = Context(
    context_for("followup:frequency").expect,
    (
        Option(ADD, "analysis-followup-add"),
        Option(NEW, "analysis-followup-new", words=(NEW_NO,)),
        Option(WHICH_CANCEL, "analysis-followup-which-cancel", numbered=False),
        Option(SKIP_FOLLOWUP, "analysis-followup-skip", numbered=False),
    ),
    topic="frequency",
)


def _context(state: str) -> Context:
    return ADD_OR_NEW if state == "add-or-new" else context_for(state)


def _kept(u: Understanding) -> bool:
    """A report, or an answer also kept as a report and screened (`safety`, `incident`, `split`);
    a sign of the body at the health question (`NOTE_BODY_SIGN`) is screened but no report."""
    if u.kind is Kind.REPORT:
        return True
    if u.reason == NOTE_BODY_SIGN:
        return False
    return u.kind in (Kind.ANSWER, Kind.CHOICE) and (u.safety or u.incident or bool(u.split))


def _cases() -> list[tuple[str, str]]:
    alone = [(lang, text) for lang, texts in FLAGS.items() for text in texts]
    after = [
        (lang, f"{answer} {THEN[lang]} {text}")
        for lang, texts in FLAGS.items()
        for answer in ANSWER_FIRST[lang]
        for text in texts[:4]
    ]
    return alone + after


# First run at 5d240a6e: 63 of 102 failed: no flag at all for a fight between dogs with blood or a
# wound (read as the answer "dog", a concern, a worst reaction, the health note, the follow-up's or
# the note's answer) or for "약을 주워먹었어요" (the name, breed, origin "shelter", health note);
# lethargy, a bloated belly, a limp after a fall at the health question: the note only, no report.
@pytest.mark.parametrize(("lang", "text"), _cases())
def test_a_red_flag_is_kept_wherever_an_answer_is_expected(
    understander: Understander, lang: str, text: str
) -> None:
    assert checked(MESSAGES, text), text
    missed = {}
    for state in STATES:
        u = understander.understand(text, _context(state))
        if not _kept(u):
            missed[state] = f"{u.kind.value} {u.picks or ''}{u.answer or ''} ({u.reason})"
    assert not missed, missed


# First run at 5d240a6e: passed (the guard).
@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in DENIALS.items() for text in texts]
)
def test_a_denial_stays_no_red_flag(lang: str, text: str) -> None:
    assert not checked(MESSAGES, text), text


# -- through the channels ---------------------------------------------------------------------

FIGHT = {
    "ko": "강아지 한마리 더 있는데 서로 싸워서 피가 났어요",
    "en": "we have another dog, they fought and there was blood",
}
DONE = {"ko": "완료", "en": "done"}


# A fight's wound is the bitten dog's note (trialA63's `safety-term-fight`, kept at the merge over this
# helper's first choice, the person-bite card: rinse, press and a vet today is the first aid a dog
# hurt in a fight needs).
FIGHT_CARD = "safety-dog_bitten"


def _card(lang: str, msg_id: str) -> str:
    return t(lang, msg_id).split(".")[0][:40]


# First run at 5d240a6e: 2 of 2 failed (no card, no report; "dog" ticked).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_fight_with_blood_at_the_other_pets_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(FIGHT[lang])
    assert _card(lang, FIGHT_CARD) in user.text, user.texts
    await asyncio.sleep(0.3)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [FIGHT[lang]], user.texts
    await user.send(DONE[lang])
    assert asked(lang, "alone_hours") in user.text, user.texts
    assert (await kakao_answers(kakao, user.key))["other_pets"] == ["dog"], user.texts


# First run at 5d240a6e: failed (no card, no report).
async def test_a_dog_fight_with_blood_at_the_other_pets_question_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((63301, "ko"), (63302, "en")):
        await tg_at(tg, chat, lang, "other_pets")
        await tg.say(chat, FIGHT[lang])
        assert any(_card(lang, FIGHT_CARD) in s for s in tg.sent(chat)[-4:]), tg.sent(chat)[-4:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [FIGHT[lang]], lang
        await tg.say(chat, DONE[lang])
        assert asked(lang, "alone_hours") in tg.last_text(chat), tg.last_text(chat)
        assert (await tg_answers(tg, chat))["other_pets"] == ["dog"], lang


PILLS = {
    "ko": "4시간이요 근데 어제 약을 주워먹었어요",
    "en": "about 4 hours but yesterday he got into my pills",
}


# First run at 5d240a6e: 2 of 3 failed (the Korean, on both channels: no card, the answer only).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_medicine_eaten_after_the_alone_hours_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(PILLS[lang])
    assert _card(lang, "safety-toxin") in user.text, user.texts
    await asyncio.sleep(0.3)
    assert await _kakao_reports(kakao, user.key), user.texts
    # stop 63 (emerg63): the answer told before it is kept, the next question (was: this again)
    assert asked(lang, "exercise_minutes") in user.text, user.texts


# A poisoning is an emergency; told beside a clear answer, the answer is stored too (stop 63,
# emerg63: the lead's decision reversing stop 44's "the question again": nothing sent is dropped).
async def test_the_answer_before_an_emergency_is_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "en", "alone_hours")
    await user.send(PILLS["en"])
    assert (await kakao_answers(kakao, user.key)).get("alone_hours") == 4, user.texts


async def test_medicine_eaten_after_the_alone_hours_answer_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((63311, "ko"), (63312, "en")):
        await tg_at(tg, chat, lang, "alone_hours")
        await tg.say(chat, PILLS[lang])
        assert any(_card(lang, "safety-toxin") in s for s in tg.sent(chat)[-4:]), tg.sent(chat)[-4:]
        assert await _tg_reports(tg, chat), lang
        # stop 63 (emerg63): the answer told before it is kept, the next question (was: this again)
        assert asked(lang, "exercise_minutes") in tg.last_text(chat), tg.last_text(chat)


# First run at 5d240a6e: passed (the guard): no wound card (English reads the fight as a narrated
# report, as before; Korean ticks "dog").
@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ko", "강아지 한마리 더 있는데 서로 싸워서 피는 안났어요"),
        ("en", "we have another dog, they fought but no blood"),
    ],
)
async def test_a_dog_fight_without_blood_at_the_other_pets_question_is_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "other_pets")
    await user.send(typed)
    assert _card(lang, "safety-bite_injury") not in user.text, user.texts
    assert t(lang, "safety-dog_bitten").split(".")[0][:40] not in user.text, user.texts


# -- at a check-in ------------------------------------------------------------------------------

CHECKIN = {
    "ko": "좀 나아졌어요 근데 어제 다른 강아지랑 싸워서 피가 났어요",
    "en": "a bit better but yesterday the dogs fought and there was blood",
}


# First run at 5d240a6e: 2 of 2 failed (the outcome only: no card, no report).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_fight_with_blood_told_at_a_checkin_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        before = len(await _kakao_reports(srv, owner.key))
        await owner.send(CHECKIN[lang])
        assert _card(lang, FIGHT_CARD) in owner.text, owner.texts
        await asyncio.sleep(0.3)
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert [o for o, _words in _answered(rows)] == ["better"], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == before + 1, owner.texts


# First run at 5d240a6e: 2 of 2 failed (the outcome only: no card, no report).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_fight_with_blood_told_at_a_checkin_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 63320 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        before = len(await _tg_reports(tg, chat))
        shown = len(tg.sent(chat))
        await tg.say(chat, CHECKIN[lang], language_code=lang)
        await asyncio.sleep(0.5)
        said = tg.sent(chat)[shown:]
        assert any(_card(lang, FIGHT_CARD) in s for s in said), said
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [o for o, _words in _answered(rows)] == ["better"], tg.sent(chat)[-3:]
        assert len(await _tg_reports(tg, chat)) == before + 1, tg.sent(chat)[-3:]
