"""Around a result: the follow-up question and the re-analysis of the grown report, the safety
note, results a channel could not push shown on the next turn, and the "Show result" button."""

from __future__ import annotations

from typing import Any

from dogcoach.domain.types import META_REPORT, META_RESULT, Reply
from dogcoach.handlers.results.followup import FLOW
from dogcoach.handlers.results.render import SHOW_RESULT, SKIP_FOLLOWUP, report_language
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Report, Store
from tests.analysis_support import add_dog, running_bot
from tests.chat import Chat
from tests.fakes import ollama_fixture
from tests.fakes.ollama_server import FakeOllama, request_language, sample_analysis, user_text

fake_ollama = ollama_fixture.fake_ollama

REPORT_KO = "산책할 때 다른 개를 보면 줄을 당기면서 짖어요"
REPORT_EN = "She barks and lunges at other dogs on our walks"
ANSWER_KO = "다른 개가 2미터 안으로 다가올 때 그래요"
SAFETY_KO = (
    "⚠️ 다칠 수 있는 상황이에요. 수의사(통증이나 질병이 원인일 수 있어요)와 공인 반려견 행동 전문가에게 "
    "꼭 상담받아 보시고, 그때까지는 이런 상황을 피해 주세요."
)


def missing(*items: str, **overrides: Any) -> Any:
    """A fake-Ollama analysis factory in the request's language with `missing` set."""

    def factory(body: dict[str, Any]) -> dict[str, Any]:
        return sample_analysis(request_language(body), missing=list(items), **overrides)

    return factory


def the_ack(replies: list[Reply]) -> Reply:
    [ack] = [r for r in replies if META_REPORT in r.meta]
    return ack


async def row(store: Store, report_id: int) -> Report:
    async with store.session() as s:
        report = await s.get_report(report_id)
    assert report is not None
    return report


async def state_of(store: Store, external_id: str) -> Any:
    async with store.session() as s:
        user = await s.get_user("console", external_id)
        assert user is not None
        return await s.get_state(user.id)


