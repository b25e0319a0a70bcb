# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Flows an owner expects, found missing or wrong by new-owner trials (issue 11), each reproduced
through a real channel first, then kept: KakaoTalk through the skill over HTTP, Telegram through
the fake Bot API and the webhook, the terminal as `dogcoach chat` in a process.

R1: "처음부터 다시", "start over", "설문 다시 할래요", "리셋", "reset" only resumed the survey. Now
they ask "start {dog}'s survey again from the first question?" with two buttons (quick replies on
Kakao, labels that fit) or a typed yes/no in the terminal: yes clears that dog's answers and asks
the first question (its name offered); no resumes the open question; anything else drops the
question and is taken as if it had not been asked (an answer to the open question answers it).
Nothing else is lost: reports and other dogs stay.
R2: an owner with no dog yet who stopped the survey and started "강아지 추가" (a further dog) and
stopped that too: the profile card said "no dog yet" and offered to introduce one (a second 보리
followed) while the dog switch said "보리 is the only dog I know". The dog whose survey is under
way is the owner's dog in progress: the card shows it with "continue", and "start" continues it.
R3: "내 정보 지워줘", "erase everything about me" got "I can't do that" / the noise hint; they reach
the delete command and its confirmation.
R4: the terminal had no exit word ("exit", "quit" stopped the survey, "종료", "나가기" were read as
answers, "bye" got small talk); they end `dogcoach chat` with a goodbye. The language question,
left open, was asked again at every start of the terminal and after every message that was not a
language: asked once, it is dropped by anything else, which is taken as usual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings, open_store, quick_of  # noqa: F401
from tests.test_owner_trial_6 import MESSAGES, _calls, t
from tests.test_survey_answers_misread import (
    NAME,
    asked,
    kakao_at,
    kakao_at_review,
    kakao_reports,
    tg_answers,
    tg_at,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)


async def _dogs(server: Server, key: str) -> list[Any]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return await s.list_dogs(user.id)


# -- R1: a real restart, confirmed --------------------------------------------------------------

