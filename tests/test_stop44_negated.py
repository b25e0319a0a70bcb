# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 29: options said NOT to be the case, or not yet, were stored as picked. Each
reproduced through a real channel (Kakao and Telegram, Korean and English), read back from the
store.

1. The concerns: "짖는건 괜찮은데 분리불안이 문제에요" ticked barking too; "barking isnt an issue,
   its the leash pulling" ticked barking; "never bit anyone just growls sometimes" ticked mouthing.
2. The children: "no kids yet but baby coming in march" stored yes; a baby on the way is no child
   at home yet: no, with the line on preparing the dog.
3. The worst reaction: "입질은 좀 있어요 피는 안났구요" (teeth on skin, no blood) was a snap while
   "he nipped my nephew once, no blood" was a bite: both a bite without injury, as the options say.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

DONE = {"ko": "완료", "en": "done"}

# -- 1. the concerns ------------------------------------------------------------------------------

DISMISSED = [
    ("ko", "짖는건 괜찮은데 분리불안이 문제에요", ["separation"]),
    ("ko", "짖는 건 문제 아니고 산책할때 당기는게 문제예요", ["pulling"]),
    ("en", "barking isnt an issue, its the leash pulling", ["pulling"]),
    ("en", "the barking is fine but separation anxiety is bad", ["separation"]),
]
# look-alikes: the behaviour said to be the problem, or two named, stay ticked
NAMED = [
    ("ko", "짖는 게 문제예요", ["barking"]),
    ("en", "barking and pulling", ["barking", "pulling"]),
    ("en", "barking is the main issue", ["barking"]),
]


@pytest.mark.parametrize(("lang", "typed", "stored"), DISMISSED + NAMED)
async def test_a_behaviour_said_to_be_fine_is_not_ticked_on_kakao(
    kakao: Server, lang: str, typed: str, stored: list[str]
) -> None:
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    await user.send(DONE[lang])
    assert asked(lang, "worst_reaction") in user.text, (typed, user.text)
    assert (await kakao_answers(kakao, user.key))["concerns"] == stored, typed


@pytest.mark.parametrize(("lang", "typed", "stored"), DISMISSED + NAMED)
async def test_a_behaviour_said_to_be_fine_is_not_ticked_on_telegram(
    tg: Harness, lang: str, typed: str, stored: list[str]
) -> None:
    chat = 44100 + (DISMISSED + NAMED).index((lang, typed, stored))
    await tg_at(tg, chat, lang, "concerns")
    await tg.say(chat, typed)
    await tg.say(chat, DONE[lang])
    assert asked(lang, "worst_reaction") in tg.last_text(chat), (typed, tg.last_text(chat))
    assert (await tg_answers(tg, chat))["concerns"] == stored, typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("en", "never bit anyone just growls sometimes"), ("ko", "문 적은 없고 가끔 으르렁거려요")],
)
async def test_a_bite_denied_at_the_concerns_ticks_no_mouthing_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """The growl is no concern option of its own: asked about, never the denied bite ticked."""
    user = await kakao_at(kakao, lang, "concerns")
    await user.send(typed)
    assert "concerns" not in await kakao_answers(kakao, user.key), user.text
    await user.send(DONE[lang])
    assert "concerns" not in await kakao_answers(kakao, user.key), user.text


async def test_a_bite_denied_at_the_concerns_ticks_no_mouthing_on_telegram(tg: Harness) -> None:
    await tg_at(tg, 44150, "en", "concerns")
    await tg.say(44150, "never bit anyone just growls sometimes")
    await tg.say(44150, "done")
    assert "concerns" not in await tg_answers(tg, 44150), tg.last_text(44150)


# -- 3. the worst reaction ------------------------------------------------------------------------

NIPPED = [
    ("ko", "입질은 좀 있어요 피는 안났구요", "bite"),
    ("en", "he nipped my nephew once, no blood", "bite"),
    ("ko", "입질 정도", "snap"),  # no word of contact: the snap, as before
]


@pytest.mark.parametrize(("lang", "typed", "stored"), NIPPED)
async def test_a_nip_without_blood_is_a_bite_without_injury_on_kakao(
    kakao: Server, lang: str, typed: str, stored: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == stored, user.text


@pytest.mark.parametrize(("lang", "typed", "stored"), NIPPED[:2])
async def test_a_nip_without_blood_is_a_bite_without_injury_on_telegram(
    tg: Harness, lang: str, typed: str, stored: str
) -> None:
    chat = 44300 + NIPPED.index((lang, typed, stored))
    await tg_at(tg, chat, lang, "worst_reaction")
    await tg.say(chat, typed)
    assert (await tg_answers(tg, chat))["worst_reaction"] == stored, tg.last_text(chat)
