# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, new-owner trial: what the owner means at an offer to add a dog, and a name told first.

1. Adding a dog offered ("보리로 바꿔줘" with one dog registered, "switch dog", the offer after a
   survey that heard of another dog) is answered in words as by its buttons: "네", "응 등록할래",
   "yes", "sure, add him" add the dog; "아니요", "not now" decline it (said so). A message about
   something else meanwhile leaves it open, its buttons under the reply (Kakao keeps only the
   last reply's quick replies; on Telegram the offer's own button still works).
2. The dog's name told before the survey ("우리 콩이가 밤마다 짖어요", "my dog Max pulls on the
   leash"), or the unregistered dog's name the offer was made for ("보리로 바꿔줘"), is offered by
   the name question ("콩이 맞죠?", yes / another name), never asked for again from scratch;
   "우리 강아지" / "my dog" name no dog: the plain question.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_console import _chat
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _tg_dogs
from tests.test_edit_unfinished_and_dogs import ANOTHER, WORDS
from tests.test_kakao_skill import EN_TYPED, KO_TYPED, Server, kakao  # noqa: F401  (`kakao`)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import eventually, harness, settings_for

ADD, NOT_NOW = "profile:newdog", "profile:newdog-no"

OFFERS = {
    # lang: the one dog, switching to an unregistered one, its name, an unrelated message
    "ko": ("콩이", "보리로 바꿔줘", "보리", "고마워요"),
    "en": ("Max", "switch to Bori", "Bori", "thanks"),
}


def _name_offered(lang: str, name: str, text: str) -> bool:
    return t(lang, "survey-q-name-hint", name=name) in text


