"""A corpus of questions as owners type them (`tests/corpus/questions.tsv`, 45 in Korean and English)
sent through the Kakao skill over HTTP with the fake Ollama answering: each is understood as a
question, answered with the question prompt, kept as a question, and never appears as an incident
— not in the incident queries, not in /week, not as an incident line in /history — and the model
is never asked for an analysis of one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.store.base import utcnow
from dogcoach.services.understanding import Context, Expect, Kind, Understander
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_reports import idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_telegram_e2e import MESSAGES, fake_ollama

__all__ = ["fake_ollama"]  # the fixture, registered in this module

CORPUS = Path(__file__).resolve().parent / "corpus" / "questions.tsv"


def corpus() -> list[tuple[str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text = line.split("\t")
            rows.append((lang, text))
    return rows


def test_the_corpus_is_large_enough_in_both_languages() -> None:
    rows = corpus()
    assert len(rows) >= 40
    assert {lang for lang, _ in rows} == {"ko", "en"}
    assert min(sum(lang == x for lang, _ in rows) for x in ("ko", "en")) >= 20


def test_every_question_is_understood_as_a_question() -> None:
    understander = Understander(Messages())
    missed = [
        text
        for _, text in corpus()
        if understander.understand(text, Context(Expect.NOTHING)).kind is not Kind.QUESTION
    ]
    assert missed == []


async def test_questions_are_answered_and_never_counted_as_incidents(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    since = utcnow() - timedelta(days=1)
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        for lang in ("ko", "en"):
            user = await idle_user(srv, english=lang == "en")
            questions = [text for language, text in corpus() if language == lang]
            for text in questions:
                await user.send(text)
                shown = "\n".join(user.texts)
                assert not shown.startswith(("🔍", "💾 알겠어요", "💾 Got it")), (
                    text,
                    shown,
                )  # no report's words
            await until_owed(srv, user)
            await user.send("/week")
            assert user.texts == [
                MESSAGES.format(lang, "week-empty-dog", name="Kong" if lang == "en" else "콩이")
            ]
            await user.send("/history")
            lines = [line for line in user.texts[0].splitlines() if line[:2].rstrip(".").isdigit()]
            assert len(lines) == 5
            question = MESSAGES.format(lang, "history-question")
            assert all(f"· {question}" in line for line in lines), lines
            async with store.session() as s:
                found = await s.get_user(Channel.KAKAO, user.key)
                assert found is not None
                rows = await s.list_reports(found.id, limit=100)
                assert sorted(r.text for r in rows) == sorted(questions)
                assert {(r.kind, r.status) for r in rows} == {("question", "done")}
                assert await s.reports_since(found.id, None, since) == []
                assert await s.recent_incidents(found.id, None, 10) == []
    chats = fake_ollama.chat_bodies()
    assert len(chats) == len(corpus())
    assert all(set(c["format"]["properties"]) == {"safety_flag", "answer", "next_step"} for c in chats)
