# ruff: noqa: F811  (the fixture is imported by name and used as a parameter)
"""The survey question around a result sent by Kakao's callback (third owner trial): a report
typed mid-survey is answered "analysing…" at once and its result posted later; if the owner
cancelled the survey meanwhile, the callback still asked "콩이는 몇 살이에요?" again — the question
the report turn had asked. The result carries the question that is open when it is sent: none
after a cancel, the open one (once, last) while the survey goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_reports import REPORT_EN, REPORT_KO, receiver, settings_for, texts_of, until_owed
from tests.test_kakao_skill import quick_of, serve, t

NAME = {"ko": "콩이", "en": "Kong"}
REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
CANCEL = {"ko": "취소", "en": "cancel"}


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("cancelled", [True, False])
async def test_the_callback_asks_the_question_open_when_the_result_is_sent(
    tmp_path: Path, fake_ollama: FakeOllama, language: str, cancelled: bool
) -> None:
    fake_ollama.behaviour.delay = 1.0
    async with receiver() as rx, serve(settings_for(tmp_path, fake_ollama.url)) as srv:
        user = srv.user(lang=language)
        await user.send("/start")
        await user.send(NAME[language])
        age = t(language, "survey-q-age_months", name=NAME[language])
        assert age in user.text
        body = await user.send(REPORT[language], callback_url=rx.url)
        assert body["useCallback"] is True
        if cancelled:
            await user.send(CANCEL[language])
            assert age not in user.text
        [post] = await rx.wait_posts(1)
        await until_owed(srv, user)
    shown = texts_of(post.body)
    title = t(language, "analysis-title", category=t(language, "category-barking"))
    assert any(x.startswith(title) or f"\n{title}" in x for x in shown), shown
    asked = [x for x in shown if age in x]
    if cancelled:
        assert asked == [], shown
    else:
        assert len(asked) == 1 and shown[-1].endswith(age), shown  # once, last
        labels = [q["label"] for q in quick_of(post.body)]
        assert t(language, "nav-unknown") in labels, labels  # with its own quick replies
