# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11's faults, each reproduced through a real channel, then kept: Telegram through the fake
Bot API and the webhook, KakaoTalk through the skill over HTTP (with a fake Ollama), the terminal
as `dogcoach chat` in a process. Each test names the fault it guards in its docstring; the kind
of fault is covered in both languages and on the channels where it showed.
"""

from __future__ import annotations

import asyncio
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from dogcoach.domain.survey import QUESTIONS, Kind
from dogcoach.services.i18n import Messages
from dogcoach.services.store import ConversationState
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import (  # noqa: F401  (the `kakao` fixture)
    Server,
    kakao,
    open_store,
    quick_of,
    skill_body,
    texts_of,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def _kakao_reports(server: Server, key: str) -> list[str]:
    """The behaviour reports (incidents) stored for a Kakao user, oldest first."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        reports = await s.list_reports(user.id) if user is not None else []
    return [r.text for r in sorted(reports, key=lambda r: r.id) if not r.is_question]


async def _kakao_dog(server: Server, key: str) -> dict[str, Any] | None:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        if user is None or user.active_dog_id is None:
            return None
        dog = await s.get_dog(user.active_dog_id)
        return dog.answers if dog is not None else None


async def _tg_reports(tg: Harness, chat: int) -> list[str]:
    user = await tg.user(chat)
    if user is None:
        return []
    async with tg.rt.store.session() as s:
        reports = await s.list_reports(user.id)
    return [r.text for r in sorted(reports, key=lambda r: r.id) if not r.is_question]


# -- a report typed where an answer was expected ----------------------------------------------


async def test_report_at_a_survey_question_is_kept_and_the_survey_keeps_its_place(tg: Harness) -> None:
    """Fault: "우리 강아지가 밤마다 짖어요 ㅠㅠ" at the name question became the dog's name; at a
    number question the same kind of text was refused as a bad age and saved nowhere."""
    chat = 11001
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "우리 강아지가 밤마다 짖어요 ㅠㅠ")
    assert t("ko", "report-kept-back") in tg.sent(chat)
    assert tg.last_text(chat).endswith(t("ko", "survey-q-name"))  # asked again, nothing invented
    assert (await tg.user(chat)) is not None
    assert (await tg.user(chat)).active_dog_id is None  # type: ignore[union-attr]
    await tg.say(chat, "콩이")
    await tg.say(chat, "산책할 때 다른 개만 보면 짖고 달려들어요")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-age_months", name="콩이"))
    assert await _tg_reports(tg, chat) == [
        "우리 강아지가 밤마다 짖어요 ㅠㅠ",
        "산책할 때 다른 개만 보면 짖고 달려들어요",
    ]


async def test_report_at_a_survey_question_on_kakao_in_english(kakao: Server) -> None:
    """The same fault on Kakao, in English, at the count and the choice questions."""
    user = kakao.user(lang="en")
    await user.send("/start")
    for text in ("Rex", "3", "boy, neutered", "beagle", "small", "breeder", "2 years"):
        await user.send(text)
    await user.send("He barks at every delivery man and jumps at the door")
    assert t("en", "report-kept-back") in user.text
    assert t("en", "survey-q-household") in user.text
    await user.send("2")
    await user.send("Yesterday he chewed the sofa when we left him alone")
    assert t("en", "survey-q-children") in user.text
    assert await _kakao_reports(kakao, user.key) == [
        "He barks at every delivery man and jumps at the door",
        "Yesterday he chewed the sofa when we left him alone",
    ]
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["household"] == 2


# -- small talk, noise, questions: not reports --------------------------------------------------


async def test_thanks_and_emoji_are_not_analysed(tg: Harness, fake_ollama: FakeOllama) -> None:
    """Fault: "고마워요!" and "👍" each got an ABC analysis of an incident that never happened."""
    chat = 11002
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "고마워요!")
    assert tg.last_text(chat) == t("ko", "talk-thanks")
    await tg.say(chat, "👍")
    assert tg.last_text(chat) == t("ko", "talk-other")
    await tg.say(chat, "thank you so much")
    assert tg.last_text(chat) == t("ko", "talk-thanks")
    await tg.say(chat, "...")
    assert tg.last_text(chat) == t("ko", "noise-hint")
    assert await _tg_reports(tg, chat) == []


