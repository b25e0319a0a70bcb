"""Issue 13's "done when", as an owner would live it over two simulated weeks, in Korean and in
English, on Telegram (fake Bot API), Kakao (the skill over HTTP) and the terminal (the console
adapter over the real runtime): a bite report is answered and analysed, a question is answered
without becoming an incident, the next step becomes the plan and is checked on three days later
(pushed on Telegram, at the next message on Kakao and in the terminal), twice, and /progress and
/summary show the change (the check-in answers, the chart, the one-page PDF with the owner's
words in it). Days pass by moving the stored history back (`tests.timetravel`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

import httpx
import pypdfium2 as pdfium
import pytest

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import runtime
from dogcoach.channels.console import ConsoleChat
from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.proxies import LOOPBACK_DIRECT
from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, request_language, sample_analysis, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_skill import kakao_settings, serve
from tests.test_telegram_e2e import harness, settings_for
from tests.timetravel import travel

MESSAGES = Messages()
FAST: dict[str, Any] = {"DOGCOACH_CHECKIN_POLL_SECONDS": 0.05, "DOGCOACH_QUIET_HOURS": "00:00-00:00"}
DAY = dt.timedelta(days=1)
PNG = b"\x89PNG\r\n\x1a\n"

STORY: dict[str, dict[str, str]] = {
    "ko": {
        "name": "초코",
        # a bite with no wound said: one that drew blood is a professional's first, no plan and no
        # check-in since stop 50 (Korean owner trial: a child's bitten face got a doorbell step)
        "bite": "손님이 머리를 쓰다듬자 손님 손을 물었어요",
        "bite_step": "손님이 오면 강아지를 안전문 뒤에서 쉬게 하고, 손님은 만지지 않게 해 주세요.",
        "question": "산책할 때 줄 당기는 거 어떻게 고쳐요?",
        "barking": "택배 기사님이 오면 현관에서 계속 짖어요",
        "barking_step": "초인종 소리를 작게 들려주고 조용하면 간식을 주세요.",
        "hello": "안녕하세요",
    },
    "en": {
        "name": "Choco",
        "bite": "A guest patted his head and he bit the guest's hand",
        "bite_step": "When guests come, let him rest behind a baby gate and ask guests not to touch him.",
        "question": "How do I stop him pulling on the leash?",
        "barking": "He keeps barking at the door whenever the courier comes",
        "barking_step": "Play a quiet doorbell sound and treat the dog while it stays calm.",
        "hello": "hello",
    },
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def model(locale: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The fake model: the bite is aggression towards people (a safety flag), the rest barking."""
    story = STORY[locale]

    def answer(body: dict[str, Any]) -> dict[str, Any]:
        language = request_language(body)
        if STORY[language]["bite"] in user_text(body):
            return sample_analysis(
                language,
                category="aggression_people",
                intensity=4,
                safety_flag=True,
                missing=[],
                next_step=STORY[language]["bite_step"],
            )
        return sample_analysis(language, missing=[], next_step=story["barking_step"])

    return answer


class Owner(Protocol):
    """One owner on one channel, as the scenario talks to them."""

    store: Store

    async def say(self, text: str) -> str:
        """Send `text`; everything the bot showed in answer, as one text."""

    async def result(self, marker: str = "📌") -> str:
        """The latest analysis result (or answer: `marker` is what it shows) as the owner sees it
        (pushed, or at their next message)."""

    async def check_in(self, locale: str) -> str:
        """The check-in question, once due: pushed (Telegram), or at the owner's next message."""

    async def answer(self, label: str) -> str:
        """Tap (or pick) the answer labelled `label`."""

    async def file(self, kind: str) -> bytes:
        """The newest attachment: "image" (the chart) or "document" (the summary)."""


class TelegramOwner:
    def __init__(self, tg: Any, chat: int, locale: str) -> None:
        self.tg, self.chat, self.locale = tg, chat, locale
        self.store: Store = tg.rt.store
        self.seen = 0
        self.before = ""

    def _texts(self) -> list[str]:
        texts: list[str] = self.tg.sent(self.chat, ("message", "document", "photo", "edit_text"))
        return texts

    def _new(self) -> str:
        texts = self._texts()
        new, self.seen = texts[self.seen :], len(texts)
        return "\n".join(new)

    async def say(self, text: str) -> str:
        self._new()
        self.mark()
        await self.tg.say(self.chat, text, language_code=self.locale)
        await self.tg.hook.drain()  # a slow turn (a chart, a PDF) is answered after the webhook
        return self._new()

    async def _wait(self, check: Callable[[str], bool]) -> str:
        for _ in range(500):
            texts = "\n".join(self._texts())
            if check(texts):
                self._new()
                return texts
            await asyncio.sleep(0.02)
        raise AssertionError(f"never shown; sent: {self.tg.sent(self.chat)[-3:]}")

    async def result(self, marker: str = "📌") -> str:
        return await self._wait(lambda texts: texts.count(marker) > self.before.count(marker))

    def mark(self) -> None:
        """What has been shown so far, so `result` waits for what comes next."""
        self.before = "\n".join(self._texts())

    async def check_in(self, locale: str) -> str:
        count = "\n".join(self._texts()).count("🗓️")
        return await self._wait(lambda texts: texts.count("🗓️") > count)

    async def answer(self, label: str) -> str:
        self._new()
        await self.tg.tap(self.chat, label)
        await self.tg.hook.drain()
        return self._new()

    async def file(self, kind: str) -> bytes:
        wanted = "photo" if kind == "image" else "document"
        for _ in range(200):
            found = [m for m in self.tg.fake.sent_messages(self.chat) if m.kind == wanted and m.file]
            if found:
                return bytes(found[-1].file.content)
            await asyncio.sleep(0.02)
        raise AssertionError(f"no {wanted} sent")


