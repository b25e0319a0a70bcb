# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, this morning's owner trial: after a result, with its follow-up question open ("how
often does this happen, and since when?"), messages that are no behaviour report were glued onto
the report and analysed again by the model:

1. a dog's name alone ("초코요", "Choco", "Luna"): nothing to add; the dog named is said, the
   question stays open, nothing is appended and nothing sent to the model;
2. a dog's age stated ("보리 이제 5살이에요", "Bori is 5 now"): the profile correction;
3. "왜요?", "why?", "why do you ask": a short fixed explanation of why the question helps, and
   the question again; nothing stored, no model call.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_retold import _two_dogs_on_telegram
from tests.test_dog_words import TWO_DOGS, _kakao_reports, _model_calls, _tg_reports, _two_dogs_on_kakao
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import eventually, harness, settings_for

REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "He lunges and barks at other dogs on every walk",
}
WHY = {"ko": ("왜요?", "그건 왜요?"), "en": ("why?", "why do you ask")}
# the active dog's name (the report's), alone
NAMES = {"ko": ("초코요", "초코"), "en": ("Choco", "choco")}
AGE = {"ko": "보리 이제 5살이에요", "en": "Bori is 5 now"}


async def _until_followup(user: KakaoUser, lang: str) -> None:
    await user.send(REPORT[lang])
    question = t(lang, "analysis-followup-frequency")
    for _ in range(100):
        if question in user.text:
            return
        await asyncio.sleep(0.1)
        if user.quick("report:result") is not None:
            await user.tap("report:result")
    raise AssertionError(user.text)


async def _ages(server: Server, key: str) -> dict[str, int | None]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name: d.answers.get("age_months") for d in await s.list_dogs(user.id)}


async def test_why_at_the_followup_question_is_explained_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        for why in WHY[lang]:
            user, _ = await _two_dogs_on_kakao(kakao, lang)
            await _until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(why)
            assert t(lang, "analysis-followup-why-frequency") in user.text, (why, user.text)
            assert user.text.rstrip().endswith(t(lang, "analysis-followup-frequency")), (why, user.text)
            assert _model_calls(fake_ollama) == calls, why
            assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], why
            # the question stays open: the answer is still taken
            await user.send("매일 저녁마다 그래요" if lang == "ko" else "every evening, since spring")
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text.startswith(f"{REPORT[lang]}\n"), why


async def test_a_name_alone_at_the_followup_question_is_not_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        for name in NAMES[lang]:
            user, _ = await _two_dogs_on_kakao(kakao, lang)
            await _until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(name)
            assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], name
            assert _model_calls(fake_ollama) == calls, name
            shown = TWO_DOGS[lang][2]
            assert t(lang, "analysis-followup-name-only", name=shown) in user.text, (name, user.text)
            assert user.text.rstrip().endswith(t(lang, "analysis-followup-frequency")), (name, user.text)


async def test_another_dogs_name_alone_at_the_followup_question_moves_the_report_on_kakao(
    kakao: Server,
) -> None:
    """ "보리" alone after 초코's result: the report was about 보리 (as "아 초코 말고 보리요"), never
    "보리" glued onto it."""
    for lang in ("ko", "en"):
        other = TWO_DOGS[lang][0]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.send(other)
        moved = (t(lang, "report-moved-again", name=other), t(lang, "report-moved", name=other))
        assert any(line in user.text for line in moved), user.text
        [report] = await _kakao_reports(kakao, user.key)
        assert (report.text, report.dog_id) == (REPORT[lang], ids[other])


async def test_a_dogs_age_stated_after_a_result_corrects_the_profile_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        other = TWO_DOGS[lang][0]
        user, _ = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.send(AGE[lang])
        assert [r.text for r in await _kakao_reports(kakao, user.key)] == [REPORT[lang]], user.text
        assert (await _ages(kakao, user.key))[other] == 60, user.text


async def test_not_reports_at_the_followup_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 16900
        for lang in ("ko", "en"):
            for typed in (*WHY[lang], *NAMES[lang], AGE[lang]):
                chat += 1
                await _two_dogs_on_telegram(tg, chat, lang)
                await tg.say(chat, REPORT[lang])
                question = t(lang, "analysis-followup-frequency")
                await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
                calls = _model_calls(fake_ollama)
                await tg.say(chat, typed)
                assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]], typed
                assert _model_calls(fake_ollama) == calls, typed
                if typed != AGE[lang]:
                    assert tg.last_text(chat).endswith(question), (typed, tg.sent(chat)[-3:])
