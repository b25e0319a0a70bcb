# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Count words are no option numbers (third owner trial): "둘이요" and "셋이요" at the sex
question were stored as its second and third options, and "just me" as the first, though each
answers how many people live with the dog. At a choice question they are not understood: the
question comes again and nothing is stored; "2번", "두 번째" and "second" still pick, and "2" too
where numbers are shown beside the options (the terminal; not Kakao or Telegram, acceptance
trial: tests/test_choice_misreads.py)."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.reading import kakao_dog_answers
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()
_TO_SEX = {"ko": ("콩이", "3살"), "en": ("Rex", "3")}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def test_count_words_at_the_sex_question_pick_nothing_on_kakao(kakao: Server) -> None:
    for lang, typed in (("ko", "둘이요"), ("ko", "셋이요"), ("en", "just me"), ("en", "a couple")):
        user = kakao.user(lang=lang)
        await user.send("/start")
        for text in _TO_SEX[lang]:
            await user.send(text)
        asked = t(lang, "survey-q-sex", name=_TO_SEX[lang][0])
        assert asked in user.text, user.text
        await user.send(typed)
        assert asked in user.text, (typed, user.text)  # asked again
        assert "sex" not in await kakao_dog_answers(kakao, user.key), typed
        await user.send("2")  # no number is shown beside Kakao's quick replies: no position
        assert "sex" not in await kakao_dog_answers(kakao, user.key), typed
        await user.send("두 번째" if lang == "ko" else "second")  # a position said as one picks
        assert (await kakao_dog_answers(kakao, user.key))["sex"] == "male_neutered", typed


async def test_count_words_at_the_sex_question_pick_nothing_on_telegram(tg: Harness) -> None:
    for chat, lang, typed in ((14201, "en", "just me"), (14202, "ko", "둘이요")):
        await tg.say(chat, "/start", language_code=lang)
        for text in _TO_SEX[lang]:
            await tg.say(chat, text)
        await tg.say(chat, typed)
        asked = t(lang, "survey-q-sex", name=_TO_SEX[lang][0])
        assert asked in tg.last_text(chat), (typed, tg.last_text(chat))
        user = await tg.user(chat)
        assert user is not None and user.active_dog_id is not None
        async with tg.rt.store.session() as s:
            dog = await s.get_dog(user.active_dog_id)
        assert dog is not None and "sex" not in dog.answers, typed
        await tg.say(chat, "두 번째" if lang == "ko" else "second")
        async with tg.rt.store.session() as s:
            dog = await s.get_dog(user.active_dog_id)
        assert dog is not None and dog.answers["sex"] == "male_neutered", typed