async def test_a_question_to_the_coach_is_not_an_incident(kakao: Server) -> None:
    """A question ("산책할 때 줄 당기는 거 어떻게 고쳐요?", "how do I stop…?") is answered by the
    coach and kept in the transcript, never recorded as an incident."""
    for lang, question in (
        ("ko", "산책할 때 줄 당기는 거 어떻게 고쳐요?"),
        ("en", "how do I stop him pulling on the leash?"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send("/cancel")
        await user.send(question)
        if lang == "ko":  # nothing measured yet: the assumed 25 s is over the budget, fetch it later
            wait = t(lang, "analysis-wait-seconds", seconds=25)
            assert user.texts == [t(lang, "coach-kakao-queued", place=1, wait=wait)]
            service = kakao.app.state.runtime.analysis
            for _ in range(300):
                if service.queued == 0:
                    break
                await asyncio.sleep(0.02)
            await user.tap("report:result")
        assert user.texts[0].startswith(t(lang, "coach-answer-title"))  # (en: measured, waited for)
        assert await _kakao_reports(kakao, user.key) == []
        async with open_store(kakao.settings.database_url) as store, store.session() as s:
            found = await s.get_user("kakao", user.key)
            assert found is not None
            inbound = [m["text"] for m in await s.list_messages(found.id) if m["direction"] == "in"]
        assert question in inbound


# -- commands in plain words; Kakao's menu -------------------------------------------------------


async def test_plain_words_reach_the_commands_on_kakao(kakao: Server) -> None:
    """Fault: on Kakao "도움말" became a behaviour report; nothing told users what they could say."""
    user = kakao.user()
    await user.send("/start")
    await user.send("취소")
    assert user.texts == [t("ko", "cancel-done")]
    menu = [q["messageText"] for q in quick_of(user.last)]
    assert menu == [t("ko", m) for m in ("kakao-menu-help", "kakao-menu-history", "kakao-menu-week")] + [
        t("ko", "kakao-menu-profile")
    ]
    await user.send("도움말")
    assert user.texts == [t("ko", "help-text-kakao-nofiles") + "\n" + t("ko", "help-survey")]
    await user.send("기록 보여주세요")
    assert user.texts == [t("ko", "history-empty")]
    await user.send("이번 주")
    assert user.texts == [t("ko", "week-empty")]
    await user.send("프로필")
    assert user.texts == [t("ko", "profile-none-offer")]
    await user.send("언어")
    assert user.texts == [t("ko", "language-ask")]
    await user.send("English")
    assert user.texts[0] == t("en", "language-set")
    await user.send("help")
    assert user.texts == [t("en", "help-text-kakao-nofiles") + "\n" + t("en", "help-survey")]
    assert await _kakao_reports(kakao, user.key) == []
    # the welcome says what to type
    assert '"도움말"' in t("ko", "start-welcome") and '"help"' in t("en", "start-welcome")


# -- first contact -------------------------------------------------------------------------------


async def test_first_contact_is_the_same_on_every_channel(
    tg: Harness,
    kakao: Server,
) -> None:
    """Fault: a new Kakao user's first message, a report, became the start of the survey and was
    never analysed; a new Telegram user's first message, whatever it was ("777"), was analysed."""
    report = "우리 강아지가 손님만 오면 계속 짖어요"
    user = kakao.user()
    await user.send(report)
    assert t("ko", "first-report-offer") in user.texts
    assert await _kakao_reports(kakao, user.key) == [report]
    greeter = kakao.user(lang="en")
    await greeter.send("hi there")
    assert greeter.texts[0] == t("en", "start-welcome")
    assert await _kakao_reports(kakao, greeter.key) == []

    await tg.say(11003, "777", language_code="ko")
    assert tg.sent(11003)[0] == t("ko", "start-welcome")
    assert await _tg_reports(tg, 11003) == []
    await tg.say(11004, report, language_code="ko")
    assert t("ko", "first-report-offer") in tg.sent(11004)
    assert await _tg_reports(tg, 11004) == [report]
    await tg.tap(11004, "survey:start")  # the offer's button starts the survey
    assert tg.last_text(11004).endswith(t("ko", "survey-q-name"))


def test_first_contact_in_the_terminal(tmp_path: Path) -> None:
    """The terminal begins with /start itself; a report typed as the first message, at the name
    question it opened with, is first contact as on the other channels (owner trial 16): kept and
    analysed, the survey offered; a name typed next takes the offer and answers the name."""
    out = _chat(tmp_path, ["my dog barks at the mailman every single morning", "Biscuit"], "--lang", "en")
    assert t("en", "report-kept-in-flow") not in out
    assert t("en", "first-report-offer") in out
    assert out.count(t("en", "survey-q-name")) == 1
    assert t("en", "survey-q-age_months", name="Biscuit") in out


# -- the follow-up question -----------------------------------------------------------------------


async def test_a_new_incident_after_the_follow_up_question_is_its_own_report(
    kakao: Server,
    fake_ollama: FakeOllama,
) -> None:
    """Fault: after "얼마나 자주 그러나요?" the owner described a new, unrelated incident; it was
    glued onto the old report and analysed again as one."""
    user = kakao.user()
    await user.send("/start")
    await user.send("/cancel")
    first = "산책할 때 다른 강아지를 보면 짖고 달려들어요"
    await user.send(first)
    await user.tap("report:result") if user.quick("report:result") else None
    assert t("ko", "analysis-followup-frequency") in user.text
    second = "그리고 어제는 택배 아저씨 다리를 물었어요"
    await user.send(second)
    assert await _kakao_reports(kakao, user.key) == [first, second]  # nothing glued
    # a plausible answer to the question is appended; an unclear one asks with two buttons
    third = "어제 저녁에 공원에서 자전거를 보고 짖었어요"
    await user.tap("report:result") if user.quick("report:result") else None
    if t("ko", "analysis-followup-frequency") in user.text:
        await user.send(third)
        if user.quick("report:followup:add") is not None:
            assert t("ko", "analysis-followup-which") in user.text
            await user.tap("report:followup:new")
        reports = await _kakao_reports(kakao, user.key)
        assert third in reports or any(r.endswith(third) for r in reports)


async def test_a_plausible_follow_up_answer_is_appended(tg: Harness) -> None:
    """Only an answer to the question (how often, what happened before or after) joins the report."""
    chat = 11005
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "/cancel")
    first = "현관에서 택배 기사님을 보면 계속 짖어요"
    await tg.say(chat, first)
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        [report] = await s.list_reports(user.id)
        report.status = "done"
        report.analysis = {"missing": ["frequency"], "category": "barking", "summary": ["a", "b", "c"]}
        await s.update_report(report)
        from dogcoach.handlers.results.followup import followup_state

        await s.save_state(user.id, followup_state(report, MESSAGES))
    await tg.say(chat, "거의 매일 그래요")
    async with tg.rt.store.session() as s:
        reports = await s.list_reports(user.id)
    assert [r.text for r in reports] == [f"{first}\n거의 매일 그래요"]
    async with tg.rt.store.session() as s:
        reports[0].status = "done"  # analysed again
        reports[0].analysis = {"missing": ["frequency"], "category": "barking", "summary": ["a", "b", "c"]}
        await s.update_report(reports[0])
        await s.save_state(user.id, followup_state(reports[0], MESSAGES))
    # the same behaviour again: a new report of it, with what it repeats (issue 11, batch 43: it
    # was asked "add or new?")
    await tg.say(chat, "오늘 또 그랬어요")
    again = f"{first}\n거의 매일 그래요"
    assert await _tg_reports(tg, chat) == [again, f"{again}\n오늘 또 그랬어요"]


# -- media ----------------------------------------------------------------------------------------


async def test_a_kakao_photo_is_not_a_report(kakao: Server, fake_ollama: FakeOllama) -> None:
    """Fault: a Kakao photo upload (the utterance is the photo's signed CDN address,
    `action.params.media` says it is an image) was stored as a report, sent to the model and
    answered in English."""
    for lang, locale in (("ko", "ko"), ("en", "en")):
        key = f"photo-{uuid.uuid4().hex}"
        body = skill_body(key, "https://talk.kakaocdn.net/dc/abc/img.jpg?credential=x&expires=1", lang=lang)
        body["action"]["params"] = {"media": {"type": "image", "url": "https://talk.kakaocdn.net/x.jpg"}}
        response = await kakao.post(body)
        assert response.status_code == 200
        # what to type after it (owner trial 10), nothing stored
        assert texts_of(response.json()) == [t(locale, "unsupported-input"), t(locale, "start-welcome-media")]
        async with open_store(kakao.settings.database_url) as store, store.session() as s:
            assert await s.get_user("kakao", key) is None  # a stranger's photo stores nothing
    user = kakao.user()
    await user.send("/start")
    body = skill_body(user.key, "https://talk.kakaocdn.net/dc/abc/img.jpg?credential=x")
    body["action"]["params"] = {"media": "image"}
    response = await kakao.post(body)
    texts = texts_of(response.json())
    assert texts[0] == t("ko", "unsupported-input-survey")
    assert texts[-1].endswith(t("ko", "survey-q-name"))  # and the question again
    assert await _kakao_reports(kakao, user.key) == []
    assert fake_ollama.chat_bodies() == []


# -- quantities, names --------------------------------------------------------------------------


async def test_ages_in_words_and_ranges(tg: Harness) -> None:
    """Fault: "열세 살" (13 years) was stored as 10 years without a re-ask. Every quantity
    question reads the whole answer: a range is kept as approximate, a leftover word re-asked."""
    chat = 11006
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "콩이")
    # not only an age: re-asked, saying what was understood ("5살 된 말티즈예요" is now the age and
    # the breed told ahead, batch 64)
    await tg.say(chat, "5살 된 것 같은데 코코가")
    assert tg.sent(chat)[-2] == t("ko", "survey-unclear-number", value="5살", rest="코코"), tg.sent(chat)[-2:]
    await tg.say(chat, "열세 살")
    await tg.tap(chat, "survey:sex:female_spayed")
    await tg.tap(chat, "survey:breed:mixed")
    await tg.tap(chat, "survey:size:small")
    await tg.tap(chat, "survey:origin:shelter")
    await tg.say(chat, "2~3년 정도요")
    await tg.say(chat, "저랑 남편 둘이요")
    await tg.say(chat, "/profile")
    card = [m for m in tg.sent(chat) if m.startswith("🐶")][-1]
    assert "13살" in card
    assert "• 함께한 기간: 약 2~3년" in card  # a length of time, not an age (issue 16)
    assert t("ko", "value-range-duration-years", low=2, high=3) in card
    assert "2명" in card


