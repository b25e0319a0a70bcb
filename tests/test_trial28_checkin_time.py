# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Owner trial 28: "알림은 저녁 8시쯤 보내주세요" and nothing could do it; only the operator's quiet
hours and the owner's zone decided when a check-in came. Reproduced through the real channels
(Kakao's skill webhook, Telegram over HTTP on 127.0.0.1), in Korean and English:

1. the time asked with a command ("알림 시간", "notification time", /checkintime), answered with
   a tap or a typed time, stored and read back, shown where the check-ins' on/off state is;
2. one sentence saying the time ("체크인 아침 9시에 보내줘", "remind me at 8pm") sets it and the
   reply repeats the hour understood; "알림 꺼줘" still turns them off;
3. "25시", "나중에" at the question: asked again saying what was understood, never a 5xx;
4. a check-in due at 10:00 with 20:00 chosen goes out at 20:00 in the owner's zone and not
   before (the scheduler driven with its clock, as `tests/test_checkin_worker.py` does).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dogcoach.bot.wiring import checkin_policy_from
from dogcoach.domain.channel import Channel
from dogcoach.handlers.coaching.delivery import CheckinSender
from dogcoach.services.coaching.worker import CheckinWorker
from dogcoach.services.store import Store
from tests.fakes.kakao_event_api import FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import checkins_of, kakao_pushing, t, wait_for_rows
from tests.test_kakao_skill import Server, serve
from tests.test_telegram_e2e import eventually, harness, settings_for

COMMAND = {"ko": "알림 시간", "en": "notification time"}
SENTENCES = [
    ("ko", "알림은 저녁 8시쯤 보내주세요", dt.time(20)),
    ("ko", "체크인 아침 9시에 보내줘", dt.time(9)),
    ("en", "remind me at 8pm", dt.time(20)),
    ("en", "send check-ins at 7 in the evening", dt.time(19)),
]
SAID = {
    ("ko", 20, 0): "오후 8시",
    ("ko", 9, 0): "오전 9시",
    ("en", 20, 0): "8 pm",
    ("en", 19, 0): "7 pm",
    ("en", 9, 0): "9 am",
}
SEOUL = ZoneInfo("Asia/Seoul")
# Far enough ahead that the server's own scheduler (real clock) never finds it due.
DUE = dt.datetime.now(SEOUL).replace(hour=10, minute=0, second=0, microsecond=0) + dt.timedelta(days=10)


async def stored_time(store: Store, channel: str, key: str) -> dt.time | None:
    async with store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        return await s.checkin_time(user.id)


@asynccontextmanager
async def _pushing_kakao(fake_ollama: FakeOllama, tmp_path: Path) -> AsyncIterator[Server]:
    """A Kakao skill server whose check-ins are pushed through the (fake) Event API: only there
    can a time of day be kept (without it the time is not offered: `tests/test_stop45_clock.py`)."""
    with FakeKakaoEventApi() as api:
        async with serve(kakao_pushing(tmp_path, fake_ollama, api)) as srv:
            yield srv


def set_line(lang: str, at: dt.time) -> str:
    return t(lang, "coaching-checkin-time-set", time=SAID[(lang, at.hour, at.minute)])


# -- 1. the command, then a tap -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_kakao_command_asks_the_time_and_a_tap_sets_it(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _pushing_kakao(fake_ollama, tmp_path) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send("/help")
        await owner.send(COMMAND[lang])
        assert owner.texts[-1] == t(lang, "coaching-checkin-time-ask")
        assert owner.choice_ids[:4] == [f"checkin:time:{h}" for h in ("09:00", "12:00", "20:00", "22:00")]
        labels = [q["label"] for q in owner.last["template"]["quickReplies"][:4]]
        assert "8" in labels[2] and labels[2] in t(lang, "coaching-checkin-time-evening")  # the hour shown
        await owner.tap("checkin:time:20:00")
        assert owner.texts[0] == set_line(lang, dt.time(20))
        assert await stored_time(store, Channel.KAKAO, owner.key) == dt.time(20)
        await owner.send("/checkins")  # the settings line shows the time beside "on"
        shown = t(lang, "coaching-checkins-status-on-at", time=SAID[(lang, 20, 0)])
        assert owner.texts[0] == shown


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_telegram_slash_command_and_a_typed_time(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    chat = 2801
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, "/help", language_code=lang)
        await tg.say(chat, "/checkintime", language_code=lang)
        await eventually(lambda: t(lang, "coaching-checkin-time-ask") in tg.sent(chat))
        bot_message = tg.fake.last_bot_message(chat)
        assert bot_message is not None
        labels = [b["text"] for row in bot_message["reply_markup"]["inline_keyboard"] for b in row]
        assert t(lang, "coaching-checkin-time-evening") in labels
        await tg.tap(chat, t(lang, "coaching-checkin-time-morning"), language_code=lang)
        await eventually(
            lambda: t(lang, "coaching-checkin-time-set", time=SAID[(lang, 9, 0)]) in tg.sent(chat)
        )
        await tg.say(chat, COMMAND[lang], language_code=lang)
        await eventually(
            lambda: (
                tg.sent(chat).count(t(lang, "coaching-checkin-time-ask-current", time=SAID[(lang, 9, 0)]))
                == 1
            )
        )
        await tg.say(chat, "저녁 8시" if lang == "ko" else "8 pm", language_code=lang)
        await eventually(lambda: set_line(lang, dt.time(20)) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) == dt.time(20)


# -- 2. one sentence ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "at"), SENTENCES)
async def test_kakao_sentence_sets_the_time_and_repeats_it(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str, at: dt.time
) -> None:
    async with _pushing_kakao(fake_ollama, tmp_path) as srv:
        owner = srv.user(lang=lang)
        await owner.send("/help")
        await owner.send(text)
        assert owner.texts[0] == set_line(lang, at)
        assert await stored_time(srv.app.state.runtime.store, Channel.KAKAO, owner.key) == at


@pytest.mark.parametrize(("lang", "text", "at"), SENTENCES)
async def test_telegram_sentence_sets_the_time_and_off_still_turns_them_off(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    text: str,
    at: dt.time,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    chat = 2802
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, "/help", language_code=lang)
        await tg.say(chat, text, language_code=lang)
        await eventually(lambda: set_line(lang, at) in tg.sent(chat))
        assert await stored_time(tg.rt.store, Channel.TELEGRAM, str(chat)) == at
        await tg.say(chat, "알림 꺼줘" if lang == "ko" else "stop the reminders", language_code=lang)
        await eventually(lambda: t(lang, "notifications-off-done") in tg.sent(chat))
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None and await s.checkins_opt_out(user.id)


# -- 3. what is no time ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_kakao_no_time_is_asked_again_saying_what_was_understood(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _pushing_kakao(fake_ollama, tmp_path) as srv:
        owner = srv.user(lang=lang)
        await owner.send("/help")
        await owner.send(COMMAND[lang])
        await owner.send("25시" if lang == "ko" else "25:00")
        assert owner.texts[0] == t(lang, "coaching-checkin-time-invalid", hour=25)
        assert "checkin:time:20:00" in owner.choice_ids
        later = "나중에" if lang == "ko" else "later"
        await owner.send(later)
        assert owner.texts[0] == t(lang, "coaching-checkin-time-unread", text=later)
        assert "checkin:time:20:00" in owner.choice_ids
        assert await stored_time(srv.app.state.runtime.store, Channel.KAKAO, owner.key) is None
        await owner.send("오후 8시 반" if lang == "ko" else "8:30 pm")
        said = "오후 8시 반" if lang == "ko" else "8:30 pm"
        assert owner.texts[0] == t(lang, "coaching-checkin-time-set", time=said)


# -- 4. delivered at the chosen time --------------------------------------------------------------


@dataclass
class Clock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)


