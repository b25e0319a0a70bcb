# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56, helper flows56: the flows that close the loop after an analysis (check-ins, plans, the
vet summary), each fault reproduced through a real channel first (Kakao skill webhook, Telegram
over the fake Bot API; ko and en), what was stored read back.

1. At a check-in's note ("anything to add?"), the owner taking back the answer just picked
   ("actually scratch that, it got worse", "아 아니다 더 심해졌어요", "wait no it's actually the same")
   had the outcome changed but the words stored as the note, "📝 Noted", and the note closed: the
   owner had changed the answer and added nothing. Now the outcome changes, said back
   (`coaching-checkin-replaced`, the plan's new advice if its decision changed), no note, and
   "anything to add?" still open (`Understander.retold_alone`: words taking it back and a few more;
   "actually" alone, `understanding-outcome-retold-weak`, stays a note that states another
   outcome, as owner trials 11 and 12 kept it). Before: the 4 Kakao cases failed ("📝 Noted — and
   I changed …", the note closed).
2. The vet hand-over summary (PDF and chat text) showed a plan step written before a language
   switch unlabelled ("Barking: 초인종 소리를…" in an English summary), and what came right before /
   after (the analysis's words) likewise: labelled with their language as progress and the
   check-in label the step (`step_shown`; `summary.content.written`, `summary-written-in`).
   Before: 4 of 4 failed on the step, and 4 of 4 again on the antecedent once the step passed.
3. Under a result, a bite that broke an adult's skin (or another dog's) got "After a bite to a
   child, or one that injured someone…": the line now says who (`coaching-plan-bite`, `$bitten`:
   a child, from the report's raised flag or its words, else a bite that broke the skin).
   Before: 9 of 9 failed (both wordings were the one line).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import kakao_answered, kakao_checkin_asked, tg_answered, tg_surveyed
from tests.test_checkins import analysis
from tests.test_checkins_channels import FAST, checkins_of, push_checkin, t, wait_for_rows
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, serve  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner
from tests.test_telegram_e2e import eventually
from tests.test_trial10_checkins import REPORT, STEP, _telegram_plan

# -- 1. an answer taken back at the note ---------------------------------------------------------

# (lang, the answer tapped, the note typed, the outcome it says)
TAKEN_BACK: tuple[tuple[str, str, str, str], ...] = (
    ("en", "better", "actually scratch that, it got worse", "worse"),
    ("ko", "better", "아 아니다 더 심해졌어요", "worse"),
    ("en", "better", "wait no it's actually the same", "same"),
    ("ko", "worse", "아 잠깐 그대로예요", "same"),
)


def _taken_back_said(lang: str, outcome: str) -> str:
    return t(lang, "coaching-checkin-replaced", outcome=t(lang, f"coaching-outcome-{outcome}"))


@pytest.mark.parametrize(("lang", "tapped", "typed", "outcome"), TAKEN_BACK)
async def test_an_answer_taken_back_at_the_note_changes_it_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str, tapped: str, typed: str, outcome: str
) -> None:
    async with kakao_checkin_asked(fake_ollama, tmp_path, lang) as (srv, owner):
        [row] = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        await owner.tap(f"checkin:{row.id}:{tapped}")
        assert t(lang, "coaching-checkin-note") in owner.text
        await owner.send(typed)
        assert _taken_back_said(lang, outcome) in owner.text, owner.texts
        assert owner.texts[-1] == t(lang, "coaching-checkin-note"), owner.texts  # still open
        answered = await kakao_answered(srv, owner.key)
        assert answered == [(outcome, None)], answered  # the words took it back: no note
        await owner.send("주로 저녁에 그래요" if lang == "ko" else "mostly in the evening")
        assert t(lang, "coaching-checkin-note-saved") in owner.text, owner.texts
        answered = await kakao_answered(srv, owner.key)
        assert answered[0][0] == outcome and answered[0][1] is not None, answered


@pytest.mark.parametrize(("lang", "tapped", "typed", "outcome"), TAKEN_BACK)
async def test_an_answer_taken_back_at_the_note_changes_it_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    tapped: str,
    typed: str,
    outcome: str,
) -> None:
    chat = 56101 + TAKEN_BACK.index((lang, tapped, typed, outcome))
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.tap(chat, t(lang, f"coaching-outcome-{tapped}"), language_code=lang)
        await eventually(lambda: tg.sent(chat)[-1] == t(lang, "coaching-checkin-note"))
        before = len(tg.sent(chat))
        await tg.say(chat, typed, language_code=lang)
        await eventually(lambda: len(tg.sent(chat)) > before + 1)
        shown = tg.sent(chat)[before:]
        assert _taken_back_said(lang, outcome) in shown, shown
        assert shown[-1] == t(lang, "coaching-checkin-note"), shown
        answered = await tg_answered(tg, chat)
        assert answered == [(outcome, None)], answered


