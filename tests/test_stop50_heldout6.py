# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, held-out batch 6's misses (tests/corpus/heldout6.tsv, written before this round by a
helper who had not read the rules; corpus batches 403-405), each reproduced through a real channel
first (Kakao, Telegram over the fake Bot API), in Korean and English, what was kept read back.

1. The incident told before, pointed back at while its report waits ("아 그리고 아까 짖은거 밤
   11시쯤이었어요" at the household, "forgot to say, it was right after his dinner"): its "아까"
   (earlier) read as the date of a new report, analysed apart, or, in English, the noise hint and
   the detail lost. Now detail of the waiting report (`understanding-detail-earlier` with
   `understanding-detail-was`); "아까 또 짖었는데…" (again) is still a new report.
2. A question word that asks nothing: "no matter how many times i call him he just ignores me
   and runs off" was the coach's question, sent to the model, the incident kept nowhere: now a
   report (`understanding-question-word-told`). The understanding read "잘 모르겠어요 데려온지 얼마
   안돼서" (not long since) at the sex as a question too (and, once that was mended, feedback on
   the advice for its "안돼"); the channels already stored it as don't know (these Kakao and
   Telegram tests passed before), so for Korean they only keep that.
3. The add-a-dog offer's yes or no opening a sentence ("yes pls i have another pup", "no thanks,
   just the one", "아니요 한마리에요", "아뇨 얘 하나에요"): the "I didn't catch that" hint, the offer
   left unanswered. Now its yes (the new dog's survey) or no ("OK, whenever you like…"), when the
   rest tells no behaviour and asks nothing; a name told with it stays the command with its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_offer_and_name import OFFERS
from tests.test_dog_words import _kakao_dogs, _kakao_reports, _tg_dogs, _tg_reports
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_owner_trial import t
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial12_survey_asides import _added, _telegram, _tg_at

# -- 1. the incident told before, pointed back at while its report waits ----------------------------

NAMED_BACK = (
    ("ko", "어제 밤에 택배 오니까 현관에서 계속 짖었어요", "아 그리고 아까 짖은거 밤 11시쯤이었어요"),
    ("ko", "어제 산책하다가 다른 개를 보고 물려고 했어요", "말 안했는데 그때 밥먹고 바로였어요"),
    ("en", "she nipped my son's ankle this morning", "forgot to say, it was right after his dinner"),
    ("en", "he barked at the door for an hour last night", "the barking earlier was around 11pm"),
)
AGAIN = ("ko", "어제 밤에 택배 오니까 현관에서 계속 짖었어요", "아까 또 짖었는데 택배기사님이었어요")


@pytest.mark.parametrize(("lang", "report", "detail"), NAMED_BACK)
async def test_the_incident_pointed_back_at_is_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, detail: str
) -> None:
    user = await kakao_at(kakao, lang, "household")
    await user.send(report)
    await user.send(detail)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [f"{report}\n{detail}"], user.texts
    assert "household" not in await kakao_answers(kakao, user.key)
    assert asked(lang, "household") in user.text, user.text


async def test_again_pointed_back_at_is_still_a_new_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """Control: "아까 또 짖었는데…" tells the behaviour once more, its own report."""
    lang, report, typed = AGAIN
    user = await kakao_at(kakao, lang, "household")
    await user.send(report)
    await user.send(typed)
    assert len(await _kakao_reports(kakao, user.key)) == 2, user.texts


@pytest.mark.parametrize(("lang", "report", "detail"), NAMED_BACK[::2])
async def test_the_incident_pointed_back_at_is_detail_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    report: str,
    detail: str,
) -> None:
    fake_ollama.behaviour.delay = 1.0  # still being analysed when the detail comes
    async with _telegram(fake_telegram, fake_ollama, tmp_path, lang) as tg:
        chat = 50601
        await _tg_at(tg, chat, lang, "household")
        await tg.say(chat, report)
        before = len(tg.sent(chat))
        await tg.say(chat, detail)
        await eventually(lambda: any(_added(lang) in x for x in tg.sent(chat)[before:]))
        assert [r.text for r in await _tg_reports(tg, chat)] == [f"{report}\n{detail}"]
        assert "household" not in await tg_answers(tg, chat)


