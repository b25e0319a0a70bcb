# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""A check-in answered in the gap between the platform showing it and its push being settled
(CI of stop 31, under load: "ya it went ok i guess" typed right after the pushed question was
the survey's re-ask, since the check-in still read `sending`).

Kakao's Event API takes the event (the owner reads it) and reports the task's result later: the
fake keeps the task processing for a while (`keep_tasks_pending`), so the owner's typed outcome
arrives while the check-in is `sending`. It answers the check-in; the late settle does not arm
the question again over the note; the survey question it was asked over comes back after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.kakao_event_api import FakeKakaoEventApi
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, checkins_of, kakao_pushing, t, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import serve
from tests.test_survey_answers_misread import asked, kakao_at
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import REPORT, _answered, _kakao_report_count
from tests.timetravel import travel

# Task polls answered "processing" (one each 20 ms, `kakao_pushing`): the push stays unsettled ~2 s.
PENDING_POLLS = 100
TYPED = {"en": "a bit better, he only barked once", "ko": "조금 나아졌어요 어제는 한번만 짖었어요"}
NOTHING_ELSE = {"en": "nah nothing else", "ko": "딱히 없어요"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_an_outcome_typed_before_the_push_is_settled_answers_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    with FakeKakaoEventApi() as api:
        settings = kakao_pushing(tmp_path, fake_ollama, api)
        async with serve(settings) as srv:
            store = srv.app.state.runtime.store
            owner = await kakao_at(srv, lang, "sex")
            await owner.send(REPORT[lang])  # kept and analysed aside: a plan, the sex asked again
            await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
            await eventually(lambda: asked(lang, "sex") in owner.text)
            reports, calls = await _kakao_report_count(srv, owner.key), _model_calls(fake_ollama)
            api.keep_tasks_pending(PENDING_POLLS)
            await travel(store, DAYS)
            await eventually(lambda: bool(api.received(owner.key)))  # on the owner's screen
            rows = await checkins_of(store, Channel.KAKAO, owner.key)
            assert [r.status for r in rows] == ["sending"], rows  # its push not settled yet
            await owner.send(TYPED[lang])
            assert t(lang, "coaching-checkin-note") in owner.text, owner.texts
            rows = await checkins_of(store, Channel.KAKAO, owner.key)
            assert _answered(rows) == [("better", TYPED[lang])], (rows, owner.texts)
            await eventually(lambda: api.polls() > PENDING_POLLS)  # the push settled after it
            await owner.send(NOTHING_ELSE[lang])
            assert asked(lang, "sex") in owner.text, owner.texts  # the note closed, the survey back
            assert await _kakao_report_count(srv, owner.key) == reports  # no new incident kept
            assert _model_calls(fake_ollama) == calls
