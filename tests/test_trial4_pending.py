# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Korean acceptance trial 4 (issue 11, batch 70): messages around a report whose result is not
shown yet or was shown a moment ago. Each reproduced through a real channel (the terminal as a
subprocess, Telegram through the fake Bot API and the webhook, KakaoTalk over the skill's HTTP) in
both languages, the fake model's calls counted, then kept.

1. Terminal, a report analysed, survey questions open: "네 시작 하겠습니다" (consent), "딸 이 사다
   줬습니다" (where the dog came from), "별로 없습니다 거의 집에 있습니다" (hours alone), "하루 삼십분
   정도 걷습니다" (exercise) were each glued onto the report and analysed again: none is detail.
2. Telegram, after a mid-survey report's result: "거의 매일이요ㅠㅠ 애들 하원하고 나서요" at the other
   pets was re-asked and the detail dropped; Kakao, "일주일에 서너번이요" at how long owned was read
   as a span ("1개월 미만까지는 알아들었는데"): how often it happens is detail about that report.
4. Terminal, idle after a result: "해 봤는데 잘 안 됩니다" was glued onto the report ("해봤는데
   안됨" was feedback): 습니다 endings and spacing read as feedback on the advice.
5. Terminal, at a survey question: "오늘은 잘 지냈습니다" was analysed as a report, then "how
   often?": good news, no model call.
6. Telegram, how long owned: "두달이요ㅠㅠ 아니 세달 다 돼가요" got "5개월까지는 알아들었는데": a
   correction inside the answer takes the second value ("다 돼가요": about).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import REPORT_EN, REPORT_KO
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls
from tests.test_survey_answers_misread import asked, kakao_at, kakao_reports, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for  # noqa: F401
from tests.test_trial_k2_meaning import tgo  # noqa: F401  (fixture)

REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
SURVEY_TO_SIZE = {
    "ko": ["몽실이", "10살", "암컷 중성화 했습니다", "시 츄"],
    "en": ["Mongsil", "10", "female spayed", "Shih Tzu"],
}
# said at the size with the report still being analysed: none of them is detail about it
NOT_DETAIL = {
    "ko": ["딸 이 사다 줬습니다", "별로 없습니다 거의 집에 있습니다", "하루 삼십분 정도 걷습니다"],
    "en": ["my daughter bought her for us", "about 30 minutes a day"],
}
CONSENT = {"ko": "네 시작 하겠습니다", "en": "ok let's start"}
GOOD_DAY = {"ko": "오늘은 잘 지냈습니다", "en": "today was a good day"}
TRIED = {"ko": "해 봤는데 잘 안 됩니다", "en": "I tried it but it does not really work"}
QUIT = {"ko": "종료", "en": "quit"}
CANCEL = {"ko": "취소", "en": "cancel"}


def _glued(lang: str) -> list[str]:
    """The first words of the lines that say detail was added to a report."""
    return [
        t(lang, "analysis-detail-added", wait="@").split("@")[0][:14],
        t(lang, "analysis-followup-received", wait="@").split("@")[0][:14],
    ]


def test_survey_answers_and_small_talk_beside_a_pending_report_are_no_detail_on_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 3.0  # the report still being analysed while the survey goes on
    env = {"OLLAMA_HOST": fake_ollama.url}
    for lang in ("ko", "en"):
        before = _calls(fake_ollama)
        lines = [REPORT[lang], CONSENT[lang], *SURVEY_TO_SIZE[lang], *NOT_DETAIL[lang], GOOD_DAY[lang]]
        out = _chat(tmp_path, [*lines, QUIT[lang]], "--lang", lang, "--user", f"g4{lang}", env_extra=env)
        assert not any(glued in out for glued in _glued(lang)), out
        assert t(lang, "survey-q-size", name=SURVEY_TO_SIZE[lang][0]) in out, out
        assert _calls(fake_ollama) - before == 1, out  # the report alone, never analysed again


def test_tried_and_did_not_work_in_a_formal_ending_is_feedback_on_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    env = {"OLLAMA_HOST": fake_ollama.url}
    for lang in ("ko", "en"):
        before = _calls(fake_ollama)
        lines = [CANCEL[lang], REPORT[lang], TRIED[lang], QUIT[lang]]
        out = _chat(tmp_path, lines, "--lang", lang, "--user", f"f4{lang}", env_extra=env)
        assert not any(glued in out for glued in _glued(lang)), out
        # feedback on the advice, before its result came or after (the analysis runs beside)
        feedback = (t(lang, "talk-feedback", category="@").split("@")[0], t(lang, "talk-feedback-early")[:20])
        assert any(line in out for line in feedback), out
        assert _calls(fake_ollama) - before == 1, out


# -- 2. how often, after a mid-survey report's result ------------------------------------------------

OFTEN = {
    "ko": ("거의 매일이요ㅠㅠ 애들 하원하고 나서요", "일주일에 서너번이요"),
    "en": ("almost every day, after the kids get home", "3 or 4 times a week"),
}


async def _shown(said: object, lang: str) -> None:
    """Until the analysis title is on screen (`said` gives the text so far)."""
    await eventually(lambda: t(lang, "analysis-summary") in str(said()))  # type: ignore[operator]


async def test_how_often_after_a_mid_survey_result_is_detail_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((70201, "ko"), (70202, "en")):
        await tg_at(tgo, chat, lang, "other_pets")
        before = _calls(fake_ollama)
        await tgo.say(chat, REPORT[lang])
        await eventually(lambda b=before: _calls(fake_ollama) > b)
        await _shown(lambda c=chat: "\n".join(tgo.sent(c, ("message", "edit_text"))), lang)
        n = len(tgo.sent(chat))
        await tgo.say(chat, OFTEN[lang][0])
        await eventually(lambda b=before: _calls(fake_ollama) == b + 2)  # analysed again with it
        user = await tgo.user(chat)
        assert user is not None
        async with tgo.rt.store.session() as s:
            texts = [r.text for r in await s.list_reports(user.id)]
        assert len(texts) == 1 and OFTEN[lang][0] in texts[0], texts
        # the survey goes on: the question again, sent as the turn's replies are (not before the
        # model's call count moves; fresh-clone run: asserted at once, it raced the send)
        await eventually(
            lambda c=chat, k=n, lg=lang: any(asked(lg, "other_pets") in m for m in tgo.sent(c)[k:])
        )


async def test_how_often_at_how_long_owned_after_a_result_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        user = await kakao_at(kakao, lang, "owned_months")
        before = _calls(fake_ollama)
        await user.send(REPORT[lang])
        for _ in range(100):
            if t(lang, "analysis-summary") in user.text:
                break
            await asyncio.sleep(0.1)
            if user.quick("report:result") is not None:
                await user.tap("report:result")
        assert t(lang, "analysis-summary") in user.text, user.text
        await user.send(OFTEN[lang][1])
        partial = t(lang, "survey-unclear-number", value="@", rest="@").split("@")[1][:8]
        assert partial not in user.text.split(OFTEN[lang][1])[-1], user.text
        [text] = await kakao_reports(kakao, user.key)
        assert OFTEN[lang][1] in text, text
        for _ in range(50):
            if _calls(fake_ollama) == before + 2:
                break
            await asyncio.sleep(0.1)
        assert _calls(fake_ollama) == before + 2


# -- 6. a correction inside the answer -------------------------------------------------------------

CORRECTED = {"ko": "두달이요ㅠㅠ 아니 세달 다 돼가요", "en": "2 months, no, nearly 3 months"}


async def test_a_correction_inside_an_answer_takes_the_second_value_on_telegram(
    tgo: Harness, fake_ollama: FakeOllama
) -> None:
    before = _calls(fake_ollama)
    for chat, lang in ((70601, "ko"), (70602, "en")):
        await tg_at(tgo, chat, lang, "owned_months")
        await tgo.say(chat, CORRECTED[lang])
        answers = await tg_answers(tgo, chat)
        assert answers.get("owned_months") == 3, (answers, tgo.sent(chat)[-3:])
        assert asked(lang, "household") in tgo.last_text(chat)
    assert _calls(fake_ollama) == before
