# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56, helper loop56: "the days after the analysis" (held-out 12), each kind reproduced
through a real channel first (Kakao skill webhook, Telegram over the fake Bot API; ko and en),
what was stored and replied read back.

A. At a check-in's "how did it go?", the outcome and a behaviour told as having started ("좋아졌어요
   근데 고양이한테 으르렁대기 시작했어요", "way better, though she began growling at the cat"): only
   "better" was kept, the new incident dropped. Now a behaviour told as started
   (`understanding-outcome-started`, right after a Korean verb, right before an English one) is a
   new one, kept as a report too (`SurveyReading._started_behaviour`), also at the note and when
   the behaviour followed up is unknown; "started barking again" is the same one back.
B. At "how did it go?", the outcome and a question beside it ("나아진 것 같은데 이거 언제까지 해야
   돼요?"): a question only, the outcome lost. Now the question carries the outcome's words
   (`answer_asked` at a check-in): the coach answers, the outcome is kept as if typed alone.
C. While a report waits: the wait said too long ("왜 이렇게 오래 걸리죠ㅠ", "how long does this take
   lol its been 5 min") is its status (/result); "결과 나오면 알려주세요", "let me know when it's
   ready" its own short reply (`talk-tell-me`), never a question for the coach model.
D. Idle: "how was Rex's week" the week, "뭐뭐 할수있어?" the help, "your advice is so generic…"
   feedback, a good day with another dog news (an edit of the profile before); a photo captioned
   with what it shows and its day right after the result is the photo (a new report analysed).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_answered, kakao_photo, tg_answered, tg_surveyed, tg_typed
from tests.test_checkins import analysis
from tests.test_checkins_channels import push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, skill_body, texts_of  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import TURN_BOUND, eventually
from tests.test_trial10_checkins import REPORT, STEP, _kakao_pushed, _telegram_plan

# -- A. the outcome and a behaviour told as started ----------------------------------------------

# (lang, typed at "how did it go?" on the barking plan, the incident kept as a report)
STARTED = [
    ("ko", "좋아졌어요 근데 고양이한테 으르렁대기 시작했어요", "고양이한테 으르렁대기 시작했어요"),
    ("ko", "짖는건 좋아졌는데 손님 발을 물기 시작했어요", "손님 발을 물기 시작했어요"),
    ("en", "way better, though she began growling at the cat", "she began growling at the cat"),
    # lead: at children, read as a habit the option names (the card, the snapping dropped)
    ("en", "better but she started snapping at the kids", "better but she started snapping at the kids"),
]


@pytest.mark.parametrize(("lang", "text", "incident"), STARTED)
async def test_a_behaviour_started_beside_the_outcome_is_a_report_too_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, incident: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        calls = _model_calls(fake_ollama)
        await owner.send(text)
        assert await kakao_answered(srv, owner.key) == [("better", text)], owner.texts
        assert [r.text for r in await _kakao_reports(srv, owner.key)] == [REPORT[lang], incident]
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # the incident analysed


@pytest.mark.parametrize(("lang", "text", "incident"), STARTED[::2])
async def test_a_behaviour_started_beside_the_outcome_is_a_report_too_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    incident: str,
) -> None:
    chat = 56101 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        calls = _model_calls(fake_ollama)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) > calls)
        assert await tg_answered(tg, chat) == [("better", text)], tg.sent(chat)[-3:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang], incident]


async def test_started_again_is_the_same_behaviour_back_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """Control: "다시 짖기 시작했어요" is the barking followed up back, the same; no new report."""
    async with _kakao_pushed(fake_ollama, tmp_path, "ko") as (srv, owner):
        await owner.send("다시 짖기 시작했어요")
        assert [r[0] for r in await kakao_answered(srv, owner.key)] == ["same"], owner.texts
        assert len(await _kakao_reports(srv, owner.key)) == 1


# -- B. the outcome and a question beside it ---------------------------------------------------------

# (lang, typed at "how did it go?", the outcome kept)
ASKED = [
    ("ko", "나아진 것 같은데 이거 언제까지 해야 돼요?", "better"),
    ("en", "better i think, how long do we keep doing this?", "better"),
    ("ko", "그대로예요 다른 방법은 없을까요?", "same"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), ASKED)
async def test_the_outcome_beside_a_question_is_kept_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, outcome: str
) -> None:
    async with _kakao_pushed(fake_ollama, tmp_path, lang) as (srv, owner):
        await owner.send(text)
        await eventually(lambda: any(is_question(b) for b in fake_ollama.chat_bodies()))  # the coach
        assert [r[0] for r in await kakao_answered(srv, owner.key)] == [outcome], owner.texts
        kinds = [r.kind for r in await _kakao_reports(srv, owner.key)]
        assert kinds == ["report", "question"], kinds  # the question kept as one, no new report