async def test_quantities_in_english_on_kakao(kakao: Server) -> None:
    user = kakao.user(lang="en")
    await user.send("/start")
    await user.send("Rex")
    await user.send("thirteen years")
    await user.send("boy, neutered")
    await user.send("beagle")
    await user.send("about 30kg")
    await user.send("shelter")
    await user.send("about 2-3 years")
    await user.send("/profile")
    assert "13 years" in user.text
    assert t("en", "value-range-duration-years", low=2, high=3) in user.text
    assert "Large" in user.text


async def test_a_decomposed_name_takes_the_right_particle(kakao: Server) -> None:
    """Fault: a name typed in decomposed Hangul (NFD, as macOS/iOS paste it) got the wrong
    particle ("콩는") and counted three times its length."""
    user = kakao.user()
    await user.send("/start")
    await user.send(unicodedata.normalize("NFD", "콩"))
    assert "콩은 몇 살이에요?" in user.text
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["name"] == "콩"


async def test_dont_know_on_every_question_an_owner_may_not_know(tg: Harness) -> None:
    """Fault: "잘 모르겠어요" at the age question was a dead end (rescue dogs): no "don't know",
    no skip. Now typed or tapped, it is stored as an explicit unknown."""
    chat = 11007
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "보리")
    await tg.say(chat, "잘 모르겠어요")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-sex", name="보리"))
    await tg.tap(chat, "survey:unknown")  # the button, on the sex question too
    await tg.say(chat, "진돗개 믹스")
    await tg.tap(chat, "survey:unknown")
    await tg.say(chat, "몰라요")
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dog = await s.get_dog(user.active_dog_id or 0)
    assert dog is not None
    assert dog.answers["unknown"] == ["age_months", "sex", "size", "origin"]
    assert dog.answers.get("age_months") is None  # never a made-up value
    assert dog.answers["breed"] == "진돗개 믹스"
    await tg.say(chat, "/profile")
    card = [m for m in tg.sent(chat) if m.startswith("🐶")][-1]
    assert card.count(t("ko", "value-unknown")) == 4
    unknowable = [q.key for q in QUESTIONS if q.unknowable]
    # how long owned too (stop 60, first60: a rescue's or a rehomed dog's, no button before)
    assert unknowable == ["age_months", "sex", "size", "origin", "owned_months"]


