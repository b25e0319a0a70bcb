# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Stop 46, "aftercare" (owner trial 31, Kakao): with a check-in due and not asked yet, a health
update ("저 왔어요~ 까미 병원 다녀왔는데 장염이래요 약 먹고 많이 좋아졌어요") was saved as the check-in's
"better" for the barking plan, the check-in question never shown. A health update is no check-in
answer for a behaviour plan unless the check-in was asked and the message names that behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_kakao_skill import kakao_settings, serve
from tests.test_trial10_checkins import REPORT, _answered
from tests.timetravel import travel

HEALTH_NEWS = (
    ("ko", "저 왔어요~ 까미 병원 다녀왔는데 장염이래요 약 먹고 많이 좋아졌어요"),
    ("en", "hi again, took her to the vet, it was a stomach bug, she's on meds and much better now"),
)


@pytest.mark.parametrize(("lang", "text"), HEALTH_NEWS)
async def test_a_health_update_is_no_check_in_answer_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, text: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send(text)  # the check-in due, not asked yet
        rows = await checkins_of(store, Channel.KAKAO, owner.key)
        assert _answered(rows) == [], (rows, owner.texts)
        assert "/summary" not in owner.text, owner.text
