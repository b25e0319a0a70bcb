# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53 (lead): faults found by reading what the corpus could not see, reproduced through a real
channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.

1. A question opened with a word that turns to it ("근데 견종이 행동에 영향이 있나요" at the breed,
   "quick question, how long should walks be?" at the breed, "그런데 진돗개는 … 싫어합니까?" at the
   other pets) was cut into an answer and a question: the breed stored as "근데" or "quick", a dog
   ticked among the other pets. The corpus row said `question`, which it was; what it carried as
   the survey's answer (`Understanding.answered`) no row could say until this stop's `&answered`.
   A message that opens with a turn to a question carries no answer before it.
2. (held-out 9) A command's own words as the first clause, why after it ("add another dog pls, we
   adopted a second one", "보리는 이제 목록에서 빼주세요 친정에 보냈어요", "can i download my records
   as a file? want to send it to our trainer", "can u switch to korean, my mom is going to use it"):
   a correction to 2, noise, questions for the coach model. Now the command.
3. (held-out 9) The coach's advice quoted back with a question ("아까 '무시하라'고 하셨잖아요 근데
   무시하면 더 짖는데 계속 무시해요?"): filed as a report and analysed; now a question.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_commands_asked import answered_as_the_word_on_kakao, answered_as_the_word_on_telegram
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_report_followup import missing
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, harness, settings_for, tg  # noqa: F401

# -- 1. a question opened with a turn word carries no answer -------------------------------------

OPENED = [
    ("ko", "breed", "근데 견종이 행동에 영향이 있나요"),
    ("en", "breed", "quick question, how long should walks be?"),
    ("ko", "other_pets", "그런데 진돗개는 원래 주인 말고 다른 사람을 싫어합니까?"),
    ("en", "breed", "btw, is it normal for them to chew this much?"),
]


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED)
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert key not in await kakao_answers(kakao, user.key), user.text
    assert asked(lang, key) in user.text, user.text


@pytest.mark.parametrize(("lang", "key", "typed"), OPENED[:2])
async def test_a_question_opened_with_a_turn_word_stores_no_answer_on_telegram(
    tg: Harness, lang: str, key: str, typed: str
) -> None:
    chat = 53001 + ("ko", "en").index(lang)
    await tg_at(tg, chat, lang, key)
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert key not in await tg_answers(tg, chat), tg.sent(chat)[-3:]


# -- 2. (held-out 9) a command's words, then why -------------------------------------------------

WHY_AFTER = {
    "en": (
        ("add another dog pls, we adopted a second one", "add a dog"),
        ("can i download my records as a file? want to send it to our trainer", "download my records"),
        ("can u switch to korean, my mom is going to use it", "switch to korean"),
        ("remove bori from the list, she lives with my parents now", "remove bori"),
        # the verification trial: no mark after the command's words
        ("turn off tips theyre too frequent", "tips off"),
        ("remove luna shes going back to the breeder", "remove luna"),
    ),
    "ko": (
        ("보리는 이제 목록에서 빼주세요 친정에 보냈어요", "보리 삭제해주세요"),
        ("강아지 추가해주세요 둘째 입양했어요", "강아지 추가"),
        ("기록 보여주세요 병원에 가져가려고요", "기록"),
        ("팁 끄기 너무 자주와서요", "팁 끄기"),
    ),
}


async def test_a_command_with_why_after_it_is_the_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Held-out 9: "add another dog pls, we adopted a second one" was a correction (the "second"
    read as 2), "보리는 이제 목록에서 빼주세요 친정에 보냈어요" noise, "can i download my records as a
    file? …" and "can u switch to korean, …" questions for the coach model. Each now gives what
    the command's own words give, nothing stored as a report, no model call."""
    await answered_as_the_word_on_kakao(kakao, WHY_AFTER)
    assert _model_calls(fake_ollama) == 0


async def test_a_command_with_why_after_it_is_the_command_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    await answered_as_the_word_on_telegram(tg, WHY_AFTER, 53101)
    assert _model_calls(fake_ollama) == 0


# -- 3. (held-out 9) the coach's advice quoted back with a question ------------------------------

