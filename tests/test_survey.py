"""The onboarding survey and the commands around it, through the real engine and store."""

from __future__ import annotations

import json

from dogcoach.bot.engine import Engine
from dogcoach.domain.survey import QUESTIONS, Kind
from dogcoach.domain.types import Incoming
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.chat import Chat

KO_BY_BUTTONS: list[tuple[str, str]] = [
    ("text", "초코"),
    ("text", "3살"),
    ("tap", "survey:sex:female_spayed"),
    ("tap", "survey:breed:mixed"),
    ("tap", "survey:size:small"),
    ("tap", "survey:origin:shelter"),
    ("text", "2년"),
    ("text", "3명"),
    ("tap", "survey:children:no"),
    ("tap", "survey:other_pets:cat"),
    ("tap", "survey:done"),
    ("text", "4시간"),
    ("text", "1시간 반"),
    ("tap", "survey:concerns:barking"),
    ("tap", "survey:concerns:separation"),
    ("tap", "survey:done"),
    ("tap", "survey:worst_reaction:growl"),
    ("tap", "survey:skip"),
]

EXPECTED_KO = {
    "name": "초코", "age_months": 36, "sex": "female_spayed", "breed": "mixed", "size": "small",
    "origin": "shelter", "owned_months": 24, "household": 3, "children": "no", "other_pets": ["cat"],
    "alone_hours": 4.0, "exercise_minutes": 90, "concerns": ["barking", "separation"],
    "worst_reaction": "growl", "health": None,
}  # fmt: skip


async def _answer(chat: Chat, steps: list[tuple[str, str]]) -> None:
    for kind, value in steps:
        if kind == "tap":
            await chat.tap(value)
        else:
            await chat.send(value)


async def test_korean_survey_by_buttons_is_stored(engine: Engine, store: Store) -> None:
    chat = Chat(engine, "jieun", channel="telegram", hint="ko")
    await chat.send("/start")
    assert chat.texts[0].startswith("안녕하세요")
    assert chat.question == "name"
    await _answer(chat, KO_BY_BUTTONS)
    assert chat.question == "review"
    assert "초코" in chat.last.text
    assert "3살" in chat.last.text
    await chat.tap("survey:confirm")
    assert chat.texts[0].startswith("준비 끝! 초코를 기억해 둘게요")
    async with store.session() as s:
        user = await s.get_user("telegram", "jieun")
        assert user is not None
        dog = await s.get_dog(user.active_dog_id or 0)
        state = await s.get_state(user.id)
    assert dog is not None
    assert dog.answers == EXPECTED_KO
    assert dog.completed_at is not None
    assert state.idle


async def test_english_survey_by_typing(sqlite_engine: Engine, sqlite_store: Store) -> None:
    chat = Chat(sqlite_engine, "sam", hint="en-GB")
    await chat.send("/start")
    assert chat.question == "name"
    typed = [
        "Bella", "18 months", "spayed", "Border Collie", "medium", "breeder", "1y", "2", "yes",
        "dog, cat", "0", "45 min", "pulling, barking", "none", "skip",
    ]  # fmt: skip
    for text, q in zip(typed, QUESTIONS, strict=True):
        assert chat.question == q.key, (text, chat.texts)
        await chat.send(text)
        if q.kind is Kind.MULTI:  # typed options are ticked; the question stays open until "done"
            assert chat.question == q.key, (text, chat.texts)
            await chat.send("done")
    assert chat.question == "review"
    await chat.send("ok")
    assert chat.texts[0].startswith("All set! I'll remember Bella.")
    async with sqlite_store.session() as s:
        user = await s.get_user("console", "sam")
        assert user is not None
        dog = await s.get_dog(user.active_dog_id or 0)
    assert dog is not None
    assert dog.answers["sex"] == "female_spayed"
    assert dog.answers["other_pets"] == ["dog", "cat"]
    assert dog.answers["concerns"] == ["pulling", "barking"]
    assert dog.answers["worst_reaction"] == "none"
    assert dog.answers["age_months"] == 18
    assert dog.answers["owned_months"] == 12


async def test_wrong_answers_are_re_asked_with_an_example(sqlite_engine: Engine, messages: Messages) -> None:
    chat = Chat(sqlite_engine, hint="ko")
    await chat.send("/start")
    await chat.send("")
    await chat.send("x" * 31)
    assert chat.texts[0] == messages.format("ko", "survey-err-name")
    assert chat.question == "name"
    await chat.send("별")
    # A one-word name typed at the age ("바나나") is now offered as the name's fix (stop 50,
    # survey50: "뭉치요" after a name stored wrong); an age that reads as none still gets the example.
    await chat.send("꽤 됐어요")
    assert chat.texts[0] == messages.format("ko", "survey-err-age_months")
    assert "18개월" in chat.texts[0]
    assert chat.question == "age_months"
    await chat.send("400살")
    assert chat.question == "age_months"
    await chat.send("6개월")
    await chat.send("아마도")
    assert chat.texts[0] == messages.format("ko", "survey-err-sex")
    assert chat.question == "sex"
    await chat.send("male")  # half an answer: neutered or not is asked, never assumed
    assert chat.question == "sex"
    assert messages.format("ko", "understanding-concept-male") in chat.texts[0]
    await chat.send("male, not neutered")  # an English answer is understood from a Korean user too
    assert chat.question == "breed"
    for _ in range(2):
        await chat.tap_label("믹스 / 모름") if chat.question == "breed" else await chat.tap(
            "survey:size:large"
        )
    await chat.tap("survey:origin:other")
    await chat.send("2년")
    assert chat.texts[0] == "알려 주신 기간이 강아지의 나이(6개월)보다 길어요. 다시 확인해서 알려 주세요."
    assert chat.texts[0] == messages.format("ko", "survey-err-owned_months-too-long", years=0, months=6)
    assert chat.question == "owned_months"


