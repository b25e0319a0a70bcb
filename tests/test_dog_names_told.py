# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, an owner trial's leftovers about dogs' names:

1. A dog's name told without "우리" / "my dog" in front ("콩이가 또 짖어요", "Max keeps barking at
   night") is offered by the survey's name question, as "우리 콩이가 …" is; a subject that is no
   name ("택배가", "손님이", "엄마가", "Yesterday …") is not.
2. Lower-case English names in a retell ("oh not max, bella") move the report as the capitalised
   form does.
3. Switching to the dog already talked about ("보리 얘기할래" with 보리 active, "switch to Max",
   its button) says so and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from dogcoach.channels.telegram.keyboard import SELECTED_MARK
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_console import _chat
from tests.test_dog_offer_and_name import name_offered_at_the_name_question_on_telegram
from tests.test_dog_words import (
    _kakao_dog_ids,
    _kakao_dogs,
    _kakao_reports,
    _tg_dog_ids,
    _tg_reports,
)
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import eventually, harness, settings_for


def _name_offered(lang: str, name: str, text: str) -> bool:
    return t(lang, "survey-q-name-hint", name=name) in text


# -- 1. a name told without "우리" / "my dog" ------------------------------------------------------

BARE = {
    # lang: (the first message, the name in it, first messages whose subject is no name)
    "ko": ("콩이가 또 짖어요", "콩이", ("택배가 오면 미친듯이 짖어요", "손님이 오면 계속 짖어요")),
    "en": (
        "Max keeps barking at night",
        "Max",
        ("Yesterday he barked at the mailman", "He keeps barking at night"),
    ),
}


async def test_a_name_told_without_an_introduction_is_offered_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        first, name, unnamed = BARE[lang]
        yes = "네" if lang == "ko" else "yes"
        user = kakao.user(lang=lang)
        await user.send(first)
        await user.send(yes)  # the survey offered after the report
        assert _name_offered(lang, name, user.text), user.text
        await user.send(yes)
        assert t(lang, "survey-q-age_months", name=name) in user.text, user.text
        assert await _kakao_dogs(kakao, user.key) == [name]
        for said in unnamed:  # a subject that is no name: the plain question
            user = kakao.user(lang=lang)
            await user.send(said)
            await user.send(yes)
            assert t(lang, "survey-q-name") in user.text, (said, user.text)
            assert "survey:name-hint:yes" not in user.choice_ids, said


async def test_a_name_told_without_an_introduction_at_the_name_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    await name_offered_at_the_name_question_on_telegram(
        fake_telegram, fake_ollama, tmp_path, BARE, chats=(15811, 15812)
    )


def test_a_name_told_without_an_introduction_in_the_terminal(tmp_path: Path) -> None:
    for lang, yes in (("ko", "네"), ("en", "yes")):
        first, name, unnamed = BARE[lang]
        cwd = tmp_path / lang
        cwd.mkdir()
        out = _chat(cwd, [first, yes], "--lang", lang)
        assert t(lang, "survey-q-name-hint", name=name) in out, out
        cwd = tmp_path / f"{lang}-unnamed"
        cwd.mkdir()
        out = _chat(cwd, [unnamed[0], yes], "--lang", lang)
        assert t(lang, "survey-q-name") in out and "survey-q-name-hint" not in out, out
        assert not any(t(lang, "survey-q-name-hint", name=w) in out for w in unnamed[0].split()), out


# -- 2. lower-case English names in a retell -------------------------------------------------------

REPORT = "He lunges and barks at other dogs on every walk"


async def test_a_retell_in_lower_case_moves_the_report_on_kakao(kakao: Server) -> None:
    for retold in ("oh not max, bella", "sorry it was bella not max", "Oh not Max, Bella"):
        user = kakao.user(lang="en")
        for text in ("/start", "Max", "3", "/cancel", "/newdog", "Bella", "10", "/cancel"):
            await user.send(text)
        ids = await _kakao_dog_ids(kakao, user.key)
        await user.send(REPORT)
        [report] = await _kakao_reports(kakao, user.key)
        assert report.dog_id == ids["Max"]  # the active dog
        await user.send(retold)
        moved = (t("en", "report-moved-again", name="Bella"), t("en", "report-moved", name="Bella"))
        assert any(line in user.text for line in moved), (retold, user.text)
        [report] = await _kakao_reports(kakao, user.key)
        assert (report.text, report.dog_id) == (REPORT, ids["Bella"]), retold