QUOTED = {
    "ko": "아까 '무시하라'고 하셨잖아요 근데 무시하면 더 짖는데 계속 무시해요?",
    "en": 'you said "turn your back when he jumps" but that just makes him jump higher?? what do i do',
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_advice_quoted_back_with_a_question_is_no_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Held-out 9: filed as a report and analysed; it asks about the advice: kept as a question
    for the coach, no incident filed."""
    user = await kakao_owner(kakao, lang)
    await user.send(QUOTED[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [r.kind for r in rows] == ["question"], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_advice_quoted_back_with_a_question_is_no_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 53201 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, QUOTED[lang])
    await tg.hook.idle(TURN_BOUND)
    rows = await _tg_reports(tg, chat)
    assert [r.kind for r in rows] == ["question"], tg.sent(chat)[-3:]


# -- 4. (held-out 9) "how would I know" at a result's question -----------------------------------

ASKED_BACK = {"ko": "그걸 제가 어떻게 알아요ㅋㅋ 집에 없었는데", "en": "how would i know, i wasnt home"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_would_i_know_at_what_happened_before_skips_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Held-out 9: a question for the coach model (stored as a question, answered by the
    model). It is "don't know": the question skipped, nothing stored, no model call."""
    fake_ollama.behaviour.analysis = missing("antecedent")
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-antecedent") in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(ASKED_BACK[lang])
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [BARK[lang]], (rows, user.text)


# -- 5. (held-out 9) a retraction right after a report -------------------------------------------

RETRACTED = {"ko": "아 방금거 잘못 보냈어요 무시해주세요", "en": "ignore my last message, wrong chat"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_retraction_while_the_report_waits_is_not_added_to_it_on_kakao(
    kakao: Server, lang: str
) -> None:
    """Held-out 9: "아 방금거 잘못 보냈어요 무시해주세요" was added to the waiting report as its
    detail and the report analysed again with it. It is taken back: the report as sent, the
    retract line."""
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await user.send(RETRACTED[lang])
    assert t(lang, "talk-retract")[:20] in user.text, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert [r.text for r in rows] == [BARK[lang]], rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_retraction_while_the_report_waits_is_not_added_to_it_on_telegram(
    tg: Harness, lang: str
) -> None:
    chat = 53301 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, BARK[lang])
    await tg.say(chat, RETRACTED[lang])
    await tg.hook.idle(TURN_BOUND)
    rows = await _tg_reports(tg, chat)
    assert [r.text for r in rows] == [BARK[lang]], tg.sent(chat)[-3:]


# -- 6. (held-out 9) asides at a survey question, the edit list and a check-in ---------------------

ASIDES = [
    ("ko", "household", "왜 이런거 물어봐요?", "survey-why-household"),
    ("ko", "alone_hours", "잠깐만요 이따 답할게요", "talk-wait"),
    ("en", "alone_hours", "wait ill answer later", "talk-wait"),
]


@pytest.mark.parametrize(("lang", "key", "typed", "reply"), ASIDES)
async def test_an_aside_at_a_survey_question_gets_its_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, reply: str
) -> None:
    """Held-out 9: "왜 이런거 물어봐요?" was a question for the coach model; "잠깐만요 이따
    답할게요" was "please pick one"/not understood. Each gets its own line, no model call, and the
    question stays open."""
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert t(lang, reply)[:15] in user.text, user.text
    assert _model_calls(fake_ollama) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_leave_it_at_the_edit_list_closes_it_on_kakao(kakao: Server, lang: str) -> None:
    """Held-out 9: "됐어요 그냥 둘게요" at the list of answers to edit was "pick one of these"."""
    user = await kakao_owner(kakao, lang)
    await user.send({"ko": "답 고치기", "en": "edit an answer"}[lang])
    listed = user.text
    await user.send({"ko": "됐어요 그냥 둘게요", "en": "never mind, leave it as is"}[lang])
    assert user.text != listed, user.text
    assert t(lang, "survey-edit-which") in listed, listed
    assert t(lang, "survey-edit-which") not in user.text, user.text


# -- 7. (held-out 9) a greeting or praise that opens a message -----------------------------------

LED = [
    ("ko", "잘자 콩이도 잘자래", "talk-bye"),
    ("en", "good morning! max says hi", "talk-greeting"),
    ("en", "honestly this bot is great, told my sister to use it too", "talk-fond"),
]


@pytest.mark.parametrize(("lang", "typed", "reply"), LED)
async def test_a_greeting_that_opens_a_message_is_answered_on_kakao(
    kakao: Server, lang: str, typed: str, reply: str
) -> None:
    """Held-out 9: each got "I'm not sure what you mean"."""
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "noise-hint") not in user.text, user.text
    assert t(lang, reply)[:12] in user.text, user.text


@pytest.mark.parametrize(("lang", "typed", "reply"), LED[:2])
async def test_a_greeting_that_opens_a_message_is_answered_on_telegram(
    tg: Harness, lang: str, typed: str, reply: str
) -> None:
    chat = 53401 + [r[1] for r in LED].index(typed)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, typed)
    await tg.hook.idle(TURN_BOUND)
    assert t(lang, reply)[:12] in tg.last_text(chat), tg.last_text(chat)


# -- 8. (held-out 9) where the answer is, asked while the report waits ---------------------------

