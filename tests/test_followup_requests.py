# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Requests typed after a result (seventh fresh trial): with the follow-up question open or the
result just shown, "나이 고칠래" and "두부 나이 고칠래" were glued onto the report and analysed
again, the request itself lost. They get what they get anywhere else — the edit, or "not
something I do" with what can be typed — and the report stays as it was. And a greeting typed at
the name question ("안녕하세요ㅎㅎ 강아지 처음키워봐요") was analysed as a report, the next
"잘부탁드려요~" stored as the dog's name: both are no name, the question comes again."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_show_result_words import _report_until_followup
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()
REPORT = "산책할 때 다른 개만 보면 계속 짖고 달려들어요"


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def test_requests_after_the_follow_up_question_are_not_added_to_the_report_on_kakao(
    kakao: Server,
) -> None:
    for request in ("나이 고칠래", "두부 나이 고칠래", "사료 바꿔줘"):
        user, idle = kakao.user(), kakao.user()
        await _report_until_followup(user, REPORT)
        await user.send(request)
        await idle.send("/start")
        await idle.send("/cancel")
        await idle.send(request)
        # as anywhere else, the open follow-up question at most asked again below it
        question = t("ko", "analysis-followup-frequency")
        assert [x for x in user.texts if x != question] == idle.texts, (request, user.texts)
        async with open_store(kakao.settings.database_url) as store:
            [kept] = await owner_reports(store, "kakao", user.key)
        assert kept.text == REPORT, (request, kept.text)


async def test_a_greeting_at_the_name_question_is_no_name_and_no_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 15301
    await tg.say(chat, "/start", language_code="ko")
    for text in ("안녕하세요ㅎㅎ 강아지 처음키워봐요", "잘부탁드려요~"):
        await tg.say(chat, text)
        assert t("ko", "survey-q-name") in tg.last_text(chat), (text, tg.last_text(chat))
    assert await owner_reports(tg.rt.store, "telegram", str(chat)) == []
    await tg.say(chat, "콩이")
    assert t("ko", "survey-q-age_months", name="콩이") in tg.last_text(chat), tg.last_text(chat)
    assert [r for r in fake_ollama.requests if r.path == "/api/chat"] == []