async def test_a_retell_in_korean_naming_latin_names_moves_the_report_on_kakao(kakao: Server) -> None:
    """A Korean-speaking owner of Max and Bella: "max 말고 bella요", "Max 말고 Bella요" (a Korean
    ending right after the Latin name) move the report as "Max 말고 Bella" does."""
    for retold in ("max 말고 bella요", "Max 말고 Bella요", "아 max 말고 bella 얘기예요"):
        user = kakao.user(lang="ko")
        for text in ("/start", "Max", "3살", "/cancel", "/newdog", "Bella", "10살", "/cancel"):
            await user.send(text)
        ids = await _kakao_dog_ids(kakao, user.key)
        await user.send("산책할 때 다른 개만 보면 계속 짖고 달려들어요")
        await user.send(retold)
        moved = (t("ko", "report-moved-again", name="Bella"), t("ko", "report-moved", name="Bella"))
        assert any(line in user.text for line in moved), (retold, user.text)
        [report] = await _kakao_reports(kakao, user.key)
        assert report.dog_id == ids["Bella"], retold


async def test_a_retell_in_lower_case_moves_the_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, retold in ((15821, "oh not max, bella"), (15822, "sorry it was bella not max")):
            for text in ("/start", "Max", "3", "/cancel", "/newdog", "Bella", "10", "/cancel"):
                await tg.say(chat, text, language_code="en")
            ids = await _tg_dog_ids(tg, chat)
            await tg.say(chat, REPORT)
            before = len(tg.sent(chat))
            await tg.say(chat, retold)
            moved = t("en", "report-moved-again", name="Bella")
            await eventually(lambda: moved in tg.sent(chat)[before:])  # noqa: B023  (after a push)
            [report] = await _tg_reports(tg, chat)
            assert (report.text, report.dog_id) == (REPORT, ids["Bella"]), retold


def test_a_retell_in_lower_case_moves_the_report_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(
        tmp_path,
        ["/start", "Max", "3", "/cancel", "/newdog", "Bella", "10", "/cancel", REPORT, "oh not max, bella"],
        "--lang",
        "en",
    )
    moved = (t("en", "report-moved-again", name="Bella"), t("en", "report-moved", name="Bella"))
    assert any(line in out for line in moved), out


# -- 3. switching to the dog already talked about --------------------------------------------------

SWITCH = {
    # lang: (the active dog, the other, switching to the active dog in words)
    "ko": ("보리", "초코", ("보리 얘기할래", "보리로 바꿔줘")),
    "en": ("Max", "Bella", ("switch to Max", "talk about max")),
}


async def _active_kakao(server: Server, key: str) -> int | None:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return user.active_dog_id


async def test_switching_to_the_active_dog_says_so_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        active, other, words = SWITCH[lang]
        for said in (*words, None):  # None: the dog picker's button
            user = kakao.user(lang=lang)
            for text in ("/start", active, "/cancel", "/newdog", other, "/cancel"):
                await user.send(text)
            ids = await _kakao_dog_ids(kakao, user.key)
            assert await _active_kakao(kakao, user.key) == ids[active]
            if said is None:
                await user.send("/profile")
                await user.tap("profile:switch")
                await user.tap(f"profile:dog:{ids[active]}")
            else:
                await user.send(said)
            assert t(lang, "profile-switch-already", name=active) in user.text, (said, user.text)
            assert t(lang, "profile-switched", name=active) not in user.text, (said, user.text)
            assert await _active_kakao(kakao, user.key) == ids[active]
            # the other dog still switches
            await user.send(f"{other}로 바꿔줘" if lang == "ko" else f"switch to {other}")
            assert t(lang, "profile-switched", name=other) in user.text, user.text
            assert await _active_kakao(kakao, user.key) == ids[other]


async def test_switching_to_the_active_dog_says_so_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((15831, "ko"), (15832, "en")):
            active, other, words = SWITCH[lang]
            for text in ("/start", active, "/cancel", "/newdog", other, "/cancel"):
                await tg.say(chat, text, language_code=lang)
            await tg.say(chat, words[0])
            assert t(lang, "profile-switch-already", name=active) in tg.sent(chat), tg.sent(chat)
            await tg.say(chat, "/profile")
            await tg.tap(chat, t(lang, "profile-switch"))
            before = len(tg.sent(chat))
            await tg.tap(chat, SELECTED_MARK + active)  # the active dog's button, ticked
            assert t(lang, "profile-switch-already", name=active) in tg.sent(chat)[before:]
            assert t(lang, "profile-switched", name=active) not in tg.sent(chat)
            user = await tg.user(chat)
            assert user is not None and user.active_dog_id == (await _tg_dog_ids(tg, chat))[active]