async def test_back_goes_to_the_previous_question(sqlite_engine: Engine, sqlite_store: Store) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/start")
    await chat.send("Rex")
    await chat.send("3")
    assert chat.question == "sex"
    await chat.tap("survey:back")
    assert chat.question == "age_months"
    await chat.send("back")
    assert chat.question == "name"
    await chat.send("Rexy")
    await chat.send("4 years")
    async with sqlite_store.session() as s:
        dogs = await s.list_dogs(1)
    assert [d.answers for d in dogs] == [{"name": "Rexy", "age_months": 48}]


async def test_restart_resumes_at_the_same_question(store: Store, messages: Messages) -> None:
    first = Chat(Engine(store, messages), "ji", hint="ko")
    await first.send("/start")
    await first.send("콩")
    await first.send("2살")
    await first.tap("survey:sex:male_neutered")
    assert first.question == "breed"
    # A new process: a new engine over the same database.
    second = Chat(Engine(store, messages), "ji", hint="ko")
    await second.send("/start")
    assert second.texts[0] == messages.format("ko", "start-resume")
    assert second.question == "breed"
    await second.send("진돗개")
    assert second.question == "size"
    async with store.session() as s:
        dogs = await s.list_dogs(1)
    assert dogs[0].answers == {"name": "콩", "age_months": 24, "sex": "male_neutered", "breed": "진돗개"}


async def test_cancel_keeps_answers_and_start_continues(sqlite_engine: Engine, messages: Messages) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/start")
    await chat.send("Nala")
    await chat.send("/cancel")
    assert chat.texts == [messages.format("en", "cancel-kept")]
    await chat.send("/cancel")
    assert chat.texts == [messages.format("en", "cancel-nothing")]
    await chat.send("/start")
    assert chat.question == "age_months"
    assert "Nala" in chat.last.text


async def test_multi_choice_toggles_and_none_is_exclusive(sqlite_engine: Engine, messages: Messages) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/start")
    for text in ("Kiki", "2", "boy, neutered", "poodle", "small", "breeder", "1", "1", "no"):
        await chat.send(text)
    assert chat.question == "other_pets"
    assert chat.last.multi
    await chat.tap("survey:done")
    assert chat.texts[0] == messages.format("en", "survey-err-multi-empty")
    await chat.tap("survey:other_pets:dog")
    await chat.tap("survey:other_pets:cat")
    assert [c.id for c in chat.last.choices if c.selected] == [
        "survey:other_pets:dog",
        "survey:other_pets:cat",
    ]
    await chat.tap("survey:other_pets:cat")
    assert [c.id for c in chat.last.choices if c.selected] == ["survey:other_pets:dog"]
    await chat.tap("survey:other_pets:none")  # exclusive: the ticks cleared, "None" the answer
    assert chat.question == "alone_hours"
    await chat.tap("survey:back")
    assert chat.question == "other_pets"
    await chat.tap("survey:other_pets:dog")
    assert [c.id for c in chat.last.choices if c.selected] == ["survey:other_pets:dog"]
    await chat.tap("survey:done")
    assert chat.question == "alone_hours"


async def test_a_button_from_an_old_question_is_not_taken(sqlite_engine: Engine, messages: Messages) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/start")
    for text in ("Kiki", "2", "boy, not neutered"):
        await chat.send(text)
    assert chat.question == "breed"
    chat.replies = []
    reply = await sqlite_engine.handle(Incoming(chat.user, choice="survey:sex:female_spayed"))
    assert reply[0].text == messages.format("en", "survey-stale-button")
    assert reply[-1].meta["question"] == "breed"


