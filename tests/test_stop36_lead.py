# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 36 (issue 11, owner trial 17's leftovers), each reproduced through a real channel first
(Kakao and Telegram, Korean and English), the stored dog read back:

1. A dog renamed in plain words with its new name, a request before the rename word or a
   possessive on the dog's name ("I want to rename Rex to Max": the noise hint; "can you rename
   rex to max": a question for the model; "change Rex's name to Max": the name asked again): the
   name changed, said old → new, no model call.
2. A dog added by its name when the name is also a word of time ("밤이 등록할게요", "밤이도 등록하고
   싶어요": 밤, night; the noise hint, "not something I can do"): the new dog's survey, its name
   to confirm.
3. An amount that varies ("depends, 2 to 6 hours", "그때그때 달라요 2~6시간"; owner trial 17: "I
   understood 2 hours, but not 'depends'"): the range; "depends" alone asks for a usual day or a
   range.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_owner_trial_6 import _calls as _model_calls
from tests.test_stop35_profile import _kakao_dogs, kakao_owner, tg_owner
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# The owners' dogs (`kakao_owner`, `tg_owner`) and the name each is renamed to.
DOG = {"ko": ("콩이", "콩순이"), "en": ("Rex", "Max")}

RENAMED = {
    "ko": ("콩이 이름을 콩순이로 바꾸고 싶어요", "이름 콩순이로 바꿔주세요"),
    "en": (
        "I want to rename Rex to Max",
        "can you rename rex to Max",
        "could you please rename him to Max",
        "change Rex's name to Max",
        "please change rex’s name to Max",
    ),
}


@pytest.mark.parametrize(
    ("lang", "typed"), [(lang, typed) for lang, texts in RENAMED.items() for typed in texts]
)
async def test_a_dog_renamed_in_plain_words_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    old, new = DOG[lang]
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, "survey-renamed-from", old=old, new=new) in user.text, user.text
    assert (await kakao_answers(kakao, user.key)).get("name") == new
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_renamed_in_plain_words_on_telegram(tg: Harness, lang: str) -> None:
    old, new = DOG[lang]
    chat = 361100 + (lang == "en")
    await tg_owner(tg, chat, lang)
    n = len(tg.sent(chat))
    await tg.say(chat, RENAMED[lang][0])
    said = tg.sent(chat)[n:]
    assert t(lang, "survey-renamed-from", old=old, new=new) in said, said
    assert (await tg_answers(tg, chat)).get("name") == new


@pytest.mark.parametrize("typed", ["밤이 등록할게요", "밤이도 등록하고 싶어요"])
async def test_a_dog_added_by_a_name_that_is_a_time_word_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert t("ko", "survey-q-name-hint", name="밤이") in user.text, user.text
    await user.send("네")
    dogs = await _kakao_dogs(kakao, user.key)
    assert sorted(dogs) == ["밤이", "콩이"], (dogs, user.text)


async def test_a_dog_added_by_a_name_that_is_a_time_word_on_telegram(tg: Harness) -> None:
    chat = 361200
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, "밤이 등록할게요")
    assert t("ko", "survey-q-name-hint", name="밤이") in tg.last_text(chat), tg.sent(chat)[-2:]
    await tg.say(chat, "네")
    assert (await tg_answers(tg, chat)).get("name") == "밤이", tg.sent(chat)[-2:]


# -- 3. an amount that varies --------------------------------------------------------------------

VARIES = {
    # (the question, "it varies" alone, with a range, the range's middle)
    "ko": (
        ("alone_hours", "그때그때 달라요", "그때그때 달라요 2~6시간", 4),
        ("exercise_minutes", "날마다 달라요", "날마다 다른데 30분에서 1시간", 45),
    ),
    "en": (
        ("alone_hours", "depends", "depends, 2 to 6 hours", 4),
        ("exercise_minutes", "it varies", "depends on the day, 30 min to an hour", 45),
    ),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_amount_that_varies_on_kakao(kakao: Server, lang: str) -> None:
    """ "depends, 2 to 6 hours" at the hours alone (owner trial 17: "I understood 2 hours, but not
    'depends'", nothing kept): the range, about its middle; "depends" alone asks for a usual day or
    a range, in so many words, and notes nothing."""
    for key, alone, ranged, middle in VARIES[lang]:
        user = await kakao_at(kakao, lang, key)
        await user.send(alone)
        unit = "hours" if key == "alone_hours" else "minutes"
        assert t(lang, f"survey-unclear-varies-{unit}") in user.text, user.text
        assert asked(lang, key) in user.text, user.text
        assert key not in await kakao_answers(kakao, user.key)
        await user.send(ranged)
        assert (await kakao_answers(kakao, user.key)).get(key) == middle, (ranged, user.text)


async def test_an_amount_that_varies_on_telegram(tg: Harness) -> None:
    for chat, lang in ((361300, "ko"), (361301, "en")):
        key, alone, ranged, middle = VARIES[lang][0]
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, alone)
        assert t(lang, "survey-unclear-varies-hours") in tg.sent(chat)[-2:], tg.sent(chat)[-2:]
        await tg.say(chat, ranged)
        assert (await tg_answers(tg, chat)).get(key) == middle, tg.sent(chat)[-2:]
