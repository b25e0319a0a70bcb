# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 62, helper fu62: messages after a result (its follow-up question open) and the dog named
then corrected, each reproduced as a kind through a real channel first (Telegram through the fake
Bot API, KakaoTalk over the skill's HTTP), Korean and English (corpus batches 666-668).

1. Trial fault (stop 61): two reports analysed, their results streamed on Telegram, each asking
   "how often?". The later result was claimed (its question armed) while its message still waited
   for Telegram's pace; the owner's answer, typed meanwhile, went to the later report, although
   the last question shown was the earlier one's. A pushed result's question counts as shown once
   it was sent: a message that arrived before (the push still under way, `followup.PUSHING`, or a
   question pushed to the chat after the message came, `Incoming.pushed_unseen`) answers the
   question shown before it (`followup._shown_before`); the later one stays open.
2. Held-out 17 rows 94, 96, 73 (and variants): the dog named then corrected in the same message
   ("sorry, not rocky, luna", "wait no, rocky", "아 아니다 반대예요 쿠키가…"): filed under the
   dog meant, the first named after the words taking the other back.
3. Held-out 17 rows 161, 171 (and variants): at a result's question, how the moment ended ("he
   calmed down after a block") is the answer, not "add or new?"; don't know with the owner away
   on a trip ("출장 중이라 못 봐서요") skips the question, nothing added.

Run before the fix: see each test's comment.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_reports import SHOW_RESULT, until_owed
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (fixture)
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_stop50_dogsroute import PAIR, kakao_pair, tg_pair
from tests.test_streaming_channels import report_done
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for
from tests.test_trial10_after import ONE_DOG

LANGS = ("en", "ko")

# -- 1. the answer goes to the question last shown ---------------------------------------------------

# the active dog's (Pip's, 초코's) report, then the other dog's (Bruno's, 밤이's)
FIRST = {
    "ko": "손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요.",
    "en": "She barks at the door every time guests come in, and then I pick her up to calm her.",
}
LATER = {
    "ko": "밤이는 산책할 때 다른 개만 보면 달려들어요. 그러면 제가 줄을 당겨요.",
    "en": "Bruno lunges at other dogs on walks, and then I pull him back on the leash.",
}
ANSWER = {"ko": "거의 매일 그래요 한달 전부터요", "en": "pretty much every day, for about a month"}
THEN = {"ko": "일주일에 두 번 정도요", "en": "about twice a week"}


async def _texts(tg: Harness, chat: int) -> dict[int | None, str]:
    """Each report's text by its dog's id."""
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return {r.dog_id: r.text for r in await s.list_reports(user.id)}


async def _claimed(tg: Harness, chat: int, count: int) -> None:
    """Until `count` of the chat's results are claimed for delivery (their questions armed), not
    necessarily sent (`report_done` waits for the push to end)."""
    user = None
    for _ in range(1500):
        user = user or await tg.user(chat)
        if user is not None:
            async with tg.rt.store.session() as s:
                reports = await s.list_reports(user.id)
            if sum(r.delivered_at is not None for r in reports) >= count:
                return
        await asyncio.sleep(0.01)
    raise AssertionError("not claimed in time")


# First run at 5699b752: 2 of 2 failed (the answer added to the later report, Bruno's).
@pytest.mark.parametrize("lang", LANGS)
async def test_the_answer_typed_before_the_later_question_is_sent_goes_to_the_one_shown_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 62601 + LANGS.index(lang)
        ids = await tg_pair(tg, chat, lang)
        other, active = ("밤이", "초코") if lang == "ko" else ("Bruno", "Pip")
        question = t(lang, "analysis-followup-frequency")
        fake_ollama.behaviour.analysis = sample_analysis(lang)  # how often?
        await tg.say(chat, FIRST[lang])
        await report_done(tg, chat, 1)
        await eventually(lambda: question in tg.last_text(chat))
        shown = len(tg.sent(chat))
        # a slow link from here: the later result is claimed (its question armed) a while before
        # Telegram has its message and question
        fake_telegram.chat_latency[chat] = 1.0
        await tg.fake.deliver_message(chat, LATER[lang])
        await _claimed(tg, chat, 2)
        fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])  # nothing more asked
        calls = _model_calls(fake_ollama)
        asked = [m for m in tg.sent(chat)[shown:] if question in m]
        assert not asked, asked  # the later question not sent yet when the owner types
        await tg.say(chat, ANSWER[lang])
        fake_telegram.chat_latency.clear()
        await eventually(lambda: _model_calls(fake_ollama) > calls)  # analysed again
        texts = await _texts(tg, chat)
        assert texts == {ids[active]: f"{FIRST[lang]}\n{ANSWER[lang]}", ids[other]: LATER[lang]}, texts
        # the later question, shown now, stays open: the next answer is its
        await eventually(lambda: any(question in m for m in tg.sent(chat)[shown:]))
        await asyncio.sleep(0.3)
        await tg.say(chat, THEN[lang])
        await eventually(lambda: _model_calls(fake_ollama) > calls + 1)
        texts = await _texts(tg, chat)
        assert texts[ids[other]] == f"{LATER[lang]}\n{THEN[lang]}", texts


# -- 2. the dog named, then taken back in the same message ---------------------------------------------

