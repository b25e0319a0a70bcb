# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, new-owner trial: every command reached by the words a Kakao user types.

Switching dogs ("switch dog", "초코로 바꿔줘", the card's "🔁 Switch dog" typed), editing an
answer ("edit answers", "change age", "나이 고치기", "✏️ 답 고치기" typed), deleting ("delete all
my data", "내 정보 삭제해주세요") and tips off ("turn tips off", "stop tips", "팁 그만") are commands,
never reports nor noise; command-like words that match no command ("change food", "사료 바꿔줘")
say what can be typed — never a model call, never a report."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.reading import kakao_dog_answers
from tests.test_console import _chat
from tests.test_kakao_skill import KO_TYPED, KakaoUser, Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_kind_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)


async def _two_dogs_tg(tg: Harness, chat: int, lang: str, first: str, second: str) -> None:
    await tg.say(chat, "/start", language_code=lang)
    await tg.say(chat, first)
    await tg.say(chat, "/cancel")
    await tg.say(chat, "/newdog")
    await tg.say(chat, second)
    await tg.say(chat, "/cancel")


async def _two_dogs_kakao(user: KakaoUser, first: str, second: str) -> None:
    for text in ("/start", first, "/cancel", "/newdog", second, "/cancel"):
        await user.send(text)


# -- switching dogs ------------------------------------------------------------------------------


async def test_switch_dog_in_words_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, lang, first, second, switch, bare, stranger, unknown in (
        (15001, "en", "Rex", "Choco", "switch to Choco", "switch dog", "switch to Bella", "Bella"),
        (15002, "ko", "보리", "초코", "초코로 바꿔줘", "강아지 바꾸기", "콩이로 바꿔줘", "콩이"),
    ):
        await _two_dogs_tg(tg, chat, lang, first, second)
        await tg.say(chat, bare)
        assert tg.last_text(chat) == t(lang, "profile-pick-dog")
        await tg.say(chat, stranger)  # no dog of theirs: nothing switched, adding it offered
        assert tg.last_text(chat) == t(lang, "profile-switch-unknown-add", name=unknown)
        await tg.say(chat, switch)
        assert t(lang, "profile-switched", name=second) in tg.sent(chat)
        assert await _tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


async def test_switch_dog_words_and_typed_labels_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, first, second, words in (
        ("en", "Rex", "Choco", ("switch dog", "change dog", "other dog", "🔁 Switch dog")),
        ("ko", "보리", "초코", ("강아지 바꾸기", "다른 강아지", "🔁 다른 강아지", "강아지 바꿔주세요")),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        for text in words:
            await user.send(text)
            assert t(lang, "profile-pick-dog") in user.text, (text, user.text)
            assert any(c.startswith("profile:dog:") for c in user.choice_ids), text
        await user.send(f"{second}로 바꿔줘" if lang == "ko" else f"switch to {second}")
        assert t(lang, "profile-switched", name=second) in user.text, user.text
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


async def test_switch_dog_with_one_dog_offers_adding_one_on_kakao(kakao: Server) -> None:
    for lang, name, words in (("en", "Rex", "switch dog"), ("ko", "보리", "강아지 바꾸기")):
        user = kakao.user(lang=lang)
        for text in ("/start", name, "/cancel", words):
            await user.send(text)
        # idle: asked as a question, answered by its buttons or in words (issue 11 trial)
        assert t(lang, "profile-switch-only-ask", name=name) in user.text, user.text
        assert "profile:newdog" in user.choice_ids and "profile:newdog-no" in user.choice_ids


def test_switch_dog_by_name_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path, ["/start", "보리", "/cancel", "/newdog", "초코", "/cancel", "초코로 바꿔줘"], "--lang", "ko"
    )
    assert t("ko", "profile-switched", name="초코") in out, out


def test_edit_and_unknown_command_words_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path, ["/start", "보리", "/cancel", "나이 고치기", "/cancel", "사료 바꿔줘"], "--lang", "ko"
    )
    assert t("ko", "survey-q-age_months", name="보리") in out, out
    assert t("ko", "command-words-unknown") in out, out


# -- editing an answer ---------------------------------------------------------------------------


async def test_edit_answers_in_words_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, lang, name, edit, field in (
        (15011, "en", "Rex", "edit answers", "change age"),
        (15012, "ko", "보리", "답 고치기", "나이 고치기"),
    ):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, name)
        await tg.say(chat, "/cancel")
        await tg.say(chat, edit)
        assert tg.last_text(chat) == t(lang, "survey-edit-which")
        await tg.say(chat, "/cancel")
        await tg.say(chat, field)
        assert tg.last_text(chat).startswith(t(lang, "survey-q-age_months", name=name)), tg.last_text(chat)
        await tg.say(chat, "3")
        # the survey is not finished: after the edit it goes on where it stopped, no review
        assert t(lang, "survey-edit-continue") in tg.sent(chat)[-2:], tg.sent(chat)[-2:]
        assert t(lang, "survey-q-sex", name=name) in tg.last_text(chat)
        assert await _tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


