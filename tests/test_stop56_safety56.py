# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56 (helper safety56): faults of the stop 56 verification trial, each reproduced through a
real channel (Kakao skill webhook, Telegram over the fake Bot API, the terminal's `ConsoleChat`),
Korean and English, what was stored and what the model was asked read back. Corpus batches 535–538.

1. (safety) The survey's worst-reaction option label typed as text after the survey ("물었음 (상처
   있음)", "Bite with injury", its short form "Bite, injury"): a report sent to the model with no
   bite card (and a plan, a check-in, a "how often?"), while "물었어요 상처났어요" got the card. The
   safety check reads the labels' words (`safety-term-injury`: "상처있", "injury"), and a bare
   option label with no question of its own open is no narrated incident: the safety card (the
   profile's worst reaction raised with it), one time it happened asked for, nothing stored, no model.
2. At the strongest-reaction question, "he growled at a kid once" ("아이한테 한번 으르렁거렸어요"):
   the child card, the answer kept, and a report for the model (a plan, a check-in, "how often?")
   about a one-off past event. The helper made one time told undated the answer and the card, no
   report; the lead reverted it before the stop (the full run: a nip that bled and a child bitten,
   told at the question, went unreported, which stops 49 and 53 pin). Left; dated it is a report.
3. Terminal and Kakao: after a chocolate report whose result was shown, the language switched to
   English, "what should i do now" repeated the first aid in Korean (the report's language). The
   help-now reply is in the language the owner asks in.
4. With a plan: "i dont want to do the doorbell thing, can you give me something else" ("I'm not
   sure what you mean"): asking for another step is a question for the coach.
5. "너 뭐하는 애야" (the bot asked in 반말) and "haha he's such a goof" (fond laughter about the dog):
   "I'm not sure what you mean". Now the bot's own answer, and small talk.

First run at bb5781ea (main): see each test's comment.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.config import Settings
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop53_loop53 import Printed, in_terminal
from tests.test_streaming_channels import terminal_settings
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401

__all__ = ["terminal_settings"]

# -- 1. the worst reaction's option label typed after the survey ---------------------------------

LABELS = [
    ("ko", "물었음 (상처 있음)"),
    ("ko", "물었음(상처있음)"),
    ("en", "Bite with injury"),
    ("en", "Bite, injury"),
]
BITE_CARD = "safety-bite_injury"


def _card(lang: str, msg_id: str) -> str:
    return t(lang, msg_id).split(".")[0][:40]


# First run at bb5781ea: 4 of 4 failed (a report for the model, no card; "물었음(상처있음)" no card).
@pytest.mark.parametrize(("lang", "typed"), LABELS)
async def test_the_bite_label_typed_after_the_survey_gets_the_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert _card(lang, BITE_CARD) in user.text, user.texts
    # one time it happened asked for, the reaction named as the survey names it (not "mouthing")
    named = t(lang, "survey-opt-worst_reaction-bite_injury")
    assert t(lang, "label-ask-incident", category=named) in user.text, user.texts
    await asyncio.sleep(0.3)
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0, user.texts
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "bite_injury"


# First run at bb5781ea: failed (the Korean label a report for the model, no card).
async def test_the_bite_label_typed_after_the_survey_gets_the_card_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed) in enumerate(LABELS, 56901):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert any(_card(lang, BITE_CARD) in s for s in tg.sent(chat)[-3:]), tg.sent(chat)[-3:]
        assert await _tg_reports(tg, chat) == [], typed
        assert (await tg_answers(tg, chat))["worst_reaction"] == "bite_injury", typed
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0


# First run at bb5781ea: 2 of 2 failed (at the age: the question again, no card).
@pytest.mark.parametrize(("lang", "typed"), [LABELS[0], LABELS[2]])
async def test_the_bite_label_at_another_survey_question_gets_the_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "alone_hours")
    await user.send(typed)
    assert _card(lang, BITE_CARD) in user.text, user.texts
    assert asked(lang, "alone_hours") in user.text, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0, user.texts


# Found while reproducing 1 (first run at bb5781ea: 2 of 2 failed): the English labels typed at
# their own question: "Bite, no injury" was stored as bite WITH injury ("no" read as taking "Bite"
# back), "Bite, no harm" (its `.short`, a Kakao button's) asked to be completed.
@pytest.mark.parametrize("typed", ["Bite, no injury", "Bite, no harm"])
async def test_the_no_injury_label_at_its_question_is_a_bite_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await kakao_at(kakao, "en", "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite", user.texts


# Neighbour: a bite with a wound told in words is still a report with its card.
@pytest.mark.parametrize(
    ("lang", "typed"),
    [("ko", "콩이가 제 손을 물었어요 상처났어요"), ("en", "rex bit my hand, broke the skin")],
)
async def test_a_bite_told_in_words_is_still_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert _card(lang, BITE_CARD) in user.text, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]


# -- 2. one time at a child, undated, at the strongest-reaction question --------------------------


# Dated, it happened now: the answer and a report (as it was before, and stays).
async def test_a_growl_at_a_child_yesterday_is_also_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await kakao_at(kakao, "en", "worst_reaction")
    await user.send("he growled at a kid yesterday")
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "growl"
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == ["he growled at a kid yesterday"]


# -- 3. "what should i do now" after the language changed ----------------------------------------

CHOCOLATE = "콩이가 초콜릿을 먹었어요 방금 발견했어요"


# First run at bb5781ea: failed (the first aid in Korean).
async def test_help_now_after_switching_language_is_in_the_new_language_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    user = await _result_shown(kakao, fake_ollama, "ko", CHOCOLATE)
    await user.send("/language en")
    await user.send("what should i do now")
    assert _card("en", "safety-toxin") in user.text, user.texts
    assert _card("ko", "safety-toxin") not in user.text, user.texts


# First run at bb5781ea: failed (the first aid in Korean).
async def test_help_now_after_switching_language_is_in_the_new_language_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 56921
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, CHOCOLATE)
    assert any(_card("ko", "safety-toxin") in s for s in tg.sent(chat)), tg.sent(chat)[-3:]
    await tg.say(chat, "/language en")
    await tg.say(chat, "what should i do now")
    shown = "\n".join(tg.sent(chat)[-2:])
    assert _card("en", "safety-toxin") in shown, shown
    assert _card("ko", "safety-toxin") not in shown, shown


