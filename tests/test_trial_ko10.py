# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Korean owner trial ko10 (issue 11, corpus batch 80), each reproduced first through a real
channel (KakaoTalk over the skill's HTTP, Telegram through the fake Bot API and the webhook), both
languages, the fake model's calls counted; then kept.

1. "아 2살이요" at the sex, right after "1살" at the age: "나이인지, 다른 질문의 답인지 알 수 없어서
   적지 않았어요", the correction lost (and its wording echoed the filler "아"). A correction-shaped
   late number of the question just answered corrects it.
3. "잘 지냈어요?" with a survey open: "정말 잘됐네요! 🎉" (good news). A how-are-you is a greeting.
4. "👍" at a check-in's "anything to add?": the generic hint and the prompt again. A reaction,
   thanks or an okay there closes the note like its button.
5. A goodbye with nothing open ("잘 자 두부야 ㅋㅋ 내일 또 올게요", "bye for now"): "not sure what
   you mean". A goodbye is small talk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store.base import utcnow
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, open_store, serve  # noqa: F401
from tests.test_owner_trial_6 import _calls
from tests.test_streaming_channels import owner_with_dog
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial_k2_meaning import CHECKIN, _checkin_asked, _checkins_on_telegram
from tests.timetravel import travel

# -- 1: a correction of the question just answered, typed at the next one -------------------------

CORRECTIONS = {
    "ko": ["아 2살이요", "아 아니 2살", "앗 2살이에요", "아 잘못 썼어요 2살"],
    "en": ["oh wait 2 years", "sorry, 2 years", "oops 2 years old", "wait no, 2 years"],
}
FIRST_AGE = {"ko": "1살", "en": "1 year"}


@pytest.mark.parametrize(
    ("lang", "typed"), [(lang, typed) for lang, ts in CORRECTIONS.items() for typed in ts]
)
async def test_a_correction_at_the_next_question_corrects_the_age_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(FIRST_AGE[lang])
    assert asked(lang, "sex") in user.text, user.text
    calls = _calls(fake_ollama)
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == 24, (typed, answers, user.texts)
    assert "sex" not in answers
    said = " ".join(user.texts)
    assert t(lang, "survey-field-age_months") in said, said
    assert asked(lang, "sex") in user.text, user.text
    assert _calls(fake_ollama) == calls


async def test_a_correction_at_the_next_question_corrects_the_age_on_telegram(tg: Harness) -> None:
    for chat, lang in ((80101, "ko"), (80102, "en")):
        await tg_at(tg, chat, lang, "age_months")
        await tg.say(chat, FIRST_AGE[lang])
        await tg.say(chat, CORRECTIONS[lang][0])
        answers = await tg_answers(tg, chat)
        assert answers.get("age_months") == 24, (answers, tg.sent(chat)[-3:])
        assert asked(lang, "sex") in tg.last_text(chat)


async def test_a_bare_number_at_the_next_question_still_replaces_nothing_unasked(kakao: Server) -> None:
    """Trial 4's rule kept: "2살" alone (no correction word) at the sex, after the age, replaces no
    stored answer; the line quoting it carries no filler ("아 2살이요" is quoted "2살이요")."""
    user = await kakao_at(kakao, "ko", "sex")
    await user.send("2살")
    assert (await kakao_answers(kakao, user.key)).get("age_months") == 36, user.texts
    user = await kakao_at(kakao, "ko", "size")
    await user.send("아 2살이요")  # the age is not the question just answered (the breed is)
    answers = await kakao_answers(kakao, user.key)
    assert answers.get("age_months") == 36, (answers, user.texts)
    assert '"나이는 2살이요"' in " ".join(user.texts), user.texts


# -- owners with a finished profile and nothing open (the trial's owner had been here before) ------


async def kakao_owner(kakao: Server, lang: str) -> KakaoUser:
    """A Kakao owner of `lang` with a finished profile and nothing open."""
    user = kakao.user(lang=lang)
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        owner = await s.create_user(Channel.KAKAO, user.key, locale_hint=lang)
        dog = await s.create_dog(owner.id, {"name": "두부" if lang == "ko" else "Tofu", "age_months": 30})
        dog.completed_at = utcnow()
        await s.save_dog(dog)
        await s.set_active_dog(owner.id, dog.id)
    return user


# -- 3: a how-are-you with a survey open, or nothing open -----------------------------------------

HOW_ARE_YOU = {"ko": ["잘 지냈어요?", "잘 지내셨어요?"], "en": ["how have you been?", "how are you?"]}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_how_are_you_at_a_survey_question_is_a_greeting_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    calls = _calls(fake_ollama)
    for typed in HOW_ARE_YOU[lang]:
        user = await kakao_at(kakao, lang, "sex")
        await user.send(typed)
        said = " ".join(user.texts)
        assert t(lang, "talk-news") not in said, (typed, said)
        assert asked(lang, "sex") in user.text, (typed, user.text)
        assert "sex" not in await kakao_answers(kakao, user.key)
        idle = await kakao_owner(kakao, lang)
        await idle.send(typed)
        assert idle.texts == [t(lang, "talk-greeting")], (typed, idle.texts)
    assert _calls(fake_ollama) == calls


async def test_how_are_you_at_a_survey_question_is_a_greeting_on_telegram(tg: Harness) -> None:
    for chat, lang in ((80301, "ko"), (80302, "en")):
        await tg_at(tg, chat, lang, "sex")
        await tg.say(chat, HOW_ARE_YOU[lang][0])
        assert t(lang, "talk-news") not in tg.sent(chat)[-2:], tg.sent(chat)[-2:]
        assert asked(lang, "sex") in tg.last_text(chat)


# -- 4: a reaction at a check-in's "anything to add?" ---------------------------------------------

NOTE_CLOSED = {"ko": "👍", "en": "ok thanks"}  # one check-in per plan; the siblings are corpus rows


@pytest.mark.parametrize("locale", ["ko", "en"])
async def test_a_reaction_at_the_note_closes_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, locale: str
) -> None:
    report, step = CHECKIN[locale]
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=locale)
        await owner.send(report)
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send("/help")
        assert owner.texts[-1] == t(locale, "coaching-checkin-question", text=step), owner.texts
        await owner.send(t(locale, "coaching-outcome-same"))
        assert t(locale, "coaching-checkin-note") in owner.text, owner.texts
        calls = _calls(fake_ollama)
        await owner.send(NOTE_CLOSED[locale])
        assert owner.texts == [t(locale, "coaching-checkin-note-skipped")], owner.texts
        assert _calls(fake_ollama) == calls
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert all(not r.note for r in rows), rows


