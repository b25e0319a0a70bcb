# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A new owner's trial (issue 11), faults F1, F2 and F5, through real channels.

F1: at the breed question (free text) "when i leave him alone he whines and barks at the door :("
was stored as the breed and no report was saved. F2: "매일 그래요" typed there after a report
became the breed "매일 그래". F5: "hiii", "heyy", "안녕하세용" at the name question became the
dog's name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.analysis_support import running_bot
from tests.chat import Chat
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_detail_survey_and_after import _dog_names, _reports, _says
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_reports import until_owed
from tests.test_kakao_skill import open_store, serve
from tests.test_telegram_e2e import harness, settings_for

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


BREED_CASES = (
    # chat, language, name, age, sex, report, detail, breed
    (
        14201,
        "en",
        "Rex",
        "2",
        "boy, neutered",
        "when i leave him alone he whines and barks at the door :(",
        ("he does it every night", "it started about a month ago"),
        "Beagle",
    ),
    (
        14202,
        "ko",
        "콩이",
        "2살",
        "남자애고 중성화했어요",
        "혼자두면 현관앞에서 계속 낑낑거리고 짖어요ㅠㅠ",
        ("매일 그래요", "한달쯤 됐어요"),
        "말티즈",
    ),
)


async def test_report_and_detail_at_the_breed_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """At the breed question: the narrated behaviour is kept as a report (never the breed), the
    detail that follows is added to it (never the breed), the breed question comes again after
    each; the breed typed afterwards is the answer."""
    fake_ollama.behaviour.delay = 1.5
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'b.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        assert tg.rt.analysis is not None
        for chat, lang, name, age, sex, report, details, breed in BREED_CASES:
            await tg.say(chat, "/start", language_code=lang)
            for answer in (name, age, sex):
                await tg.say(chat, answer)
            asked = t(lang, "survey-q-breed", name=name)
            assert tg.last_text(chat).endswith(asked), tg.sent(chat)
            assert await _says(tg, chat, report, t(lang, "report-kept-back")), tg.sent(chat)
            assert tg.last_text(chat).endswith(asked), tg.sent(chat)
            for more in details:
                added = t(lang, "analysis-detail-added", wait="")[:12]
                assert await _says(tg, chat, more, added), tg.sent(chat)
                assert tg.last_text(chat).endswith(asked), tg.sent(chat)
            await tg.say(chat, breed)
            assert tg.last_text(chat).endswith(t(lang, "survey-q-size", name=name)), tg.sent(chat)
            assert await tg.rt.analysis.drain(15)
            assert await _reports(tg, chat) == ["\n".join((report, *details))]
            user = await tg.user(chat)
            assert user is not None
            async with tg.rt.store.session() as s:
                dogs = await s.list_dogs(user.id)
            assert [d.answers.get("breed") for d in dogs] == [breed], [d.answers for d in dogs]