RESTART_WORDS = {
    "ko": ("처음부터 다시", "설문 다시 할래요", "리셋", "다시 시작"),
    "en": ("start over", "reset", "restart", "can we start over?"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_restart_words_ask_then_start_over_or_keep_going_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for word in RESTART_WORDS[lang]:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(word)
        assert t(lang, "restart-ask", name=NAME[lang]) in user.text, (word, user.texts)
        labels = {str(q["extra"]["choice"]): q["label"] for q in quick_of(user.last)}
        assert set(labels) == {"restart:yes", "restart:no"}, (word, labels)
        for choice, msg in (("restart:yes", "restart-yes"), ("restart:no", "restart-no")):
            whole = t(lang, msg)
            short = MESSAGES.attribute(lang, msg, "short")
            assert labels[choice] in (whole, short) and "…" not in labels[choice], labels  # fits, not cut
        assert (await _dogs(kakao, user.key))[-1].answers.get("sex"), word  # nothing replaced yet
    # no: the open question again, every answer kept
    await user.tap("restart:no")
    assert t(lang, "restart-kept") in user.text, user.texts
    assert asked(lang, "breed") in user.text, user.texts
    assert (await _dogs(kakao, user.key))[-1].answers.get("sex")
    # yes: the first question asked (its name offered); no answer erased before it is given
    # again (owner trial 10: a restart stopped left the name alone)
    await user.send(RESTART_WORDS[lang][0])
    await user.tap("restart:yes")
    assert t(lang, "restart-done") in user.text, user.texts
    assert t(lang, "survey-q-name-hint", name=NAME[lang]) in user.text, user.texts
    dogs = await _dogs(kakao, user.key)
    assert len(dogs) == 1 and dogs[0].answers.get("sex"), dogs
    await user.send(NAME[lang])
    assert asked(lang, "age_months") in user.text, user.texts
    assert _calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_anything_else_at_the_restart_question_is_taken_as_usual_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_at(kakao, lang, "breed")
    await user.send(RESTART_WORDS[lang][1])
    await user.send({"ko": "푸들", "en": "poodle"}[lang])  # the breed, not an answer to "start over?"
    assert asked(lang, "size") in user.text, user.texts
    answers = (await _dogs(kakao, user.key))[-1].answers
    assert answers.get("breed") and answers.get("sex"), answers


@pytest.mark.parametrize(
    ("lang", "other", "report"),
    [("ko", "보리", "콩이가 밤마다 짖어요"), ("en", "Bori", "Rex barks every night")],
)
async def test_restart_after_the_survey_keeps_reports_and_other_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, other: str, report: str
) -> None:
    user = await kakao_at_review(kakao, lang)
    await user.tap("survey:confirm")
    await user.send(report)
    for text in ("/newdog", other, "/cancel"):
        await user.send(text)
    before = await _dogs(kakao, user.key)
    await user.send(RESTART_WORDS[lang][0])
    assert t(lang, "restart-ask", name=NAME[lang]) in user.text, user.texts  # the dog talked about
    await user.tap("restart:yes")
    assert t(lang, "survey-q-name-hint", name=NAME[lang]) in user.text, user.texts
    after = await _dogs(kakao, user.key)  # the confirmed profile kept until answered again (trial 10)
    assert after[0].answers == before[0].answers and after[0].completed_at is not None, after[0]
    assert after[1].answers == before[1].answers and after[1].answers["name"] == other  # the other dog kept
    assert await kakao_reports(kakao, user.key) == [report]


async def test_restart_words_midway_ask_with_buttons_on_telegram(tg: Harness) -> None:
    for chat, lang, word in ((17301, "ko", "처음부터 다시"), (17302, "en", "start over")):
        await tg_at(tg, chat, lang, "breed")
        await tg.say(chat, word)
        assert tg.last_text(chat) == t(lang, "restart-ask", name=NAME[lang]), tg.sent(chat)[-2:]
        await tg.tap(chat, t(lang, "restart-no"))
        assert asked(lang, "breed") in tg.last_text(chat)
        assert (await tg_answers(tg, chat)).get("sex")
        await tg.say(chat, word)
        await tg.tap(chat, t(lang, "restart-yes"))
        assert t(lang, "survey-q-name-hint", name=NAME[lang]) in tg.last_text(chat), tg.sent(chat)[-2:]
        assert (await tg_answers(tg, chat)).get("sex")  # kept until answered again (owner trial 10)
    # a button of the question before, tapped at "start over?" (its keyboard was taken away, but a
    # client may still send it): the question dropped, the tap taken by the survey
    await tg_at(tg, 17303, "en", "size")
    size = [m for m in tg.fake.sent_messages(17303) if m.kind == "message"][-1].message_id
    await tg.say(17303, "reset")
    await tg.fake.deliver_update(tg.fake.make_callback(17303, "survey:size:small", message_id=size))
    assert asked("en", "origin") in tg.last_text(17303), tg.sent(17303)[-2:]
    assert (await tg_answers(tg, 17303)).get("size") == "small"


def test_restart_is_a_typed_yes_or_no_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path, ["콩이", "3살", "처음부터 다시", "아니요", "리셋", "네"], "--lang", "ko", "--user", "rk"
    )
    assert out.count(t("ko", "restart-ask", name="콩이")) == 2, out
    assert t("ko", "restart-kept") in out, out
    assert t("ko", "restart-done") in out, out
    assert out.rstrip().endswith(">"), out[-300:]
    assert t("ko", "survey-q-name-hint", name="콩이") in out.split(t("ko", "restart-done"))[-1], out
    en = tmp_path / "en"
    en.mkdir()
    out = _chat(en, ["Max", "3", "start over", "yes", "Max"], "--lang", "en", "--user", "re")
    assert t("en", "restart-done") in out, out
    assert t("en", "survey-q-age_months", name="Max") in out.split(t("en", "restart-done"))[-1], out


# -- R2: a dog added with no dog yet, stopped: the card and the switch agree ----------------------


