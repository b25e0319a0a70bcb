# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 45: safety and emergency leftovers, each reproduced through a real channel first (Kakao
skill webhook, Telegram over HTTP), what was kept read back from the store.

1. A person as the subject ("제가 물에 빠졌어요", "I fell in the water lol", "남편이 벌에 쏘였어요"):
   the dog's near-drowning note, its sting note, a red flag stored against the dog. What happened
   to the owner or another person is no dog's red flag (the kind: every flag whose word tells
   what happened — fell in, ate, got stung, had a seizure; `SafetyChecker` `PERSONAL`).
2. An emergency told as the answer to a result's "how often?" ("방금 초콜릿 먹었어요 ㅠㅠ", "he
   just ate grapes"), or at a check-in's note: the barking plan the result had just made, and
   its check-in days later, kept. Training waits for the vet: the dog's plans being tried are
   "referred" and their pending check-ins skipped, whichever path told the emergency.
3. An emergency's result still said "👉 Try next: <the model's training step>" above the line
   that training can wait: the vet is its next step, the model's step shown nowhere.
4. How much was eaten, typed at a survey question after a poisoning ("한 조각이요", "maybe 2
   grapes"): added with the generic "I've added that to your report" line. The line says the
   amount was noted on the poisoning report.
5. A bite on an adult with no wound ("남편 손 물었는데 피는 안났어요", "he bit my hand, no blood"):
   nothing, while a child's bite got its card. The safety rules (AVSAB 2007/2021, AVMA "Dog bite
   prevention", Mills et al. 2020) ask for no punishment, the situation avoided, a vet for pain
   and a behaviour professional for any bite on a person: the bite guidance card (no first aid,
   no emergency), the analysis and its plan going on. Play biting ("장난치다가") gets none.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao, kakao_settings, serve  # noqa: F401  (fixture)
from tests.test_safety_channels import stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop42_lead import _result_shown
from tests.test_stop44_emergency import _all_plans, _step, _store
from tests.test_survey_answers_misread import asked, kakao_at, kakao_reports, t, tg_at, tg_reports
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.test_trial10_checkins import REPORT
from tests.timetravel import travel

BARKING = {"ko": "손님 오면 현관에서 계속 짖어요", "en": "he barks at the door whenever guests come"}
POISONED = {"ko": "방금 초콜릿 먹었어요 ㅠㅠ", "en": "he just ate grapes"}


async def _held(store: Store, channel: Channel, key: str) -> None:
    """No plan being tried and no check-in waiting to be asked: training waits for the vet."""
    plans = await _all_plans(store, channel, key)
    assert plans and all(p.status == "referred" for p in plans), plans
    rows = await checkins_of(store, channel, key)
    assert rows and all(r.status != "pending" for r in rows), rows


# -- 1. a person as the subject ---------------------------------------------------------------------

PERSON = (
    ("ko", "제가 물에 빠졌어요", "safety-near_drowning"),
    ("en", "I fell in the water lol", "safety-near_drowning"),
    ("ko", "남편이 벌에 쏘였어요", "safety-venom"),
    ("en", "my son fell in the pool", "safety-near_drowning"),
)


@pytest.mark.parametrize(("lang", "typed", "note"), PERSON)
async def test_a_person_as_the_subject_is_no_dogs_red_flag_on_kakao(
    kakao: Server, lang: str, typed: str, note: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, note) not in user.text, user.text
    assert not user.text.startswith((t(lang, "safety-header-now"), t(lang, "safety-header-within_24h")))
    assert await stored_flags(_store(kakao), Channel.KAKAO, user.key) == []


@pytest.mark.parametrize(("chat", "lang", "typed", "note"), [(45101, *PERSON[0]), (45102, *PERSON[1])])
async def test_a_person_as_the_subject_is_no_dogs_red_flag_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str, note: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert sent and not any(t(lang, note) in m for m in sent), sent
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_dog_in_the_water_still_gets_its_note_on_kakao(kakao: Server, lang: str) -> None:
    """The neighbour: the dog fell in ("콩이가 물에 빠졌어요"), or the owner gave the poison."""
    user = await kakao_owner(kakao, lang)
    await user.send("콩이가 물에 빠졌어요" if lang == "ko" else "I gave him chocolate by mistake")
    note = "safety-near_drowning" if lang == "ko" else "safety-toxin"
    assert t(lang, note) in user.text, user.text


# -- 2. an emergency after a plan: the plan and its check-in wait for the vet ----------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_emergency_at_a_results_question_holds_the_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    assert t(lang, "analysis-followup-frequency") in "\n".join(user.texts), user.texts
    assert [r.status for r in await checkins_of(_store(kakao), Channel.KAKAO, user.key)] == ["pending"]
    await user.send(POISONED[lang])
    assert t(lang, "safety-toxin") in user.text, user.text
    await _held(_store(kakao), Channel.KAKAO, user.key)
    assert len(await kakao_reports(kakao, user.key)) == 2  # the emergency its own report
    await user.send("/progress")
    assert t(lang, "coaching-progress-plan-referred") in user.text, user.text


@pytest.mark.parametrize(("chat", "lang"), [(45201, "ko"), (45202, "en")])
async def test_an_emergency_at_a_results_question_holds_the_plan_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, chat: int, lang: str
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        await tgh.say(chat, BARKING[lang])
        question = t(lang, "analysis-followup-frequency")
        await eventually(lambda: any(question in m for m in tgh.sent(chat)))
        await wait_for_rows(tgh.rt.store, Channel.TELEGRAM, str(chat), bool)
        await tgh.say(chat, POISONED[lang])
        await eventually(lambda: t(lang, "coaching-plan-emergency") in tgh.sent(chat))
        await asyncio.sleep(0.3)
        await _held(tgh.rt.store, Channel.TELEGRAM, str(chat))


NOTE_EMERGENCY = {"ko": "근데 방금 초콜릿 먹었어요 ㅠㅠ", "en": "oh no he just ate grapes"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_emergency_at_a_check_ins_note_holds_the_plan_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """ "A bit better" renews the plan and schedules the next check-in; an emergency told at
    "anything to add?" then puts both on hold, as a report of its own."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        owner = srv.user(lang=lang)
        await owner.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1)
        await owner.send("/help")
        await travel(store, DAYS)
        await owner.send("hi" if lang == "en" else "안녕하세요")
        await owner.send("a bit better" if lang == "en" else "좀 나아졌어요")
        assert t(lang, "coaching-checkin-note") in owner.text, owner.text
        assert "pending" in [r.status for r in await checkins_of(store, Channel.KAKAO, owner.key)]
        await owner.send(NOTE_EMERGENCY[lang])
        assert t(lang, "safety-toxin") in owner.text, owner.text
        await _held(store, Channel.KAKAO, owner.key)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bite_after_a_plan_keeps_the_plan_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    """The neighbour: a bite with a wound is a behaviour incident, no emergency: the plan stays."""
    user = await _result_shown(kakao, fake_ollama, lang, BARKING[lang])
    await user.send("콩이가 제 손을 물어서 피가 났어요" if lang == "ko" else "she bit my hand and it bled")
    rows = await checkins_of(_store(kakao), Channel.KAKAO, user.key)
    assert "pending" in [r.status for r in rows], rows


# -- 3. an emergency's result: the vet is the next step ---------------------------------------------

EMERGENCIES = (("ko", "지금 발작해요 어떡해요"), ("en", "he ate a whole bar of chocolate"))


@pytest.mark.parametrize(("lang", "typed"), EMERGENCIES)
async def test_an_emergencys_result_shows_no_training_step_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await _result_shown(kakao, fake_ollama, lang, typed)
    shown = "\n".join(user.texts)
    assert t(lang, "analysis-next-step-emergency") in shown, shown
    assert _step(lang) not in shown, shown
    await user.send("/result")  # shown again: the same
    assert _step(lang) not in user.text, user.text


@pytest.mark.parametrize(("chat", "lang", "typed"), [(45301, *EMERGENCIES[0]), (45302, *EMERGENCIES[1])])
async def test_an_emergencys_result_shows_no_training_step_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_owner(tgh, chat, lang)
        before = len(tgh.sent(chat))
        kinds = ("message", "document", "photo", "edit_text")
        before_edits = len(tgh.sent(chat, kinds))
        await tgh.say(chat, typed)
        await eventually(lambda: t(lang, "coaching-plan-emergency") in tgh.sent(chat)[before:])

        def shown() -> list[str]:  # sent, or edited in when the result was streamed (a busy machine)
            return tgh.sent(chat, kinds)[before_edits:]

        await eventually(lambda: any(t(lang, "analysis-next-step-emergency") in m for m in shown()))
        sent = shown()
        assert not any(_step(lang) in m for m in sent), sent
        streamed = [m.text or "" for m in tgh.fake.sent_messages(chat) if m.kind == "edit_text"]
        assert not any(_step(lang) in m for m in streamed), streamed  # nor while it was written


# -- 4. how much was eaten, at a survey question -----------------------------------------------------

AMOUNTS = (("ko", "초콜릿 먹었어요", "한 조각이요"), ("en", "he ate grapes", "maybe 2 grapes"))


@pytest.mark.parametrize(("lang", "typed", "amount"), AMOUNTS)
async def test_an_amount_at_a_survey_question_is_noted_on_the_poisoning_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, amount: str
) -> None:
    user = await kakao_at(kakao, lang, "age_months")
    await user.send(typed)
    assert t(lang, "safety-toxin") in user.text, user.text
    await user.send(amount)
    # noted on the poisoning report, analysed again in the turn or soon after (under load)
    noted = (
        t(lang, "kakao-amount-analysed", kind="toxin"),
        t(lang, "kakao-amount-added", kind="toxin", wait=""),
    )
    assert any(line.split(",")[0][:24] in user.text for line in noted), user.text
    assert "poisoning report" in user.text or "중독 기록" in user.text, user.text
    assert t(lang, "kakao-added-analysed") not in user.text, user.text
    assert asked(lang, "age_months") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [f"{typed}\n{amount}"]


@pytest.mark.parametrize(("chat", "lang", "typed", "amount"), [(45401, *AMOUNTS[0]), (45402, *AMOUNTS[1])])
async def test_an_amount_at_a_survey_question_is_noted_on_the_poisoning_report_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    chat: int,
    lang: str,
    typed: str,
    amount: str,
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tgh:
        await tg_at(tgh, chat, lang, "age_months")
        await tgh.say(chat, typed)
        before = len(tgh.sent(chat))
        await tgh.say(chat, amount)
        sent = tgh.sent(chat)[before:]
        noted = t(lang, "analysis-amount-added", kind="toxin", wait="")[:30]
        assert any(m.startswith(noted) for m in sent), sent
        assert not any(m.startswith(t(lang, "analysis-detail-added", wait="")[:20]) for m in sent), sent
        assert await tg_reports(tgh, chat) == [f"{typed}\n{amount}"]


# -- 5. a bite on a person with no wound: the bite guidance -------------------------------------------

BITES = (("ko", "남편 손 물었는데 피는 안났어요"), ("en", "he bit my hand, no blood"))


@pytest.mark.parametrize(("lang", "typed"), BITES)
async def test_a_bite_on_an_adult_without_a_wound_gets_the_bite_card_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    said = "\n".join(user.texts)
    assert t(lang, "safety-bite_person") in said, said
    assert t(lang, "safety-bite_injury") not in said and t(lang, "safety-header-now") not in said, said
    assert await stored_flags(_store(kakao), Channel.KAKAO, user.key) == ["bite_person"]
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")  # no emergency: the analysis and its plan go on
    shown = "\n".join(user.texts)
    assert t(lang, "coaching-plan-emergency") not in shown and "📌" in shown, shown


@pytest.mark.parametrize(("chat", "lang", "typed"), [(45501, *BITES[0]), (45502, *BITES[1])])
async def test_a_bite_on_an_adult_without_a_wound_gets_the_bite_card_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    assert any(t(lang, "safety-bite_person") in m for m in sent), sent
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["bite_person"]


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "장난치다가 제 손을 물었어요"), ("en", "he bites my hands when we play")]
)
async def test_play_biting_gets_no_bite_card_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert t(lang, "safety-bite_person") not in user.text, user.text
    assert await stored_flags(_store(kakao), Channel.KAKAO, user.key) == []