async def test_frequency_is_never_a_breed_and_report_at_breed_in_the_terminal(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The terminal engine, SQLite and Postgres: with no report waiting, a frequency or a
    duration at the breed question is not stored as the breed (the question again); the English
    narrated behaviour is a report."""
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for user, lang, name, age, sex, often, report in (
            (
                "fb-ko",
                "ko",
                "콩이",
                "2살",
                "남자애고 중성화했어요",
                "매일 그래요",
                "혼자두면 현관앞에서 계속 낑낑거리고 짖어요ㅠㅠ",
            ),
            ("fb-en", "en", "Rex", "2", "boy, neutered", "it started about a month ago", BREED_CASES[0][5]),
        ):
            chat = Chat(bot.engine, user, hint=lang)
            for text in ("/start", name, age, sex):
                await chat.send(text)
            asked = t(lang, "survey-q-breed", name=name)
            assert chat.texts[-1].endswith(asked), chat.texts
            await chat.send(often)
            assert chat.texts[-1].endswith(asked), chat.texts
            await chat.send(report)
            assert chat.texts[-1].endswith(asked), chat.texts
            assert await bot.service.drain(15)
            async with store.session() as s:
                owner = await s.get_user("console", user)
                assert owner is not None
                texts = [r.text for r in await s.list_reports(owner.id)]
                breeds = [d.answers.get("breed") for d in await s.list_dogs(owner.id)]
            assert texts == [report], texts
            assert breeds in ([], [None]), breeds


async def test_report_at_the_breed_question_on_kakao(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    """KakaoTalk, English: the narrated behaviour at the breed question is a report, not the breed."""
    settings = kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)
    async with serve(settings) as srv:
        user = srv.user()
        for text in ("English", "Rex", "2", "boy, neutered"):
            await user.send(text)
        asked = t("en", "survey-q-breed", name="Rex")
        assert user.text.endswith(asked), user.texts
        await user.send(BREED_CASES[0][5])
        assert any(x.endswith(asked) for x in user.texts), user.texts

        await until_owed(srv, user)
        async with open_store(srv.settings.database_url) as store, store.session() as s:
            owner = await s.get_user("kakao", user.key)
            assert owner is not None
            texts = [r.text for r in await s.list_reports(owner.id)]
            breeds = [d.answers.get("breed") for d in await s.list_dogs(owner.id)]
        assert texts == [BREED_CASES[0][5]], texts
        assert breeds in ([], [None]), breeds


GREETINGS = (
    ("en", ("hiii", "hii", "heyy", "heyyy", "hellooo")),
    ("ko", ("안녕하세용", "하이용", "안녕하세욤")),
)


async def test_playful_greetings_are_never_a_name_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """At the name question an elongated or playful greeting is small talk, the question again;
    a real name that starts like a greeting ("Heidi", "하이디") is the name."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'g.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 14210
        for lang, words in GREETINGS:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            asked = t(lang, "survey-q-name")
            for word in words:
                await tg.say(chat, word)
                assert tg.last_text(chat).endswith(asked), (word, tg.sent(chat))
            assert await _dog_names(tg, chat) in ([], [None])
            name = "Heidi" if lang == "en" else "하이디"
            await tg.say(chat, name)
            assert tg.last_text(chat).endswith(t(lang, "survey-q-age_months", name=name)), tg.sent(chat)
            assert await _dog_names(tg, chat) == [name]


async def test_an_early_exercise_answer_after_the_result_is_not_detail_in_the_terminal(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The terminal engine, SQLite and Postgres (trial F7): at the other-pets question, the
    report's result shown, "하루 두번 30분씩" / "twice a day, 30 minutes each" (the exercise
    question's answer typed early) is not glued onto the report; the question comes again."""
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for user, lang, answers, report, early in (
            (
                "f7-ko",
                "ko",
                ("콩이", "2살", "남자애고 중성화했어요", "말티즈", "소형", "브리더", "1년", "2명", "아니요"),
                "우리 강아지가 밤마다 짖어요 ㅠㅠ",
                "하루 두번 30분씩",
            ),
            (
                "f7-en",
                "en",
                ("Rex", "2", "boy, neutered", "Beagle", "medium", "from a breeder", "1 year", "2", "no"),
                "my dog barks every night :(",
                "twice a day, 30 minutes each",
            ),
        ):
            chat = Chat(bot.engine, user, hint=lang)
            for text in ("/start", *answers):
                await chat.send(text)
            name = answers[0]
            asked = t(lang, "survey-q-other_pets", name=name)
            assert chat.texts[-1].endswith(asked), chat.texts
            await chat.send(report)
            assert await bot.service.drain(15)
            await chat.send(early)
            assert not any(x.startswith(t(lang, "analysis-detail-added", wait="")[:12]) for x in chat.texts)
            assert chat.texts[-1].endswith(asked), chat.texts
            assert await bot.service.drain(15)
            async with store.session() as s:
                owner = await s.get_user("console", user)
                assert owner is not None
                texts = [r.text for r in await s.list_reports(owner.id)]
            assert texts == [report], texts


async def test_the_name_said_again_at_a_later_question_corrects_it_in_the_terminal(
    store: Store, messages: Messages, fake_ollama: FakeOllama
) -> None:
    """The terminal engine, SQLite and Postgres: "his name is Max" / "이름은 콩이예요" at the age
    question (after a wrong name was taken) corrects the name, and the age question comes again
    with it; the age typed then is the answer."""
    async with running_bot(store, messages, fake_ollama.url) as bot:
        for user, lang, wrong, again, name, age in (
            ("rn-en", "en", "Rexy", "his name is Max", "Max", "2"),
            ("rn-ko", "ko", "초코", "이름은 콩이예요", "콩이", "2살"),
        ):
            chat = Chat(bot.engine, user, hint=lang)
            for text in ("/start", wrong):
                await chat.send(text)
            assert chat.texts[-1].endswith(t(lang, "survey-q-age_months", name=wrong)), chat.texts
            await chat.send(again)
            assert chat.texts[0] == t(lang, "survey-renamed-from", old=wrong, new=name), chat.texts
            assert chat.texts[-1].endswith(t(lang, "survey-q-age_months", name=name)), chat.texts
            await chat.send(age)
            assert chat.texts[-1].endswith(t(lang, "survey-q-sex", name=name)), chat.texts
            async with store.session() as s:
                owner = await s.get_user("console", user)
                assert owner is not None
                dogs = [d.answers for d in await s.list_dogs(owner.id)]
            assert [(d.get("name"), d.get("age_months")) for d in dogs] == [(name, 24)], dogs
