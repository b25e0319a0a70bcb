# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Conversation-flow findings of the second owner trial, each reproduced through a real channel
first (Telegram through the fake Bot API and the webhook, KakaoTalk through the skill over HTTP,
the terminal as `dogcoach chat` in a process), then kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_reports import receiver
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import KakaoUser, Server, kakao, serve, texts_of  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import REPORT, _kakao_dog, _pending_followup, _tg_dog, t
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)


def _ticked(tg: Harness, chat: int) -> list[str]:
    """The labels of the buttons ticked on the last question sent (the keyboard of the last
    message, as edited since)."""
    [message] = [m for m in tg.fake.sent_messages(chat) if m.kind == "message"][-1:]
    markup = message.reply_markup or {}
    for edit in tg.fake.sent_messages(chat):
        if edit.kind == "edit_reply_markup" and edit.message_id == message.message_id:
            markup = edit.reply_markup or {}
    labels = [str(b.get("text")) for row in markup.get("inline_keyboard", []) for b in row]
    return [label for label in labels if "✓" in label]


# -- 4. a typed option at a multi-choice question adds to the ticks --------------------------------


async def _tg_to_other_pets(tg: Harness, chat: int) -> None:
    await tg.say(chat, "/start", language_code="ko")
    for text in ("콩이", "3살", "여아 중성화", "푸들"):
        await tg.say(chat, text)
    await tg.tap(chat, "survey:size:small")
    await tg.tap(chat, "survey:origin:shelter")
    for text in ("2년", "2", "넹"):
        await tg.say(chat, text)
    assert tg.last_text(chat).endswith(t("ko", "survey-q-other_pets", name="콩이"))


async def test_a_typed_option_adds_to_the_ticks_and_the_question_stays_open(tg: Harness) -> None:
    """Finding 4: tap [개], then type "고양이" → the question closed with ["cat"] (the tapped 개
    lost); at the concerns "짖음" closed it and "분리불안" was refused at the next question. Now a
    typed option (or list) adds to the ticks, the ticks are shown again, and "완료" finishes."""
    chat = 13001
    await _tg_to_other_pets(tg, chat)
    other_pets = t("ko", "survey-q-other_pets", name="콩이")
    await tg.tap(chat, "survey:other_pets:dog")
    await tg.say(chat, "고양이")
    assert tg.last_text(chat).endswith(other_pets)  # still open
    assert len(_ticked(tg, chat)) == 2, _ticked(tg, chat)  # 개 and 고양이, shown again
    await tg.say(chat, "고양이")  # typed again: kept, not toggled off
    assert len(_ticked(tg, chat)) == 2
    await tg.say(chat, "완료")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-alone_hours", name="콩이"))
    await tg.say(chat, "4시간")
    await tg.say(chat, "1시간")
    concerns = t("ko", "survey-q-concerns", name="콩이")
    await tg.say(chat, "짖음")
    assert tg.last_text(chat).endswith(concerns)
    await tg.say(chat, "분리불안")
    assert tg.last_text(chat).endswith(concerns)
    await tg.say(chat, "완료")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-worst_reaction", name="콩이"))
    answers = await _tg_dog(tg, chat)
    assert answers is not None
    assert answers["other_pets"] == ["dog", "cat"]
    assert answers["concerns"] == ["barking", "separation"]


async def test_a_typed_list_adds_every_option_in_english_on_kakao(kakao: Server) -> None:
    """Finding 4 in English, on Kakao: "dog, cat" adds both, the question stays open until
    "done"; a typed answer with "done" in it finishes at once."""
    user = kakao.user(lang="en")
    await user.send("/start")
    for text in ("Rex", "3", "female spayed", "poodle", "small", "breeder", "2 years", "2", "no"):
        await user.send(text)
    await user.send("dog, cat")
    assert user.text == t("en", "kakao-picks-typed", picks="Dog, Cat")  # open, as after a tap
    await user.send("done")
    assert user.text.endswith(t("en", "survey-q-alone_hours", name="Rex"))
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["other_pets"] == ["dog", "cat"]


# -- 2. an unanswered "add or new?" ------------------------------------------------------------


async def test_an_unanswered_label_is_not_analysed_and_safety_leads_the_turn(tg: Harness) -> None:
    """Finding 2: with a follow-up open, "짖음" → "add or new?"; then "애기가 물렸어요" → "🔍
    analysing" (for 짖음), the safety text, a second "🔍"; /history listed "짖음". Now a bare label
    at the follow-up question gets the hint (trial 3, F6: never the add-or-new question), is not
    analysed, and the next report's safety text comes first, with one "analysing" notice."""
    for chat, lang, report, label, bite in (
        (13201, "ko", REPORT, "짖음", "애기가 물렸어요"),
        (
            13202,
            "en",
            "my dog barks at the mailman every single morning",
            "barking",
            "my dog bit my son's hand and it bled",
        ),
    ):
        await tg.say(chat, report, language_code=lang)
        await _pending_followup(tg, chat)
        before = len(tg.sent(chat))
        await tg.say(chat, label)
        replies = tg.sent(chat)[before:]
        assert t(lang, "noise-hint") in replies, replies
        assert t(lang, "analysis-followup-which") not in replies, replies
        before = len(tg.sent(chat))
        await tg.say(chat, bite)
        turn = tg.sent(chat)[before:]
        assert turn[0].startswith(t(lang, "safety-header-now")[:8]), turn
        assert sum(text[:1] in "🔍💾" for text in turn) == 1, turn  # one acknowledgement (model away: 💾)
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            texts = [r.text for r in await s.list_reports(user.id)]
        assert label not in texts and not any(label == x.split("\n")[-1] for x in texts), texts
        assert bite in texts, texts  # its own report, not glued onto the open one