async def test_adding_a_dog_offered_is_answered_in_words_on_kakao(kakao: Server) -> None:
    for lang, yes in (("ko", "응 등록할래"), ("ko", "네"), ("en", "yes"), ("en", "sure, add him")):
        dog, switch, other, unrelated = OFFERS[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", dog, "/cancel", switch):
            await user.send(text)
        assert t(lang, "profile-switch-unregistered", typed=other, name=dog) in user.text, user.text
        assert ADD in user.choice_ids and NOT_NOW in user.choice_ids
        await user.send(unrelated)  # something else: the offer's buttons stay under the reply
        assert ADD in user.choice_ids and NOT_NOW in user.choice_ids, (yes, user.choice_ids)
        await user.send(yes)
        assert t(lang, "newdog-intro") in user.text, (yes, user.text)
        assert _name_offered(lang, other, user.text), (yes, user.text)  # the name given, offered
        await user.send(yes if yes in ("네", "yes") else "네")
        assert t(lang, "survey-q-age_months", name=other) in user.text, (yes, user.text)
        assert sorted(await _kakao_dogs(kakao, user.key)) == sorted([dog, other])
        assert await _kakao_reports(kakao, user.key) == []


async def test_adding_a_dog_offered_declined_in_words_on_kakao(kakao: Server) -> None:
    for lang, switch, no in (("ko", "다른 강아지 얘기할래", "아니요"), ("en", "switch dog", "not now")):
        dog = OFFERS[lang][0]
        user = kakao.user(lang=lang)
        for text in ("/start", dog, "/cancel", switch):
            await user.send(text)
        assert t(lang, "profile-switch-only-ask", name=dog) in user.text, user.text
        await user.send(no)
        assert t(lang, "newdog-offer-declined") in user.text, (no, user.text)
        assert await _kakao_dogs(kakao, user.key) == [dog]
        await user.send("네" if lang == "ko" else "yes")  # the offer is closed: no dog added
        assert t(lang, "newdog-intro") not in user.text


async def test_the_offer_after_a_survey_is_taken_in_words_on_kakao(kakao: Server) -> None:
    for lang, yes in (("ko", "네 추가할게요"), ("en", "sure")):
        more, _switch = ANOTHER[lang]
        typed = KO_TYPED if lang == "ko" else EN_TYPED
        user = kakao.user(lang=lang)
        for text in ("/start", typed[0], more, *typed[1:], WORDS[lang][5]):
            await user.send(text)
        assert t(lang, "newdog-offer") in user.text, user.text
        await user.send(yes)
        assert t(lang, "newdog-intro") in user.text, (yes, user.text)


async def test_adding_a_dog_offered_in_words_and_its_button_after_other_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, answer in (
            (15701, "ko", "응 등록할래"),
            (15702, "en", None),
            (15703, "en", "sure, add him"),
        ):
            dog, switch, other, unrelated = OFFERS[lang]
            for text in ("/start", dog, "/cancel", switch):
                await tg.say(chat, text, language_code=lang)
            assert tg.last_text(chat) == t(lang, "profile-switch-unregistered", typed=other, name=dog)
            await tg.say(chat, unrelated)
            if answer is None:  # the offer's own button, after something else was typed
                await tg.tap(chat, t(lang, "profile-newdog"))
            else:
                await tg.say(chat, answer)
            assert t(lang, "newdog-intro") in tg.sent(chat), answer
            assert _name_offered(lang, other, tg.last_text(chat)), tg.last_text(chat)
            await tg.say(chat, other)  # the name typed instead of "yes": the answer all the same
            assert t(lang, "survey-q-age_months", name=other) in tg.last_text(chat)
            assert sorted(await _tg_dogs(tg, chat)) == sorted([dog, other])


FIRST = {
    # lang: the first message, the name in it, a first message naming no dog
    "ko": ("우리 콩이가 밤마다 현관 앞에서 짖어요", "콩이", "우리 강아지가 밤마다 현관 앞에서 짖어요"),
    "en": ("my dog Max pulls on the leash on every walk", "Max", "my dog pulls on the leash on every walk"),
}


async def test_the_name_told_in_the_first_message_is_offered_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        first, name, unnamed = FIRST[lang]
        yes, no = ("네", "아니요") if lang == "ko" else ("yes", "no")
        user = kakao.user(lang=lang)
        await user.send(first)
        await user.send(yes)  # the survey offered after the report
        assert _name_offered(lang, name, user.text), user.text
        assert "survey:name-hint:yes" in user.choice_ids
        await user.send(yes)
        assert t(lang, "survey-q-age_months", name=name) in user.text, user.text
        assert await _kakao_dogs(kakao, user.key) == [name]
        # "아니요" at the offered name: the plain question
        user = kakao.user(lang=lang)
        await user.send(first)
        await user.tap("survey:start")
        await user.send(no)
        assert t(lang, "survey-q-name") in user.text and not _name_offered(lang, name, user.text)
        # "우리 강아지" / "my dog" is no name
        user = kakao.user(lang=lang)
        await user.send(unnamed)
        await user.send(yes)
        assert t(lang, "survey-q-name") in user.text, user.text
        assert "survey:name-hint:yes" not in user.choice_ids


async def test_the_name_told_at_the_name_question_is_offered_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    await name_offered_at_the_name_question_on_telegram(
        fake_telegram, fake_ollama, tmp_path, FIRST, chats=(15711, 15712)
    )


async def name_offered_at_the_name_question_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    cases: Mapping[str, tuple[str, str, object]],
    *,
    chats: tuple[int, int],
) -> None:
    """`cases[lang]` = (a report naming a dog, the name in it, …), typed at the name question:
    the report kept, the name offered, its yes stores it and the age question follows."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in zip(chats, ("ko", "en"), strict=True):
            first, name, _unnamed = cases[lang]
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, first)  # a report at the name question: kept, and its name offered
            assert any(_name_offered(lang, name, text) for text in tg.sent(chat)), tg.sent(chat)
            await tg.tap(chat, t(lang, "survey-name-hint-yes"))
            # (the tap may wait for the result being pushed to this owner: their turns keep order)
            asked = t(lang, "survey-q-age_months", name=name)
            await eventually(lambda: any(asked in text for text in tg.sent(chat)))  # noqa: B023
            assert await _tg_dogs(tg, chat) == [name]


def test_the_name_told_and_the_offer_typed_in_the_terminal(tmp_path: Path) -> None:
    # the first message a report: first contact, the survey offered ("네" takes it; owner trial 16),
    # then the name it told offered by the name question ("네" again)
    out = _chat(tmp_path, ["우리 콩이가 밤마다 현관 앞에서 짖어요", "네", "네"], "--lang", "ko")
    assert t("ko", "survey-q-name-hint", name="콩이") in out, out
    assert t("ko", "survey-q-age_months", name="콩이") in out, out
    out = _chat(tmp_path, ["취소", "보리로 바꿔줘", "2"], "--lang", "ko")
    assert t("ko", "newdog-offer-declined") in out, out
    out = _chat(tmp_path, ["cancel", "switch dog", "1"], "--lang", "en")
    assert t("en", "newdog-intro") in out, out


async def test_a_dog_not_registered_named_with_two_dogs_is_offered_on_kakao(kakao: Server) -> None:
    """ "두부로 바꿔줘" with 콩이 and 보리: the dogs to pick, and 두부 offered; "네" adds it, its
    name offered by the name question; a dog's name typed instead still switches."""
    for lang, dogs, switch, named, yes in (
        ("ko", ("콩이", "보리"), "두부로 바꿔줘", "두부", "네"),
        ("en", ("Max", "Bori"), "switch to Dubu", "Dubu", "yes"),
    ):
        user = kakao.user(lang=lang)
        for text in ("/start", dogs[0], "/cancel", "/newdog", dogs[1], "/cancel", switch):
            await user.send(text)
        assert t(lang, "profile-switch-unknown-add", name=named) in user.text, user.text
        assert ADD in user.choice_ids and any(c.startswith("profile:dog:") for c in user.choice_ids)
        await user.send(yes)
        assert t(lang, "newdog-intro") in user.text, user.text
        assert _name_offered(lang, named, user.text), user.text
        user = kakao.user(lang=lang)
        for text in ("/start", dogs[0], "/cancel", "/newdog", dogs[1], "/cancel", switch, dogs[1]):
            await user.send(text)
        assert t(lang, "profile-switched", name=dogs[1]) in user.text, user.text
        await user.send(yes)  # a dog picked: the offer to add one is closed
        assert t(lang, "newdog-intro") not in user.text, user.text