class KakaoOwner:
    def __init__(self, srv: Any, locale: str) -> None:
        self.srv = srv
        self.user = srv.user(lang=locale)
        self.store: Store = srv.app.state.runtime.store
        self.last: dict[str, Any] = {}

    def _shown(self) -> str:
        return str(self.user.text)

    async def say(self, text: str) -> str:
        self.last = await self.user.send(text)
        return self._shown()

    async def result(self, marker: str = "📌") -> str:
        """The turn's own answer when the result joined it, else the next message's."""
        shown = self._shown()
        await analysed(self.store, Channel.KAKAO, self.user.key)
        if marker in shown:
            return shown
        return await self.say("/help")  # without a callback, a result comes with the next message

    async def check_in(self, locale: str) -> str:
        return await self.say(STORY[locale]["hello"])

    async def answer(self, label: str) -> str:
        [choice] = [
            q["extra"]["choice"] for q in self.user.last["template"]["quickReplies"] if q["label"] == label
        ]
        self.last = await self.user.tap(choice)
        return self._shown()

    async def file(self, kind: str) -> bytes:
        outputs = self.last["template"]["outputs"]
        if kind == "image":
            [url] = [o["simpleImage"]["imageUrl"] for o in outputs if "simpleImage" in o]
        else:
            [url] = re.findall(r"https?://\S+/kakao/files/\S+", self._shown())
        async with httpx.AsyncClient(mounts=LOOPBACK_DIRECT) as http:
            response = await http.get(url)
        assert response.status_code == 200
        return response.content


class ConsoleOwner:
    def __init__(self, rt: Any, console: ConsoleChat, out: io.StringIO, files: Path) -> None:
        self.rt, self.console, self.out, self.files = rt, console, out, files
        self.store: Store = rt.store
        self.seen = 0

    def _new(self) -> str:
        text = self.out.getvalue()
        new, self.seen = text[self.seen :], len(text)
        return new

    async def say(self, text: str) -> str:
        self._new()
        self.console.render(self.out, await self.rt.engine.handle(self.console.to_incoming(text)))
        return self._new()

    async def result(self, marker: str = "📌") -> str:
        for _ in range(500):  # the terminal prints a result as soon as it is ready
            if marker in self.out.getvalue()[self.seen :]:
                return self._new()
            await asyncio.sleep(0.02)
        raise AssertionError("no result printed")

    async def check_in(self, locale: str) -> str:
        return await self.say(STORY[locale]["hello"])

    async def answer(self, label: str) -> str:
        keys = re.findall(rf"^  (\w)\) {re.escape(label)}$", self.out.getvalue(), re.M)
        return await self.say(keys[-1])  # the number the terminal shows for that answer

    async def file(self, kind: str) -> bytes:
        name = "progress.png" if kind == "image" else "summary.pdf"
        [path] = self.files.glob(f"dogcoach-*-{name}")
        return path.read_bytes()


@asynccontextmanager
async def owner_on(
    channel: str, locale: str, tmp_path: Path, ollama: FakeOllama, request: pytest.FixtureRequest
) -> AsyncIterator[Owner]:
    db = f"sqlite:///{tmp_path / 'scenario.db'}"
    if channel == Channel.TELEGRAM:
        fake: FakeTelegramServer = request.getfixturevalue("fake_telegram")
        async with harness(fake, settings_for(fake, db, OLLAMA_HOST=ollama.url, **FAST)) as tg:
            yield TelegramOwner(tg, 4242, locale)
    elif channel == Channel.KAKAO:

        def settings(base: str) -> Settings:
            return kakao_settings(db, ollama.url, PUBLIC_BASE_URL=base, **FAST)

        async with serve(settings) as srv:
            yield KakaoOwner(srv, locale)
    else:
        values: dict[str, Any] = {"DATABASE_URL": db, "OLLAMA_HOST": ollama.url, **FAST}
        async with runtime(Settings(_env_file=None, **values)) as rt:
            out = io.StringIO()
            console = ConsoleChat(rt.engine, "owner", locale_hint=locale, stdout=out, files_dir=tmp_path)
            assert rt.analysis is not None
            async with connected(rt.outbox, console), rt.analysis.running():
                yield ConsoleOwner(rt, console, out, tmp_path)