async def test_a_reaction_at_the_note_closes_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with _checkins_on_telegram(fake_telegram, fake_ollama, tmp_path) as tg:
        for chat, locale in ((80401, "ko"), (80402, "en")):
            await _checkin_asked(tg, chat, locale)
            await tg.tap(chat, t(locale, "coaching-outcome-better"))
            assert tg.sent(chat)[-1] == t(locale, "coaching-checkin-note")
            await tg.say(chat, "👍")
            assert tg.sent(chat)[-1] == t(locale, "coaching-checkin-note-skipped"), tg.sent(chat)[-3:]
            rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert all(not r.note for r in rows), rows


# -- 5: a goodbye with nothing open ---------------------------------------------------------------

GOODBYES = {
    "ko": ["잘 자 두부야 ㅋㅋ 내일 또 올게요", "내일 봐요", "이만 갈게요"],
    "en": ["bye for now", "good night", "see you tomorrow"],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_goodbye_with_nothing_open_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    calls = _calls(fake_ollama)
    for typed in GOODBYES[lang]:
        user = await kakao_owner(kakao, lang)
        await user.send(typed)
        assert user.texts == [t(lang, "talk-bye")], (typed, user.texts)
    assert _calls(fake_ollama) == calls


async def test_a_goodbye_with_nothing_open_on_telegram(tg: Harness) -> None:
    for chat, lang in ((80501, "ko"), (80502, "en")):
        await owner_with_dog(tg, chat, lang)
        await tg.say(chat, GOODBYES[lang][0], language_code=lang)
        assert tg.sent(chat)[-1] == t(lang, "talk-bye"), tg.sent(chat)
