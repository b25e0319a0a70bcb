# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 43 (owner trial through Kakao and Telegram): safety misses, each reproduced through a real
channel first, what was kept read back from the store.

2. "우리애가 … 아저씨 다리를 물었어요", "애가 남편 손을 콱 물었어요" (the dog called "애" bit an adult) got
   the bitten child's line: an adult's part said, no child.
"""

from __future__ import annotations

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_safety_channels import stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_reports, t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 2. the dog called "애" bit an adult: no bitten child's line ------------------------------------

ADULT_BITTEN = (
    "우리애가 산책하다 지나가는 아저씨 다리를 물었어요",
    "아 잠깐 우리애가 택배기사님 손을 물었어요",
    "애가 남편 손을 콱 물었어요",
)


@pytest.mark.parametrize("typed", ADULT_BITTEN)
async def test_the_dog_called_ae_biting_an_adult_is_no_child_bitten_on_kakao(
    kakao: Server, typed: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert t("ko", "safety-child_bitten") not in user.text, user.text
    # what a bite on an adult's hand gets with no "애가" before it
    plain = await kakao_owner(kakao, "ko")
    await plain.send(typed.split("애가 ", 1)[1])
    assert (t("ko", "safety-header-now") in user.text) == (t("ko", "safety-header-now") in plain.text)
    assert await kakao_reports(kakao, user.key) == [typed], user.text


async def test_a_child_bitten_still_gets_the_childs_line_on_telegram(tg: Harness) -> None:
    chat = 43300
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, ADULT_BITTEN[2])
    assert not any(t("ko", "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    await tg.say(chat, "애가 물렸어요")
    assert any(t("ko", "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["child_bitten"]
