# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 53, helper glue53: held-out batch 8's "week two" misses (a plan step's progress and the
small turns around it), reproduced through a real channel (Kakao skill webhook, Telegram over the
fake Bot API), Korean and English, what was stored and said read back (corpus batches 450, 451).

1. A plan step told as tried, at length, with what the dog did ("매트훈련 해봤는데 매트에
   안올라가요ㅠ 간식만 먹고 도망감") was a new report sent to the model, with a plan being tried;
   "해봤는데 별로", "tried the mat thing, he just ignored it" were the noise hint; "tried the
   leave-and-come-back-in-5-min thing, didnt really change anything" the so-so outcome. Now the
   plan's feedback (`understanding-step-failed` beside the trying: `talk-feedback`, kept as a
   check-in "same" with the words as its note, no model call); with no plan being tried, what the
   dog did told is a report as before (`STEP_TRIED_TOLD`, router).
2. "the treat scatter thing actually works, he calmed down way faster" (11 words) was the noise
   hint: the step worked (`understanding-step-named` + `-step-worked`), kept as "better".
3. "내일 병원 예약했어요 한번 보고 올게요", "booked a vet appointment for tomorrow" were the noise
   hint: the vet first (`to_vet`, `understanding-talk-vet-booked`).
4. "빨리요ㅠㅠ", "hurry up pls" while a report waited were the noise hint: `talk-impatient` (new,
   ko and en), the analysis is coming.
5. "음 잘 모르겠네요", "ㅋㅋ 몰라요" right after a result were the noise hint or laughter: nothing to
   add (`dismiss`, `understanding-unsure-alone`).
6. "그게 무슨 말이에요?", "what do you mean by that?" at a result's follow-up question were
   questions for the coach model: the question explained in other words
   (`analysis-followup-explain-*`, `understanding-talk-confused-pointed`), no model call.
7. "음 반반?", "hmm half and half i guess" at a check-in: already the mixed reading (stored as
   "same" with its words, `coaching-checkin-read-mixed`); pinned here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_answered, tg_answered, tg_settings, tg_surveyed
from tests.test_after_result import REPORT as FOLLOWED
from tests.test_after_result import until_followup
from tests.test_checkins import analysis
from tests.test_checkins_channels import FAST, push_checkin, t, wait_for_rows
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, settings_for, tg  # noqa: F401
from tests.test_trial10_checkins import REPORT, STEP, _kakao_pushed, _telegram_plan

# -- 1. and 2. a plan step told as tried: feedback, or that it worked ------------------------------

# (lang, typed, the check-in outcome kept, the reply's id)
STEP_TOLD = [
    ("ko", "매트훈련 해봤는데 매트에 안올라가요ㅠ 간식만 먹고 도망감", "same", "talk-feedback"),
    ("ko", "해봤는데 별로", "same", "talk-feedback"),
    (
        "en",
        "tried the leave-and-come-back-in-5-min thing, didnt really change anything",
        "same",
        "talk-feedback",
    ),
    ("en", "tried the mat thing, he just ignored it", "same", "talk-feedback"),
    ("en", "the treat scatter thing actually works, he calmed down way faster", "better", "talk-worked"),
    ("ko", "알려주신 노즈워크 진짜 효과있네요 훨씬 빨리 진정해요", "better", "talk-worked"),
]


def _said(lang: str, reply: str, text: str) -> bool:
    head = t(lang, reply, category="X").split("X")[0]
    return head in text


