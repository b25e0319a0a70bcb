# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Issue 11, a fresh new owner's trial, F9: an owner with no dog yet sends reports, starts adding
a dog ("강아지 추가" → "보리") and cancels: the reports were given to the cancelled dog ("보리의
최근 기록"), as the name answer made it the active dog and adopted every dog-less row. A dog
added with /newdog becomes the active dog, and adopts the dog-less rows, only when its profile is
confirmed; cancelled, the reports stay the owner's, under no dog."""

from __future__ import annotations

from pathlib import Path

from dogcoach.services.store import Report
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import FAST_BOX, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import EN_BUTTONS, KO_BUTTONS, KakaoUser, Server, open_store, serve
from tests.test_owner_trial import t
from tests.test_telegram_e2e import harness, settings_for


async def _reports(srv: Server, user: KakaoUser) -> list[Report]:
    async with open_store(srv.settings.database_url) as store, store.session() as s:
        owner = await s.get_user("kakao", user.key)
        assert owner is not None
        return sorted(await s.list_reports(owner.id), key=lambda r: r.id)


async def test_reports_stay_dogless_when_adding_the_first_dog_is_cancelled_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    settings = kakao_settings_for(tmp_path, fake_ollama.url, **FAST_BOX)
    async with serve(settings) as srv:
        for lang, hello, report, name in (
            ("ko", "안녕하세요", "우리 강아지가 밤마다 짖어요 ㅠㅠ", "보리"),
            ("en", "English", "my dog barks every night :(", "Bori"),
        ):
            user = srv.user(lang=lang)
            await user.send(hello)
            await user.send("/cancel")  # no dog yet
            await user.send(report)
            await until_owed(srv, user)
            await user.send("/cancel")  # the report's follow-up question set aside
            assert [r.dog_id for r in await _reports(srv, user)] == [None]
            await user.send("/newdog")
            await user.send(name)
            assert user.text.endswith(t(lang, "survey-q-age_months", name=name)), user.texts
            await user.send("/cancel")
            assert [r.dog_id for r in await _reports(srv, user)] == [None]
            await user.send("/history")
            assert name not in user.text, user.texts
            assert t(lang, "history-title", page=1) in user.text, user.texts

            # added again and confirmed: now the owner's dog, and the reports are its
            await user.send("/newdog")
            for kind, value in KO_BUTTONS if lang == "ko" else EN_BUTTONS:
                if kind == "tap":
                    await user.tap(value)
                else:
                    await user.send(value)
            assert [r.dog_id for r in await _reports(srv, user)] == [None]  # not before it is confirmed
            await user.tap("survey:confirm")
            async with open_store(srv.settings.database_url) as store, store.session() as s:
                owner = await s.get_user("kakao", user.key)
                assert owner is not None and owner.active_dog_id is not None
                dog = await s.get_dog(owner.active_dog_id)
            assert dog is not None and dog.name == ("초코" if lang == "ko" else "Choco")
            assert [r.dog_id for r in await _reports(srv, user)] == [dog.id]
            await user.send("/history")
            assert t(lang, "history-title-dog", name=dog.name, page=1) in user.text, user.texts


async def test_reports_stay_dogless_when_adding_the_first_dog_is_cancelled_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        assert tg.rt.analysis is not None
        for chat, lang, report, name in (
            (19011, "ko", "우리 강아지가 밤마다 짖어요 ㅠㅠ", "보리"),
            (19012, "en", "my dog barks every night :(", "Bori"),
        ):
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, "/cancel")  # no dog yet
            await tg.say(chat, report)
            assert await tg.rt.analysis.drain(15)
            await tg.say(chat, "/cancel")  # the report's follow-up question set aside
            await tg.say(chat, "/newdog")
            await tg.say(chat, name)
            await tg.say(chat, "/cancel")
            # its answers kept: the owner's dog in progress, continued by "start" (not active yet)
            assert tg.last_text(chat) == t(lang, "cancel-kept")
            async with tg.rt.store.session() as s:
                owner = await s.get_user("telegram", str(chat))
                assert owner is not None and owner.active_dog_id is None
                assert [r.dog_id for r in await s.list_reports(owner.id)] == [None]
            await tg.say(chat, "/history")
            assert name not in tg.last_text(chat)
