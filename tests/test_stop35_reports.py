# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 16 (issue 11, corpus batch 132): reports dropped or misread, and safety before the
model. Each reproduced through a real channel first (Kakao over the skill's HTTP, Telegram pushed),
Korean and English, then fixed for its kind. The fake Ollama counts the model's calls: nothing but
reports and questions reaches it.

1. A thing that is not food eaten ("ugh she ate my airpods case today", "이어폰 케이스 먹었어요")
   was dropped as noise with no safety line: a report, and the foreign-body line first (a vet now).
   "she ate her dinner today", "밥 잘 먹었어요" stay nothing.
2. An incident told and then asked why ("Pepper bit my sleeve when I put on my coat, why does she
   do that?", "다른 개를 물었는데 왜 그럴까요?") was only a question: a report, analysed.
3. Phone typos of behaviour words ("barkin at the neigbors dog thru the fence", "안걸을려고해여")
   were dropped: reports. "he grows so fast", "she baked cookies today" stay nothing.
4. A child named by age ("she snapped at my 4yo", "at my 3-year-old", "4살 딸한테") gets the
   child line; "my 4 year old dog" is the dog. A bite told in a check-in answer ("더 심해졌어요ㅠㅠ
   어제는 아들을 물기까지 했어요") gets the line a bite report gets.
5. "몇주됫어요" (됐 misspelt) went to the coach model as a question: a duration, added to the report
   just analysed, never a question.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from dogcoach.services.store.models import QUESTION
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_checkin_answers_that_tell import REPORTS, reports_of
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_reports import idle_user
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import Server, kakao_settings
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import stored_flags, telegram_bot
from tests.test_streaming_channels import owner_with_dog
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.timetravel import travel

# Reports: kept as one report each (kind `report`, not `question`), analysed once.
REPORTED = {
    "en": [
        "ugh she ate my airpods case today",
        "Pepper bit my sleeve when I put on my coat, why does she do that?",
        "barkin at the neigbors dog thru the fence",
        "she keeps barkng at the door",
    ],
    "ko": [
        "이어폰 케이스 먹었어요",
        "어제 산책하다가 다른 개를 물었는데 왜 그럴까요?",
        "다른 개를 물었는데 왜 그럴까요?",
        "안걸을려고해여",
    ],
}
# Neighbours: nothing kept, nothing sent to the model.
NOTHING = {
    "en": ["she ate her dinner today", "he grows so fast", "she baked cookies today"],
    "ko": ["밥 잘 먹었어요", "전화 안 걸었어요"],
}
# (typed, the red flag whose line comes first; "" none)
SAFETY = {
    "en": [
        ("ugh she ate my airpods case today", "foreign_body"),
        ("she snapped at my 4yo", "child_warning"),
        ("he snapped at my 4 year old yesterday", "child_warning"),
        ("she growled at my 3-year-old", "child_warning"),
        # the dog's age is no child's; a snap at a person has its own line (stop 48)
        ("my 4 year old dog snapped at me", "snap_person"),
    ],
    "ko": [
        ("이어폰 케이스 먹었어요", "foreign_body"),
        ("건전지 먹었어요", "foreign_body"),
        ("4살 딸한테 으르렁거렸어요", "child_warning"),
        ("세살 아들을 물려고 했어요", "child_bitten"),
        ("4살짜리 강아지한테 으르렁거려요", ""),
    ],
}


async def _kinds(store: Store, channel: Channel, key: str) -> list[tuple[str, str]]:
    """(kind, text) of every row the owner has: reports and questions."""
    async with store.session() as s:
        user = await s.get_user(channel, key)
        return [(r.kind, r.text) for r in await s.list_reports(user.id)] if user is not None else []


def _safety_lines(lang: str) -> list[str]:
    return [
        t(lang, f"safety-{flag}")
        for flag in ("foreign_body", "child_warning", "child_bitten", "bite_injury", "toxin", "snap_person")
    ]


# -- 1-3. reports dropped or misread ---------------------------------------------------------------


async def kept_or_dropped_on_kakao(
    srv: Server, fake: FakeOllama, lang: str, kept: list[str], dropped: list[str]
) -> None:
    """Each of `kept`, typed by a new idle Kakao owner, is one report and reaches the model; each of
    `dropped` stores nothing, calls no model and shows no safety line."""
    store = srv.app.state.runtime.store
    for typed in kept:
        user = await idle_user(srv, english=lang == "en")
        calls = _model_calls(fake)
        await user.send(typed)
        await eventually(lambda calls=calls: _model_calls(fake) > calls)
        assert await _kinds(store, Channel.KAKAO, user.key) == [("report", typed)], (typed, user.texts)
    for typed in dropped:
        user = await idle_user(srv, english=lang == "en")
        calls = _model_calls(fake)
        await user.send(typed)
        await asyncio.sleep(0.3)
        assert await _kinds(store, Channel.KAKAO, user.key) == [], (typed, user.texts)
        assert _model_calls(fake) == calls, typed
        assert not any(line in user.text for line in _safety_lines(lang)), (typed, user.text)


async def kept_or_dropped_on_telegram(
    tg: Harness, fake: FakeOllama, lang: str, kept: list[str], dropped: list[str], first_chat: int
) -> None:
    """As `kept_or_dropped_on_kakao`, each typed by a new Telegram owner with a dog."""
    for n, typed in enumerate(kept + dropped):
        chat = first_chat + n
        await owner_with_dog(tg, chat, lang)
        calls = _model_calls(fake)
        await tg.say(chat, typed, language_code=lang)
        if typed in kept:
            await eventually(lambda calls=calls: _model_calls(fake) > calls)
        else:
            await asyncio.sleep(0.3)
            assert _model_calls(fake) == calls, typed
        rows = await _kinds(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert rows == ([("report", typed)] if typed in kept else []), (typed, tg.sent(chat))


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_reports_dropped_or_misread_are_reports_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        await kept_or_dropped_on_kakao(srv, fake_ollama, lang, REPORTED[lang], NOTHING[lang])


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_reports_dropped_or_misread_are_reports_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        await kept_or_dropped_on_telegram(tg, fake_ollama, lang, REPORTED[lang], NOTHING[lang], 35300)


# -- 4. safety before the model --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_foreign_body_or_a_child_named_by_age_gets_its_line_first_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        for typed, flag in SAFETY[lang]:
            user = await idle_user(srv, english=lang == "en")
            await user.send(typed)
            said = user.text
            if flag:  # a snap at a person is no emergency: a vet check before training
                # a snap keeps its plan: no "vet before training" header (stop 64, trialA64)
                header = "safety-header-soon-alongside" if flag == "snap_person" else "safety-header-now"
                assert said.startswith(t(lang, header)), (typed, said)
                assert t(lang, f"safety-{flag}") in said, (typed, said)
            assert [line for line in _safety_lines(lang) if line in said] == (
                [t(lang, f"safety-{flag}")] if flag else []
            ), (typed, said)
            assert await stored_flags(store, Channel.KAKAO, user.key) == ([flag] if flag else []), typed
            assert [kind for kind, _ in await _kinds(store, Channel.KAKAO, user.key)] == ["report"], typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_foreign_body_or_a_child_named_by_age_gets_its_line_first_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, (typed, flag) in enumerate(SAFETY[lang]):
            chat = 35400 + n
            await owner_with_dog(tg, chat, lang)
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            sent = tg.sent(chat)[before:]
            if flag:
                assert t(lang, f"safety-{flag}") in sent[0], (typed, sent)
            assert not any(
                line in "\n".join(sent) for line in _safety_lines(lang) if line != t(lang, f"safety-{flag}")
            ), (typed, sent)
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ([flag] if flag else [])


BITE_IN_CHECKIN = {
    "ko": ("더 심해졌어요ㅠㅠ 어제는 아들을 물기까지 했어요", "child_bitten"),
    "en": ("worse, he bit my 4yo yesterday", "child_bitten"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bite_told_in_a_check_in_answer_gets_the_bites_line_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, flag = BITE_IN_CHECKIN[lang]
    fake_ollama.behaviour.analysis = analysis()
    report, step = REPORTS[lang]
    async with serve_kakao(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(report)
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")  # the result (and its plan) shown
        await travel(store, DAYS)
        await owner.send("/help")
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=step), owner.texts
        await owner.send(typed)
        assert t(lang, f"safety-{flag}") in owner.text, owner.texts
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert rows[0].outcome == "worse", owner.texts
        assert sorted(await reports_of(store, Channel.KAKAO, owner.key)) == sorted([report, typed])
        assert await stored_flags(store, Channel.KAKAO, owner.key) == [flag]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bite_told_in_a_check_in_answer_gets_the_bites_line_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    typed, flag = BITE_IN_CHECKIN[lang]
    fake_ollama.behaviour.analysis = analysis()
    report, step = REPORTS[lang]
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 35501
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await push_checkin(tg, chat, lang, step)
        before = len(tg.sent(chat))
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: any(t(lang, f"safety-{flag}") in s for s in tg.sent(chat)[before:]))
        assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == [flag]


# -- 5. "몇주됫어요" --------------------------------------------------------------------------------

SPAN = ["몇주됫어요", "2주 됬어요"]


@pytest.mark.parametrize("typed", SPAN)
async def test_a_misspelt_duration_after_a_report_is_its_detail_never_a_question_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, typed: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        user = await idle_user(srv)
        report = "산책할때 다른 개만 보면 짖어요"
        await user.send(report)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await user.send(typed)
        await asyncio.sleep(0.3)
        rows = await _kinds(store, Channel.KAKAO, user.key)
        assert [kind for kind, _ in rows] == ["report"], (rows, user.texts)
        assert typed in rows[0][1], (rows, user.texts)  # added to the report
        alone = await idle_user(srv)  # nothing reported: no question either
        calls = _model_calls(fake_ollama)
        await alone.send(typed)
        await asyncio.sleep(0.3)
        assert QUESTION not in [kind for kind, _ in await _kinds(store, Channel.KAKAO, alone.key)]
        assert _model_calls(fake_ollama) == calls


async def test_a_misspelt_duration_after_a_report_is_its_detail_never_a_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.analysis = analysis()  # no follow-up question: nothing asked is open
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        chat = 35601
        await owner_with_dog(tg, chat, "ko")
        report = "산책할때 다른 개만 보면 짖어요"
        await tg.say(chat, report, language_code="ko")
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))  # the result shown
        await tg.say(chat, SPAN[0], language_code="ko")
        await asyncio.sleep(0.3)
        rows = await _kinds(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert [kind for kind, _ in rows] == ["report"], (rows, tg.sent(chat))
        assert SPAN[0] in rows[0][1], (rows, tg.sent(chat))