@pytest.mark.parametrize(("lang", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)])
async def test_telegram_check_in_due_at_10_goes_out_at_the_chosen_20_and_not_before(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    report: str,
    step: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram,
        f"sqlite:///{tmp_path / 'tg.db'}",
        OLLAMA_HOST=fake_ollama.url,
        DOGCOACH_CHECKIN_POLL_SECONDS=3600,
    )
    chat = 2803
    async with harness(fake_telegram, settings) as tg:
        store = tg.rt.store
        await tg.say(chat, report, language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        [row] = await wait_for_rows(store, Channel.TELEGRAM, str(chat), bool)
        await tg.say(
            chat, "알림은 저녁 8시쯤 보내주세요" if lang == "ko" else "remind me at 8pm", language_code=lang
        )
        await eventually(lambda: set_line(lang, dt.time(20)) in tg.sent(chat))
        async with store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None
            await s.set_timezone(user.id, "Asia/Seoul")
            await s.execute(
                "UPDATE checkins SET due_at = ? WHERE id = ?", s.d.ts_in(DUE.astimezone(dt.UTC)), row.id
            )
        clock = Clock(DUE)
        worker = CheckinWorker(
            store,
            CheckinSender(store, tg.rt.messages, tg.rt.outbox),
            policy=checkin_policy_from(settings),
            clock=clock,
        )
        question = t(lang, "coaching-checkin-question", text=step)
        eight = DUE.replace(hour=20)
        assert (await worker.run_once()).counts == {"chosen": 1}
        [row] = await checkins_of(store, Channel.TELEGRAM, str(chat))
        assert (row.status, row.due_at) == ("pending", eight)
        for moment in (DUE + dt.timedelta(hours=5), eight - dt.timedelta(minutes=1)):
            clock.now = moment
            assert (await worker.run_once()).handled == 0
        await asyncio.sleep(0.2)
        assert question not in tg.sent(chat)
        clock.now = eight
        assert (await worker.run_once()).counts == {"sent": 1}
        await eventually(lambda: question in tg.sent(chat))
