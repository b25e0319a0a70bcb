# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Acceptance trial (issue 11, batch 52): reports and questions typed during the survey were lost,
misfiled or sent to the model. Each reproduced through a real channel (KakaoTalk over the skill's
HTTP, Telegram through the fake Bot API and the webhook), then kept.

1. A whole incident at the strongest-reaction question ("he bit my friends hand when she tried to
   pet him on the couch") got "I understood 'a bite'. Tell me the rest": it is the answer (bite)
   and a report, kept for the analysis, as a dated one at the concerns already was.
2. An incident told with "yesterday" at a choice or text question ("also she ate my shoe
   yesterday while i was out" at the origin) was only re-asked: it is a report, and the question
   comes again.
3. A question to the coach at the free-text health question ("what should i do when he growls?")
   was stored as the health note: it is a question, and the health question comes again.
4. A question at the concerns ("근데 분리불안은 어떻게 고쳐요?") ticked 분리불안 and was never
   answered: it is a question to the coach, nothing ticked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao, kakao_settings, open_store  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def kakao_rows(server: Server, key: str) -> list[tuple[str, str]]:
    """(kind, text) of every report and question the owner sent, oldest first."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user(Channel.KAKAO, key)
        found = await s.list_reports(user.id) if user is not None else []
    return [(r.kind, r.text) for r in sorted(found, key=lambda r: r.id)]


async def tg_rows(tg: Harness, chat: int) -> list[tuple[str, str]]:
    user = await tg.user(chat)
    if user is None:
        return []
    async with tg.rt.store.session() as s:
        found = await s.list_reports(user.id)
    return [(r.kind, r.text) for r in sorted(found, key=lambda r: r.id)]


BITE_TOLD = {
    "en": "he bit my friends hand when she tried to pet him on the couch",
    "ko": "친구가 소파에서 쓰다듬으려고 하니까 손을 물었어요",
}


async def test_a_bite_told_whole_at_the_worst_reaction_is_answer_and_report_on_telegram(tg: Harness) -> None:
    for chat, lang in ((52001, "en"), (52002, "ko")):
        typed = BITE_TOLD[lang]
        await tg_at(tg, chat, lang, "worst_reaction")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("worst_reaction") == "bite", (typed, tg.last_text(chat))
        assert await tg_rows(tg, chat) == [("report", typed)], typed
        assert asked(lang, "health") in tg.last_text(chat), tg.last_text(chat)


async def test_a_bite_told_whole_at_the_worst_reaction_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "worst_reaction")
    await user.send(BITE_TOLD["ko"])
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "bite", user.text
    assert await kakao_rows(kakao, user.key) == [("report", BITE_TOLD["ko"])]


DATED = (
    ("en", "origin", "also she ate my shoe yesterday while i was out"),
    ("ko", "origin", "그리고 어제 저 없을 때 신발을 다 뜯어놨어요"),
    ("en", "breed", "also she ate my shoe yesterday while i was out"),
    ("ko", "alone_hours", "어제 제가 없을 때 신발을 먹었어요"),
)


async def test_a_dated_incident_at_any_survey_question_is_a_report_on_kakao(kakao: Server) -> None:
    wrong = []
    for lang, key, typed in DATED:
        user = await kakao_at(kakao, lang, key)
        await user.send(typed)
        rows = await kakao_rows(kakao, user.key)
        kept = key not in await kakao_answers(kakao, user.key)
        if rows != [("report", typed)] or not kept or asked(lang, key) not in user.text:
            wrong.append((typed, rows, user.text))
    assert not wrong, wrong


QUESTIONS = (
    ("en", "health", "what should i do when he growls?"),
    ("ko", "health", "으르렁거릴 때 어떻게 해야 돼요?"),
    ("ko", "concerns", "근데 분리불안은 어떻게 고쳐요?"),
    ("en", "concerns", "how do i fix the separation anxiety?"),
    ("en", "origin", "what should i do when she barks at the door?"),
)


async def questions_kept_as_questions(
    tg: Harness, cases: Sequence[tuple[str, str, str]], chat: int
) -> list[Any]:
    """Each (lang, question key, typed) sent at that survey question on Telegram, from chat id
    `chat` on: the cases where it was not kept as one question to the coach, with nothing stored
    for the question and the question asked again."""
    wrong: list[Any] = []
    for chat_id, (lang, key, typed) in enumerate(cases, chat):
        await tg_at(tg, chat_id, lang, key)
        await tg.say(chat_id, typed)
        rows = await tg_rows(tg, chat_id)
        answered = (await tg_answers(tg, chat_id)).get(key)
        if rows != [("question", typed)] or answered or asked(lang, key) not in tg.last_text(chat_id):
            wrong.append((typed, rows, answered, tg.last_text(chat_id)))
    return wrong


async def test_a_question_to_the_coach_at_a_survey_question_is_a_question_on_telegram(tg: Harness) -> None:
    wrong = await questions_kept_as_questions(tg, QUESTIONS, 52010)
    assert not wrong, wrong


async def test_how_to_fix_a_concern_is_a_question_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "concerns")
    await user.send("근데 분리불안은 어떻게 고쳐요?")
    assert await kakao_rows(kakao, user.key) == [("question", "근데 분리불안은 어떻게 고쳐요?")]
    assert not (await kakao_answers(kakao, user.key)).get("concerns"), user.text
    assert asked("ko", "concerns") in user.text, user.text


# Questions left at each, this one included (of 15: the origin is the 6th)
LEFT = {"origin": 10, "household": 8, "alone_hours": 5}
SURVEY_ASKED = (
    ("ko", "origin", "이거 꼭 다 해야돼요?"),
    ("en", "origin", "do i have to answer all of these?"),
    ("en", "household", "how many more questions?"),
    ("ko", "alone_hours", "몇 개 남았어요?"),
)


async def test_asked_about_the_survey_gets_a_fixed_line_on_telegram(tg: Harness) -> None:
    """ "이거 꼭 다 해야돼요?" at the origin was sent to the coach model: a fixed line says how many
    questions are left (this one included) and how to skip or stop, and the question comes again;
    nothing stored, nothing answered."""
    wrong: list[Any] = []
    for chat, (lang, key, typed) in enumerate(SURVEY_ASKED, 52030):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        left = LEFT[key]
        said = "\n".join(tg.sent(chat)[-2:])
        rows = await tg_rows(tg, chat)
        if rows or t(lang, "survey-left", count=left) not in said or asked(lang, key) not in said:
            wrong.append((typed, rows, said))
        if key in await tg_answers(tg, chat):
            wrong.append((typed, "stored as the answer"))
    assert not wrong, wrong


HEALTH_EARLY = (("ko", "origin", "슬개골 약간 안좋아요"), ("en", "household", "he has bad hips"))


async def test_health_told_early_is_kept_for_the_health_question_on_telegram(tg: Harness) -> None:
    """ "슬개골 약간 안좋아요" at the origin was sent to the coach model as a question: it is the
    health answer, kept ahead (said in a line), the open question comes again, and the health
    question is not asked in its turn."""
    for chat, (lang, key, typed) in enumerate(HEALTH_EARLY, 52040):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        said = "\n".join(tg.sent(chat)[-2:])
        assert (await tg_answers(tg, chat)).get("health") == typed, (typed, said)
        assert await tg_rows(tg, chat) == [], typed
        assert t(lang, "survey-field-health") in said and asked(lang, key) in said, said
        keys = [k for k, _ in ANSWERS[lang]]
        for later, text in ANSWERS[lang][keys.index(key) : keys.index("health")]:
            await tg.say(chat, text)
            assert asked(lang, "health") not in tg.last_text(chat), (later, tg.last_text(chat))
        assert (await tg_answers(tg, chat)).get("worst_reaction") == "none", tg.last_text(chat)