# -- 2. a question word that asks nothing -------------------------------------------------------------

NOT_LONG = (
    ("ko", "sex", "잘 모르겠어요 데려온지 얼마 안돼서"),
    ("ko", "origin", "잘 모르겠어요 데려온지 얼마 안돼서"),
    ("ko", "size", "아직 잘 모르겠어요 데려온지 얼마 안됐어요"),
)
NO_MATTER = ("en", "no matter how many times i call him he just ignores me and runs off")


@pytest.mark.parametrize(("lang", "key", "typed"), NOT_LONG)
async def test_not_long_since_is_dont_know_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert key in answers.get("unknown", []), (answers, user.texts)
    assert await _kakao_reports(kakao, user.key) == [], user.texts  # no question for the model


async def test_not_long_since_is_dont_know_on_telegram(tg: Harness) -> None:
    lang, key, typed = NOT_LONG[0]
    await tg_at(tg, 50611, lang, key)
    await tg.say(50611, typed)
    answers = await tg_answers(tg, 50611)
    assert key in answers.get("unknown", []), (answers, tg.sent(50611)[-2:])
    assert await _tg_reports(tg, 50611) == []


async def test_no_matter_how_is_a_report_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    lang, typed = NO_MATTER
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    rows = await _kakao_reports(kakao, user.key)
    assert [(r.text, r.is_question) for r in rows] == [(typed, False)], user.texts


async def test_no_matter_how_is_a_report_on_telegram(tg: Harness) -> None:
    lang, typed = NO_MATTER
    await tg_owner(tg, 50612, lang)
    await tg.say(50612, typed)
    rows = await _tg_reports(tg, 50612)
    assert [(r.text, r.is_question) for r in rows] == [(typed, False)], tg.sent(50612)[-2:]


# -- 3. the add-a-dog offer's yes or no opening a sentence --------------------------------------------

OFFER_SAID = (
    ("ko", "네 한마리 더 있어요ㅎㅎ", True),
    ("ko", "아니요 한마리에요", False),
    ("ko", "아뇨 얘 하나에요", False),
    ("en", "yes pls i have another pup", True),
    ("en", "no thanks, just the one", False),
)


@pytest.mark.parametrize(("lang", "typed", "yes"), OFFER_SAID)
async def test_the_offer_answered_in_a_sentence_on_kakao(
    kakao: Server, lang: str, typed: str, yes: bool
) -> None:
    dog, switch, other, _unrelated = OFFERS[lang]
    user = kakao.user(lang=lang)
    for text in ("/start", dog, "/cancel", switch):
        await user.send(text)
    assert t(lang, "profile-switch-unregistered", typed=other, name=dog) in user.text, user.text
    await user.send(typed)
    if yes:
        assert t(lang, "newdog-intro") in user.text, user.text
    else:
        assert t(lang, "newdog-offer-declined") in user.text, user.text
        assert await _kakao_dogs(kakao, user.key) == [dog]
    assert await _kakao_reports(kakao, user.key) == []


async def test_the_offer_answered_in_a_sentence_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, typed, yes) in enumerate(OFFER_SAID[2:], 50621):
            dog, switch, other, _unrelated = OFFERS[lang]
            for text in ("/start", dog, "/cancel", switch):
                await tg.say(chat, text, language_code=lang)
            assert tg.last_text(chat) == t(lang, "profile-switch-unregistered", typed=other, name=dog)
            await tg.say(chat, typed)
            said = t(lang, "newdog-intro" if yes else "newdog-offer-declined")
            assert any(said in x for x in tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
            assert await _tg_dogs(tg, chat) == [dog]  # declined, or the new one not named yet
            assert await _tg_reports(tg, chat) == []
