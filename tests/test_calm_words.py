# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A past bite or growl said as a habit is no good news (corpus batch 63).

"물려고 한 적 있어요" (he has tried to bite) matched "물려고 한 적" in the calm words and was
praised ("정말 잘됐네요! 🎉"); only the negated forms ("…적 없어요") are calm. Through the Kakao
skill, as an owner with a dog and nothing open types it.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings  # noqa: F401  (`kakao`)
from tests.test_owner_trial_6 import t
from tests.test_survey_answers_misread import kakao_reports


async def _idle_owner(kakao: Server) -> KakaoUser:
    user = kakao.user(lang="ko")
    for text in ("/start", "콩이", "/cancel"):
        await user.send(text)
    return user


@pytest.mark.parametrize("typed", ["물려고 한 적 있어요", "으르렁거린 적 있어요"])
async def test_a_past_bite_or_growl_is_kept_not_praised_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await _idle_owner(kakao)
    await user.send(typed)
    assert t("ko", "talk-news") not in user.texts
    assert typed in await kakao_reports(kakao, user.key)


@pytest.mark.parametrize("typed", ["물려고 한 적 없어요", "공격한 적은 없어요"])
async def test_never_having_bitten_is_still_good_news_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str
) -> None:
    user = await _idle_owner(kakao)
    await user.send(typed)
    assert t("ko", "talk-news") in user.texts
    assert await kakao_reports(kakao, user.key) == []
    assert not [r for r in fake_ollama.requests if r.path == "/api/chat"]