@pytest.mark.parametrize(("lang", "dog"), [("ko", "보리"), ("en", "Bori")])
async def test_a_stopped_first_dog_is_the_dog_in_progress_on_kakao(
    kakao: Server, lang: str, dog: str
) -> None:
    user = kakao.user(lang=lang)
    add = {"ko": "강아지 추가", "en": "add a dog"}[lang]
    for text in ("/start", "/cancel", add, dog, "2", "/cancel"):
        await user.send(text)
    await user.send({"ko": "프로필", "en": "profile"}[lang])
    assert f"🐶 {dog}" in user.text, user.texts  # the card shows the dog the switch knows
    assert "survey:continue" in [str(q["extra"].get("choice")) for q in quick_of(user.last)]
    await user.send({"ko": "강아지 바꾸기", "en": "switch dog"}[lang])
    assert t(lang, "profile-switch-only-ask", name=dog) in user.text, user.texts
    await user.send({"ko": "시작", "en": "start"}[lang])  # continues that dog, no second one
    assert asked(lang, "sex").replace(NAME[lang], dog) in user.text, user.texts
    assert len(await _dogs(kakao, user.key)) == 1


# -- R3: erasing everything in an owner's words ---------------------------------------------------

DELETE_WORDS = {
    "ko": (
        "내 정보 지워줘",
        "내 데이터 삭제해줘",
        "제 정보 삭제해주세요",
        "개인정보 삭제해 주세요",
        "내 정보 삭제해줄래?",
    ),
    "en": (
        "delete my data",
        "erase everything about me",
        "delete everything about me",
        "erase my info",
        "wipe everything",
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_delete_words_reach_the_delete_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    for words in DELETE_WORDS[lang]:
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(NAME[lang])
        await user.send(words)
        assert t(lang, "delete-ask") in user.text, (words, user.texts)
        await user.tap("privacy:delete:no")
        assert len(await _dogs(kakao, user.key)) == 1  # nothing erased without the yes
    assert _calls(fake_ollama) == 0


async def test_delete_words_reach_the_delete_question_on_telegram(tg: Harness) -> None:
    for chat, lang in ((17311, "ko"), (17312, "en")):
        await tg.say(chat, "/start", language_code=lang)
        for words in DELETE_WORDS[lang]:
            await tg.say(chat, words)
            assert tg.last_text(chat) == t(lang, "delete-ask"), (words, tg.sent(chat)[-2:])
            await tg.tap(chat, t(lang, "delete-keep"))


# -- R4: the terminal's exit words, and its language question asked once -------------------------

EXIT_WORDS = {"ko": ("종료", "나가기", "exit"), "en": ("exit", "quit", "bye")}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_exit_words_end_the_terminal_chat(tmp_path: Path, lang: str) -> None:
    for n, word in enumerate(EXIT_WORDS[lang]):
        cwd = tmp_path / str(n)
        cwd.mkdir()
        out = _chat(cwd, ["Max", word, "3"], "--lang", lang, "--user", f"x{lang}")
        assert out.rstrip().endswith(t(lang, "console-bye")), (word, out[-300:])
        assert t(lang, "survey-q-sex", name="Max") not in out, word  # "3" after it was never read
        again = _chat(cwd, ["3"], "--lang", lang, "--user", f"x{lang}")
        assert t(lang, "survey-q-sex", name="Max") in again, (word, again)  # the age question was open


def test_the_language_question_is_asked_once_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["언어"], "--user", "lp", env_extra={"LANG": "C"})
    assert out.count(t("ko", "language-ask")) == 1, out
    out = _chat(tmp_path, ["Max", "2"], "--user", "lp", env_extra={"LANG": "C"})
    assert t("ko", "language-ask") not in out, out  # neither at the start nor after "Max"
    assert t("ko", "survey-q-age_months", name="Max") in out, out  # "Max" answered the name


def test_the_welcome_with_its_language_offer_is_not_repeated_at_each_start(tmp_path: Path) -> None:
    """Picked English, stopped before the dog's name: every later `dogcoach chat` printed the whole
    first welcome again, with its offer of the other language, and restarted the stopped survey,
    under the terminal's own first line in Korean (LANG=C)."""
    first = _chat(tmp_path, ["English", "/cancel"], "--user", "wb", env_extra={"LANG": "C"})
    assert first.count("(English? Send") == 1, first  # offered once, in the first welcome
    for _ in range(2):
        again = _chat(tmp_path, [], "--user", "wb", env_extra={"LANG": "C"})
        assert t("en", "start-welcome") not in again, again
        assert "한국어" not in again, again
        assert t("en", "survey-q-name") not in again, again  # the survey stopped stays stopped
        assert t("en", "profile-none-offer") in again, again  # the way into it, one word away
        assert again.startswith(t("en", "console-hint")), again  # the terminal's line in English too
