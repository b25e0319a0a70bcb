# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 59, lead: the sex told as its value with a change word and no field word ("암컷으로
바꿔주세요", "switch to female please") was read as switching to a dog called "암컷" / "female":
with one dog, the owner was offered to add a dog of that name, the sex unchanged.

Now the sex's values are words of its field (`understanding-field-sex-value`): the sex's edit,
which keeps a whole answer told with it ("수컷 중성화로": changed at once, said in one line) and
asks the question again for half of one ("암컷으로": spayed or not). Both cases failed at 0dfa6ccb (the
reply offered a new dog named after the value).
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.owners import kakao_dogs_answers, tg_dogs_answers
from tests.test_checkins_channels import t
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (language, the dog's name in the setup, typed, the sex typed at the question asked again or None
# when the answer told is whole and kept at once, stored after)
TOLD = [
    ("ko", "콩이", "암컷으로 바꿔주세요", "여아 중성화", "female_spayed"),
    ("ko", "콩이", "수컷 중성화로 바꿔주세요", None, "male_neutered"),
    ("en", "Rex", "switch to female please", "female spayed", "female_spayed"),
]


def _sex_asked(lang: str, name: str, text: str) -> bool:
    return t(lang, "survey-q-sex", name=name) in text


@pytest.mark.parametrize(("lang", "name", "typed", "answer", "stored"), TOLD)
async def test_the_sex_told_as_its_value_is_asked_again_on_kakao(
    kakao: Server, lang: str, name: str, typed: str, answer: str | None, stored: str
) -> None:
    user = await kakao_owner(kakao, lang, "intact" if stored.startswith("male") else "intact_female")
    await user.send(typed)
    assert _sex_asked(lang, name, user.text) is (answer is not None), user.text
    if answer is not None:
        await user.send(answer)
    dogs = await kakao_dogs_answers(kakao, user.key)
    assert list(dogs) == [name], (dogs, user.text)  # no dog named after the value
    assert dogs[name].get("sex") == stored, (dogs, user.text)


@pytest.mark.parametrize(("lang", "name", "typed", "answer", "stored"), TOLD)
async def test_the_sex_told_as_its_value_is_asked_again_on_telegram(
    tg: Harness, lang: str, name: str, typed: str, answer: str | None, stored: str
) -> None:
    chat = 59000 + TOLD.index((lang, name, typed, answer, stored))
    await tg_owner(tg, chat, lang, "intact" if stored.startswith("male") else "intact_female")
    await tg.say(chat, typed)
    assert _sex_asked(lang, name, tg.last_text(chat)) is (answer is not None), tg.sent(chat)[-2:]
    if answer is not None:
        await tg.say(chat, answer)
    dogs = await tg_dogs_answers(tg, chat)
    assert list(dogs) == [name], (dogs, tg.sent(chat)[-2:])  # no dog named after the value
    assert dogs[name].get("sex") == stored, (dogs, tg.sent(chat)[-2:])