def test_switching_to_the_active_dog_in_the_terminal(tmp_path: Path) -> None:
    for lang in ("ko", "en"):
        active, other, words = SWITCH[lang]
        cwd = tmp_path / lang
        cwd.mkdir()
        out = _chat(cwd, ["/start", active, "/cancel", "/newdog", other, "/cancel", words[0]], "--lang", lang)
        assert t(lang, "profile-switch-already", name=active) in out, out
        assert t(lang, "profile-switched", name=active) not in out, out


def test_which_name_a_message_gives_without_an_introduction() -> None:
    """The understanding's own rule, both languages: a Korean name with the ending owners add
    after a closed syllable and a particle ("콩이가"), an English capitalised first word followed by
    a verb ("Max keeps"); subjects that are no name (things, people, animals, adverbs, pronouns,
    a word in -ing), 이 with a particle a closed syllable takes ("부모님이랑") and lower-case
    English words are not. A name ending in a vowel ("보리가") is offered only on the evidence of
    `DogNames._vowel_subject` (the first word, a behaviour in its own clause; issue 11, batch 44:
    it was never offered before); a person before 가 ("누나가 만지면…", "언니가") is not."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.understanding import Understander

    names = Understander(Messages()).names
    for text, expected in (
        ("콩이가 또 짖어요", "콩이"),
        ("별이는 산책만 나가면 줄을 당겨요", "별이"),
        ("아 곰이도 밤마다 울어요", "곰이"),
        ("오늘 콩이한테 간식을 줬더니 으르렁거려요", "콩이"),
        ("Max keeps barking at night", "Max"),
        ("Bella won't stop chewing the couch", "Bella"),
        ("Luna pulled so hard on the leash today", "Luna"),
        ("택배가 오면 미친듯이 짖어요", ""),
        ("손님이 오면 계속 짖어요", ""),
        ("옆집 개가 짖으면 따라 짖어요", ""),
        ("엄마가 나가면 낑낑대요", ""),
        ("산책하는데 애가 자꾸 줄을 당겨요", ""),
        ("고양이가 지나가면 짖어요", ""),
        ("부모님이랑 저 세 명", ""),
        ("길고양이가 지나가면 짖어요", ""),
        ("터그놀이를 너무 좋아해요", ""),
        ("삑삑이를 물어뜯어요", ""),
        ("짖음이랑 분리불안", ""),
        ("밥을 많이도 먹었어요", ""),
        ("보리가 또 짖어요", "보리"),
        ("누나가 만지면 물어요", ""),
        ("언니가 짖는다고 혼냈어요", ""),
        ("놀다가 흥분하면 손을 세게 물어요", ""),
        ("Yesterday he barked at the mailman", ""),
        ("He keeps barking at night", ""),
        ("Everything is fine now", ""),
        ("Barking is the problem", ""),
        ("max keeps barking at night", ""),
    ):
        assert names.introduced(text) == expected, text


async def test_a_dog_of_theirs_named_at_a_further_dogs_name_question_is_not_offered_on_kakao(
    kakao: Server,
) -> None:
    """/newdog with 콩이 registered: "콩이가 또 짖어요" at the name question is about 콩이 (filed
    under it), so the new dog's name question does not offer 콩이; a name no dog of theirs has
    still is ("우리 보리가 …")."""
    for lang, dog, said, other, named in (
        ("ko", "콩이", "콩이가 또 짖어요", "우리 보리가 또 짖어요", "보리"),
        ("en", "Max", "Max keeps barking at night", "my dog Bella keeps barking at night", "Bella"),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", dog, "/cancel", "/newdog"):
            await user.send(text)
        await user.send(said)
        assert t(lang, "survey-q-name") in user.text, user.text
        assert not _name_offered(lang, dog, user.text), user.text
        await user.send(other)
        assert _name_offered(lang, named, user.text), user.text


def test_which_dog_a_retell_names_in_any_case_and_script() -> None:
    """The understanding's own rule: registered names match whatever their case ("oh not max,
    bella"), and a Latin name takes a Korean ending ("Bella요"), as a Korean name does ("보리요");
    a longer word is no name ("Bellas"). A dog not registered is offered only capitalised."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.understanding import Understander

    understander = Understander(Messages())
    for text, expected in (
        ("oh not max, bella", 1),
        ("sorry it was bella not max", 1),
        ("OH NOT MAX, BELLA", 1),
        ("max 말고 bella요", 1),
        ("Max 말고 Bella요", 1),
        ("Max 말고 Bellas요", None),
    ):
        assert understander.dog_retold(text, ["Max", "Bella"], 0) == expected, text
    for text, expected in (
        ("Max 말고 Bella요", "Bella"),
        ("Max 말고 Bella", "Bella"),
        ("max 말고 bella요", ""),
    ):
        assert understander.dog_unregistered(text, ["Max"], 0) == expected, text