# (lang, the report, the dog meant: 0 the other, 1 the active); variants of held-out 17 rows 73, 94, 96
SLIPS: tuple[tuple[str, str, int], ...] = (
    (
        "en",
        "pip chewed through the tv remote while we were at work. sorry, not pip, bruno. pip's too old for that",
        0,
    ),
    (
        "en",
        "bruno wouldn't let me near the food bowl tonight, growled twice. wait no, pip. pip's the one who guards",
        1,
    ),
    (
        "ko",
        "밤이가 초코 밥그릇 근처만 가도 밤이가 으르렁거려요 아 아니다 반대예요 초코가 밤이한테 으르렁거려요",
        1,
    ),
    ("ko", "초코가 어제 현관에서 택배 아저씨한테 엄청 짖었어요 아 잠깐 초코 말고 밤이요", 0),
)


# First run (written after the fix at dae07156; at 30f9ce65 the corpus's rows 73, 94, 96 missed): see the report.
@pytest.mark.parametrize(("lang", "text", "which"), SLIPS)
async def test_the_dog_taken_back_in_the_message_is_not_the_reports_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, which: int
) -> None:
    user, ids = await kakao_pair(kakao, lang)
    await user.send(text)
    dog = PAIR[lang][which][0]
    assert await _kakao_report_dogs(kakao, user.key) == [ids[dog]], user.texts[-2:]


async def test_the_dog_taken_back_in_the_message_is_not_the_reports_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, (lang, text, which) in enumerate(SLIPS, 62611):
            ids = await tg_pair(tg, chat, lang)
            await tg.say(chat, text)
            dog = PAIR[lang][which][0]
            assert await _tg_report_dogs(tg, chat) == [ids[dog]], (text, tg.sent(chat)[-2:])


# -- 3. at a result's question: how it ended, don't know with why, the dog offered added by name ------

ONE_DOG_REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "On walks he barks and lunges at every other dog",
}
# (lang, the question's topic, typed): each answers the question, added to the report
ANSWERED: tuple[tuple[str, str, str], ...] = (
    ("en", "consequence", "the walker just kept walking, he calmed down after a block"),
    ("ko", "consequence", "남편이 그냥 계속 걸었더니 한 블록 지나니까 진정됐어요"),
)
# (lang, typed): don't know, with why: the question skipped, nothing added
UNKNOWN: tuple[tuple[str, str], ...] = (
    ("ko", "잘 모르겠어요 출장 중이라 못 봐서요"),
    ("en", "no idea, i was away on business"),
)


async def _kakao_at(kakao: Server, fake: FakeOllama, lang: str, topic: str) -> KakaoUser:
    """A Kakao owner of one dog at its first result's question about `topic`."""
    fake.behaviour.analysis = sample_analysis(lang, missing=[topic])
    user = kakao.user(lang=lang)
    name, age = ONE_DOG[lang]
    for text in ("/start", name, age, "/cancel", ONE_DOG_REPORT[lang]):
        await user.send(text)
    await until_owed(kakao, user)
    if user.quick(SHOW_RESULT) is not None:
        await user.tap(SHOW_RESULT)
    assert t(lang, f"analysis-followup-{topic}") in user.text, user.texts
    return user


# First run (written after the fix at 877c89b7; at dae07156 held-out 17 rows 161, 171 missed): see the report.
@pytest.mark.parametrize(("lang", "topic", "text"), ANSWERED)
async def test_how_it_ended_answers_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, topic: str, text: str
) -> None:
    user = await _kakao_at(kakao, fake_ollama, lang, topic)
    await user.send(text)
    assert t(lang, "analysis-followup-which") not in user.text, user.texts[-2:]
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports] == [f"{ONE_DOG_REPORT[lang]}\n{text}"], user.texts[-2:]


@pytest.mark.parametrize(("lang", "text"), UNKNOWN)
async def test_dont_know_with_why_skips_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user = await _kakao_at(kakao, fake_ollama, lang, "frequency")
    calls = _model_calls(fake_ollama)
    await user.send(text)
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == calls, user.texts[-2:]
    reports = await _kakao_reports(kakao, user.key)
    assert [r.text for r in reports] == [ONE_DOG_REPORT[lang]], user.texts[-2:]


@pytest.mark.parametrize(
    ("lang", "topic", "text"), [*ANSWERED, *((lang, "frequency", text) for lang, text in UNKNOWN)]
)
async def test_the_answers_at_the_question_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    topic: str,
    text: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[topic])
    async with harness(fake_telegram, settings) as tg:
        chat = 62621
        name, age = ONE_DOG[lang]
        for said in ("/start", name, age, "/cancel", ONE_DOG_REPORT[lang]):
            await tg.say(chat, said, language_code=lang)
        await eventually(lambda: tg.last_text(chat).endswith(t(lang, f"analysis-followup-{topic}")))
        await tg.say(chat, text)
        await asyncio.sleep(0.3)
        assert t(lang, "analysis-followup-which") not in tg.last_text(chat), tg.sent(chat)[-2:]
        added = (text,) if topic == "consequence" else ()
        assert [r.text for r in await _tg_reports(tg, chat)] == ["\n".join((ONE_DOG_REPORT[lang], *added))]
