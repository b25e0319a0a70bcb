# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 57, helper flows57: the check-in's and the vet summary's leftovers from stop 56, each
fault reproduced through a real channel first (Kakao skill webhook, Telegram over the fake Bot
API; ko and en), what was stored or replied read back.

1. With two dogs, "how did it go?" named its dog but nothing after it did: "anything to add?",
   the advice on the answer, "📝 Noted" / "changed" named no dog, so an owner answering two dogs'
   check-ins in a row could not tell which one the note was for. Every check-in message says its
   dog when the owner has more than one (`checkins.say`, the `-dog` messages).
2. An answer typed with words ("better, he barks less with treats") then taken back at the note
   ("actually scratch that, it got worse"): the outcome changed, but the first answer's words
   stayed as the note, telling "better" under a "worse". Those words went with the answer the
   owner took back (as a correction a moment later already replaced them, `replace_answer`);
   health news told before the answer stays. Another outcome only stated in the note ("kinda
   worse?" after "will try this weekend", owner trial 11) keeps both words, as before.
3. The worst reaction's survey label typed at the note ("물었음 (상처 있음)", "Bite, with injury"):
   the bite's safety card and red flag, and the words kept as the note.
4. The vet summary PDF's timeline ("what") showed the analysis's words in the report's language,
   unlabelled, after a /language switch: labelled as the chat summary labels them
   (`summary-written-in`); the owner's own words (an unanalysed report) stay as typed.

First run at 1c249cdb (before the fixes): see each test's comment.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_command_words import _two_dogs_tg
from tests.test_dog_words import TWO_DOGS, _model_calls, _two_dogs_on_kakao
from tests.test_kakao_skill import KakaoUser, Server, kakao_settings, serve
from tests.test_stop56_flows56 import _flat, _kakao_checkin
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.test_trial10_checkins import REPORT, STEP, _answered, _telegram_plan
from tests.timetravel import travel

# -- 1. two dogs: every check-in message names its dog ---------------------------------------------

TG_DOGS = {"ko": ("보리", "초코"), "en": ("Rex", "Choco")}


@asynccontextmanager
async def _two_dogs_kakao_checkin(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[Server, KakaoUser, str]]:
    """A Kakao owner of two dogs, the active one's plan three days on, its check-in asked at the
    owner's next message; the dog's name."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner, _ = await _two_dogs_on_kakao(srv, lang)
        name = TWO_DOGS[lang][2]
        store = srv.app.state.runtime.store
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send("안녕하세요" if lang == "ko" else "hi")
        assert t(lang, "coaching-checkin-question-dog", name=name, text=STEP[lang]) in owner.text, owner.texts
        yield srv, owner, name


# First run at 1c249cdb: 4 of 4 failed (the advice and the note prompt named no dog).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_two_dogs_the_check_in_messages_name_the_dog_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _two_dogs_kakao_checkin(fake_ollama, tmp_path, lang) as (srv, owner, name):
        [row] = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        await owner.tap(f"checkin:{row.id}:better")
        assert t(lang, "coaching-advice-keep-better-dog", name=name) in owner.text, owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note-dog", name=name), owner.texts
        await owner.send("아 아니다 더 심해졌어요" if lang == "ko" else "actually scratch that, it got worse")
        worse = t(lang, "coaching-outcome-worse")
        assert t(lang, "coaching-checkin-replaced-dog", name=name, outcome=worse) in owner.text, owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note-dog", name=name), owner.texts
        await owner.send("주로 저녁에 그래요" if lang == "ko" else "mostly in the evening")
        assert t(lang, "coaching-checkin-note-saved-dog", name=name) in owner.text, owner.texts


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_two_dogs_the_check_in_messages_name_the_dog_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 57001 if lang == "ko" else 57002
    first, second = TG_DOGS[lang]
    async with harness(fake_telegram, settings) as tg:
        await _two_dogs_tg(tg, chat, lang, first, second)  # the first one active
        await tg.say(chat, REPORT[lang], language_code=lang)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        await wait_for_rows(tg.rt.store, Channel.TELEGRAM, str(chat), bool)
        await travel(tg.rt.store, DAYS)
        question = t(lang, "coaching-checkin-question-dog", name=first, text=STEP[lang])
        await eventually(lambda: question in tg.sent(chat))
        await tg.tap(chat, t(lang, "coaching-outcome-same"), language_code=lang)
        note = t(lang, "coaching-checkin-note-dog", name=first)
        await eventually(lambda: tg.sent(chat)[-1] == note)
        assert t(lang, "coaching-advice-keep-same-dog", name=first) in tg.sent(chat), tg.sent(chat)
        before = len(tg.sent(chat))
        await tg.say(
            chat, "주로 저녁에 그래요" if lang == "ko" else "mostly in the evening", language_code=lang
        )
        await eventually(lambda: len(tg.sent(chat)) > before)
        assert tg.sent(chat)[-1] == t(lang, "coaching-checkin-note-saved-dog", name=first), tg.sent(chat)


# -- 2. the first answer's words follow the answer taken back --------------------------------------

# (lang, typed as the answer, typed at the note, the outcome it takes back to)
RETOLD: tuple[tuple[str, str, str, str], ...] = (
    ("ko", "좋아졌어요 간식 주니까 덜 짖어요", "아 아니다 더 심해졌어요", "worse"),
    ("en", "better, he barks less when I give treats", "actually scratch that, it got worse", "worse"),
)


# First run at 1c249cdb: 4 of 4 failed (the first answer's words stayed the note).
@pytest.mark.parametrize(("lang", "answered", "retold", "outcome"), RETOLD)
async def test_words_typed_with_an_answer_taken_back_go_with_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, answered: str, retold: str, outcome: str
) -> None:
    async with _kakao_checkin(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        await owner.send(answered)
        assert _answered(await checkins_of(store, Channel.KAKAO, owner.key)) == [("better", answered)]
        await owner.send(retold)
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [(outcome, None)], (rows, owner.texts)
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts


@pytest.mark.parametrize(("lang", "answered", "retold", "outcome"), RETOLD)
async def test_words_typed_with_an_answer_taken_back_go_with_it_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    answered: str,
    retold: str,
    outcome: str,
) -> None:
    chat = 57011 + RETOLD.index((lang, answered, retold, outcome))
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, answered, language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        before = len(tg.sent(chat))
        await tg.say(chat, retold, language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before + 1)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [(outcome, None)], rows


# Health news told before the answer is no part of it, and stays (first run at 1c249cdb: failed,
# the answer's words kept after it).
async def test_health_news_stays_when_the_answer_is_taken_back_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _kakao_checkin(fake_ollama, tmp_path, "en") as (srv, owner):
        store = srv.app.state.runtime.store
        news = "tummy bug is gone, he's eating again"
        await owner.send(news)
        assert t("en", "coaching-checkin-health-news") in owner.text, owner.texts
        await owner.send("better, he barks less when I give treats")
        await owner.send("actually scratch that, it got worse")
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("worse", news)], (rows, owner.texts)


# -- 3. the worst reaction's label typed at the note ----------------------------------------------

LABELS = {"ko": "물었음 (상처 있음)", "en": "Bite, with injury"}


def _bite_asked(lang: str) -> str:
    return t(lang, "label-ask-incident", category=t(lang, "survey-opt-worst_reaction-bite_injury"))


async def _flags(store: Any, channel: Channel, key: str) -> list[str]:
    async with store.session() as s:
        user = await s.get_user(channel.value, key)
        assert user is not None
        return [str(f.kind) for f in await s.user_red_flags(user.id)]


# First run at 1c249cdb: 4 of 4 failed (the card and "📝 Noted", the bite never asked for: the
# check-in closed on a note, as a bite with injury is no note on the step).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_bite_label_at_the_note_is_noted_with_its_card_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with _kakao_checkin(fake_ollama, tmp_path, lang) as (srv, owner):
        store = srv.app.state.runtime.store
        [row] = await checkins_of(store, Channel.KAKAO, owner.key)
        await owner.tap(f"checkin:{row.id}:same")
        await owner.send(LABELS[lang])
        assert t(lang, "safety-header-now") in owner.text, owner.texts
        assert owner.texts[-1] == _bite_asked(lang), owner.texts
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [("same", LABELS[lang])], rows
        assert await _flags(store, Channel.KAKAO, owner.key), owner.texts
        assert _model_calls(fake_ollama) == 1  # the first report's analysis only


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_bite_label_at_the_note_is_noted_with_its_card_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    chat = 57021 if lang == "ko" else 57022
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.tap(chat, t(lang, "coaching-outcome-same"), language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        before = len(tg.sent(chat))
        await tg.say(chat, LABELS[lang], language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before + 1)
        shown = tg.sent(chat)[before:]
        assert any(t(lang, "safety-header-now") in text for text in shown), shown
        assert shown[-1] == _bite_asked(lang), shown
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert _answered(rows) == [("same", LABELS[lang])], rows
        assert await _flags(tg.rt.store, Channel.TELEGRAM, str(chat)), shown
        assert _model_calls(fake_ollama) == 1


# -- 4. the PDF's timeline after a language switch -------------------------------------------------


def _behaviour_labelled(before: str, after: str) -> str:
    behaviour = {"ko": "현관으로 달려가 계속 짖는다", "en": "Runs to the door and keeps barking"}
    return t(after, "summary-written-in", text=behaviour[before], language=before)


# First run at 1c249cdb: 2 of 2 failed (the timeline's "what" unlabelled).
@pytest.mark.parametrize(("before", "after"), [("ko", "en"), ("en", "ko")])
async def test_the_pdf_timeline_labels_words_in_another_language_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, before: str, after: str
) -> None:
    from tests.test_coaching_scenario import pdf_text

    chat = 57031 if before == "ko" else 57032
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, before) as tg:
        await tg.say(chat, "/language", language_code=before)
        await tg.tap(chat, f"lang:{after}")
        await tg.say(chat, "/summary", language_code=before)
        await eventually(lambda: bool(_documents(tg, chat)))
        shown = _flat(pdf_text(_documents(tg, chat)[-1]))
        assert _flat(_behaviour_labelled(before, after)) in shown, shown


def _documents(tg: Harness, chat: int) -> list[bytes]:
    sent = tg.fake.sent_messages(chat)
    return [m.file.content for m in sent if m.kind == "document" and m.file is not None]