async def test_half_an_answer_is_asked_again_not_completed(tg: Harness) -> None:
    """ "여아" alone used to be stored as "female, not spayed"; now the missing half is asked."""
    chat = 11008
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "초코")
    await tg.say(chat, "3살")
    await tg.say(chat, "여아")
    assert tg.sent(chat)[-2] == t("ko", "survey-unclear-concepts", understood="여아")
    await tg.say(chat, "여자애고 중성화했어요")
    assert tg.last_text(chat).endswith(t("ko", "survey-q-breed", name="초코"))


# -- buttons -------------------------------------------------------------------------------------


async def test_profile_card_buttons_work_while_a_follow_up_is_pending(tg: Harness) -> None:
    """Fault: the profile card's "✏️ 답 고치기" and "▶ 설문 이어서 하기" answered "더 이상 쓸 수 없는
    버튼이에요" whenever a follow-up question was pending; Telegram still marked the tap "👉"."""
    chat = 11009
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "초코")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "현관에서 택배 기사님을 보면 계속 짖어요")
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        [report] = await s.list_reports(user.id)
        report.status = "done"
        report.analysis = {"missing": ["frequency"], "category": "barking", "summary": ["a", "b", "c"]}
        await s.update_report(report)
        from dogcoach.handlers.results.followup import followup_state

        await s.save_state(user.id, followup_state(report, MESSAGES))
    for button in ("survey:continue", "survey:edit"):
        await tg.say(chat, "/profile")
        # the card carries the button (mid-survey its question is asked again below it: owner
        # trial 10), newest first
        card = tg.fake.message(chat, tg.fake.find_button(chat, button)[0])
        assert card is not None
        await tg.tap(chat, button)
        assert t("ko", "stale-button") not in tg.sent(chat)
        marked = tg.fake.message(chat, card["message_id"])
        assert marked is not None and marked["text"].splitlines()[-1].startswith("👉 ")
    # a really stale button: refused, and its message is not marked as answered
    async with tg.rt.store.session() as s:
        await s.save_state(user.id, ConversationState())
    old = tg.fake.last_bot_message(chat)
    assert old is not None
    await tg.fake.deliver_callback(chat, "survey:sex:male_intact", message_id=old["message_id"])
    assert tg.last_text(chat) == t("ko", "stale-button")
    after = tg.fake.message(chat, old["message_id"])
    assert after is not None and "👉" not in after["text"]


