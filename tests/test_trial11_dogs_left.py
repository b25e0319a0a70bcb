# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 11: dogs, history and profile (issue 11, corpus batch 104). Reproduced through a
real channel first (Kakao and Telegram, the terminal), both languages, then fixed for its kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import t
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_telegram_e2e import Harness, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial9_words import _with_dogs_on_kakao

DOGS = {"ko": ("초코", "콩이"), "en": ("Milo", "Rex")}

# -- 5. the bot asked whether it remembers, after an erase ----------------------------------------

REMEMBER = {"ko": "다시 왔어요 두부 기억나요?", "en": "im back, do you remember dubu?"}


async def _erased_on_kakao(kakao: Server, lang: str) -> KakaoUser:
    user = kakao.user(lang=lang)
    for text in ("/start", "두부" if lang == "ko" else "Dubu", "/cancel", "/delete"):
        await user.send(text)
    await user.tap("privacy:delete:yes")
    assert user.texts == [t(lang, "delete-done")]
    return user


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_remember_after_an_erase_is_answered_without_the_model_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _erased_on_kakao(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(REMEMBER[lang])
    assert t(lang, "coach-remember-none") in user.texts, user.texts
    assert _model_calls(fake_ollama) == calls


REMEMBER_DOG = {"ko": "콩이 기억하죠?", "en": "do u remember rex"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_remember_a_dog_kept_is_answered_from_its_profile_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _with_dogs_on_kakao(kakao, lang, DOGS[lang])
    calls = _model_calls(fake_ollama)
    await user.send(REMEMBER_DOG[lang])
    assert t(lang, "coach-remember-dog", name=DOGS[lang][1]) in user.texts, user.texts
    await user.send("저 기억하세요?" if lang == "ko" else "do you remember me?")
    assert t(lang, "coach-remember-dogs", dogs=", ".join(DOGS[lang])) in user.texts, user.texts
    assert _model_calls(fake_ollama) == calls


async def test_remember_after_an_erase_is_answered_without_the_model_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await _remember_on_telegram(tg, fake_ollama)


async def _remember_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, lang in ((104501, "ko"), (104502, "en")):
        for text in ("/start", DOGS[lang][0], "/cancel", "/delete"):
            await tg.say(chat, text, language_code=lang)
        await tg.tap(chat, t(lang, "delete-confirm"))
        calls = _model_calls(fake_ollama)
        before = len(tg.sent(chat))
        await tg.say(chat, REMEMBER[lang], language_code=lang)
        assert t(lang, "coach-remember-none") in tg.sent(chat)[before:], tg.sent(chat)[before:]
        assert _model_calls(fake_ollama) == calls