# -- 9. the open follow-up question after a language switch --------------------------------------


async def test_the_open_follow_up_question_is_asked_again_in_the_new_language(tg: Harness) -> None:
    """Finding 9: after /language → English the open follow-up question (of a Korean report) was
    asked again in Korean, and again after /week."""
    chat = 13101
    await tg.say(chat, REPORT, language_code="ko")
    await _pending_followup(tg, chat)
    await tg.say(chat, "/help")
    assert tg.last_text(chat) == t("ko", "analysis-followup-frequency")
    await tg.say(chat, "/language")
    await tg.tap(chat, "lang:en")
    english = t("en", "analysis-followup-frequency")
    await eventually(lambda: tg.last_text(chat) == english)  # a tap's replies may trail its answer
    before = len(tg.sent(chat))
    await tg.say(chat, "/week")  # its chart is drawn after the turn: the question may come first
    await eventually(lambda: any(text.startswith("📊") for text in tg.sent(chat)[before:]))
    # asked again once in English already: not under every reply (new-owner trial, F7)
    assert t("en", "analysis-followup-frequency") not in tg.sent(chat)[before:]
    assert t("ko", "analysis-followup-frequency") not in tg.sent(chat)[before:]


# -- 18. a report typed at the survey's first question, in the terminal ----------------------------


def test_a_report_at_the_first_question_says_it_is_kept_in_both_languages(tmp_path: Path) -> None:
    """Finding 18: the English terminal answered a report typed at question 1 with "🔍 Got it…"
    and the question again, without the "saved it and will analyse it separately" line."""
    for lang, text in (
        # (asked "…, what should I do?" it is a question at any survey question since batch 76)
        ("en", "my dog keeps jumping on guests when they come in"),
        ("ko", "우리 강아지가 손님만 오면 계속 짖어요"),
    ):
        (tmp_path / lang).mkdir()
        out = _chat(tmp_path / lang, ["/start", text], "--lang", lang)
        assert t(lang, "report-kept-back") in out, out
        assert out.rindex(t(lang, "survey-q-name")) > out.index(t(lang, "report-kept-back"))


# -- 13. the open question is the last thing in a turn ---------------------------------------------


async def _learned(user: KakaoUser) -> None:
    """Fetch the last report's result with "결과 보기" taps, so the wait estimate is learned (a
    turn then waits for its result and joins it, as on a warm server)."""
    for _ in range(40):
        if user.quick("report:result") is None:
            return
        await asyncio.sleep(0.2)
        await user.send("결과 보기", extra={"choice": "report:result"})


async def test_kakao_puts_the_result_before_the_question_asked_again_and_the_offer(kakao: Server) -> None:
    """Finding 13: on Kakao a question to the coach mid-survey showed the re-asked "질문 2 / 15"
    before "💬 코치의 답". Now the result takes its acknowledgement's place: the question asked
    again comes after it, last."""
    user = kakao.user()
    await user.send("/start")
    await user.send("콩이")
    await user.send("현관에서 택배 기사님을 보면 계속 짖어요")
    await _learned(user)
    await user.send("강아지 산책은 하루에 몇 번 해야 해요?")
    texts = user.texts
    age = t("ko", "survey-q-age_months", name="콩이")
    answer = next(i for i, text in enumerate(texts) if text.startswith(t("ko", "coach-answer-title")))
    asked = max(i for i, text in enumerate(texts) if age in text)
    assert answer < asked, texts
    assert user.text.endswith(age)


# -- third trial, F8: a result in hand mid-survey, on Kakao -----------------------------------------


async def _kakao_learned_mid_survey(user: KakaoUser, lang: str, name: str) -> None:
    """A user whose first report was analysed (so the wait is known and a turn waits for the
    next result), back in the survey at the age question."""
    await user.send("/start")
    await user.send("/cancel")
    await user.send(REPORTS_F8[lang][0])
    await _learned(user)
    await user.send("/start")
    await user.send(name)


REPORTS_F8 = {
    "ko": ("현관에서 택배 기사님을 보면 계속 짖어요", "산책할 때 다른 개만 보면 계속 짖고 달려들어요"),
    "en": ("He barks at every delivery man at the door", "He lunges and barks at other dogs on every walk"),
}


async def test_kakao_result_in_hand_mid_survey_is_the_result_then_the_question_once(kakao: Server) -> None:
    """F8: a report typed at a survey question whose result came within the turn was one bubble
    of "I'll analyse it separately", the question, the result, the question again. With the result
    in hand: the result, then the question once."""
    for lang, name in (("ko", "콩이"), ("en", "Rex")):
        user = kakao.user(lang=lang)
        await _kakao_learned_mid_survey(user, lang, name)
        await user.send(REPORTS_F8[lang][1])
        text = user.text
        age = t(lang, "survey-q-age_months", name=name)
        assert t(lang, "analysis-summary") in text, text  # waited for: the result is in hand
        assert t(lang, "report-kept-in-flow") not in text, text
        assert text.count(age) == 1 and text.endswith(age), text


async def test_kakao_result_by_callback_mid_survey_is_the_result_then_the_question_once(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """F8 with a callback: the POST carried "I'll analyse it separately", the question, the result
    and the question again; now the result, then the question once."""
    async with receiver() as rx, serve(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        user = srv.user()
        await user.send("/start")
        await user.send("콩이")
        await user.send(REPORTS_F8["ko"][1], callback_url=rx.url)
        posts = await rx.wait_posts(1)
        text = "\n".join(texts_of(posts[0].body))
        age = t("ko", "survey-q-age_months", name="콩이")
        assert t("ko", "analysis-summary") in text, text
        assert t("ko", "report-kept-in-flow") not in text, text
        assert text.count(age) == 1 and text.endswith(age), text
