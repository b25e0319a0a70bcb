"""Messages that come while an answer is being written (third owner trial): a question with a
link, sent while the coach was still writing the first answer, was seen to leave that answer's
message at "✍️ Still writing…". Not reproduced here (at Telegram's pace and at a faster one, with
a question + link, a link alone or thanks in between); kept as the guard: whatever comes in
between, every message written into ends as an answer, never as a view still being written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_coach_channels import QUESTION, question_chats
from tests.test_streaming_channels import owner_with_dog, report_done, streaming, telegram
from tests.test_telegram_e2e import MESSAGES, eventually, fake_ollama

__all__ = ["fake_ollama"]  # fixture, registered in this module

IN_BETWEEN = {
    "ko": "이 영상처럼 하면 되나요? https://youtu.be/abc123",
    "en": "should I do it like this video? https://youtu.be/abc123",
}
STILL = tuple(
    MESSAGES.format(lang, msg) for lang in ("ko", "en") for msg in ("analysis-writing", "analysis-rewriting")
)


@pytest.mark.parametrize("language", ["ko", "en"])
async def test_no_answer_is_left_still_writing_when_a_question_comes_in_between(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, language: str
) -> None:
    streaming(fake_ollama, rate=60.0, prompt_delay=0.3)
    async with telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        chat = 7900
        await owner_with_dog(tg, chat, language)
        await tg.say(chat, QUESTION[language], language_code=language)
        writing = MESSAGES.format(language, "analysis-writing")
        await eventually(lambda: any((m.text or "").endswith(writing) for m in tg.fake.sent_messages(chat)))
        await tg.say(chat, IN_BETWEEN[language], language_code=language)
        await report_done(tg, chat, count=2, within=30)
        assert len(question_chats(fake_ollama)) == 2  # both questions answered
        final: dict[int, str] = {}  # each message as it reads now, after its edits
        for m in tg.fake.sent_messages(chat):
            if m.kind in ("message", "edit_text") and m.message_id is not None:
                final[m.message_id] = m.text or ""
    stuck = [text for text in final.values() if text.endswith(STILL)]
    assert stuck == [], stuck