async def test_follow_up_answer_is_appended_and_the_report_analysed_again(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    await add_dog(store, "u", {"name": "콩이", "age_months": 14})
    fake_ollama.behaviour.analysis = missing("antecedent", "frequency")
    async with running_bot(store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "u", hint="ko")
        report_id = the_ack(await chat.send(REPORT_KO)).meta[META_REPORT]
        await bot.recorder.wait_for(1)
        _result, plan, question = bot.recorder.sent[0][1]
        # The next step is the dog's one change now (one change at a time), asked about in 3 days.
        assert plan.text.startswith("📌 이번에 바꿔 볼 것은 이것 하나예요: 초인종 소리를 작게")
        # The antecedent matters most to an ABC analysis: asked before the frequency, and only one.
        assert (
            question.text
            == "❓ 하나만 여쭐게요. 그 일이 있기 바로 전에 무슨 일이 있었나요? (누가, 어디서, 언제)"
        )
        assert (await state_of(store, "u")).flow == FLOW

        [ack] = await chat.send(ANSWER_KO)
        # measured: the first analysis took well under 5 s
        assert (
            ack.text
            == "🔍 고마워요. 덧붙여 주신 내용까지 넣어서 다시 분석할게요. 결과는 약 5초 뒤에 보내 드릴게요."
        )
        assert ack.meta[META_REPORT] == report_id  # the same report, for channels that wait
        assert await bot.service.wait(report_id, 5)
        # still `missing`, but one question per report; the plan is unchanged, so not announced again
        [again] = bot.recorder.sent[1][1]

    assert again.text.startswith("🔍 ABC 분석: 짖음")
    first, second = fake_ollama.chat_bodies()
    assert ANSWER_KO not in user_text(first)
    assert REPORT_KO in user_text(second) and ANSWER_KO in user_text(second)
    report = await row(store, report_id)
    assert report.text == f"{REPORT_KO}\n{ANSWER_KO}"
    assert (report.status, report.followups, report.attempts) == ("done", 1, 2)
    assert report.delivered_at is not None
    assert (await state_of(store, "u")).flow is None
    async with store.session() as s:
        user = await s.get_user("console", "u")
        assert user is not None
        assert len(await s.list_reports(user.id)) == 1
        assert len(await s.list_plans(user.id)) == 1


async def test_skipping_the_question_makes_the_next_text_a_new_report(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "u", hint="en")
        first = the_ack(await chat.send(REPORT_EN)).meta[META_REPORT]
        await bot.recorder.wait_for(1)
        chat.replies = bot.recorder.sent[0][1]  # what the user now sees, with the skip button
        [skipped] = await chat.tap(SKIP_FOLLOWUP)
        assert skipped.text == "All right. Tell me any time what your dog did."
        second = the_ack(await chat.send("He also chews shoes")).meta[META_REPORT]
        assert second != first
        assert await bot.service.wait(second, 5)
    assert (await row(sqlite_store, first)).followups == 0


async def test_a_command_while_the_question_is_open_keeps_it_open(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "u", hint="en")
        report_id = the_ack(await chat.send(REPORT_EN)).meta[META_REPORT]
        await bot.recorder.wait_for(1)
        help_text, question = await chat.send("/help")
        assert help_text.text.startswith("Tell me what your dog did")
        assert question.text == "❓ One question: how often does this happen, and since when?"
        [ack] = await chat.send("Every day, since spring")
        assert ack.meta[META_REPORT] == report_id
        assert await bot.service.wait(report_id, 5)


async def test_safety_flag_adds_the_vet_and_consultant_note(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.analysis = missing(
        safety_flag=True, category="aggression_dogs", likely_function="escape", intensity=4
    )
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        report_id = the_ack(await Chat(bot.engine, "u", hint="ko").send(REPORT_KO)).meta[META_REPORT]
        assert await bot.service.wait(report_id, 5)
        en_id = the_ack(await Chat(bot.engine, "e", hint="en").send(REPORT_EN)).meta[META_REPORT]
        assert await bot.service.wait(en_id, 5)
    korean, _plan = bot.recorder.sent[0][1]  # nothing missing: no question
    assert korean.text.startswith("🔍 ABC 분석: 다른 개에 대한 공격성\n")
    assert "행동의 목적(추정): 싫은 것 피하기\n강도: 4/4\n" in korean.text
    assert korean.text.endswith(f"\n\n{SAFETY_KO}")
    english, _plan = bot.recorder.sent[1][1]
    assert english.text.endswith(
        "\n\n⚠️ Someone could get hurt here. Please see your vet (pain or illness can cause this) and a "
        "certified behaviour consultant, and until then avoid the situations that set it off."
    )


async def test_a_result_the_channel_could_not_deliver_comes_first_on_the_next_turn(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.analysis = missing("consequence")
    async with running_bot(store, messages, fake_ollama.url) as bot:
        bot.recorder.accept = False  # e.g. Kakao without a callback
        chat = Chat(bot.engine, "u", hint="en")
        report_id = the_ack(await chat.send(REPORT_EN)).meta[META_REPORT]
        assert await bot.service.wait(report_id, 5)
        assert len(bot.recorder.sent) == 1  # offered once
        kept = await row(store, report_id)
        assert kept.status == "done" and kept.delivered_at is None
        assert (await state_of(store, "u")).flow is None  # not asked yet: not shown yet

        result, plan, question, profile = await chat.send("/profile")
        assert result.text.startswith("🔍 ABC analysis: Barking")
        assert result.meta == {META_RESULT: report_id}
        assert plan.text.startswith("📌 One thing to change for now: Play a quiet doorbell sound")
        assert question.text == "❓ One question: what happened right after — what did you or others do?"
        assert profile.text == messages.format("en", "profile-none-offer")
        assert (await row(store, report_id)).delivered_at is not None
        assert (await state_of(store, "u")).flow == FLOW  # the answer now goes to the report

        [again] = await chat.send("/profile")  # shown once only
        assert again.text == profile.text


async def test_a_kept_result_does_not_ask_when_the_turn_starts_a_new_report(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        bot.recorder.accept = False
        chat = Chat(bot.engine, "u", hint="en")
        first = the_ack(await chat.send(REPORT_EN)).meta[META_REPORT]
        assert await bot.service.wait(first, 5)
        replies = await chat.send("He also chews shoes when alone")
        assert replies[0].meta == {META_RESULT: first}
        # the result and its plan line, but no question this time
        assert [META_RESULT in r.meta for r in replies].count(True) == 2
        assert not any(c.id == SKIP_FOLLOWUP for r in replies for c in r.choices)
        assert the_ack(replies).meta[META_REPORT] != first
    assert (await state_of(sqlite_store, "u")).flow is None


async def test_show_result_button(sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama) -> None:
    fake_ollama.behaviour.delay = 0.2
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        bot.recorder.accept = False
        chat = Chat(bot.engine, "u", hint="ko")
        ack = the_ack(await chat.send(REPORT_KO))
        report_id = ack.meta[META_REPORT]

        [working] = await chat.tap(SHOW_RESULT)
        assert (
            working.text == "⏳ 지금 분석하고 있어요. 결과는 약 25초 뒤에 보내 드릴게요."
        )  # nothing measured yet
        assert working.meta[META_REPORT] == report_id
        assert [c.id for c in working.choices] == [SHOW_RESULT]

        assert await bot.service.wait(report_id, 5)
        result, _plan, question = await chat.tap(SHOW_RESULT)
        assert result.text.startswith("🔍 ABC 분석: 짖음") and question.choices[0].id == SKIP_FOLLOWUP

        [shown_again] = await chat.tap_label("건너뛰기")
        assert shown_again.text == "알겠어요. 언제든 강아지가 한 행동을 알려 주세요."
        chat.replies = [ack]
        [latest] = await chat.tap(SHOW_RESULT)  # already seen: the latest result again, no question
        assert latest.text == result.text


async def test_show_result_during_the_survey_resumes_the_question(
    sqlite_store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    async with running_bot(sqlite_store, messages, fake_ollama.url) as bot:
        chat = Chat(bot.engine, "u", hint="en")
        await chat.send("/start")
        from dogcoach.domain.types import Incoming

        replies = await bot.engine.handle(Incoming(chat.user, choice=SHOW_RESULT, locale_hint="en"))
    assert replies[0].text.startswith("You haven't told me about anything yet.")
    assert replies[-1].meta.get("question") == "name"


def test_report_language_follows_the_words_not_single_letters() -> None:
    assert report_language("우리 강아지가 손님 올 때마다 자꾸 짖어요", "en") == "ko"
    assert report_language("My dog barks at every guest", "ko") == "en"
    assert report_language("초코가 doorbell 소리에 짖어요", "en") == "ko"
    assert report_language("Choco barks at 손님 every day", "ko") == "en"
    assert report_language("Max가 짖어요", "en") == "ko"
    assert report_language("ㅠㅠ 123", "en") == "ko"
    assert report_language("🐶!!", "en") == "en"
    assert report_language("Max 짖음", "ko") == "ko"  # a tie keeps the user's language
    assert report_language("Max 짖음", "en") == "en"