# First run at bb5781ea: failed (the first aid in Korean).
async def test_help_now_after_switching_language_is_in_the_new_language_in_the_terminal(
    terminal_settings: Settings, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis("ko")
    steps: list[str | Printed] = [
        "콩이", "3살", "여아 중성화", "푸들", "소형", "보호소", "2년", "2명", "아니요", "없어요", "4시간",
        "1시간", "지금은 없음", "없음", "건너뛰기", "맞아요",
        CHOCOLATE, Printed(t("ko", "console-analysis-done")), "/language en", "what should i do now",
    ]  # fmt: skip
    shown = await in_terminal(terminal_settings, "ko", steps)
    tail = "\n".join(shown[-8:])
    assert _card("en", "safety-toxin") in tail, shown[-8:]
    assert _card("ko", "safety-toxin") not in tail, shown[-8:]


# -- 4. another step asked for, with a plan --------------------------------------------------------

ANOTHER = [
    ("en", "i dont want to do the doorbell thing, can you give me something else"),
    ("en", "i'd rather not do the doorbell thing, any other ideas"),
    ("ko", "초인종 연습 하기 싫은데 다른거 주세요"),
]


# First run at bb5781ea: 3 of 3 failed ("I'm not sure what you mean"; the Korean "무슨 뜻인지").
@pytest.mark.parametrize(("lang", "typed"), ANOTHER)
async def test_another_step_asked_for_goes_to_the_coach_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    report = (
        "콩이가 초인종 울리면 현관에서 계속 짖어요"
        if lang == "ko"
        else "rex barks at the door every time the bell rings"
    )
    user = await _result_shown(kakao, fake_ollama, lang, report)
    await user.send("건너뛰기" if lang == "ko" else "skip")
    before = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, "noise-hint") not in user.text, user.texts
    await eventually(lambda: _model_calls(fake_ollama) > before)
    stored = await _kakao_reports(kakao, user.key)
    assert [(r.kind, r.text) for r in stored] == [("report", report), ("question", typed)], stored


# -- 5. the bot asked in 반말; fond laughter about the dog ------------------------------------------

ASIDES = [
    ("ko", "너 뭐하는 애야"),
    ("ko", "넌 뭐야"),
    ("en", "haha he's such a goof"),
    ("en", "lol hes such a dork"),
]


# First run at bb5781ea: 4 of 4 failed ("무슨 뜻인지 잘 모르겠어요", "I'm not sure what you mean").
@pytest.mark.parametrize(("lang", "typed"), ASIDES)
async def test_the_bot_asked_and_fond_laughter_are_understood_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "noise-hint") not in user.text, user.texts
    assert await _kakao_reports(kakao, user.key) == [], user.texts
    assert _model_calls(fake_ollama) == 0, user.texts


async def test_the_bot_asked_and_fond_laughter_are_understood_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, (lang, typed) in enumerate(ASIDES, 56931):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert t(lang, "noise-hint") not in tg.last_text(chat), tg.sent(chat)[-2:]
        assert await _tg_reports(tg, chat) == [], typed
    assert _model_calls(fake_ollama) == 0
