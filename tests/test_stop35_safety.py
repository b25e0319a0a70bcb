# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 17 (issue 11, corpus batch 136): safety before the model. Each reproduced through a
real channel first (Kakao over the skill's HTTP, Telegram pushed, the terminal for the attack),
Korean and English, then fixed for its kind in `services.safety` (word lists in
locales/*/safety.ftl). The fake Ollama counts the model's calls.

1. Swallowed things with no foreign-body line: "my dog ate a chicken bone", "she gulped down a corn
   cob", "닭뼈 먹었어요ㅠㅠ", "산책하다 뭘 주워먹었는데 돌같아요" (cooked bones splinter, corn cobs
   block: AKC / ASPCA first aid) — the foreign-body line first, and kept as a report. "he ate his
   dinner", "간식 먹었어요", "뼈간식 줬어요" stay nothing.
2. "zeus attacked the neighbour's dog, there was a lot of blood": no bite line — a bite with injury.
3. Shutting the dog away as punishment ("we lock him in the bathroom as punishment", "짖으면
   베란다에 가둬요 괜찮나요?"): the punishment line (AVSAB 2021); a crate used kindly gets none.
4. "… I'm scared she'll get hit" (by a car) got the hitting line: no punishment by the owner.
5. After a sock report, "토하려고 하는데 안나와요" (retching, nothing comes up) got only the
   within-24-hours line: a vet now.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import make_store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_dog_words import _model_calls
from tests.test_kakao_reports import idle_user
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import chat_process, stored_flags, telegram_bot
from tests.test_stop35_reports import _kinds
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import eventually

FLAGS = (
    "foreign_body",
    "retching",
    "bite_injury",
    "child_bitten",
    "child_warning",
    "toxin",
    "pain_illness",
    "breathing",
)
METHODS = ("confine", "hitting", "shouting")

# (typed, the red flag whose line comes first, the method whose alternative is shown; "" none)
SAFETY = {
    "en": [
        ("my dog ate a chicken bone", "foreign_body", ""),
        ("kiwi just ate a chicken bone off the street", "foreign_body", ""),
        ("he swallowed a cooked bone 10 mins ago", "foreign_body", ""),
        ("she gulped down a corn cob", "foreign_body", ""),
        ("zeus attacked the neighbour's dog, there was a lot of blood", "bite_injury", ""),
        ("we lock him in the bathroom as punishment", "", "confine"),
        ("we shut her in the laundry when she barks", "", "confine"),
        (
            "So yesterday we were at the park and Rosie saw a squirrel and just bolted, she pulled the "
            "leash out of my hand and ran across the road, luckily no cars. she always does this with "
            "squirrels and cats and I'm scared she'll get hit",
            "",
            "",
        ),
    ],
    "ko": [
        ("닭뼈 먹었어요ㅠㅠ", "foreign_body", ""),
        ("산책하다 뭘 주워먹었는데 돌같아요", "foreign_body", ""),
        ("옥수수속대 먹어버렸어요", "foreign_body", ""),
        ("옆집 개를 공격했는데 피가 많이 났어요", "bite_injury", ""),
        ("혼낼때 구석에 가둬두는건요", "", "confine"),
        ("짖으면 베란다에 가둬요 괜찮나요?", "", "confine"),
    ],
}
# Neighbours: nothing kept, nothing sent to the model, no safety line.
NOTHING = {
    "en": ["he ate his dinner", "crate training at night"],
    "ko": ["간식 먹었어요", "뼈간식 줬어요", "켄넬 교육 중이에요"],
}
# A sock reported, then retching with nothing coming up
RETCHING = {
    "ko": ("급해요 강아지가 양말을 삼켰어요", "토하려고 하는데 안나와요"),
    "en": ("she swallowed a sock this morning", "she keeps trying to throw up but nothing comes up"),
}


def _lines(lang: str) -> list[str]:
    """Every safety line this file looks for: the flags' and the methods' alternatives."""
    return [t(lang, f"safety-{flag}") for flag in FLAGS] + [
        t(lang, f"safety-aversive-alt-{method}") for method in METHODS
    ]


def _expected(lang: str, flag: str, method: str) -> list[str]:
    return ([t(lang, f"safety-{flag}")] if flag else []) + (
        [t(lang, f"safety-aversive-alt-{method}")] if method else []
    )


def _said(lang: str, text: str) -> list[str]:
    return [line for line in _lines(lang) if line in text]


# -- 1-4. the line first, the report kept ----------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_trial17_safety_lines_and_reports_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        for typed, flag, method in SAFETY[lang]:
            user = await idle_user(srv, english=lang == "en")
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            said = user.text
            if flag:
                assert said.startswith(t(lang, "safety-header-now")), (typed, said)
            if method:
                assert t(lang, "safety-aversive-why") in said or t(lang, "safety-aversive-why-asked") in said
            assert _said(lang, said) == _expected(lang, flag, method), (typed, said)
            assert await stored_flags(store, Channel.KAKAO, user.key) == ([flag] if flag else []), typed
            rows = await _kinds(store, Channel.KAKAO, user.key)
            assert [text for _, text in rows] == [typed], (typed, rows)
            assert rows[0][0] in ("report", "question"), (typed, rows)
            if flag:
                assert rows[0][0] == "report", (typed, rows)
            await eventually(lambda calls=calls: _model_calls(fake_ollama) > calls)
        for typed in NOTHING[lang]:
            user = await idle_user(srv, english=lang == "en")
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            await asyncio.sleep(0.3)
            assert _said(lang, user.text) == [], (typed, user.text)
            assert await _kinds(store, Channel.KAKAO, user.key) == [], (typed, user.texts)
            assert _model_calls(fake_ollama) == calls, typed


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_trial17_safety_lines_and_reports_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        store = tg.rt.store
        for n, (typed, flag, method) in enumerate(SAFETY[lang]):
            chat = 36100 + n
            await owner_with_dog(tg, chat, lang)
            calls = _model_calls(fake_ollama)
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            await eventually(lambda calls=calls: _model_calls(fake_ollama) > calls)
            sent = tg.sent(chat)[before:]
            if flag:
                assert t(lang, f"safety-{flag}") in sent[0], (typed, sent)
            if method:
                assert t(lang, f"safety-aversive-alt-{method}") in "\n".join(sent), (typed, sent)
            assert _said(lang, "\n".join(sent)) == _expected(lang, flag, method), (typed, sent)
            assert await stored_flags(store, Channel.TELEGRAM, str(chat)) == ([flag] if flag else [])
            rows = await _kinds(store, Channel.TELEGRAM, str(chat))
            assert [text for _, text in rows] == [typed], (typed, rows)
        for n, typed in enumerate(NOTHING[lang]):
            chat = 36200 + n
            await owner_with_dog(tg, chat, lang)
            calls = _model_calls(fake_ollama)
            await tg.say(chat, typed, language_code=lang)
            await asyncio.sleep(0.3)
            assert _said(lang, "\n".join(tg.sent(chat))) == [], (typed, tg.sent(chat))
            assert await _kinds(store, Channel.TELEGRAM, str(chat)) == [], typed
            assert _model_calls(fake_ollama) == calls, typed


async def test_trial17_an_attack_with_blood_gets_the_bite_line_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    typed = "zeus attacked the neighbour's dog, there was a lot of blood"
    out = chat_process(tmp_path, "en", [typed], fake_ollama.url)
    assert t("en", "safety-bite_injury") in out, out
    store = make_store(f"sqlite:///{tmp_path / 'dogcoach.db'}")
    async with store:
        assert await stored_flags(store, Channel.CONSOLE, "ann") == ["bite_injury"]


# -- 5. retching after a sock ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_trial17_retching_after_a_sock_is_urgent_now_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    sock, retching = RETCHING[lang]
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        user = await idle_user(srv, english=lang == "en")
        await user.send(sock)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await user.send(retching)
        said = user.text
        # the retching's line first, before the sock's result owed (stop 37: the result came first)
        assert said.startswith(t(lang, "safety-header-now")), said
        assert said.split("\n\n")[1].startswith(t(lang, "safety-retching")), said
        assert t(lang, "safety-header-within_24h") not in said, said
        assert await stored_flags(store, Channel.KAKAO, user.key) == ["foreign_body", "retching"]
        rows = await _kinds(store, Channel.KAKAO, user.key)
        assert [kind for kind, _ in rows] == ["report", "report"], rows


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_trial17_retching_after_a_sock_is_urgent_now_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    sock, retching = RETCHING[lang]
    chat = 36300
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        await owner_with_dog(tg, chat, lang)
        await tg.say(chat, sock, language_code=lang)
        await report_done(tg, chat)
        before = len(tg.sent(chat))
        await tg.say(chat, retching, language_code=lang)
        await eventually(lambda: any(t(lang, "safety-retching") in s for s in tg.sent(chat)[before:]))
        sent = tg.sent(chat)[before:]
        first = next(n for n, s in enumerate(sent) if t(lang, "safety-retching") in s)
        assert t(lang, "safety-header-now") in sent[first], sent
        # a vet now, never the within-24-hours header besides
        assert not any(t(lang, "safety-header-within_24h") in s for s in sent), sent
        assert not any(t(lang, "safety-header-within_24h") in s for s in sent), sent
        assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["foreign_body", "retching"]