async def test_a_tap_from_an_erased_user_creates_nothing(tg: Harness) -> None:
    """Fault: a tap from a user who had just erased everything re-created that user with their
    name and the raw update."""
    chat = 11010
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "/delete")
    await tg.tap(chat, "privacy:delete:yes")
    assert await tg.user(chat) is None
    await tg.fake.deliver_callback(chat, "survey:back")
    assert tg.last_text(chat) == t("ko", "stale-button")
    assert await tg.user(chat) is None
    assert await tg.count("messages") == 0


# -- dogs ------------------------------------------------------------------------------------------


async def test_newdog_then_cancel_keeps_the_active_dog_and_one_dog_can_be_removed(tg: Harness) -> None:
    """Fault: `/newdog` then `/cancel` silently made the half-created dog the active one; a dog
    could not be removed except by erasing everything; empty /history did not say which dog."""
    chat = 11011
    await tg.say(chat, "/start", language_code="en")
    for text in ("Milo", "5", "male, neutered", "beagle", "medium", "shelter", "3 years", "2", "no"):
        await tg.say(chat, text)
    await tg.tap(chat, "survey:other_pets:none")  # "None" is the answer: no Done after it
    for text in ("6", "60"):
        await tg.say(chat, text)
    await tg.tap(chat, "survey:concerns:none")  # "None" is the answer: no Done after it
    await tg.tap(chat, "survey:worst_reaction:none")
    await tg.tap(chat, "survey:skip")
    await tg.tap(chat, "survey:confirm")
    await tg.say(chat, "/newdog")
    await tg.say(chat, "Luna")
    await tg.say(chat, "/cancel")
    assert tg.last_text(chat) == t("en", "cancel-newdog", name="Milo")
    await tg.say(chat, "/history")
    assert tg.last_text(chat) == t("en", "history-empty-dog", name="Milo")
    await tg.say(chat, "/profile")
    await tg.tap(chat, "profile:switch")
    luna = next(
        b["callback_data"]
        for row in tg.fake.last_bot_message(chat)["reply_markup"]["inline_keyboard"]  # type: ignore[index]
        for b in row
        if b["text"] == "Luna"
    )
    await tg.tap(chat, luna)
    card = tg.fake.last_bot_message(chat)
    assert card is not None
    remove = next(
        b["callback_data"]
        for row in card["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].startswith("profile:remove:")
    )
    await tg.tap(chat, remove)
    assert tg.last_text(chat) == t("en", "profile-remove-ask", name="Luna")
    await tg.tap(chat, "profile:remove-yes:" + remove.rsplit(":", 1)[1])
    assert t("en", "profile-removed", name="Luna") in tg.sent(chat)
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        dogs = await s.list_dogs(user.id)
    assert [d.name for d in dogs] == ["Milo"]
    assert user.active_dog_id == dogs[0].id


# -- Kakao labels, pages, toggles, long texts ----------------------------------------------------


async def test_kakao_labels_are_written_to_fit_and_never_ambiguous(kakao: Server) -> None:
    """Fault: in English, quick replies were cut to ambiguous labels ("Aggression…" twice on one
    page, "Female, not…"). Every option has a label that fits Kakao's quick reply: none is cut."""
    for lang in ("en", "ko"):
        user = kakao.user(lang=lang)
        await user.send("/start")
        seen = 0
        for q in QUESTIONS:
            labels = [r["label"] for r in quick_of(user.last)]
            assert all(not label.endswith("…") for label in labels), labels
            assert len(labels) == len(set(labels)), labels
            seen += 1
            if q.kind is Kind.MULTI:  # every option ticked: the marked labels fit too
                for v in q.options:
                    if v != q.exclusive:
                        await user.tap(f"survey:{q.key}:{v}")
                        marked = [r["label"] for r in quick_of(user.last)]
                        assert all(not label.endswith("…") for label in marked), marked
                await user.tap("survey:done")
            elif q.options:
                await user.tap(f"survey:{q.key}:{q.options[0]}")
            elif q.optional:
                await user.tap("survey:skip")
            else:
                # "1" alone at the exercise asks its unit (minutes or hours, batch 109): 30 does not
                typed = {"name": "Rex", "breed": "beagle", "exercise_minutes": "30"}
                await user.send(typed.get(q.key, "1"))
        assert seen == len(QUESTIONS)


async def test_kakao_pages_back_and_toggles(kakao: Server) -> None:
    """Fault: on the paged concerns list "◀ 이전" read as "previous page" but left the question and
    discarded the ticks; a tap answered with the whole question again."""
    user = kakao.user()
    await user.send("/start")
    for text in (
        "초코",
        "3살",
        "중성화한 남아",
        "믹스",
        "소형",
        "보호소",
        "2년",
        "3명",
        "아니요",
        "없음",
        "4시간",
        "1시간",
    ):
        await user.send(text)
    await user.tap("survey:concerns:barking")
    assert user.texts == [t("ko", "kakao-picks", picks=t("ko", "category-barking"))]  # brief
    labels = [q["label"] for q in quick_of(user.last)]
    assert t("ko", "kakao-more-options") in labels and t("ko", "nav-back") in labels
    assert t("ko", "kakao-more-options") != t("ko", "nav-back")
    await user.tap("survey:concerns:chasing")  # on the second page
    await user.tap("survey:back")
    await user.send("1시간 30분")  # back at the concerns: the ticks are still there
    selected = [q["label"] for q in quick_of(user.last) if q["label"].startswith("✓ ")]
    assert selected == [f"✓ {t('ko', 'category-barking')}"]  # the first page shows its own
    await user.tap("survey:done")
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["concerns"] == ["barking", "chasing"]


async def test_a_long_kakao_report_is_kept_and_analysed(kakao: Server, fake_ollama: FakeOllama) -> None:
    """Fault: a text over 1,000 characters was refused on Kakao; it is a report, kept whole."""
    user = kakao.user()
    await user.send("/start")
    await user.send("/cancel")
    text = "우리 강아지가 산책할 때 다른 개를 보면 짖고 달려들어요. " * 40
    assert len(text) > 1000
    await user.send(text)
    reports = await _kakao_reports(kakao, user.key)
    assert reports == [text.strip()]
    assert len(fake_ollama.chat_bodies()) >= 1
