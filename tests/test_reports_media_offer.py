# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Reports around media and the survey offer (issue 11, owner trials; corpus batch 74), each
reproduced through a real channel first (Telegram through the fake Bot API and the webhook,
KakaoTalk over the skill's HTTP), in both languages.

1. A photo whose caption tells a behaviour ("콩이가 러그를 씹어요", "he chewed the rug again") at the
   age question: the caption was the age's re-ask and was lost (씹다, 갉다 and "gnaw" were no
   behaviour words). The rule: media without words gets "I read text", nothing stored, no model
   call; words that came with it are a message like any other — a report at a survey question is
   saved and analysed and the survey keeps its place. Idle, mid-survey and at the follow-up. Kakao
   has no captions (its photo is the CDN link): it still stores nothing.
2. A first report is analysed and the survey offered; its result came with the follow-up question
   ("얼마나 자주 그러나요?") while the offer was open, and "네" started the survey and set the
   question aside unanswered (a result shown mid-survey never asked it). Decided: the offer is
   two buttons, not a question, so the result still asks its question (the owner's next words
   answer it, the core of the loop); "네" to the offer sets the question aside, said so, and once
   the survey is done it is asked again quoting its report, and its answer is added to that
   report. A result shown while the survey is under way waits the same way.
3. Feedback on the advice ("해봤는데 안 돼요", "we tried that already") with no plan yet (the
   first result not shown, a coach's answer, nothing yet) was answered and dropped: kept as a note
   (`notes`, kind feedback) about the active dog, beside the newest report or question; never
   sent to the model.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from dogcoach.services.store.models import FEEDBACK
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store, skill_body, texts_of  # noqa: F401  (`kakao`)
from tests.test_survey_answers_misread import ANSWERS, asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import TURN_BOUND, Harness, eventually, harness, settings_for

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


# what the owner trials sent under a photo, and a sibling each
CAPTIONS = {
    "ko": ("콩이가 러그를 씹어요", "소파 다리를 갉아먹었어요"),
    "en": ("he chewed the rug again", "he gnawed the table leg"),
}
REPORT = {
    "ko": "산책할 때 다른 개만 보면 계속 짖고 달려들어요",
    "en": "On walks he barks and lunges at every other dog",
}


@pytest.fixture
async def live(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> AsyncIterator[Harness]:
    """Telegram with the fake model: results are pushed, model calls counted."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as h:
        yield h


async def _photo(tg: Harness, chat: int, caption: str | None = None) -> None:
    """A photo (with `caption` under it) sent, and its turn's replies waited for."""
    result = await tg.fake.deliver_photo(chat, caption=caption)
    assert result.status_code == 200, result.text
    await tg.hook.idle(TURN_BOUND)


def _count(tg: Harness, chat: int, text: str) -> int:
    return sum(text in m for m in tg.sent(chat))


async def _texts(tg: Harness, chat: int) -> list[str]:
    return [r.text for r in await _tg_reports(tg, chat)]


# -- 1. words under a photo ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_caption_that_tells_a_behaviour_at_the_age_question_is_a_report_on_telegram(
    live: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 74001 if lang == "ko" else 74002
    await tg_at(live, chat, lang, "age_months")
    question = asked(lang, "age_months")
    for n, caption in enumerate(CAPTIONS[lang], 1):
        before, sent = _count(live, chat, question), len(live.sent(chat))
        await _photo(live, chat, caption)
        kept = t(lang, "report-kept-back")
        await eventually(lambda before=before: _count(live, chat, question) > before)  # asked again
        # the earlier caption's result may be pushed in between: it no longer asks the question
        # again (owner trial 9), so the lines are looked for among all sent since the photo
        assert kept in live.sent(chat)[sent:], live.sent(chat)[sent:]
        assert await _texts(live, chat) == list(CAPTIONS[lang][:n])
        assert "age_months" not in await tg_answers(live, chat)
        await eventually(lambda n=n: _model_calls(fake_ollama) == n)  # each analysed once
    calls, sent = _model_calls(fake_ollama), len(live.sent(chat))
    await _photo(live, chat)  # no words: "I read text", the question again, nothing stored
    await eventually(lambda: any(question in text for text in live.sent(chat)[sent:]))
    assert t(lang, "unsupported-input-survey") in live.sent(chat)[sent:]  # its answer, in words
    await live.say(chat, "3")  # the survey kept its place
    assert (await tg_answers(live, chat)).get("age_months") == 36
    await asyncio.sleep(0.2)
    assert await _texts(live, chat) == list(CAPTIONS[lang])
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_caption_idle_and_at_the_follow_up_is_a_report_of_its_own_on_telegram(
    live: Harness, lang: str
) -> None:
    chat = 74011 if lang == "ko" else 74012
    await live.say(chat, "/start", language_code=lang)
    await live.say(chat, "/cancel", language_code=lang)
    caption = CAPTIONS[lang][0]
    await _photo(live, chat, caption)  # idle
    assert await _texts(live, chat) == [caption]
    question = t(lang, "analysis-followup-frequency")
    # each result asks; one that comes while another report is on its way quotes its report
    # (CI, stop 27: an exact match missed the quoted one whenever the two results interleaved)
    await eventually(lambda: _count(live, chat, question) == 1)
    await live.hook.idle(TURN_BOUND)
    # another behaviour at "how often?": a new report, not asked about (owner trial 15's rule,
    # `Understander.other_behaviour`)
    await live.say(chat, REPORT[lang])
    assert t(lang, "analysis-followup-which") not in live.sent(chat)[-2:], live.sent(chat)[-2:]
    await eventually(lambda: _count(live, chat, question) == 2)  # its own result asks
    await live.hook.idle(TURN_BOUND)
    await _photo(live, chat, CAPTIONS[lang][1])  # at "how often?": a new incident, never glued on
    assert await _texts(live, chat) == [caption, REPORT[lang], CAPTIONS[lang][1]]
    photo = t(lang, "telegram-media-photo")
    before = _count(live, chat, photo)
    await _photo(live, chat)
    await eventually(lambda: _count(live, chat, photo) > before)  # a result's push may come between
    assert await _texts(live, chat) == [caption, REPORT[lang], CAPTIONS[lang][1]]


async def _kakao_photo(kakao: Server, key: str, lang: str) -> list[str]:
    """A KakaoTalk photo upload: the utterance is its signed CDN address, `media` in the params."""
    body = skill_body(key, "https://talk.kakaocdn.net/dc/abc/img.jpg?credential=x&expires=1", lang=lang)
    body["action"]["params"] = {"media": {"type": "image", "url": "https://talk.kakaocdn.net/x.jpg"}}
    response = await kakao.post(body)
    assert response.status_code == 200
    return texts_of(response.json())


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_same_words_typed_at_the_age_question_and_a_photo_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """Kakao has no captions: the words come typed, the photo alone."""
    user = await kakao_at(kakao, lang, "age_months")
    calls = _model_calls(fake_ollama)
    texts = await _kakao_photo(kakao, user.key, lang)
    assert texts[0] == t(lang, "unsupported-input-survey"), texts  # its answer asked for in words
    assert asked(lang, "age_months") in texts[-1], texts
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == calls
    await user.send(CAPTIONS[lang][0])
    assert asked(lang, "age_months") in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [CAPTIONS[lang][0]]
    assert "age_months" not in await kakao_answers(kakao, user.key)


# -- 2. the follow-up question and the survey offered after a first report ------------------------

YES = {"ko": "네", "en": "yes"}
NO = {"ko": "아니요 괜찮아요", "en": "no thanks"}
CONFIRM = {"ko": "네 맞아요", "en": "yeah"}
HOW_OFTEN = {"ko": "거의 매일이요", "en": "almost every day"}


def _asked_later(lang: str) -> str:
    """The follow-up question asked after the survey: its report quoted, then the question."""
    return t(lang, "analysis-followup-frequency")


async def _first_result_pushed(tg: Harness, chat: int, lang: str) -> None:
    """A new owner's first message is a report: acknowledged, the survey offered, the result pushed
    (its plan line is the push's last part)."""
    await tg.say(chat, REPORT[lang], language_code=lang)
    assert t(lang, "first-report-offer") in tg.sent(chat)
    await eventually(lambda: any(m.startswith("📌") for m in tg.sent(chat)))
    await tg.hook.idle(TURN_BOUND)


async def _appended(tg: Harness, chat: int, lang: str) -> None:
    await tg.say(chat, HOW_OFTEN[lang])
    [report] = await _tg_reports(tg, chat)
    assert report.text == f"{REPORT[lang]}\n{HOW_OFTEN[lang]}", report.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_follow_up_set_aside_by_the_survey_offered_is_asked_after_it_on_telegram(
    live: Harness, lang: str
) -> None:
    chat = 74101 if lang == "ko" else 74102
    await _first_result_pushed(live, chat, lang)
    question = _asked_later(lang)
    await eventually(lambda: _count(live, chat, question) == 1)  # with the result, the offer beside it
    await live.hook.idle(TURN_BOUND)
    await live.say(chat, YES[lang])  # the survey: the question set aside, said so
    assert t(lang, "start-followup-set-aside") in live.sent(chat)[-3:], live.sent(chat)[-3:]
    assert live.last_text(chat).endswith(t(lang, "survey-q-name")), live.sent(chat)[-3:]
    for _key, text in ANSWERS[lang]:
        await live.say(chat, text)
        assert _count(live, chat, question) == 1, (text, live.sent(chat)[-3:])  # not mid-survey
    before = len(live.sent(chat))
    await live.say(chat, CONFIRM[lang])
    said = live.sent(chat)[before:]
    assert t(lang, "survey-finished", name=ANSWERS[lang][0][1]) in said, said
    assert question in said[-1] and REPORT[lang][:20] in said[-1], said  # asked now, its report quoted
    await _appended(live, chat, lang)


LATER = {"ko": "나중에 할게요", "en": "maybe later"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_follow_up_stays_open_when_the_survey_offered_is_declined_on_telegram(
    live: Harness, lang: str
) -> None:
    """The offer put off in words ("나중에 할게요", the words of its button): said so, and the
    result's question is still the one open: the next words are added to the report."""
    chat = 74111 if lang == "ko" else 74112
    await _first_result_pushed(live, chat, lang)
    question = _asked_later(lang)
    await eventually(lambda: _count(live, chat, question) == 1)
    await live.hook.idle(TURN_BOUND)
    before = len(live.sent(chat))
    await live.say(chat, LATER[lang])
    said = live.sent(chat)[before:]
    assert t(lang, "first-report-declined") in said, said
    assert question in said[-1], said  # the open question again, under the line
    await _appended(live, chat, lang)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_follow_up_open_when_the_survey_starts_is_asked_after_it_on_telegram(
    live: Harness, lang: str
) -> None:
    """Out of the survey, a report's question open, then the survey started in words: the question
    waits for it (trial K2 said it was set aside; it was never asked again)."""
    chat = 74121 if lang == "ko" else 74122
    await live.say(chat, "/start", language_code=lang)
    await live.say(chat, "/cancel")
    await live.say(chat, REPORT[lang])
    question = _asked_later(lang)
    await eventually(lambda: question in live.sent(chat))
    await live.hook.idle(TURN_BOUND)
    await live.say(chat, "/start")
    assert t(lang, "start-followup-set-aside") in live.sent(chat)[-3:]
    await live.say(chat, "/cancel")  # stopped: the question comes back at once
    assert question in live.last_text(chat), live.sent(chat)[-3:]
    await _appended(live, chat, lang)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_follow_up_waits_for_the_survey_offered_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(REPORT[lang])
    assert t(lang, "first-report-offer") in user.text, user.text
    for _ in range(100):  # analysed before the owner answers the offer
        if _model_calls(fake_ollama) >= 1:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    question = _asked_later(lang)
    await user.send(YES[lang])
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts
    assert question not in user.text, user.text
    for _key, text in ANSWERS[lang]:
        await user.send(text)
        assert question not in user.text, (text, user.text)
    await user.send(CONFIRM[lang])
    assert t(lang, "survey-finished", name=ANSWERS[lang][0][1]) in user.text, user.text
    assert question in user.texts[-1], user.texts
    await user.send(HOW_OFTEN[lang])
    [report] = await _kakao_reports(kakao, user.key)
    assert report.text == f"{REPORT[lang]}\n{HOW_OFTEN[lang]}", report.text


# -- 3. feedback on the advice with no plan yet ---------------------------------------------------

FEEDBACK_WORDS = {
    "ko": ("해봤는데 안 돼요", "그거 이미 해봤어요"),
    "en": ("we tried that already", "that didnt work"),
}
QUESTION = {"ko": "산책할 때 줄 당기는 거 어떻게 고쳐요?", "en": "how do I stop him pulling on the leash?"}


async def _notes(store: Store, channel: str, key: str) -> list[tuple[str, str, int | None]]:
    async with store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        return [(n.kind, n.text, n.report_id) for n in await s.list_notes(user.id)]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_feedback_before_the_first_result_is_kept_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.delay = 2.0  # the result still being written at the feedback
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(REPORT[lang])
    await user.send(FEEDBACK_WORDS[lang][0])  # its result not shown yet: no plan
    assert t(lang, "talk-feedback-early") in user.text, user.text
    [report] = await _kakao_reports(kakao, user.key)
    assert report.text == REPORT[lang]  # never glued onto it
    async with open_store(kakao.settings.database_url) as store:
        assert await _notes(store, "kakao", user.key) == [(FEEDBACK, FEEDBACK_WORDS[lang][0], report.id)]
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 1  # the report alone


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_feedback_kept_with_no_plan_is_in_the_summary_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """The kept feedback is read: the hand-over summary (here as text: no public address for a
    file) says what the owner said about the advice, in their words, newest last."""
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    for words in FEEDBACK_WORDS[lang]:
        await user.send(words)
        assert t(lang, "talk-feedback-early") in user.text, user.text
    await user.send("요약" if lang == "ko" else "summary")
    shown = user.text
    assert t(lang, "summary-in-chat") in shown, shown
    section = shown.split(t(lang, "summary-section-remarks"), 1)[1]
    first, second = FEEDBACK_WORDS[lang]
    assert f"“{first}”" in section and f"“{second}”" in section, section
    assert section.index(first) < section.index(second), section
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_feedback_with_no_plan_is_kept_on_telegram(
    live: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 74201 if lang == "ko" else 74202
    await live.say(chat, "/start", language_code=lang)
    await live.say(chat, "/cancel")
    await live.say(chat, FEEDBACK_WORDS[lang][1])  # nothing told yet
    assert t(lang, "talk-feedback-early") in live.sent(chat)[-2:], live.sent(chat)[-2:]
    await live.say(chat, QUESTION[lang])  # a coach's answer: advice, but no plan
    [question] = await _tg_reports(live, chat)
    await eventually(lambda: _model_calls(fake_ollama) == 1)
    await live.say(chat, FEEDBACK_WORDS[lang][0])
    assert t(lang, "talk-feedback-early") in live.sent(chat)[-3:], live.sent(chat)[-3:]
    assert await _notes(live.rt.store, "telegram", str(chat)) == [
        (FEEDBACK, FEEDBACK_WORDS[lang][1], None),
        (FEEDBACK, FEEDBACK_WORDS[lang][0], question.id),
    ]
    await asyncio.sleep(0.2)
    assert _model_calls(fake_ollama) == 1  # the question alone
