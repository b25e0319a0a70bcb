"""Owners set up through a real channel and read back: the helpers the test modules of stops 50-56
had each copied (one copy kept here, the modules import it).

Setting up (each docstring says the state the owner is left in):
- `tg_settings`, `tg_surveyed`: Telegram over the fake Bot API with the fake Ollama; a surveyed
  owner, idle.
- `tg_result_shown`: a surveyed Telegram owner's report analysed, the result's follow-up open.
- `kakao_checkin_asked`: a Kakao owner's plan three days on, its check-in asked.
- `tg_owner_typed`: a surveyed Telegram owner who typed one message; what the bot said back.
- `kakao_two_dogs`, `tg_two_dogs`: an owner of two dogs surveyed, the second active.

Typing and reading back:
- `tg_typed`: one message typed on Telegram, the replies of its turn.
- `kakao_photo`: a photo with a caption sent on Kakao, the replies.
- `kakao_answered`, `tg_answered`: the owner's answered check-ins, (outcome, note) each.
- `kakao_dogs_answers`, `tg_dogs_answers`: each of the owner's dogs' survey answers, by name.
- `check_values`: which of the expected survey values a dog's answers do not hold.

The readers and setups older modules share stay where they are: `_model_calls`, `_kakao_reports`,
`_tg_reports` (tests.test_dog_words), `_answered`, `_kakao_pushed`, `_telegram_plan`
(tests.test_trial10_checkins), `kakao_owner`, `tg_owner` (tests.test_stop35_profile),
`_result_shown` (tests.test_stop42_lead), `kakao_at`, `tg_at`, `kakao_answers`, `tg_answers`
(tests.test_survey_answers_misread).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.config import Settings
from dogcoach.domain.channel import Channel
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_dog_words import _kakao_dog_ids, _tg_dog_ids
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, open_store, serve, skill_body, texts_of
from tests.test_stop35_profile import tg_owner
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, settings_for
from tests.test_trial10_checkins import REPORT, STEP, _answered
from tests.timetravel import travel

# -- Kakao: setting up ---------------------------------------------------------------------------


@asynccontextmanager
async def kakao_checkin_asked(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[Server, KakaoUser]]:
    """Kakao running with an owner whose report (`REPORT[lang]`) was analysed into a plan (its
    step `STEP[lang]`), three days on: the check-in "how did it go?" asked at their next message
    ("hi"), open, nothing answered."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send("안녕하세요" if lang == "ko" else "hi")
        assert owner.texts[-1] == t(lang, "coaching-checkin-question", text=STEP[lang]), owner.texts
        yield srv, owner


# -- Telegram: setting up -------------------------------------------------------------------------


def tg_settings(fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path) -> Settings:
    """Settings for Telegram over `fake_telegram`, analysed by `fake_ollama`, stored under `tmp_path`."""
    return settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)


