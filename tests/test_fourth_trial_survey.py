# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Survey findings of the fourth new-owner trial, each reproduced through a real channel first
(Telegram through the fake Bot API and the webhook, KakaoTalk through the skill over HTTP), then
kept: a number typed after /history mid-survey, yes/no answers with detail, English corrections
of the age, and an answer derived from the age following an edit of it."""

from __future__ import annotations

from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import sample_analysis
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_owner_trial import _kakao_dog, _tg_dog, t
from tests.test_stop45_ux import paused_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

REPORT = {"ko": "손님 오면 계속 짖어요", "en": "He barks at every visitor"}


async def _seed_report(store: Store, channel: str, key: str, lang: str) -> None:
    """A report already analysed and seen, so /history lists it."""
    async with store.session() as s:
        user = await s.get_user(channel, key)
        assert user is not None
        report = await s.add_report(user.id, user.active_dog_id, REPORT[lang], lang)
        report.status, report.analysis = "done", sample_analysis(lang)
        await s.update_report(report)
        await s.claim_delivery(report.id)


# -- 1. a number typed right after /history mid-survey picks the list's line -----------------------


async def test_telegram_a_number_after_history_mid_survey_opens_the_line_then_the_question(
    tg: Harness,
) -> None:
    """Finding 1: at the origin question /history showed "번호를 고르시면 ... [1번 보기]" and the
    question again; "1" answered the question (origin = 브리더) and went on. The number picks the
    list shown in that reply: report 1 is opened, then the question is asked again."""
    chat = 14001
    await tg.say(chat, "/start", language_code="ko")
    for text in ("콩이", "3살", "여아 중성화", "푸들"):
        await tg.say(chat, text)
    await tg.tap(chat, "survey:size:small")
    origin = t("ko", "survey-q-origin", name="콩이")
    assert tg.last_text(chat).endswith(origin)
    await _seed_report(tg.rt.store, "telegram", str(chat), "ko")
    await tg.say(chat, "/history")
    before = len(tg.fake.sent_messages(chat))
    await tg.say(chat, "1")
    texts = [m.text or "" for m in tg.fake.sent_messages(chat)[before:]]
    assert any(
        x.startswith(t("ko", "analysis-title", category=t("ko", "category-barking"))) for x in texts
    ), texts
    # asked in full under the history, then, after the report opened from it, where the survey is
    # paused in one line (English owner trial 30: the options after every reply)
    assert tg.last_text(chat) == paused_at("ko", "콩이", "origin"), texts
    answers = await _tg_dog(tg, chat)
    assert answers is not None and "origin" not in answers, answers


async def test_kakao_a_number_after_history_mid_survey_opens_the_line_then_the_question(
    kakao: Server,
) -> None:
    """Finding 1 on Kakao, in both languages; a label of the question typed there still answers it."""
    for lang, answers_typed, name in (
        ("ko", ("콩이", "3살", "여아 중성화", "푸들", "소형"), "콩이"),
        ("en", ("Rex", "3", "female spayed", "poodle", "small"), "Rex"),
    ):
        user = kakao.user(lang=lang)
        await user.send("/start")
        for text in answers_typed:
            await user.send(text)
        origin = t(lang, "survey-q-origin", name=name)
        assert user.text.endswith(origin), user.text
        async with open_store(kakao.settings.database_url) as store:
            await _seed_report(store, "kakao", user.key, lang)
        await user.send("/history")
        await user.send("1")
        title = t(lang, "analysis-title", category=t(lang, "category-barking"))
        assert any(x.startswith(title) for x in user.texts), user.texts
        assert user.text.endswith(paused_at(lang, name, "origin")), user.text  # (as on Telegram)
        answers = await _kakao_dog(kakao, user.key)
        assert answers is not None and "origin" not in answers, answers
        await user.send("/history")
        await user.send({"ko": "보호소", "en": "shelter"}[lang])
        answers = await _kakao_dog(kakao, user.key)
        assert answers is not None and answers.get("origin") == "shelter", answers


# -- 2. yes/no answers with detail, and who lives at home -----------------------------------------


async def test_telegram_children_named_with_detail_are_a_yes(tg: Harness) -> None:
    """Finding 2: "네 초등학생 둘이요" at the children question got "네 또는 아니요로 답해
    주세요". The children named are a yes; said absent with them ("아이는 없어요"), a no."""
    for chat, said, expected in ((14101, "네 초등학생 둘이요", "yes"), (14102, "아이는 없어요", "no")):
        await tg.say(chat, "/start", language_code="ko")
        for text in ("콩이", "3살", "여아 중성화", "푸들"):
            await tg.say(chat, text)
        await tg.tap(chat, "survey:size:small")
        await tg.tap(chat, "survey:origin:shelter")
        for text in ("2년", "저랑 남친이요"):
            await tg.say(chat, text)
        assert tg.last_text(chat).endswith(t("ko", "survey-q-children"))
        await tg.say(chat, said)
        assert tg.last_text(chat).endswith(t("ko", "survey-q-other_pets", name="콩이")), said
        answers = await _tg_dog(tg, chat)
        assert answers is not None and answers["children"] == expected, answers
        assert answers["household"] == 2, answers


