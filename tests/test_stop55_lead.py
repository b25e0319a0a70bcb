# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 55 (lead): faults found by the eleventh held-out batch (tests/corpus/heldout11.tsv,
"returning owners with two dogs and something open", written blind), reproduced through a real
channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.
The classifier knows no dog's name; an owner of two dogs names the one they mean.

1. "<name> did it again" after a result ("Max just did it again right now lol", "콩이가 또
   그랬어요"): noise, the report lost — "again" and a word for what the dog did were read only
   with a pronoun or nothing before them. A name standing first (`DogReading.after_a_name`) is
   read past: a new report of that behaviour, filed under the dog named.
2. Said of a dog by name where the words expect a pronoun: "솔직히 해피가 좀 무서워요", "honestly
   im scared of Rocky" (reports analysed: the owner's fear), "taking Milo to the vet now" (noise:
   on the way to the vet). `DogReading.name_as_pronoun` reads the name as the pronoun: the
   owner's fear and the vet replies, nothing stored, no model call.
3. News told at length: "it worked!! Charlie sat on his mat instead of barking at the door 🎉"
   (the behaviour named after "instead of": a report analysed), "Rocky's been so good this week,
   no barking at all 🥹" (nine words: a report), "he's been so good this week" (the week's summary
   shown). Now the worked and news replies; "it worked! then he barked all night again" stays a
   report (it was "worked", the relapse lost).
4. "답장이 왜 안와요?" with nothing waiting: a question for the model (stop 54 read "답이 왜 안와요").
7. Safety (found by helper flows55): a person bitten named with "'s" ("rex bit my husband's hand,
   no blood though", "he bit the mailman's leg") or as a sibling ("she bit my brother…",
   "콩이가 오빠를 물었어요") raised no red flag at all. The adults' words with "'s" as they fold
   (`safety-term-bite-adult`), and siblings as persons bitten only (`safety-term-bite-relative`:
   of any age, so never the adult that takes a bite away from a child).
6. A dog's age corrected by name at a result's question: "milo is 7 months not 1 year" ("7
   months" read as since when), "Penny is 2 btw not 1, I put it wrong in the questions" (too long
   for a correction), "보리 2살 아니고 3살이에요 제가 설문에서 잘못 적었어요": glued onto the
   report and analysed again. A dog said to be an age and not another is its age corrected; the
   owner's slip said besides is read past (`lex-slip`).
5. Two dogs: "둘다 그래요 초코도 똑같이 짖어요" was filed under the dog named ("filed under 초코")
   though both do it; "이번주 보리꺼" showed the week of no dog named. Now one report about both
   (the both-dogs line), and that dog's week.
