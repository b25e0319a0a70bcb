# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, new-owner trial: nothing the owner types about their dogs is lost or misfiled.

1. "Remove {name}?" answered in words ("네", "yes", the buttons' labels, "아니요", "no", "취소")
   removes or keeps the dog, as the buttons do; anything else there asks again, a report typed
   there is kept as a report (and the question asked again)."""

from __future__ import annotations

from dogcoach.services.store import Report
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def _tg_reports(tg: Harness, chat: int) -> list[Report]:
    return await owner_reports(tg.rt.store, "telegram", str(chat))


async def _kakao_reports(server: Server, key: str) -> list[Report]:
    async with open_store(server.settings.database_url) as store:
        return await owner_reports(store, "kakao", key)


async def _kakao_dogs(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


async def _tg_dogs(tg: Harness, chat: int) -> list[str]:
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


# -- 1. the remove confirmation, typed ---------------------------------------------------------------

REMOVE_WORDS = {"ko": "{name} 삭제해주세요", "en": "remove {name} please"}


async def test_remove_confirmation_answered_in_words_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 15000
    for lang, name, answer, removed in (
        ("ko", "보리", "네", True),
        ("ko", "보리", "네, 지워 주세요", True),
        ("ko", "보리", "아니요", False),
        ("ko", "보리", "취소", False),
        ("en", "Max", "yes", True),
        ("en", "Max", "Yes, remove", True),
        ("en", "Max", "no", False),
        ("en", "Max", "cancel", False),
    ):
        chat += 1
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, name)
        await tg.say(chat, "/cancel")
        await tg.say(chat, REMOVE_WORDS[lang].format(name=name))
        assert tg.last_text(chat) == t(lang, "profile-remove-ask", name=name)
        before = len(tg.sent(chat))
        await tg.say(chat, answer)
        replies = tg.sent(chat)[before:]
        if removed:
            assert t(lang, "profile-removed", name=name) in replies, (answer, replies)
            assert await _tg_dogs(tg, chat) == []
        else:
            assert t(lang, "profile-remove-kept") in replies, (answer, replies)
            assert await _tg_dogs(tg, chat) == [name]
        assert await _tg_reports(tg, chat) == [], answer
        # the question is closed: the same words again are no answer to it
        await tg.say(chat, answer)
        assert t(lang, "profile-removed", name=name) not in tg.sent(chat)[before + len(replies) :]


async def test_remove_confirmation_answered_in_words_on_kakao(kakao: Server) -> None:
    for lang, name, answer, removed in (
        ("ko", "콩이", "네", True),
        ("ko", "콩이", "지우지 않을래요", False),
        ("en", "Rex", "Yes, remove", True),
        ("en", "Rex", "Keep", False),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        await user.send("/cancel")
        await user.send("/profile")
        await user.tap(next(c for c in user.choice_ids if c.startswith("profile:remove:")))
        assert t(lang, "profile-remove-ask", name=name) in user.text
        await user.send(answer)
        if removed:
            assert t(lang, "profile-removed", name=name) in user.text, (answer, user.text)
            assert await _kakao_dogs(kakao, user.key) == []
        else:
            assert t(lang, "profile-remove-kept") in user.text, (answer, user.text)
            assert await _kakao_dogs(kakao, user.key) == [name]
        assert await _kakao_reports(kakao, user.key) == []


async def test_a_report_or_other_words_at_the_remove_confirmation_on_kakao(kakao: Server) -> None:
    """A report typed at "remove?" is kept as a report and the question comes again; small talk
    or noise asks again; nothing is removed without a yes; the tap still removes."""
    for lang, name, report in (
        ("ko", "콩이", "산책할 때 다른 개만 보면 계속 짖고 달려들어요"),
        ("en", "Rex", "He barks at every delivery man and jumps at the door"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(name)
        await user.send("/cancel")
        await user.send(REMOVE_WORDS[lang].format(name=name))
        ask = t(lang, "profile-remove-ask", name=name)
        await user.send(report)
        assert ask in user.text, user.text
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [report]
        await user.send("asdf")
        assert user.text.endswith(ask), user.text
        assert await _kakao_dogs(kakao, user.key) == [name]
        await user.tap(next(c for c in user.choice_ids if c.startswith("profile:remove-yes:")))
        assert t(lang, "profile-removed", name=name) in user.text
        assert await _kakao_dogs(kakao, user.key) == []
