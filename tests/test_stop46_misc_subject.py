# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 30 (stop 46): the person-as-subject check of stop 45 ("제가 물에 빠졌어요" is the
owner, no dog's red flag) found "제가" inside "어제가" (yesterday): "어제가 초콜릿 먹은 날이에요",
"어제가 경련한 첫날이에요" lost the dog's emergency. A Korean person word begins a word of its own
(or follows only a word saying whose, "우리남편이", or a small word, "아까제가"): "문제가",
"하나도", "실내가" hold no "제가", "나도", "내가". English person words are whole words already:
"home" holds no "me", "I" is never read inside another word. Reproduced through the Kakao skill
and Telegram, the flags read back from the store.
"""

from __future__ import annotations

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.safety.check import SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_safety_channels import stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop44_emergency import _store
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, typed, the note the dog's flag shows, the flag stored)
INSIDE = (
    ("ko", "어제가 초콜릿 먹은 날이에요", "safety-toxin", "toxin"),
    ("ko", "어제가 경련한 첫날이에요", "safety-seizure", "seizure"),
    ("ko", "어제가 또 포도 먹었어요", "safety-toxin", "toxin"),
    ("ko", "문제가 양말을 삼킨 거예요", "safety-foreign_body", "foreign_body"),
    ("en", "when I came home he ate chocolate", "safety-toxin", "toxin"),
    ("en", "at home he had a seizure", "safety-seizure", "seizure"),
)


@pytest.mark.parametrize(("lang", "typed", "note", "flag"), INSIDE)
async def test_a_person_word_inside_another_word_keeps_the_dogs_flag_on_kakao(
    kakao: Server, lang: str, typed: str, note: str, flag: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, note) in user.text, user.text
    assert flag in await stored_flags(_store(kakao), Channel.KAKAO, user.key)


@pytest.mark.parametrize(
    ("chat", "lang", "typed", "note", "flag"), [(46301, *INSIDE[0]), (46302, *INSIDE[4])]
)
async def test_a_person_word_inside_another_word_keeps_the_dogs_flag_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str, note: str, flag: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert any(t(lang, note) in m for m in sent), sent
    assert flag in await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat))


# The person still the subject, however it is written: no dog's flag (stop 45's kind, kept).
PERSON = (
    "제가 물에 빠졌어요",
    "제가물에빠졌어요",
    "아까제가 물에 빠졌어요",
    "ㅋㅋ제가 물에 빠졌어요",
    "우리남편이 벌에 쏘였어요",
    "우리 남편이 벌에 쏘였어요",
    "저도 어제 벌에 쏘였어요",
    "나도 물에 빠졌어",
    "I fell in the water lol",
    "my son fell in the pool",
    "I ate chocolate lol",
)
# A person word inside another word, or the dog given it: the dog's flag.
DOG = (
    "어제가 초콜릿 먹은 날이에요",
    "어제가제일심했어요 초콜릿먹었어요",
    "어제가 처음이에요 초코가 초콜릿 먹은게",
    "어제가 경련한 첫날이에요",
    "문제가 양말을 삼킨 거예요",
    "초코가 남편이랑 있다가 초콜릿 먹었어요",
    "제가 초콜릿을 줬어요",
    "when I came home he ate chocolate",
    "I gave him chocolate by mistake",
)


@pytest.fixture(scope="module")
def checker() -> SafetyChecker:
    return SafetyChecker(Messages())


@pytest.mark.parametrize("typed", PERSON)
def test_the_person_as_the_subject_raises_no_dogs_flag(checker: SafetyChecker, typed: str) -> None:
    assert checker.check(typed).flags == (), typed


@pytest.mark.parametrize("typed", DOG)
def test_the_dog_as_the_subject_keeps_its_flag(checker: SafetyChecker, typed: str) -> None:
    assert checker.check(typed).flags, typed