# -- 2. the vet summary labels a step written before a language switch ----------------------------


def _flat(text: str) -> str:
    """Text with no whitespace: the PDF wraps its lines anywhere."""
    return "".join(text.split())


def _labelled(before: str, after: str) -> str:
    return t(after, "coaching-step-other-language", text=STEP[before], language=before)


# What the fake analysis says came right before, in the report's language (`tests.test_checkins.analysis`)
ANTECEDENT = {"ko": "손님이 초인종을 누르고 현관에 들어올 때", "en": "Guests ring the doorbell and come in"}


def _abc_labelled(before: str, after: str) -> str:
    return t(after, "summary-written-in", text=ANTECEDENT[before], language=before)


@pytest.mark.parametrize(("before", "after"), [("ko", "en"), ("en", "ko")])
async def test_the_summary_labels_a_step_written_before_a_language_switch_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, before: str, after: str
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        owner = srv.user(lang=before)
        await owner.send(REPORT[before])
        await wait_for_rows(
            srv.app.state.runtime.store, Channel.KAKAO, owner.key, lambda rows: len(rows) == 1
        )
        await owner.send("/help")
        await owner.send("/language")
        await owner.tap(f"lang:{after}")
        await owner.send("/summary")
        assert t(after, "summary-in-chat") in owner.text, owner.texts
        assert _labelled(before, after) in owner.text, owner.texts
        assert _abc_labelled(before, after) in owner.text, owner.texts


@pytest.mark.parametrize(("before", "after"), [("ko", "en"), ("en", "ko")])
async def test_the_summary_labels_a_step_written_before_a_language_switch_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, before: str, after: str
) -> None:
    from tests.test_coaching_scenario import pdf_text

    chat = 56201 if before == "ko" else 56202
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, before) as tg:
        await tg.say(chat, "/language", language_code=before)
        await tg.tap(chat, f"lang:{after}")
        await tg.say(chat, "/summary", language_code=before)

        def documents() -> list[bytes]:
            sent = tg.fake.sent_messages(chat)
            return [m.file.content for m in sent if m.kind == "document" and m.file is not None]

        await eventually(lambda: bool(documents()))
        shown = _flat(pdf_text(documents()[-1]))
        assert _flat(_labelled(before, after)) in shown, shown
        assert _flat(_abc_labelled(before, after)) in shown, shown


# -- 3. the bite line under a result says who was bitten ------------------------------------------

# (lang, reported, who the line says was bitten: a child, or "other", a bite that broke the skin)
BITES: tuple[tuple[str, str, str], ...] = (
    ("ko", "어제 콩이가 손님 손을 물어서 피가 났어요", "other"),
    ("en", "Rex bit a guest's hand yesterday and it bled", "other"),
    ("en", "rex bit my husband's arm and it needed stitches", "other"),
    ("ko", "콩이가 산책중에 다른개보고 물어서 피가났어요", "other"),
    ("ko", "조카(5살)가 콩이 만지다 얼굴 물렸어요 피나요", "child"),
    ("en", "she bit my nephew's hand", "child"),
)
OTHER = {"child": "other", "other": "child"}


def _bite_line_fits(lang: str, shown: str, bitten: str) -> bool:
    """The professional-first line for who was bitten, and not the other one."""
    return (
        t(lang, "coaching-plan-bite", bitten=bitten) in shown
        and t(lang, "coaching-plan-bite", bitten=OTHER[bitten]) not in shown
    )


@pytest.mark.parametrize(("lang", "typed", "bitten"), BITES)
async def test_the_bite_line_fits_who_was_bitten_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, bitten: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send("/result")
    assert _bite_line_fits(lang, user.text, bitten), user.texts


@pytest.mark.parametrize(("lang", "typed", "bitten"), [BITES[0], BITES[1], BITES[5]])
async def test_the_bite_line_fits_who_was_bitten_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,
    tmp_path: Path,
    lang: str,
    typed: str,
    bitten: str,
) -> None:
    chat = 56301 + BITES.index((lang, typed, bitten))
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        kinds = ("message", "document", "photo", "edit_text")
        before = len(tg.sent(chat, kinds))
        await tg.say(chat, typed)
        line = t(lang, "coaching-plan-bite", bitten=bitten)
        await eventually(lambda: any(line in m for m in tg.sent(chat, kinds)[before:]))
        shown = "\n".join(tg.sent(chat, kinds)[before:])
        assert _bite_line_fits(lang, shown, bitten), shown