@asynccontextmanager
async def _kakao_plan(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[Server, KakaoUser]]:
    """A Kakao owner's report analysed, its plan stored, the follow-up question closed."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(
            srv.app.state.runtime.store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1
        )
        await owner.send("/help")
        yield srv, owner


@pytest.mark.parametrize(("lang", "text", "outcome", "reply"), STEP_TOLD)
async def test_a_step_told_as_tried_is_kept_against_the_plan_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str, reply: str
) -> None:
    async with _kakao_plan(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert _said(lang, reply, owner.text), owner.text
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, owner.text
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang]]
        answered = await kakao_answered(srv, owner.key)
        assert answered == [(outcome, text)], answered


@pytest.mark.parametrize(("lang", "text", "outcome", "reply"), [STEP_TOLD[0], STEP_TOLD[2], STEP_TOLD[4]])
async def test_a_step_told_as_tried_is_kept_against_the_plan_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
    reply: str,
) -> None:
    chat = 53001 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, "/help", language_code=lang)
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        await tg.say(chat, text, language_code=lang)
        await tg.hook.idle(TURN_BOUND)
        shown = "\n".join(tg.sent(chat)[before:])
        assert _said(lang, reply, shown), shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, shown
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]]
        answered = await tg_answered(tg, chat)
        assert answered == [(outcome, text)], answered


TOLD_NO_PLAN = {
    "ko": "매트훈련 해봤는데 매트에 안올라가요ㅠ 간식만 먹고 도망감",
    "en": "tried the mat thing, he just ran off with the treats and hid under the bed",
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_with_no_plan_what_the_dog_did_is_still_a_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(TOLD_NO_PLAN[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [TOLD_NO_PLAN[lang]], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_with_no_plan_what_the_dog_did_is_still_a_report_on_telegram(tg: Harness, lang: str) -> None:
    chat = 53011 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    await tg.say(chat, TOLD_NO_PLAN[lang])
    await tg.hook.idle(TURN_BOUND)
    assert [r.text for r in await _tg_reports(tg, chat)] == [TOLD_NO_PLAN[lang]], tg.sent(chat)[-3:]


# -- 3. a vet visit booked ------------------------------------------------------------------------

VET_BOOKED = {
    "ko": ("내일 병원 예약했어요 한번 보고 올게요", "예약했어요 다음주 수요일"),
    "en": ("booked a vet appointment for tomorrow, will let you know", "vet appt booked for friday"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_vet_visit_booked_is_the_vet_first_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    for typed in VET_BOOKED[lang]:
        await user.send(typed)
        assert user.texts[0] == t(lang, "talk-to-vet"), (typed, user.texts)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 0
    assert await _kakao_reports(kakao, user.key) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_vet_visit_booked_is_the_vet_first_on_telegram(tg: Harness, lang: str) -> None:
    chat = 53021 + ("ko", "en").index(lang)
    await tg_owner(tg, chat, lang)
    for typed in VET_BOOKED[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        await tg.hook.idle(TURN_BOUND)
        assert t(lang, "talk-to-vet") in tg.sent(chat)[before:], (typed, tg.sent(chat)[before:])
    assert await _tg_reports(tg, chat) == []


# -- 4. hurrying the analysis ---------------------------------------------------------------------

BARK = {
    "ko": "콩이가 택배 오면 현관에서 계속 짖어요",
    "en": "she barks at the door every time the mailman comes",
}
HURRY = {"ko": ("빨리요ㅠㅠ", "빨리 좀 해주세요"), "en": ("hurry up pls", "come on hurry")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_hurrying_the_analysis_says_it_is_coming_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    for typed in HURRY[lang]:
        await user.send(typed)
        assert t(lang, "talk-impatient") in user.texts, (typed, user.texts)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_hurrying_the_analysis_says_it_is_coming_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 53031 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        for typed in HURRY[lang]:
            before = len(tg.sent(chat))
            await tg.say(chat, typed)
            await tg.hook.idle(TURN_BOUND)
            assert t(lang, "talk-impatient") in tg.sent(chat)[before:], (typed, tg.sent(chat)[before:])
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]]


# -- 5. not knowing, right after a result ---------------------------------------------------------

UNSURE = {"ko": ("음 잘 모르겠네요", "ㅋㅋ 몰라요"), "en": ("hmm i dont know",)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_not_knowing_after_a_result_adds_nothing_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await until_followup(user, lang)
    await user.tap("report:followup:skip")
    calls = _model_calls(fake_ollama)
    for typed in UNSURE[lang]:
        await user.send(typed)
        assert user.texts[0] == t(lang, "talk-dismiss"), (typed, user.texts)
    assert _model_calls(fake_ollama) == calls
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [FOLLOWED[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_not_knowing_after_a_result_adds_nothing_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 53041 + ("ko", "en").index(lang)
    settings = tg_settings(fake_telegram, fake_ollama, tmp_path)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel", language_code=lang)
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        await tg.tap(chat, "report:followup:skip", language_code=lang)
        calls = _model_calls(fake_ollama)
        for typed in UNSURE[lang]:
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            await tg.hook.idle(TURN_BOUND)
            assert t(lang, "talk-dismiss") in tg.sent(chat)[before:], (typed, tg.sent(chat)[before:])
        assert _model_calls(fake_ollama) == calls
        assert [r.text for r in await _tg_reports(tg, chat)] == [FOLLOWED[lang]]


# -- 6. what the follow-up question means, asked --------------------------------------------------

MEANT = {
    "ko": ("그게 무슨 말이에요?", "그게 무슨 뜻이죠?"),
    "en": ("what do you mean by that?", "what are you asking me"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_what_the_followup_question_means_is_explained_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for typed in MEANT[lang]:
        user = kakao.user(lang=lang)
        await until_followup(user, lang)
        calls = _model_calls(fake_ollama)
        await user.send(typed)
        assert t(lang, "analysis-followup-explain-frequency") in user.texts, (typed, user.texts)
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls, typed
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [FOLLOWED[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_what_the_followup_question_means_is_explained_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 53051 + ("ko", "en").index(lang)
    settings = tg_settings(fake_telegram, fake_ollama, tmp_path)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel", language_code=lang)
        await tg.say(chat, FOLLOWED[lang], language_code=lang)
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in s for s in tg.sent(chat)))
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        await tg.say(chat, MEANT[lang][0], language_code=lang)
        await tg.hook.idle(TURN_BOUND)
        shown = tg.sent(chat)[before:]
        assert t(lang, "analysis-followup-explain-frequency") in shown, shown
        await asyncio.sleep(0.3)
        assert _model_calls(fake_ollama) == calls
        assert [r.text for r in await _tg_reports(tg, chat)] == [FOLLOWED[lang]]


# -- 7. half and half at a check-in: the mixed reading (pinned) ------------------------------------

HALF = [("ko", "음 반반?"), ("en", "hmm half and half i guess")]


@pytest.mark.parametrize(("lang", "text"), HALF)
async def test_half_and_half_is_the_mixed_outcome_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        assert owner.texts[0] == t(lang, "coaching-checkin-read-mixed"), owner.texts
        assert await kakao_answered(srv, owner.key) == [("same", text)]


@pytest.mark.parametrize(("lang", "text"), HALF)
async def test_half_and_half_is_the_mixed_outcome_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    chat = 53061 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-note") in tg.sent(chat))
        assert t(lang, "coaching-checkin-read-mixed") in tg.sent(chat)
        assert await tg_answered(tg, chat) == [("same", text)]