def test_which_name_a_message_gives_the_dog() -> None:
    """The understanding's own rule, both languages: a name where a message introduces the dog;
    "우리 강아지" / "my dog", people, things and lower-case English words are no name."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.understanding import Understander

    names = Understander(Messages()).names
    for text, expected in (
        ("우리 콩이가 밤마다 짖어요", "콩이"),
        ("우리 강아지 콩이는 산책할 때 줄을 당겨요", "콩이"),
        ("저희 집 막내 두부가 자꾸 물어요", "두부"),
        ("우리 강아지 이름은 별이에요", "별이"),
        ("my dog Max pulls on the leash", "Max"),
        ("Our puppy Luna's biting everything", "Luna"),
        ("my dog's name is Rex and he barks", "Rex"),
        ("우리 강아지가 밤마다 짖어요", ""),
        ("우리 집 강아지가 짖어요", ""),
        ("우리 남편이 오면 짖어요", ""),
        ("우리 매일 산책하는데 짖어요", ""),
        ("우리 애 사진이에요", ""),
        ("이름이 없어요", ""),
        ("강아지 이름이 뭐예요?", ""),
        ("my dog pulls on the leash", ""),
        ("My dog always barks", ""),
        ("my dog max pulls", ""),
    ):
        assert names.introduced(text) == expected, text


def test_the_name_told_after_delete_is_offered_in_the_terminal(tmp_path: Path) -> None:
    """New-owner trial 3: everything erased (/delete), a report naming the dog ("우리 콩이가 또
    짖어요", "my dog Max is barking again") is analysed as a first message, and the survey taken
    from its offer offers that name, as on Kakao's first contact."""
    for lang, dog, said, named in (
        ("ko", "콩이", "우리 콩이가 또 짖어요", "콩이"),
        ("en", "Rex", "my dog Max is barking at the door again", "Max"),
    ):
        cwd = tmp_path / lang
        cwd.mkdir()
        out = _chat(cwd, [dog, "/cancel", "/delete", "1", said, "1"], "--lang", lang)
        assert t(lang, "first-report-offer") in out, out
        assert t(lang, "survey-q-name-hint", name=named) in out, out