"""

from __future__ import annotations

import asyncio

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.owners import tg_typed
from tests.test_command_words import _two_dogs_tg
from tests.test_dog_words import TWO_DOGS, _kakao_reports, _model_calls, _tg_reports, _two_dogs_on_kakao
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_named_views import _names, _seed
from tests.test_safety_channels import stored_flags
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, tg  # noqa: F401  (`tg`)

# (lang, a report about the other dog, the same told again with its name)
AGAIN = (
    ("ko", "보리가 산책할 때 다른 개만 보면 짖어요", "보리가 또 그랬어요"),
    ("en", "Bori barks at other dogs on walks", "Bori just did it again lol"),
)


async def _result_shown_on_kakao(user: object, fake: FakeOllama, report: str, calls: int) -> None:
    await user.send(report)  # type: ignore[attr-defined]
    await eventually(lambda: _model_calls(fake) >= calls)
    await asyncio.sleep(0.3)
    await user.send("/result")  # type: ignore[attr-defined]


# First run at b7bfcce8: 2 of 2 failed (noise: one report kept, no second model call).
@pytest.mark.parametrize(("lang", "report", "again"), AGAIN)
async def test_a_dog_named_doing_it_again_is_its_new_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, again: str
) -> None:
    user, ids = await _two_dogs_on_kakao(kakao, lang)
    other = TWO_DOGS[lang][0]
    await _result_shown_on_kakao(user, fake_ollama, report, 1)
    await user.send(again)
    reports = await _kakao_reports(kakao, user.key)
    # the new report carries the behaviour's first words, as "또 그랬어요" alone does (`report.repeats`)
    assert len(reports) == 2 and reports[1].text.endswith(again), user.texts
    assert {r.dog_id for r in reports} == {ids[other]}, user.texts
    await eventually(lambda: _model_calls(fake_ollama) >= 2)


# (lang, typed with {} for the other dog's name, the reply's message id)
TOLD = (
    ("ko", "솔직히 {}가 좀 무서워요", "talk-owner-afraid"),
    ("en", "honestly im scared of {}", "talk-owner-afraid"),
    ("ko", "{} 지금 병원 데려가는 중이에요", "talk-to-vet"),
    ("en", "taking {} to the vet now", "talk-to-vet"),
    ("en", "it worked!! {} sat on his mat instead of barking at the door 🎉", "talk-worked"),
    ("en", "{}'s been so good this week, no barking at all 🥹", "talk-news"),
    ("en", "he's been so good this week", "talk-news"),
    ("ko", "답장이 왜 안와요?", "talk-nothing-waiting"),
    ("en", "why aren't you answering??", "talk-nothing-waiting"),
)


def _reply(lang: str, msg_id: str) -> str:
    return t(lang, msg_id, category="").split("\n")[0][:30]


# First run at b7bfcce8: 9 of 9 failed (reports analysed, the week shown, noise, questions for
# the model).
@pytest.mark.parametrize(("lang", "typed", "msg_id"), TOLD)
async def test_said_of_a_dog_by_name_gets_its_reply_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, msg_id: str
) -> None:
    user, _ids = await _two_dogs_on_kakao(kakao, lang)
    said = typed.format(TWO_DOGS[lang][0])
    await user.send(said)
    assert _reply(lang, msg_id) in user.text, (said, user.text)
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0


# First run at b7bfcce8: failed (a report analysed, the owner's fear of 우유).
async def test_said_of_a_dog_by_name_gets_its_reply_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    for chat, (lang, typed, msg_id) in enumerate(TOLD[:5], 55001):
        await _two_dogs_tg(
            tg, chat, lang, "Bella" if lang == "en" else "초코", "Milk" if lang == "en" else "우유"
        )
        said = typed.format("Milk" if lang == "en" else "우유")
        await tg.say(chat, said)
        await tg.hook.idle(TURN_BOUND)
        assert _reply(lang, msg_id) in tg.last_text(chat), (said, tg.sent(chat))
        assert await _tg_reports(tg, chat) == []
    assert _model_calls(fake_ollama) == 0


# First run at b7bfcce8: failed (filed under 우유 / Milk with its line, not both).
@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ko", "둘다 그래요 {}도 똑같이 짖어요"),
        ("en", "Both of them went nuts at the mailman, {} started it"),
    ],
)
async def test_both_dogs_said_with_one_named_is_about_both_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 55101 if lang == "ko" else 55102
    other = "Milk" if lang == "en" else "우유"
    await _two_dogs_tg(tg, chat, lang, "Bella" if lang == "en" else "초코", other)
    active, _ = await _names(tg.rt.store, "telegram", str(chat))
    said = typed.format(other)
    replies = await tg_typed(tg, chat, said)
    assert t(lang, "report-filed-under", name=other) not in replies, replies
    reports = await _tg_reports(tg, chat)
    assert [r.text for r in reports] == [said]
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        dogs = {d.id: d.name for d in await s.list_dogs(user.id)}
    assert dogs[reports[0].dog_id] == active  # kept once, under the active dog, about both


# First run at b7bfcce8: failed (the week of no dog named: the active dog's).
async def test_the_week_asked_with_a_name_after_it_is_that_dogs_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, first, second, typed in ((55201, "ko", "보리", "우유", "이번주 {}꺼"),):
        await _two_dogs_tg(tg, chat, lang, first, second)
        _active, other = await _names(tg.rt.store, "telegram", str(chat))
        await _seed(tg.rt.store, "telegram", str(chat), other, 2, lang)
        await tg.say(chat, typed.format(other))
        shown = t(lang, "week-title-dog", name=other, page=1, count=2).splitlines()[0]
        assert shown in tg.last_text(chat), (typed, tg.sent(chat))
    assert _model_calls(fake_ollama) == 0


# (lang, a report about the other dog, its age corrected by name at the result's question, months)
CORRECTED = (
    ("en", "Bori barks at other dogs on walks", "Bori is 7 months not 1 year", 7),
    ("en", "Bori barks at other dogs on walks", "Bori is 2 btw not 3, I put it wrong in the questions", 24),
    (
        "ko",
        "보리가 산책할 때 다른 개만 보면 짖어요",
        "보리 3살 아니고 2살이에요 제가 설문에서 잘못 적었어요",
        24,
    ),
)


# First run at 05362506: 3 of 3 failed (glued onto the report as its answer and analysed again; the
# Korean one, its dog read as "설문에서", too).
@pytest.mark.parametrize(("lang", "report", "typed", "months"), CORRECTED)
async def test_a_dogs_age_corrected_by_name_at_a_follow_up_is_that_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, report: str, typed: str, months: int
) -> None:
    user, ids = await _two_dogs_on_kakao(kakao, lang)
    await _result_shown_on_kakao(user, fake_ollama, report, 1)
    await user.send(typed)
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports] == [report], user.texts  # nothing glued onto it
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        bori = await s.get_dog(ids[TWO_DOGS[lang][0]])
    assert bori is not None and bori.answers.get("age_months") == months, (bori, user.texts)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 1


# (lang, a bite on a person named with "'s" or as a sibling, which raised no flag at all)
BITTEN = (
    ("en", "rex bit my husband's hand, no blood though"),
    ("en", "she bit my brother when he tried to take her bone"),
    ("en", "he bit the mailman's leg"),
    ("ko", "콩이가 오빠를 물었어요 간식 뺏으려고 하니까"),
)


async def _kakao_store_flags(kakao: Server, key: str) -> list[str]:
    return await stored_flags(kakao.app.state.runtime.store, Channel.KAKAO, key)


# First run at def8bf80: 4 of 4 failed (no red flag: the report went to the model with no bite
# guidance, found by helper flows55; safety before the model).
@pytest.mark.parametrize(("lang", "typed"), BITTEN)
async def test_a_person_bitten_named_with_a_possessive_or_as_a_sibling_is_flagged_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user, _ids = await _two_dogs_on_kakao(kakao, lang)
    await user.send(typed)
    assert await _kakao_store_flags(kakao, user.key) == ["bite_person"], user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [typed]
