# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial 5 (issue 11, corpus batch 67): another dog told during the survey.

T5-4: at the other pets, "yes another dog called Milo" ticked Dog, and the name Milo was lost:
adding Milo was never offered. The tick stays; the name is kept, said in one line, and adding
Milo (by name) is offered when the survey is confirmed.
T5-5: mid-survey "add my other dog Milo" (or "add a dog") said adding it comes after the survey;
the name the owner typed next ("Milo" at the exercise question, "Max" at the list of answers to
edit) got "please tell me how long" / "pick one of the options" and was lost, and the survey
stopped with "cancel" never offered the dog. The name is kept for the offer, the question asked
again, and the offer comes when the survey is confirmed or stopped.
Through the real Kakao skill over HTTP against the fakes, in both languages.
"""

from __future__ import annotations

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import EN_TYPED, KO_TYPED, KakaoUser, Server, kakao  # noqa: F401  (`kakao`)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

TYPED = {"en": EN_TYPED, "ko": KO_TYPED}
CONFIRM = {"en": "yes", "ko": "맞아요"}
OTHER = {"en": "Milo", "ko": "콩이"}
# the other pets answered with another dog and its name
OTHER_PETS = {"en": "yes another dog called Milo", "ko": "네 다른 강아지도 있어요 이름은 콩이"}
# adding another dog asked mid-survey without its name (the name typed next)
ADD = {"en": "I want add other dog", "ko": "다른 강아지도 추가하고 싶어요"}


def _offered(user: KakaoUser, lang: str, name: str) -> bool:
    return t(lang, "newdog-offer-named", name=name) in user.text and "profile:newdog" in user.choice_ids


async def _takes_the_offer(user: KakaoUser, lang: str, name: str) -> None:
    await user.tap("profile:newdog")
    assert t(lang, "newdog-intro") in user.text, user.texts
    assert t(lang, "survey-q-name-hint", name=name) in user.text, user.texts  # the name, offered


async def test_another_dog_named_at_the_other_pets_is_offered_after_the_survey_on_kakao(
    kakao: Server,
) -> None:
    for lang in ("en", "ko"):
        typed = TYPED[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", *typed[:9]):
            await user.send(text)
        assert t(lang, "survey-q-other_pets", name=typed[0]) in user.text, user.texts
        await user.send(OTHER_PETS[lang])
        assert t(lang, "newdog-after-survey-named", name=OTHER[lang]) in user.text, user.texts
        assert "survey:other_pets:dog" in "".join(user.choice_ids) or "✓" in str(user.last), user.last
        for text in typed[10:]:
            await user.send(text)
        await user.send(CONFIRM[lang])
        assert t(lang, "survey-finished", name=typed[0]) in user.text, user.texts
        assert _offered(user, lang, OTHER[lang]), user.texts
        await _takes_the_offer(user, lang, OTHER[lang])


def _put_off(lang: str, asked: str) -> str:
    """The line that puts adding a dog off until the survey is done: with the name told in it
    ("add my other dog Milo") that name's (batch 73), else the general one."""
    if asked.endswith(OTHER[lang]):
        return t(lang, "newdog-after-survey-named", name=OTHER[lang])
    return t(lang, "newdog-after-survey")


async def test_the_name_typed_after_adding_a_dog_mid_survey_is_kept_on_kakao(kakao: Server) -> None:
    for lang, asked in (("en", "add my other dog Milo"), ("en", ADD["en"]), ("ko", ADD["ko"])):
        typed = TYPED[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", *typed[:2]):
            await user.send(text)
        await user.send(asked)
        assert _put_off(lang, asked) in user.text, user.texts
        await user.send(OTHER[lang])  # the name, at the sex question
        assert t(lang, "newdog-after-survey-named", name=OTHER[lang]) in user.text, (asked, user.texts)
        assert t(lang, "survey-q-sex", name=typed[0]) in user.text, user.texts
        for text in typed[2:]:
            await user.send(text)
        await user.send(CONFIRM[lang])
        assert t(lang, "survey-finished", name=typed[0]) in user.text, user.texts
        assert _offered(user, lang, OTHER[lang]), (asked, user.texts)
        await _takes_the_offer(user, lang, OTHER[lang])


async def test_a_survey_stopped_offers_the_dog_mentioned_on_kakao(kakao: Server) -> None:
    for lang, edit, add, name, stop in (
        ("en", "edit answers", "add a dog", "Max", "cancel"),
        ("ko", "답 고치기", "강아지 추가", "보리", "취소"),
    ):
        typed = TYPED[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", *typed[:3], edit):  # the list of answers to edit
            await user.send(text)
        assert t(lang, "survey-edit-which") in user.text, user.texts
        await user.send(add)
        assert t(lang, "newdog-after-survey") in user.text, user.texts
        await user.send(name)
        assert t(lang, "newdog-after-survey-named", name=name) in user.text, user.texts
        await user.send(stop)
        assert t(lang, "cancel-kept") in user.text, user.texts
        assert _offered(user, lang, name), user.texts
        await _takes_the_offer(user, lang, name)


async def test_the_name_typed_after_adding_a_dog_mid_survey_is_kept_on_telegram(tg: Harness) -> None:
    for chat, lang, asked in ((67201, "en", "add my other dog Milo"), (67202, "ko", ADD["ko"])):
        typed = TYPED[lang]
        await tg.say(chat, "/start", language_code=lang)
        for text in typed[:2]:
            await tg.say(chat, text)
        await tg.say(chat, asked)
        assert _put_off(lang, asked) in "\n".join(tg.sent(chat)[-3:])
        await tg.say(chat, OTHER[lang])  # the name, at the sex question
        said = "\n".join(tg.sent(chat)[-3:])
        assert t(lang, "newdog-after-survey-named", name=OTHER[lang]) in said, said
        assert t(lang, "survey-q-sex", name=typed[0]) in tg.last_text(chat)
        await tg.say(chat, "/cancel")  # stopped: the dog offered all the same
        said = "\n".join(tg.sent(chat)[-3:])
        assert t(lang, "newdog-offer-named", name=OTHER[lang]) in said, said
