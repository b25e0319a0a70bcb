"""The question prompt and its answer: lean (qwen2.5 tokens), grounded in the tips that fit, read
back through the same recovery, answer gate and partial views as an analysis; questions stored
apart from incidents on both backends; questions about the bot told apart."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from dogcoach.domain.channel import Channel
from dogcoach.services.analysis import tokens
from dogcoach.services.analysis.answer import Answer, answer_json_schema
from dogcoach.services.analysis.client import parse_as
from dogcoach.services.analysis.gate import Problem, check_answer
from dogcoach.services.analysis.grounding import TipGrounding
from dogcoach.services.analysis.prompt import build_messages, build_profile_line, load_prompts
from dogcoach.services.analysis.question import (
    QuestionContext,
    build_question_messages,
    load_question_prompts,
)
from dogcoach.services.analysis.stream import readable_fields
from dogcoach.services.i18n import Messages
from dogcoach.services.questions import QuestionTopics
from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_server import sample_analysis, sample_answer

PROFILE = {
    "name": "콩이", "age_months": 30, "sex": "male_neutered", "breed": "말티즈", "size": "small",
    "concerns": ["barking", "leash_reactivity"],
}  # fmt: skip
QUESTIONS = {"ko": "산책할 때 줄 당기는 거 어떻게 고쳐요?", "en": "how do I stop him pulling on the leash?"}
RECENT = {
    "ko": ("현관으로 달려가 계속 짖는다", "산책 중 다른 개에게 달려든다", "밥그릇에 다가가면 으르렁댄다"),
    "en": ("Runs to the door and keeps barking", "Lunges at other dogs on walks", "Growls near the bowl"),
}
# The analysis prompt's figures for the same box and profile (docs/analysis.md): 298 / 247 tokens.
BUDGET = {"ko": 300, "en": 230}


@pytest.fixture(scope="module")
def grounding() -> TipGrounding:
    return TipGrounding(Messages())


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_question_prompt_stays_within_the_analysis_prompts_size(
    grounding: TipGrounding, lang: str
) -> None:
    """With a full profile, three recent reports and the tips that fit, the question prompt costs
    no more than an analysis prompt; without context it is well under it."""
    prompts = load_question_prompts(lang)
    profile = build_profile_line(PROFILE, lang)
    full = QuestionContext(profile, RECENT[lang], grounding.tips(QUESTIONS[lang], lang))
    bare = QuestionContext(profile)
    full_tokens = tokens.chat_tokens(build_question_messages(prompts, QUESTIONS[lang], full))
    bare_tokens = tokens.chat_tokens(build_question_messages(prompts, QUESTIONS[lang], bare))
    analysis = tokens.chat_tokens(build_messages(load_prompts(lang), QUESTIONS[lang], profile))
    assert full_tokens <= BUDGET[lang], full_tokens
    assert bare_tokens < analysis


def test_empty_context_lines_are_left_out() -> None:
    prompts = load_question_prompts("en")
    [system, user] = build_question_messages(prompts, "is a crate\nok?", QuestionContext("Dog: no profile"))
    assert system == {"role": "system", "content": prompts.system}
    assert user["content"] == "Dog: no profile\nQuestion: is a crate ok?"  # one line each, flattened


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        ("산책할 때 줄 당기는 거 어떻게 고쳐요?", ["loose-leash"]),
        ("산책할때줄당기는거어떻게고쳐요", ["loose-leash"]),
        ("how do I stop him pulling on the leash?", ["loose-leash"]),
        ("혼자 두면 짖어요 어떻게 해요?", ["alone-gradually", "barking-cause"]),  # two topics, one each
        ("배변패드에 쉬를 안해요 어떡하죠", ["potty-schedule"]),
        ("how do I get my puppy to stop nipping my hands", ["puppy-biting"]),
        ("로봇청소기를 무서워해요 어떻게 해요?", ["body-language"]),
        ("what's the weather like", []),
        ("강아지 몇 살까지 살아요?", []),
    ],
)
def test_the_tips_that_fit_are_picked_by_their_words(
    grounding: TipGrounding, question: str, keys: list[str]
) -> None:
    assert grounding.keys(question) == keys
    assert grounding.tips(question, "ko") == tuple(Messages().format("ko", f"tip-{k}") for k in keys)


def test_every_tip_has_words_in_both_languages() -> None:
    messages = Messages()
    keys = [i.removeprefix("tip-") for i in messages.ids("en") if i.startswith("tip-")]
    for key in keys:
        for lang in ("ko", "en"):
            assert messages.attribute(lang, f"coach-tip-words-{key}", "aliases"), (lang, key)


# -- the answer: schema, recovery, gate, partial views -----------------------------------------


def test_the_answer_schema_is_flat_and_in_reading_order() -> None:
    schema = answer_json_schema()
    assert list(schema["properties"]) == ["safety_flag", "answer", "next_step"]
    assert schema["properties"]["answer"]["maxItems"] == 3
    assert "$defs" not in schema and "$ref" not in str(schema)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('```json\n{"safety_flag": false, "answer": ["A.", "B."], "next_step": "Do C."}\n```', ["A.", "B."]),
        ('Sure! {"Safety Flag": "no", "answer": "First. Second. Third. Fourth.", "next-step": "Do C."}',
         ["First.", "Second.", "Third."]),
        ('{"response": {"safety_flag": 0, "answer": "- One\\n- Two", "next_step": "Do C."}}', ["One", "Two"]),
    ],
)  # fmt: skip
def test_loose_answers_are_recovered(content: str, expected: list[str]) -> None:
    answer = parse_as(Answer, content)
    assert answer.answer == expected
    assert answer.safety_flag is False


@pytest.mark.parametrize(
    "content",
    [
        '{"safety_flag": "perhaps", "answer": ["A."], "next_step": "x"}',
        '{"safety_flag": false, "answer": []}',
        "no",
    ],
)
def test_answers_missing_something_stay_invalid(content: str) -> None:
    with pytest.raises(ValidationError):
        parse_as(Answer, content)


def test_the_gate_names_each_faulty_sentence() -> None:
    answer = Answer.model_validate(
        {
            **sample_answer("ko"),
            "answer": ["괜찮아요.", "줄이 到来하면 멈춰요."],
            "next_step": "Stop walking when it pulls.",
        }
    )
    findings = {(f.field, f.problem) for f in check_answer(answer, "ko")}
    assert findings == {("answer[1]", Problem.HAN), ("next_step", Problem.NO_HANGUL)}
    assert check_answer(Answer.model_validate(sample_answer("en")), "en") == []


def test_partial_answer_views_hold_whole_sentences_only() -> None:
    text = '{"safety_flag": false, "answer": ["Stop when it goes tight.", "Move on wh'
    assert readable_fields(text, "en", Answer) == {
        "safety_flag": False,
        "answer": ["Stop when it goes tight."],
    }
    assert readable_fields('{"safety_flag": true, "answer": ["줄이 到来해요."', "ko", Answer) == {
        "safety_flag": True
    }


# -- storing -------------------------------------------------------------------------------------


async def test_questions_are_kept_apart_from_incidents(store: Store) -> None:
    since = utcnow() - timedelta(minutes=1)
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
        dog = await s.create_dog(user.id, {"name": "Rex"})
        report = await s.add_report(user.id, dog.id, "He barked at the door", "en")
        question = await s.add_report(user.id, dog.id, "Is a crate ok?", "en", kind="question")
        for row, analysis in ((report, sample_analysis("en")), (question, sample_answer("en"))):
            row.status, row.analysis = "done", analysis
            await s.update_report(row)
    async with store.session() as s:
        listed = await s.list_reports(user.id)
        incidents = await s.reports_since(user.id, dog.id, since)
        recent = await s.recent_incidents(user.id, dog.id, 3)
        again = await s.get_report(question.id)
        exported: dict[str, Any] = await s.export_user(user.id)
    assert [(r.id, r.kind) for r in listed] == [(question.id, "question"), (report.id, "report")]
    assert [r.id for r in incidents] == [report.id] == [r.id for r in recent]
    assert again is not None and again.is_question and again.analysis == sample_answer("en")
    assert [r["kind"] for r in exported["reports"]] == ["report", "question"]


async def test_a_row_of_another_kind_is_refused(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
    with pytest.raises(Exception, match=r"(?i)check"):
        async with store.session() as s:
            await s.add_report(user.id, None, "x", "en", kind="incident")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("이거 뭐하는 봇이에요?", True), ("너 누구야?", True), ("이름 꼭 알려줘야 돼요?", True),
        ("are you a bot?", True), ("who are you", True), ("why do you ask that", True),
        ("로봇청소기 무서워해요 어떻게 해요?", False), ("what do you do when a dog growls?", False),
        ("혼자 있을 때 뭘 할 수 있어요?", False), ("is a crate ok for my puppy?", False),
    ],
)  # fmt: skip
def test_questions_about_the_bot_are_told_apart(text: str, about: bool) -> None:
    assert QuestionTopics(Messages()).about_bot(text) is about