@asynccontextmanager
async def tg_surveyed(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> AsyncIterator[Harness]:
    """Telegram running (`tg_settings`) with a surveyed owner at `chat` in `lang`: their dog's
    survey answered and agreed, nothing asked, nothing reported."""
    async with harness(fake_telegram, tg_settings(fake_telegram, fake_ollama, tmp_path)) as tg:
        await tg_owner(tg, chat, lang)
        yield tg


async def tg_result_shown(tg: Harness, chat: int, lang: str, topic: str, report: str) -> None:
    """A surveyed Telegram owner's `report` analysed, its result pushed with the question on `topic`
    (set the fake Ollama's analysis to `missing(topic)` first): that follow-up question open."""
    await tg_owner(tg, chat, lang)
    await tg.say(chat, report, language_code=lang)
    question = t(lang, f"analysis-followup-{topic}")
    await eventually(lambda: any(question in s for s in tg.sent(chat)))
    await asyncio.sleep(0.3)


async def tg_owner_typed(tg: Harness, chat: int, lang: str, typed: str) -> str:
    """A surveyed Telegram owner who then typed `typed`; what the bot sent in the 0.3 s after, joined."""
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    await asyncio.sleep(0.3)
    return "\n".join(tg.sent(chat)[before:])


def _two_dogs_typed(other: Sequence[str], active: Sequence[str], switch: str) -> list[str]:
    return ["/start", *other, "/cancel", "/newdog", *active, "/cancel", switch.format(name=active[0])]


async def kakao_two_dogs(
    kakao: Server, lang: str, other: Sequence[str], active: Sequence[str], switch: str
) -> tuple[KakaoUser, dict[str, int]]:
    """A Kakao owner of two dogs: `other` surveyed (its answers typed, the name first), then
    `active` added with /newdog, each survey left with /cancel, `active` switched to by `switch`
    (its `{name}` the dog's name): `active` the dog spoken of, nothing asked. The owner and the
    dogs' ids by name."""
    user = kakao.user(lang=lang)
    for text in _two_dogs_typed(other, active, switch):
        await user.send(text)
    assert t(lang, "profile-switched", name=active[0]) in user.text, user.texts[-2:]
    return user, await _kakao_dog_ids(kakao, user.key)


async def tg_two_dogs(
    tg: Harness, chat: int, lang: str, other: Sequence[str], active: Sequence[str], switch: str
) -> dict[str, int]:
    """The same on Telegram (`kakao_two_dogs`): the dogs' ids by name."""
    for i, text in enumerate(_two_dogs_typed(other, active, switch)):
        await tg.say(chat, text, **({"language_code": lang} if not i else {}))
    assert t(lang, "profile-switched", name=active[0]) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    return await _tg_dog_ids(tg, chat)


# -- typing and reading back ----------------------------------------------------------------------


async def tg_typed(tg: Harness, chat: int, text: str) -> str:
    """`text` typed; the replies of its turn, joined."""
    before = len(tg.sent(chat))
    await tg.say(chat, text)
    await tg.hook.idle(TURN_BOUND)
    return "\n".join(tg.sent(chat)[before:])


async def kakao_photo(kakao: Server, key: str, caption: str, lang: str) -> list[str]:
    """A photo captioned `caption` sent by the Kakao owner `key` (Kakao's `action.params.media`);
    what the bot said back."""
    body = skill_body(key, caption, lang=lang)
    body["action"]["params"] = {"media": {"type": "image", "url": "https://talk.kakaocdn.net/x.jpg"}}
    response = await kakao.post(body)
    assert response.status_code == 200
    return texts_of(response.json())


async def kakao_answered(server: Server, key: str) -> list[tuple[str | None, str | None]]:
    """The Kakao owner's answered check-ins, (outcome, note) each."""
    return _answered(await checkins_of(server.app.state.runtime.store, Channel.KAKAO, key))


async def tg_answered(tg: Harness, chat: int) -> list[tuple[str | None, str | None]]:
    """The Telegram owner's answered check-ins, (outcome, note) each."""
    return _answered(await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat)))


async def kakao_dogs_answers(server: Server, key: str) -> dict[str, dict[str, Any]]:
    """Each of the Kakao owner's dogs' survey answers, by name."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name or "": dict(d.answers) for d in await s.list_dogs(user.id)}


async def tg_dogs_answers(tg: Harness, chat: int) -> dict[str, dict[str, Any]]:
    """Each of the Telegram owner's dogs' survey answers, by name."""
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return {d.name or "": dict(d.answers) for d in await s.list_dogs(user.id)}


def check_values(answers: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """The keys of `expected` whose value `answers` does not hold (an empty list: all as expected).
    `"~key": bool`, the value kept as approximate or not; `"!key"`, no value kept; a number
    compared with `pytest.approx`."""
    wrong = []
    for key, value in expected.items():
        if key.startswith("~"):
            if bool(key[1:] in (answers.get("approximate") or {})) is not value:
                wrong.append(key)
        elif key.startswith("!"):
            if key[1:] in answers:
                wrong.append(key)
        elif isinstance(value, float | int) and not isinstance(value, bool):
            if answers.get(key) != pytest.approx(value):
                wrong.append(key)
        elif answers.get(key) != value:
            wrong.append(key)
    return wrong