async def test_profile_edit_and_second_dog(
    sqlite_engine: Engine, sqlite_store: Store, messages: Messages
) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/start")
    for text in ("Milo", "5", "neutered male", "beagle", "medium", "pet shop", "3 years", "2", "no", "none",
                 "6", "60", "none", "none", "skip", "ok"):  # fmt: skip
        await chat.send(text)
    await chat.send("/profile")
    assert "Milo" in chat.last.text
    assert "5 years" in chat.last.text
    await chat.tap("survey:edit")
    await chat.tap("survey:edit:age_months")
    await chat.send("6 years")
    assert chat.question is None  # a confirmed profile: the change stored, no review to OK again
    assert "6 years" in chat.last.text  # the card
    await chat.send("/newdog")
    assert chat.texts[0] == messages.format("en", "newdog-intro")
    await chat.send("Luna")
    await chat.send("/profile")  # a dog being added becomes active only when confirmed
    assert "Milo" in chat.texts[0]
    assert chat.question == "age_months"  # and Luna's survey goes on (owner trial 13)
    await chat.tap("profile:switch")
    labels = {c.label: c.id for c in chat.last.choices}
    assert set(labels) == {"Milo", "Luna"}
    await chat.tap(labels["Milo"])
    assert chat.texts[0] == messages.format("en", "profile-switched", name="Milo")
    async with sqlite_store.session() as s:
        user = await s.get_user("console", "u1")
        assert user is not None
        active = await s.get_dog(user.active_dog_id or 0)
    assert active is not None
    assert active.answers["age_months"] == 72


async def test_language_switch_mid_survey_returns_to_the_question(
    sqlite_engine: Engine, messages: Messages
) -> None:
    chat = Chat(sqlite_engine, hint="ko")
    await chat.send("/start")
    await chat.send("초코")
    await chat.send("/language")
    await chat.tap("lang:en")
    assert chat.texts[0] == messages.format("en", "language-set")
    assert chat.question == "age_months"
    assert chat.last.text.endswith("How old is 초코?")
    await chat.send("3")
    assert chat.question == "sex"
    await chat.send("/cancel")
    await chat.send("한국어")  # a language named on its own switches too
    assert chat.texts[0] == messages.format("ko", "language-set")


async def test_export_then_delete_erases_everything(
    sqlite_engine: Engine, sqlite_store: Store, messages: Messages
) -> None:
    chat = Chat(sqlite_engine, "gone", channel="telegram", hint="en")
    await chat.send("/start")
    await chat.send("Toto")
    await chat.send("/cancel")
    await chat.send("He barks at the mailman every morning")
    await chat.send("/export")
    document = chat.last.document
    assert document is not None
    assert document.mime_type == "application/json"
    exported = json.loads(document.data)
    assert exported["dogs"][0]["answers"]["name"] == "Toto"
    assert exported["reports"][0]["text"] == "He barks at the mailman every morning"
    assert {"in", "out"} <= {m["direction"] for m in exported["messages"]}
    await chat.send("/delete")
    await chat.send("no")
    assert chat.texts == [messages.format("en", "delete-kept")]
    await chat.send("/delete")
    await chat.tap("privacy:delete:yes")
    assert chat.texts == [messages.format("en", "delete-done")]
    async with sqlite_store.session() as s:
        for table in ("users", "dogs", "messages", "reports", "conversation_state"):
            row = await s.one(f"SELECT COUNT(*) AS n FROM {table}")
            assert row is not None
            assert row["n"] == 0, table


async def test_free_text_is_saved_as_a_report(engine: Engine, store: Store, messages: Messages) -> None:
    chat = Chat(engine, hint="en")
    await chat.send("우리 강아지가 손님 올 때마다 자꾸 짖어요")
    # A first message that is a report: kept, and the survey offered, in the language the report
    # was typed in (the turn is about it), without a dog's name (there is none yet).
    assert chat.texts == [
        messages.format("ko", "report-saved", name="none"),
        messages.format("ko", "first-report-offer"),
    ]
    assert chat.texts[0] == "알겠어요. 말씀하신 내용을 저장했어요."
    async with store.session() as s:
        reports = await s.pending_reports()
    assert [(r.text, r.language, r.dog_id) for r in reports] == [
        ("우리 강아지가 손님 올 때마다 자꾸 짖어요", "ko", None)
    ]


async def test_every_message_both_ways_is_in_the_transcript(engine: Engine, store: Store) -> None:
    chat = Chat(engine, hint="ko")
    await chat.send("/start")
    await chat.send("초코")
    await chat.tap("survey:back")
    async with store.session() as s:
        log = await s.list_messages(1)
    inbound = [m for m in log if m["direction"] == "in"]
    outbound = [m for m in log if m["direction"] == "out"]
    assert [m["text"] for m in inbound] == ["/start", "초코", None]
    assert inbound[2]["payload"] == {"choice": "survey:back"}
    assert len(outbound) == 1 + 1 + 1 + 1  # welcome + Q1, Q2, Q1 again
    assert outbound[-1]["payload"]["text"].endswith("강아지 이름이 뭐예요?")


async def test_unknown_commands_and_empty_input(sqlite_engine: Engine, messages: Messages) -> None:
    chat = Chat(sqlite_engine, hint="en")
    await chat.send("/fly")
    assert chat.texts == [messages.format("en", "unknown-command")]
    await chat.send(None)
    assert chat.texts == [messages.format("en", "noise-hint")]
    await chat.send("/help@DogCoachBot")
    assert chat.texts == [messages.format("en", "help-text") + "\n" + messages.format("en", "help-survey")]
