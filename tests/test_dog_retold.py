# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, new-owner trial: a report said right after to be about the other dog ("아 초코 말고
보리요", "보리 얘기예요", "oh not Choco, Bori", "sorry, that was Bori", "I meant Bori") is moved to
that dog, its text unchanged, and analysed again with that dog's profile; said in one line. It is
never glued onto the report as detail, and a new incident about the other dog ("보리도 밤마다
짖어요") stays a report of its own."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_words import (
    TWO_DOGS,
    _kakao_dog_ids,
    _kakao_reports,
    _model_calls,
    _profiles_sent,
    _tg_analysed,
    _tg_dog_ids,
    _tg_reports,
    _two_dogs_on_kakao,
)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for

REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "He lunges and barks at other dogs on every walk",
}
NEW_INCIDENT = {
    "ko": "보리도 밤마다 현관 앞에서 짖어요",
    "en": "Bori also barks at the front door every night",
}


async def _two_dogs_on_telegram(tg: Harness, chat: int, lang: str) -> dict[str, int]:
    other, other_age, active, active_age, _ = TWO_DOGS[lang]
    for text in ("/start", other, other_age, "/cancel", "/newdog", active, active_age, "/cancel"):
        await tg.say(chat, text, language_code=lang)
    await tg.say(chat, "/profile")
    await tg.tap(chat, t(lang, "profile-switch"))
    await tg.tap(chat, active)
    return await _tg_dog_ids(tg, chat)


async def test_a_report_said_to_be_about_the_other_dog_moves_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang, retold, shown in (
            (15601, "ko", "아 초코 말고 보리요", False),
            (15602, "en", "oh not Choco, Bori", False),
            (15603, "ko", "보리 얘기예요", True),
            (15604, "en", "sorry, that was Bori", True),
        ):
            other, _age, active, _active_age, profile = TWO_DOGS[lang]
            ids = await _two_dogs_on_telegram(tg, chat, lang)
            await tg.say(chat, REPORT[lang])
            if shown:  # the result was shown first: it is analysed again, for the right dog
                await _tg_analysed(tg, chat)
            calls = _model_calls(fake_ollama)
            before = len(tg.sent(chat))
            await tg.say(chat, retold)
            moved = t(lang, "report-moved-again", name=other)
            await eventually(lambda: moved in tg.sent(chat)[before:])  # noqa: B023  (after a push)
            [report] = await _tg_reports(tg, chat)
            assert (report.text, report.dog_id) == (REPORT[lang], ids[other]), retold  # nothing glued on
            await _tg_analysed(tg, chat)
            assert _model_calls(fake_ollama) > calls, retold
            await eventually(lambda: profile in _profiles_sent(fake_ollama))  # noqa: B023
            assert active in {name for name, dog_id in ids.items() if dog_id != ids[other]}
            # a new incident about the other dog is a report of its own, filed under it
            await tg.say(chat, "/cancel")
            await tg.say(chat, NEW_INCIDENT[lang])
            reports = await _tg_reports(tg, chat)
            assert [(r.text, r.dog_id) for r in reports] == [
                (REPORT[lang], ids[other]),
                (NEW_INCIDENT[lang], ids[other]),
            ], retold


async def test_a_report_said_to_be_about_the_other_dog_moves_on_kakao(kakao: Server) -> None:
    for lang, retold in (
        ("ko", "초코가 아니라 보리 얘기였어요"),
        ("en", "I meant Bori"),
    ):
        other, _other_age, _active, _active_age, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await user.send(REPORT[lang])
        await user.send(retold)
        moved = (t(lang, "report-moved-again", name=other), t(lang, "report-moved", name=other))
        assert any(line in user.text for line in moved), (retold, user.text)
        [report] = await _kakao_reports(kakao, user.key)
        assert (report.text, report.dog_id) == (REPORT[lang], ids[other]), retold