WHERE = {"ko": "답이 왜 안와요 ㅠ", "en": "why no answer yet??"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_where_the_answer_is_asked_while_it_waits_is_its_status_on_kakao(
    kakao: Server, lang: str
) -> None:
    """Held-out 9: "답이 왜 안와요" while the report waited (no model reachable here) was a
    why-question stored for the coach model ("안와요" read as a dog not coming when called). It is
    the result's status, as "아직이에요?" is: nothing more stored."""
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await user.send(WHERE[lang])
    rows = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.kind) for r in rows] == [(BARK[lang], "report")], user.text


# -- 9. (held-out 9) a result's question not understood, said with its own words ----------------

CONFUSED = {"ko": "얼마나 자주라는게 무슨 말이에요?", "en": "what do you mean how often"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_often_not_understood_is_explained_again_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Held-out 9: "what do you mean how often" at "how often?" was a question for the coach
    model. The question is explained in other words, no model call, nothing stored."""
    user = await _result_shown(kakao, fake_ollama, lang, BARK[lang])
    assert t(lang, "analysis-followup-frequency")[:15] in user.text, user.text
    calls = _model_calls(fake_ollama)
    await user.send(CONFUSED[lang])
    assert t(lang, "analysis-followup-explain-frequency")[:20] in user.text, user.text
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]


# -- 10. verification trial: asides while the report waits; a child's age written beside it --------

ASIDES_WAITING = {
    "en": ("switch to korean my wife reads it", "ignore that last message", "we moved to canada last month"),
    "ko": ("아까 말한거 무시해주세요", "캐나다로 이사왔어요"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_asides_while_the_report_waits_are_not_its_detail_on_kakao(kakao: Server, lang: str) -> None:
    """Stop 53's verification trial (terminal, Ollama down): each was added to the waiting report
    as its detail ("switch to korean…" in the report's text) and would be analysed again with it.
    Each is what it is with nothing open; the report stays as sent."""
    for typed in ASIDES_WAITING[lang]:
        user = await kakao_owner(kakao, lang)
        await user.send(BARK[lang])
        await user.send(typed)
        rows = await _kakao_reports(kakao, user.key)
        assert [r.text for r in rows] == [BARK[lang]], (typed, user.text)


CHILD_AGED = "아 그리고 어제 조카(6살)가 초코 만지다가 초코가 손 물었어요 이빨자국 났어요"


async def test_a_childs_age_in_brackets_still_shows_the_child_card_on_kakao(kakao: Server) -> None:
    """Stop 53's verification trial: "조카(6살)가 … 손 물었어요" (the age in brackets, the hand with
    no particle) got no card at all."""
    user = await kakao_owner(kakao, "ko")
    await user.send(CHILD_AGED)
    assert t("ko", "safety-child_bitten")[:20] in "\n".join(user.texts), user.texts


async def test_a_childs_age_in_brackets_still_shows_the_child_card_on_telegram(tg: Harness) -> None:
    chat = 53501
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, CHILD_AGED)
    await tg.hook.idle(TURN_BOUND)
    assert any(t("ko", "safety-child_bitten")[:20] in m for m in tg.sent(chat)), tg.sent(chat)[-3:]


@pytest.mark.parametrize(
    ("typed", "child"),
    [
        ("아 그리고 어제 조카(6살)가 초코 만지다가 초코가 손 물었어요 이빨자국 났어요", True),
        ("아들(5살)이 초코한테 손 물렸어요", True),
        ("딸 7살이 초코한테 물렸어요", True),
        ("조카가 만지다가 초코가 손 물었어요", True),
        ("콩이 15살이 갑자기 물었어요", False),  # the dog's own age, no child
        ("콩이가 남편 손 물었어요 피나요", False),  # an adult's hand: the bite card, not the child's
    ],
)
def test_a_childs_age_beside_the_word_and_a_bare_hand_are_read(typed: str, child: bool) -> None:
    """The checker behind the cards: the age in brackets or after the word, and the hand with no
    particle, read as written without them (stop 53's verification trial)."""
    flags = {f.kind.value for f in SafetyChecker(Messages()).check(typed).alarm.flags}
    assert ("child_bitten" in flags) is child, flags


# -- 11. verification trial: how long something has gone on is no age ----------------------------

SPAN = (
    "so update: we've been doing the mat thing for 3 weeks now and he's way calmer",
    "we've been doing the mat thing for 3 weeks now, she's calmer",
)


@pytest.mark.parametrize("pending", [True, False])
async def test_how_long_a_step_has_gone_on_is_no_age_on_kakao(kakao: Server, pending: bool) -> None:
    """Stop 53's verification trial: with a report waiting, "…for 3 weeks now…" said "Updated
    Cooper's profile — Age: 3 weeks"; with nothing open it read as a correction of the age."""
    user = await kakao_owner(kakao, "en")
    before = (await kakao_answers(kakao, user.key))["age_months"]
    if pending:
        await user.send(BARK["en"])
    await user.send(SPAN[0] if pending else SPAN[1])
    assert (await kakao_answers(kakao, user.key))["age_months"] == before, user.text