async def test_kakao_children_named_with_detail_are_a_yes_in_english(kakao: Server) -> None:
    """Finding 2 in English: "just me and my bf" was "I understood 1 person, but not "bf"", and
    "me, my husband and 2 kids" at the children question "Please answer yes or no."."""
    user = kakao.user(lang="en")
    await user.send("/start")
    for text in ("Rex", "3", "female spayed", "poodle", "small", "breeder", "2 years"):
        await user.send(text)
    await user.send("just me and my bf")
    assert user.text.endswith(t("en", "survey-q-children")), user.text
    await user.send("me, my husband and 2 kids")
    assert user.text.endswith(t("en", "survey-q-other_pets", name="Rex")), user.text
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["household"] == 2 and answers["children"] == "yes", answers


# -- 3, 4. the age corrected in English words; how long owned "since a puppy" follows it ----------


async def test_kakao_the_age_corrected_in_english_and_since_a_puppy_follows(kakao: Server) -> None:
    """Findings 3 and 4: "wait, I got his age wrong, he's 3" was "I read "got wrong 3" as a
    correction, but not which answer it changes"; and how long owned, told as "since he was a
    puppy" at age 2 (22-24 months), stayed 22-24 months once the age was 3. Now the age is
    changed and the time together derived from it again (34-36 months)."""
    user = kakao.user(lang="en")
    await user.send("/start")
    for text in ("Rex", "2", "male neutered", "poodle", "small", "breeder", "since he was a puppy"):
        await user.send(text)
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["owned_months"] == 22, answers
    await user.send("wait, I got his age wrong, he's 3")
    assert any(
        text.startswith(
            t("en", "correction-done", name="Rex", field=t("en", "survey-field-age_months"), value="").split(
                " — "
            )[0]
        )
        for text in user.texts
    ), user.texts
    answers = await _kakao_dog(kakao, user.key)
    assert answers is not None and answers["age_months"] == 36, answers
    assert answers["owned_months"] == 34 and answers["approximate"]["owned_months"] == [34, 36], answers
    assert user.text.endswith(t("en", "survey-q-household")), user.text  # the question, again


async def test_telegram_since_a_puppy_follows_the_age_corrected_and_not_after_a_new_answer(
    tg: Harness,
) -> None:
    """Finding 4 in Korean: "아기 때부터" follows a corrected age; once how long owned is answered
    with a number of its own, a later age change leaves it alone."""
    chat = 14201
    await tg.say(chat, "/start", language_code="ko")
    for text in ("콩이", "2살", "여아 중성화", "푸들"):
        await tg.say(chat, text)
    await tg.tap(chat, "survey:size:small")
    await tg.tap(chat, "survey:origin:shelter")
    await tg.say(chat, "아기 때부터요")
    answers = await _tg_dog(tg, chat)
    assert answers is not None and answers["owned_months"] == 22, answers
    await tg.say(chat, "아 나이 잘못 말했어요 3살이에요")
    answers = await _tg_dog(tg, chat)
    assert answers is not None and answers["age_months"] == 36 and answers["owned_months"] == 34, answers
    await tg.say(chat, "아 함께한 기간 잘못 말했어요 1년이에요")
    answers = await _tg_dog(tg, chat)
    assert answers is not None and answers["owned_months"] == 12, answers
    await tg.say(chat, "아 나이 잘못 말했어요 4살이에요")
    answers = await _tg_dog(tg, chat)
    assert answers is not None and answers["age_months"] == 48 and answers["owned_months"] == 12, answers