def test_which_dog_a_message_says_the_report_was_about() -> None:
    """The understanding's own rule, both languages: the whole message is the dogs' names and the
    words that correct which dog it was; a new incident, a bare name, the wrong dog alone or a
    word that only starts with a name ("보리차") are not."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.understanding import Understander

    understander = Understander(Messages())
    for names, text, expected in (
        (["초코", "보리"], "아 초코 말고 보리요", 1),
        (["초코", "보리"], "보리 얘기예요", 1),
        (["초코", "보리"], "초코가 아니라 보리 얘기였어요", 1),
        (["초코", "보리"], "아 잘못 말했어요 보리예요", 1),
        (["초코", "보리"], "죄송해요 보리 이야기예요", 1),
        (["Choco", "Bori"], "oh not Choco, Bori", 1),
        (["Choco", "Bori"], "sorry, that was Bori", 1),
        (["Choco", "Bori"], "I meant Bori", 1),
        (["Choco", "Bori"], "Bori, not Choco", 1),
        (["Choco", "Bori"], "it was about Bori's", 1),
        (["초코", "보리"], "보리도 밤마다 짖어요", None),
        (["초코", "보리"], "보리요", None),
        (["초코", "보리"], "보리차 얘기예요", None),
        (["초코", "보리"], "초코 말고", None),
        (["초코", "보리"], "초코 얘기예요", None),  # the report's own dog
        (["Choco", "Bori"], "Bori barks at the door too", None),
        (["Choco", "Bori"], "not Bori", None),
        (["Choco", "Boris", "Bori"], "I meant Boris", 1),
    ):
        assert understander.dog_retold(text, names, 0) == expected, text


def test_which_dog_not_registered_a_message_says_the_report_was_about() -> None:
    """A name none of the owner's dogs has, where the report's dog is said to be the wrong one;
    a name's own ending kept ("별이요": 별이); no word that is no name ("산책"), no lower-case
    English word, no new incident, nothing without the wrong dog named."""
    from dogcoach.services.i18n import Messages
    from dogcoach.services.understanding import Understander

    understander = Understander(Messages())
    for names, text, expected in (
        (["콩이"], "아 콩이 말고 보리요", "보리"),
        (["콩이"], "콩이가 아니라 보리 얘기였어요", "보리"),
        (["콩이"], "아 콩이 말고 별이요", "별이"),
        (["초코", "보리"], "초코 말고 두부 얘기예요", "두부"),
        (["Max"], "oh not Max, Bella", "Bella"),
        (["Max"], "Bella, not Max", "Bella"),
        (["Max"], "not Max, Bella's", "Bella"),
        (["콩이"], "아 콩이 말고 산책이요", ""),
        (["콩이"], "보리 얘기예요", ""),
        (["콩이"], "콩이 얘기예요", ""),
        (["콩이"], "콩이 말고", ""),
        (["콩이"], "보리도 밤마다 짖어요", ""),
        (["초코", "보리"], "아 초코 말고 보리요", ""),  # a dog of theirs: moved, not offered
        (["Max"], "oh not max, bella", ""),
        (["Max"], "not Max, it was about the walk", ""),
    ):
        assert understander.dog_unregistered(text, names, 0) == expected, text


# New-owner trial 3: a dog not registered named so. lang: (the one dog, its report, the message
# naming another dog, that dog, "yes")
UNREGISTERED = {
    "ko": ("콩이", "콩이가 소파를 막 긁어요", "아 콩이 말고 보리요", "보리", "네"),
    "en": ("Max", "Max scratches the sofa all the time", "oh not Max, Bella", "Bella", "yes"),
}


async def test_a_dog_not_registered_named_instead_is_offered_on_kakao(kakao: Server) -> None:
    """With one dog ("아 콩이 말고 보리요", "oh not Max, Bella"): adding the dog is offered, the
    report stays under the one dog unchanged (nothing glued on, nothing analysed again), said so;
    "네" / "yes" adds the dog, its name offered by the name question."""
    for lang in ("ko", "en"):
        dog, said, retold, named, yes = UNREGISTERED[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", dog, "/cancel"):
            await user.send(text)
        [dog_id] = (await _kakao_dog_ids(kakao, user.key)).values()
        await user.send(said)
        await user.send(retold)
        assert t(lang, "report-retold-unregistered", typed=named, name=dog) in user.text, user.text
        assert "profile:newdog" in user.choice_ids and "profile:newdog-no" in user.choice_ids
        [report] = await _kakao_reports(kakao, user.key)
        assert (report.text, report.dog_id) == (said, dog_id), retold  # nothing glued on
        await user.send(yes)
        assert t(lang, "newdog-intro") in user.text, user.text
        assert t(lang, "survey-q-name-hint", name=named) in user.text, user.text


async def test_a_third_dog_not_registered_named_instead_is_offered_on_kakao(kakao: Server) -> None:
    for lang, retold, named in (("ko", "아 초코 말고 두부요", "두부"), ("en", "not Choco, Dubu", "Dubu")):
        _other, _other_age, active, _active_age, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await user.send(REPORT[lang])
        await user.send(retold)
        assert t(lang, "report-retold-unregistered", typed=named, name=active) in user.text, user.text
        [report] = await _kakao_reports(kakao, user.key)
        assert (report.text, report.dog_id) == (REPORT[lang], ids[active]), retold


async def test_a_dog_not_registered_named_instead_is_offered_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((15611, "ko"), (15612, "en")):
            dog, said, retold, named, _yes = UNREGISTERED[lang]
            for text in ("/start", dog, "/cancel"):
                await tg.say(chat, text, language_code=lang)
            [dog_id] = (await _tg_dog_ids(tg, chat)).values()
            await tg.say(chat, said)
            before = len(tg.sent(chat))
            await tg.say(chat, retold)
            offer = t(lang, "report-retold-unregistered", typed=named, name=dog)
            await eventually(lambda: offer in tg.sent(chat)[before:])  # noqa: B023  (after a push)
            [report] = await _tg_reports(tg, chat)
            assert (report.text, report.dog_id) == (said, dog_id), retold
            await tg.tap(chat, t(lang, "profile-newdog"))
            await eventually(lambda: t(lang, "newdog-intro") in tg.sent(chat))  # noqa: B023
            hint = t(lang, "survey-q-name-hint", name=named)
            await eventually(lambda: any(hint in text for text in tg.sent(chat)))  # noqa: B023
