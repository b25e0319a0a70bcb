# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""An answer of a confirmed profile changed (issue 11, owner trial 12): after a rename the review
opened again, waiting for an OK the profile already had, and every later message got "the
profile is waiting for your OK". The change is stored and said with the card; nothing waits.
Reproduced on Kakao and Telegram, in both languages, before the fix."""

from __future__ import annotations

import pytest

from dogcoach.handlers.onboarding import CONFIRM
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import ANSWERS, NAME, kakao_answers, t, tg_answers
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)
from tests.test_trial10_corrections import YES, kakao_confirmed

RENAME = {"ko": "이름 바꿀래요", "en": "change the name"}
NEW_NAME = {"ko": "보리", "en": "Bori"}
AGE = {"ko": "나이 고쳐줘", "en": "change the age"}
NEW_AGE = {"ko": "5살", "en": "5 years"}
HI = {"ko": "고마워요", "en": "thanks"}


def _changed(lang: str, key: str, name: str, value: str) -> str:
    return t(lang, "correction-done", name=name, field=t(lang, f"survey-field-{key}"), value=value)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_of_a_confirmed_dog_waits_for_no_ok_on_kakao(kakao: Server, lang: str) -> None:
    user = await kakao_confirmed(kakao, lang)
    await user.send(RENAME[lang])
    await user.send(NEW_NAME[lang])
    assert t(lang, "survey-renamed-from", old=NAME[lang], new=NEW_NAME[lang]) in user.texts, user.texts
    assert CONFIRM not in user.choice_ids, user.choice_ids  # no review to OK
    await user.send(HI[lang])  # small talk: answered, no review reminder after it
    assert t(lang, "survey-review-again", name=NEW_NAME[lang]) not in user.text, user.text
    await user.send(AGE[lang])
    await user.send(NEW_AGE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert answers["name"] == NEW_NAME[lang] and answers["age_months"] == 60, answers
    assert t(lang, "survey-review-again", name=NEW_NAME[lang]) not in user.text, user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_rename_of_a_confirmed_dog_waits_for_no_ok_on_telegram(tg: Harness, lang: str) -> None:
    chat = 131200 + (lang == "en")
    await tg.say(chat, "/start", language_code=lang)
    for _key, text in ANSWERS[lang]:
        await tg.say(chat, text)
    await tg.say(chat, YES[lang])
    await tg.say(chat, RENAME[lang])
    await tg.say(chat, NEW_NAME[lang])
    assert t(lang, "survey-renamed-from", old=NAME[lang], new=NEW_NAME[lang]) in tg.sent(chat)[-2:], tg.sent(
        chat
    )[-3:]
    await tg.say(chat, HI[lang])
    assert t(lang, "survey-review-again", name=NEW_NAME[lang]) not in tg.last_text(chat)
    assert (await tg_answers(tg, chat))["name"] == NEW_NAME[lang] != NAME[lang]