@pytest.mark.parametrize(("lang", "text", "outcome"), ASKED[:2])
async def test_the_outcome_beside_a_question_is_kept_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    outcome: str,
) -> None:
    chat = 56151 + ("ko", "en").index(lang)
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: any(is_question(b) for b in fake_ollama.chat_bodies()))
        assert [r[0] for r in await tg_answered(tg, chat)] == [outcome], tg.sent(chat)[-3:]


# -- C. while a report waits: the wait too long, and "tell me when it's ready" ---------------------

TOO_LONG = {
    "ko": ("왜케 오래걸리죠ㅡㅡ", "얼마나 걸려요? 벌써 5분 넘었는데"),
    "en": ("why is it taking so long lol",),
}
TELL_ME = {"ko": "결과 나오면 바로 알려주세요~", "en": "let me know when it's ready"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_wait_said_too_long_is_the_status_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    for typed in TOO_LONG[lang]:
        await user.send(typed)
        assert user.texts[0].startswith("⏳"), (typed, user.texts)
    await user.send(TELL_ME[lang])
    assert t(lang, "talk-tell-me") in user.texts, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]
    assert not any(is_question(b) for b in fake_ollama.chat_bodies())  # no coach question


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_wait_said_too_long_is_the_status_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 56201 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        fake_ollama.behaviour.delay = 5.0
        await tg.say(chat, BARK[lang])
        for typed in TOO_LONG[lang]:
            await tg.say(chat, typed)
            await tg.hook.idle(TURN_BOUND)
            assert tg.last_text(chat).startswith("⏳"), (typed, tg.last_text(chat))
        before = len(tg.sent(chat))
        await tg.say(chat, TELL_ME[lang])
        await tg.hook.idle(TURN_BOUND)
        assert t(lang, "talk-tell-me") in tg.sent(chat)[before:], tg.sent(chat)[before:]
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]]
        assert not any(is_question(b) for b in fake_ollama.chat_bodies())


# -- D. idle: said to the coach, read as something else --------------------------------------------

# (lang, typed idle, the Fluent message of its reply)
IDLE = [
    ("en", "how was Rex's week", "week-empty-dog"),
    # stop 56 trial (lead): with no name, "how was the week", "hows his week been" went to the model
    ("en", "how was the week", "week-empty-dog"),
    ("en", "hows his week been", "week-empty-dog"),
    ("ko", "뭐뭐 할수있어?", "help-text-kakao"),
    ("en", "your advice is so generic, every answer is just keep distance", "talk-feedback-early"),
    ("ko", "답변이 너무 뻔해요 맨날 거리두라고만 하네", "talk-feedback-early"),
    ("en", "Rex met my parents' dog today and they actually played!! 🥹", "talk-news"),
    ("ko", "오늘 콩이가 친구네 강아지랑 처음으로 잘 놀았어요!!", "talk-news"),
]


def _said(lang: str, msg_id: str) -> str:
    """The reply's first line (a view's title takes the dog's name)."""
    name = "Rex" if lang == "en" else "콩이"
    return t(lang, msg_id, name=name).splitlines()[0]


@pytest.mark.parametrize(("lang", "typed", "msg_id"), IDLE)
async def test_said_to_the_coach_idle_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, msg_id: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert _said(lang, msg_id) in user.text, user.texts
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0  # neither a report nor a question for the model


@pytest.mark.parametrize(("lang", "typed", "msg_id"), IDLE)
async def test_said_to_the_coach_idle_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    msg_id: str,
) -> None:
    chat = 56301 + IDLE.index((lang, typed, msg_id))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        shown = await tg_typed(tg, chat, typed)
        expected = "help-text" if msg_id == "help-text-kakao" else msg_id  # Telegram's own help
        assert _said(lang, expected) in shown, shown
        assert await _tg_reports(tg, chat) == []
        assert _model_calls(fake_ollama) == 0


# -- D. a photo of what the result was about, right after it ---------------------------------------

SHOWN = {"ko": "이게 어제 뜯어놓은 쿠션이에요", "en": "this is the shoe he chewed yesterday"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_photo_of_it_right_after_the_result_is_the_photo_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.analysis = analysis()  # nothing asked after the result
    await user.send(BARK[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    calls = _model_calls(fake_ollama)
    said = await kakao_photo(kakao, user.key, SHOWN[lang], lang)
    assert t(lang, "unsupported-input") in said, said
    await asyncio.sleep(0.3)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]], said
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_photo_of_it_right_after_the_result_is_the_photo_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 56401 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        fake_ollama.behaviour.analysis = analysis()
        await tg.say(chat, BARK[lang])
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        result = await tg.fake.deliver_photo(chat, caption=SHOWN[lang], language_code=lang)
        assert result.status_code == 200, result.text
        await tg.hook.idle(TURN_BOUND)
        shown = tg.sent(chat)[before:]
        assert t(lang, "unsupported-input") in shown, shown
        await asyncio.sleep(0.3)
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]], shown
        assert _model_calls(fake_ollama) == calls