async def test_edit_answer_words_and_typed_labels_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, name, words, fields in (
        (
            "en",
            "Rex",
            ("edit profile", "Edit an answer", "✏️ Edit an answer"),
            ("edit weight", "change his age"),
        ),
        ("ko", "보리", ("프로필 수정", "✏️ 답 고치기", "답 수정해주세요"), ("몸무게 고치기", "나이 수정")),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", name, "/cancel"):
            await user.send(text)
        for text in words:
            await user.send(text)
            assert t(lang, "survey-edit-which") in user.text, (text, user.text)
            await user.send("/cancel")
        size, age = fields
        await user.send(size)
        assert t(lang, "survey-q-size", name=name) in user.text, (size, user.text)
        await user.send("/cancel")
        await user.send(age)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (age, user.text)
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- delete and tips -------------------------------------------------------------------------------


async def test_delete_and_tips_off_in_more_words_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, deletes, offs in (
        ("en", ("delete all my data", "erase all my data"), ("turn tips off", "stop tips", "no more tips")),
        # (the records alone, "기록 다 지워주세요", are not all the data: `test_trial_k2_commands`)
        ("ko", ("내 정보 삭제해주세요", "정보 다 지워주세요"), ("팁 그만", "팁 꺼줘", "팁 그만 보내줘")),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", "/cancel"):
            await user.send(text)
        for text in deletes:
            await user.send(text)
            assert t(lang, "delete-ask") in user.text, (text, user.text)
            await user.tap("privacy:delete:no")
        for text in offs:
            await user.send(text)
            assert t(lang, "tips-off-done") in user.text, (text, user.text)
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- command-like words that match no command --------------------------------------------------


async def test_command_like_words_say_what_can_be_typed_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, texts, report in (
        (
            15021,
            "en",
            ("change food", "edit the thing", "turn it off"),
            "he won't stop barking when I change his leash",
        ),
        (15022, "ko", ("사료 바꿔줘", "그거 수정해줘"), "산책줄 바꿀 때마다 계속 짖고 물려고 해요"),
    ):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel")
        for text in texts:
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            replies = tg.sent(chat)[before:]
            assert replies[:2] == [t(lang, "command-words-unknown"), t(lang, "help-text")], (text, replies)
        assert await _tg_reports(tg, chat) == []
        await tg.say(chat, report)
        assert [r.text for r in await _tg_reports(tg, chat)] == [report]


async def test_command_like_words_say_what_can_be_typed_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, text in (("ko", "사료 바꿔줘"), ("en", "change food")):
        user = kakao.user(lang=lang)
        for typed in ("/start", "/cancel", text):
            await user.send(typed)
        assert user.texts[0] == t(lang, "command-words-unknown"), user.texts
        assert t(lang, "help-text-kakao-nofiles") in user.texts[1:], user.texts
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# -- a command wins over a free-text answer -----------------------------------------------------


async def test_switch_words_at_the_health_question_switch_and_a_note_stays_the_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, first, second, edit, switch, back, note in (
        (
            "ko",
            "보리",
            "초코",
            "건강 고치기",
            "초코로 바꿔줘",
            "보리로 바꿔줘",
            "슬개골이 안 좋아서 약을 먹고 있어요",
        ),
        (
            "en",
            "Rex",
            "Choco",
            "edit health",
            "switch to Choco",
            "switch to Rex",
            "Bad knees, takes a painkiller daily",
        ),
    ):
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        await user.send(edit)
        assert t(lang, "survey-q-health", name=first) in user.text, user.text
        await user.send(switch)  # the whole message is a command: not kept as the health note
        assert t(lang, "profile-switched", name=second) in user.text, user.text
        assert note not in user.text
        await user.send(back)
        assert t(lang, "profile-switched", name=first) in user.text, user.text
        assert switch not in user.text  # the card: no health note typed
        await user.send(edit)
        await user.send(note)  # a real health note stays the answer
        # the survey is not finished: after the edit it goes on where it stopped, no review
        assert t(lang, "survey-edit-continue") in user.text, user.text
        assert (await kakao_dog_answers(kakao, user.key))["health"] == note
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


async def test_command_like_words_as_the_first_message_get_the_welcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, text in (("ko", "사료 바꿔줘"), ("en", "change food")):
        user = kakao.user(lang=lang)
        await user.send(text)
        assert t(lang, "start-welcome") in user.texts, user.texts
        assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


async def test_edit_words_or_button_at_add_or_new_keep_the_waiting_message_as_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """At "add or new?" (a message waiting), "change age" opens the age question and the card's
    "Edit an answer" the list of answers; the waiting message becomes its own report, never lost
    nor glued to the first."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, tapped in ((15031, False), (15032, True)):
            await _edit_at_add_or_new(tg, chat, tapped=tapped)


async def _edit_at_add_or_new(tg: Harness, chat: int, *, tapped: bool) -> None:
    first, second = (
        "He lunges and barks at other dogs on every walk",
        "Every time guests come he barks at the door",
    )
    await tg.say(chat, "/start", language_code="en")
    await tg.say(chat, "Max")
    await tg.say(chat, "/cancel")
    await tg.say(chat, first)
    question = t("en", "analysis-followup-frequency")
    await eventually(lambda: tg.last_text(chat).endswith(question))
    await tg.say(chat, second)
    assert tg.last_text(chat) == t("en", "analysis-followup-which")
    before = len(tg.sent(chat))
    if tapped:  # the profile card's button, the same
        await tg.say(chat, "/profile")
        await tg.tap(chat, t("en", "survey-edit"))
        expected = t("en", "survey-edit-which")
    else:
        await tg.say(chat, "change age")
        expected = t("en", "survey-q-age_months", name="Max")
    # the settled report's analysis may come in between (the waiting message is filed when the
    # command is typed, so its result may still be streaming when the card's button is tapped)
    await eventually(lambda: any(r.startswith(expected) for r in tg.sent(chat)[before:]))
    reports = await _tg_reports(tg, chat)
    assert sorted(r.text for r in reports) == sorted([first, second])


async def test_edit_words_at_the_review_come_back_to_the_review_on_kakao(kakao: Server) -> None:
    """ "나이 고치기" typed at the survey's "is this right?": that question, then the review again
    (as the review's own edit button), not the questions after it."""
    user = kakao.user()
    await user.send("시작")
    for text in KO_TYPED:
        await user.send(text)
    assert t("ko", "survey-review") in user.text
    await user.send("나이 고치기")
    assert t("ko", "survey-q-age_months", name="초코") in user.text, user.text
    await user.send("5살")
    assert t("ko", "survey-review") in user.text, user.text
    assert "5" in user.text


async def test_the_slash_commands_take_a_name_or_a_question_on_telegram(tg: Harness) -> None:
    chat = 15041
    await _two_dogs_tg(tg, chat, "en", "Rex", "Choco")
    await tg.say(chat, "/switchdog")
    assert tg.last_text(chat) == t("en", "profile-pick-dog")
    await tg.say(chat, "/switchdog Choco")
    assert t("en", "profile-switched", name="Choco") in tg.sent(chat)
    await tg.say(chat, "/edit")
    assert tg.last_text(chat) == t("en", "survey-edit-which")
    await tg.say(chat, "/edit age")
    assert tg.last_text(chat).startswith(t("en", "survey-q-age_months", name="Choco")), tg.last_text(chat)


async def test_switch_to_a_dog_called_with_the_name_ending_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="ko")
    await _two_dogs_kakao(user, "보리", "별")
    await user.send("별이로 바꿔줘")
    assert t("ko", "profile-switched", name="별") in user.text, user.text


# -- issue 11, new-owner trial: more phrasings of commands, and a photo announced ------------------


async def test_more_command_phrasings_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    """ "switch to korean", "한국어로 바꿔줘", "팁 다시 받을래" (tips back on), "지난달 기록" (last
    month's history: the history, with a line that it is not filtered), "show my records"."""
    for lang, steps in (
        (
            "en",
            (
                ("turn tips off", "tips-off-done"),
                ("show my records", "history-empty"),
                ("last month's records", "history-period-unfiltered"),
                ("switch to korean", "language-set"),
            ),
        ),
        (
            "ko",
            (
                ("팁 그만", "tips-off-done"),
                ("팁 다시 받을래", "tips-on-done"),
                ("지난달 기록", "history-period-unfiltered"),
                ("switch to english", "language-set"),
                ("한국어로 바꿔줘", "language-set"),
            ),
        ),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        locale = lang
        for text, msg_id in steps:
            await user.send(text)
            if msg_id == "language-set":
                locale = "ko" if "korean" in text or "한국어" in text else "en"
            assert t(locale, msg_id) in user.texts, (text, user.texts)
    assert _model_calls(fake_ollama) == 0


async def test_a_photo_announced_gets_the_text_only_reply(kakao: Server, fake_ollama: FakeOllama) -> None:
    """ "사진 보낼게요" / "I'll send a photo": the bot reads text only, said at once (it was a
    not-sure reply), idle and at a survey question alike."""
    for lang, texts in (
        ("ko", ("사진 보낼게요", "영상 보내 드릴게요", "사진 보내도 돼요?")),
        ("en", ("I'll send a photo", "let me send you a video", "can I send a picture?")),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        for text in texts[:1]:  # at the survey's first question: its answer asked for in words
            await user.send(text)
            assert t(lang, "unsupported-input-survey") in user.texts, user.texts
        await user.send("/cancel")
        for text in texts:
            await user.send(text)
            assert t(lang, "unsupported-input") in user.texts, (text, user.texts)
    assert _model_calls(fake_ollama) == 0
