# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A view asked with a dog's name is that dog's, all the way (issue 11, batch 55).

Faults left after batch 50 (`test_owner_asks.py`, A2):
- the "Older ▶" / "◀ Newer" buttons under "Show me Charlie's history" paged through the active
  dog's reports: the button did not carry the dog it was about;
- "보리 프로필 보여줘", "show me Luna's profile", "콩이 요약", "Luna's progress" showed the active dog;
- at the dog picker outside the survey ("다른 강아지로 바꿔", "switch dog"), a bare "2" picked the
  second dog on Kakao and Telegram, where no number is shown beside the names (`NUMBERS_SHOWN`).
Each through the real channel over HTTP against the fakes, in both languages; nothing of it
reaches the model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dogcoach.config import Settings
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.test_command_words import _two_dogs_kakao, _two_dogs_tg
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, quick_of, serve  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import _calls, t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def _seed(store: Store, channel: str, external_id: str, name: str, count: int, lang: str) -> None:
    """`count` analysed reports about the owner's dog called `name`, "<name> barked N"."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        [dog] = [d for d in await s.list_dogs(user.id) if d.name == name]
        for n in range(count):
            report = await s.add_report(user.id, dog.id, f"{name} barked {n}", lang, kind="report")
            report.status = "done"
            report.analysis = sample_analysis(lang)
            await s.update_report(report)
            await s.claim_delivery(report.id)  # its result seen already


async def _names(store: Store, channel: str, external_id: str) -> tuple[str, str]:
    """(the active dog's name, the other dog's name)."""
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        dogs = await s.list_dogs(user.id)
    [active] = [d.name or "" for d in dogs if d.id == user.active_dog_id]
    [other] = [d.name or "" for d in dogs if d.id != user.active_dog_id]
    return active, other


def _kakao_store(kakao: Server) -> Store:
    store: Store = kakao.app.state.runtime.store
    return store


def _kakao_page_button(body: dict[str, Any], lang: str, msg_id: str) -> str:
    label = t(lang, msg_id)
    [choice] = [str(q["extra"]["choice"]) for q in quick_of(body) if q["label"] == label]
    return choice


# -- the pages of a named dog's history ----------------------------------------------------------


async def test_a_named_dogs_history_pages_through_that_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, first, second, asked in (
        ("en", "Bella", "Charlie", "Show me {}'s history"),
        ("ko", "보리", "초코", "{} 기록 보여주세요"),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        store = _kakao_store(kakao)
        active, other = await _names(store, "kakao", user.key)
        await _seed(store, "kakao", user.key, active, 3, lang)
        await _seed(store, "kakao", user.key, other, 7, lang)
        await user.send(asked.format(other))
        assert user.texts[0].splitlines()[0] == t(lang, "history-title-dog", name=other, page=1), user.texts
        body = await user.tap(_kakao_page_button(user.last, lang, "history-older"))
        lines = user.texts[0].splitlines()
        assert lines[0] == t(lang, "history-title-dog", name=other, page=2), user.texts
        assert f"{other} barked 1" in user.texts[0] and active not in "\n".join(lines[1:]), user.texts
        await user.tap(_kakao_page_button(body, lang, "history-newer"))
        assert user.texts[0].splitlines()[0] == t(lang, "history-title-dog", name=other, page=1), user.texts
        assert await _names(store, "kakao", user.key) == (active, other)  # nothing switched
    assert _calls(fake_ollama) == 0


async def test_a_named_dogs_history_pages_through_that_dog_on_telegram(tg: Harness) -> None:
    for chat, lang, first, second, asked in (
        (55101, "ko", "보리", "초코", "{} 기록 보여줘"),
        (55102, "en", "Luna", "Max", "show me {}'s history"),
    ):
        await _two_dogs_tg(tg, chat, lang, first, second)
        active, other = await _names(tg.rt.store, "telegram", str(chat))
        await _seed(tg.rt.store, "telegram", str(chat), active, 2, lang)
        await _seed(tg.rt.store, "telegram", str(chat), other, 6, lang)
        await tg.say(chat, asked.format(other))
        assert tg.last_text(chat).splitlines()[0] == t(lang, "history-title-dog", name=other, page=1)
        await tg.tap(chat, t(lang, "history-older"))
        shown = tg.last_text(chat)
        assert shown.splitlines()[0] == t(lang, "history-title-dog", name=other, page=2), shown
        assert f"{other} barked 0" in shown, shown
        assert await _names(tg.rt.store, "telegram", str(chat)) == (active, other)


# -- profile, summary, progress of a named dog ---------------------------------------------------


async def test_a_named_dogs_profile_summary_and_progress_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    def settings(base: str) -> Settings:  # a public address: the summary is a link on Kakao
        return kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, PUBLIC_BASE_URL=base)

    async with serve(settings) as kakao:
        await _named_views_on_kakao(kakao)
    assert _calls(fake_ollama) == 0


async def _named_views_on_kakao(kakao: Server) -> None:
    for lang, first, second, profile, summary, progress in (
        ("en", "Luna", "Max", "show me {}'s profile", "{}'s summary", "{}'s progress"),
        ("ko", "보리", "콩이", "{} 프로필 보여줘", "{} 요약", "{} 진행 상황"),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        store = _kakao_store(kakao)
        active, other = await _names(store, "kakao", user.key)
        await user.send(profile.format(other))
        assert user.texts[0].splitlines()[0] == t(lang, "card-title", name=other), user.texts
        await user.send(progress.format(other))
        assert t(lang, "coaching-progress-title-dog", name=other) in user.text, user.texts
        await user.send(summary.format(other))
        assert user.texts[0].startswith(t(lang, "summary-ready-dog", name=other)), user.texts
        await user.send(profile.format("Bingo" if lang == "en" else "두부"))
        unknown = "Bingo" if lang == "en" else "두부"
        dogs = f"{first}, {second}"  # in the order they were added
        assert user.texts[0] == t(lang, "view-unknown-dog", name=unknown, dogs=dogs), user.texts
        for asked in (summary, progress):
            await user.send(asked.format(unknown))
            assert user.texts[0] == t(lang, "view-unknown-dog", name=unknown, dogs=dogs), user.texts
        assert await _names(store, "kakao", user.key) == (active, other)  # the active dog stays
        await user.send("/profile")
        assert user.texts[0].splitlines()[0] == t(lang, "card-title", name=active), user.texts


async def test_a_named_dogs_profile_summary_and_progress_on_telegram(tg: Harness) -> None:
    for chat, lang, first, second, asked in (
        (55201, "ko", "초코", "밤이", ("{} 프로필", "{} 요약 보여주세요", "{} 진행상황 보여줘")),
        (55202, "en", "Charlie", "Bella", ("Show me {}'s profile", "show me {}'s summary", "{}'s progress")),
    ):
        await _two_dogs_tg(tg, chat, lang, first, second)
        active, other = await _names(tg.rt.store, "telegram", str(chat))
        await tg.say(chat, asked[0].format(other))
        assert tg.last_text(chat).splitlines()[0] == t(lang, "card-title", name=other), tg.sent(chat)
        await tg.say(chat, asked[1].format(other))
        assert tg.last_text(chat).startswith(t(lang, "summary-ready-dog", name=other)), tg.sent(chat)
        await tg.say(chat, asked[2].format(other))
        assert t(lang, "coaching-progress-title-dog", name=other) in tg.last_text(chat), tg.sent(chat)
        assert await _names(tg.rt.store, "telegram", str(chat)) == (active, other)


# -- the dog picker outside the survey: no bare number where none is shown ---------------------


async def test_the_dog_picker_takes_no_bare_number_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, first, second, switch, first_again, ordinal in (
        ("en", "Rex", "Choco", "switch dog", "switch to Rex", "second"),
        ("ko", "보리", "초코", "다른 강아지로 바꿔", "보리로 바꿔줘", "두 번째"),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        store = _kakao_store(kakao)
        await user.send(first_again)
        await user.send(switch)
        assert user.texts[0] == t(lang, "profile-pick-dog"), user.texts
        await user.send("2")  # no number beside the names: not the second dog
        assert user.texts[0] == t(lang, "picker-which"), user.texts
        assert (await _names(store, "kakao", user.key))[0] == first
        await user.send(ordinal)  # the list was shown again: a position said as one picks
        assert user.texts[0] == t(lang, "profile-switched", name=second), user.texts
        await user.send(switch)
        await user.send("1번")
        assert user.texts[0] == t(lang, "profile-switched", name=first), user.texts
    assert _calls(fake_ollama) == 0


async def test_the_dog_picker_takes_no_bare_number_on_telegram(tg: Harness) -> None:
    for chat, lang, first, second, switch in (
        (55301, "ko", "콩이", "두부", "강아지 바꾸기"),
        (55302, "en", "Oreo", "Mocha", "change dog"),
    ):
        await _two_dogs_tg(tg, chat, lang, first, second)
        active, other = await _names(tg.rt.store, "telegram", str(chat))
        await tg.say(chat, switch)
        assert tg.last_text(chat) == t(lang, "profile-pick-dog")
        await tg.say(chat, "1" if other == first else "2")
        assert tg.last_text(chat) == t(lang, "picker-which"), tg.sent(chat)
        assert await _names(tg.rt.store, "telegram", str(chat)) == (active, other)
        await tg.say(chat, other)  # the name still picks
        assert t(lang, "profile-switched", name=other) in tg.sent(chat)


def test_the_dog_picker_in_the_terminal_still_takes_a_number(tmp_path: Path) -> None:
    for lang, first, second, switch in (
        ("en", "Rex", "Choco", "switch dog"),
        ("ko", "보리", "초코", "강아지 바꾸기"),
    ):
        out = _chat(
            tmp_path,
            [
                first,
                "/cancel",
                "/newdog",
                second,
                "/cancel",
                f"{first}로 바꿔줘" if lang == "ko" else f"switch to {first}",
                switch,
                "2",
            ],
            "--lang",
            lang,
            "--user",
            f"picker-{lang}",
        )
        assert t(lang, "profile-switched", name=second) in out, out


def test_a_named_dogs_profile_and_progress_in_the_terminal(tmp_path: Path) -> None:
    for lang, first, second, back, views in (
        ("en", "Rex", "Choco", "switch to Rex", ("show me Choco's profile", "Choco's progress")),
        ("ko", "보리", "초코", "보리로 바꿔줘", ("초코 프로필 보여줘", "초코 진행 상황")),
    ):
        lines = [first, "/cancel", "/newdog", second, "/cancel", back, *views, "/profile"]
        out = _chat(tmp_path, lines, "--lang", lang, "--user", f"views-{lang}")
        shown = out.split(t(lang, "card-title", name=second), 1)  # the named dog's card
        assert len(shown) == 2, out
        assert t(lang, "coaching-progress-title-dog", name=second) in shown[1], out
        assert t(lang, "card-title", name=first) in shown[1], out  # /profile: still the first dog's


async def test_a_named_dogs_profile_asked_mid_survey_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, first, second, go_on, asked, unknown in (
        ("en", "Rex", "Choco", "continue", "show me {}'s profile", "Bingo"),
        ("ko", "보리", "초코", "설문 이어서 하기", "{} 프로필 보여줘", "두부"),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        active, other = await _names(_kakao_store(kakao), "kakao", user.key)
        await user.send(go_on)
        assert active in user.text, user.texts  # the active dog's survey goes on
        question = user.texts[-1]
        await user.send(asked.format(unknown))  # no such dog: said so, and the question again
        assert user.texts[0] == t(lang, "view-unknown-dog", name=unknown, dogs=f"{first}, {second}"), (
            user.texts
        )
        assert user.texts[-1] == question, user.texts
        await user.send(asked.format(other))  # the other dog's card, then the question again
        assert user.texts[0].splitlines()[0] == t(lang, "card-title", name=other), user.texts
        assert user.texts[-1] == question, user.texts
    assert _calls(fake_ollama) == 0