async def profile(owner: Owner, channel: str, external_id: str, locale: str) -> None:
    """The survey as already answered (its own tests go through it): a named dog with concerns."""
    async with owner.store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        await s.set_locale(user.id, locale)
        dog = await s.create_dog(
            user.id,
            {"name": STORY[locale]["name"], "age_months": 40, "concerns": ["barking", "aggression_people"]},
        )
        dog.completed_at = utcnow()
        await s.save_dog(dog)
        await s.set_active_dog(user.id, dog.id)
        await s.save_state(user.id, (await s.get_state(user.id)).__class__())


def external_id(owner: Owner) -> str:
    if isinstance(owner, TelegramOwner):
        return str(owner.chat)
    if isinstance(owner, KakaoOwner):
        return str(owner.user.key)
    return "owner"


async def incidents(owner: Owner, channel: str) -> int:
    """Behaviour reports kept (questions are kept too, as questions: not counted)."""
    async with owner.store.session() as s:
        user = await s.get_user(channel, external_id(owner))
        assert user is not None
        return sum(1 for r in await s.list_reports(user.id) if not r.is_question)


async def analysed(store: Store, channel: str, key: str) -> None:
    """Until none of the owner's reports waits for the model."""
    for _ in range(500):
        async with store.session() as s:
            user = await s.get_user(channel, key)
            assert user is not None
            if not await s.user_reports_pending(user.id):
                return
        await asyncio.sleep(0.02)
    raise AssertionError("the report was never analysed")


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    assert len(pdf) == 1  # one page
    page = pdf[0]
    bitmap = page.render(scale=0.5).to_pil()
    assert bitmap.convert("L").getextrema()[0] < 128  # something dark is drawn on the page
    return str(page.get_textpage().get_text_range())


@pytest.mark.parametrize("locale", ["ko", "en"])
@pytest.mark.parametrize("channel", [Channel.TELEGRAM, Channel.KAKAO, Channel.CONSOLE])
async def test_two_weeks_of_coaching(
    channel: str,
    locale: str,
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    request: pytest.FixtureRequest,
) -> None:
    story = STORY[locale]
    fake_ollama.behaviour.analysis = model(locale)
    async with owner_on(channel, locale, tmp_path, fake_ollama, request) as owner:
        await owner.say(t(locale, "understanding-command-help"))  # the owner's first message
        await profile(owner, channel, external_id(owner), locale)

        # Day 0: a bite. Safety guidance at once, in the same turn; then the analysis, whose next
        # step becomes the one change to make.
        turn = await owner.say(story["bite"])
        # a bite with no wound keeps its plan: its header no longer says a vet comes before training
        # (stop 64, trialA64)
        assert t(locale, "safety-header-soon-alongside") in turn and t(locale, "safety-bite_person") in turn
        shown = await owner.result()
        assert t(locale, "analysis-safety") in shown
        assert story["bite_step"] in shown

        # The same day: a question gets advice, and is not an incident.
        before = await incidents(owner, channel)
        await owner.say(story["question"])
        next_step = t(locale, "coach-next-step", text="@").split("@")[0]  # the answer's last part
        advice = await owner.result(next_step)
        assert t(locale, "coach-answer-title") in advice
        assert await incidents(owner, channel) == before

        # Day 3: how did it go? Better. Day 6: asked again; better again.
        for _ in range(2):
            await travel(owner.store, 3 * DAY + dt.timedelta(minutes=1))
            asked = await owner.check_in(locale)
            assert (
                t(locale, "coaching-checkin-question-dog", name=story["name"], text=story["bite_step"])
                in asked
            )
            advice = await owner.answer(t(locale, "coaching-outcome-better"))
            assert t(locale, "coaching-advice-keep-better") in advice
            await owner.say(t(locale, "coaching-checkin-note-skip"))

        # Day 7: barking, another behaviour: its own plan. Then a week on.
        await travel(owner.store, DAY)
        await owner.say(story["barking"])
        assert story["barking_step"] in await owner.result()
        await travel(owner.store, 7 * DAY)

        # Day 14: what changed.
        better = t(locale, "coaching-outcome-better")
        progress = await owner.say(t(locale, "understanding-command-progress"))
        assert t(locale, "coaching-progress-title-dog", name=story["name"]) in progress
        assert t(locale, "coaching-progress-plan-answers", answers=f"{better}, {better}") in progress
        assert story["bite_step"] in progress and story["barking_step"] in progress
        assert (await owner.file("image")).startswith(PNG)

        summary = await owner.say(t(locale, "understanding-command-summary"))
        assert t(locale, "summary-ready") in summary
        text = pdf_text(await owner.file("document"))
        flat = " ".join(text.split())
        assert story["name"] in flat
        assert f"{better}, {better}" in flat  # what was tried and how it went
        assert t(locale, "category-aggression_people") in flat and t(locale, "category-barking") in flat
