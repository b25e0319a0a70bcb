# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 34, faults left open by the last owner trials (issue 11; corpus batch 125), each reproduced
through a real channel first (Kakao over the skill's HTTP, Telegram pushed), Korean and English,
then fixed for its kind.

1. A warning aimed at a child: "he snapped at my son", "애한테 입질했어요", "딸한테 으르렁하고
   달려들었어요" got the report analysed and no safety line (a bite had one, a snap, lunge or
   growl at a child none). Now a red flag of its own (`child_warning`): keep them apart and
   supervised, do not punish the growl, a vet and a qualified behaviour professional (AVMA, "Dog
   bite prevention"; AVSAB, "Position statement on the use of punishment"); recorded in
   `red_flags`. Denied ("아이한테 으르렁거린 적은 없어요") or aimed at no child, nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.handlers.results.render import OPEN
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import REPORT, t
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_reports import idle_user
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import Case, is_ack, stored_flags, telegram_bot, told_with_a_dog
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_survey_answers_misread import NAME, kakao_at, kakao_reports, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)
from tests.test_trial8_followup import _asks
from tests.test_trial9_words import _with_dogs_on_kakao
from tests.test_trial10_after import _one_dog_at_frequency
from tests.test_trial11_dogs_left import DOGS, TOLD, _reply

# -- 1. a warning aimed at a child -----------------------------------------------------------------

CW = "child_warning"
WARNED = {
    "ko": [
        "애한테 입질했어요",
        "딸한테 으르렁하고 달려들었어요",
        "조카가 지나가는데 으르렁거렸어요",
        "아기한테 이빨을 드러내요ㅠㅠ",
    ],
    "en": [
        "he snapped at my son",
        "she growled at my daughter when she hugged her",
        "our dog lunged at the kids yesterday",
        "he nipped at my toddler",
    ],
}
NOT_WARNED = {
    "ko": ["아이한테 으르렁거린 적은 없어요", "다른 개한테 으르렁거려요", "아이랑 잘 놀아요"],
    "en": ["he never growled at my son", "she growls at other dogs", "he loves the kids"],
}


def _warned(lang: str, texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return t(lang, "safety-child_warning") in joined and t(lang, "safety-header-now") in joined


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_warning_at_a_child_gets_its_safety_line_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, text in enumerate(WARNED[lang] + NOT_WARNED[lang]):
            chat = 34100 + n
            case = Case(lang, text)
            sent = await told_with_a_dog(tg, chat, case)
            flagged = text in WARNED[lang]
            assert _warned(lang, sent[:1]) is flagged, (text, sent)
            if flagged:
                assert is_ack(case, sent[1]), (text, sent)  # the safety line first, then analysed
            assert t(lang, "safety-child_warning") not in "\n".join(sent[1:]), (text, sent)
            assert t(lang, "safety-child_bitten") not in "\n".join(sent), text  # nobody was bitten
            stored = await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert stored == ([CW] if flagged else []), (text, stored)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_warning_at_a_child_gets_its_safety_line_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for text in WARNED[lang] + NOT_WARNED[lang]:
            user = await idle_user(srv, english=lang == "en")
            await user.send(text)
            flagged = text in WARNED[lang]
            assert _warned(lang, user.texts) is flagged, (text, user.texts)
            stored = await stored_flags(srv.app.state.runtime.store, Channel.KAKAO, user.key)
            assert stored == ([CW] if flagged else []), (text, stored)


# -- 2. a view asked for both or all dogs ----------------------------------------------------------

ALL_WEEK = {
    "ko": ("둘다 이번주", "둘 다 이번 주 보여줘"),
    "en": ("both dogs this week", "this week for all dogs"),
}
ALL_HISTORY = {"ko": ("둘 다 기록 보여줘",), "en": ("show history for all dogs", "both dogs' history")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_both_dogs_week_and_history_show_each_dogs_part_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    first, second = DOGS[lang]
    user = await _with_dogs_on_kakao(kakao, lang, DOGS[lang])
    await user.send(TOLD[lang][0])  # about the first dog only: the second's part is empty
    for typed in ALL_WEEK[lang]:
        got = await _reply(user, typed)
        title = t(lang, "week-title-dog", name=first, count=1)
        empty = t(lang, "week-empty-dog", name=second)
        assert title in got and empty in got, (typed, got)
        assert got.index(title) < got.index(empty), (typed, got)
    for typed in ALL_HISTORY[lang]:
        got = await _reply(user, typed)
        assert t(lang, "history-title-dog", name=first, page=1) in got, (typed, got)
        assert TOLD[lang][0][:20] in got, (typed, got)
        assert t(lang, "history-empty-dog", name=second) in got, (typed, got)
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [TOLD[lang][0]]  # nothing filed


async def test_both_dogs_week_and_history_show_each_dogs_part_on_telegram(tg: Harness) -> None:
    for chat, lang in ((34201, "ko"), (34202, "en")):
        for text in ("/start", DOGS[lang][0], "/cancel", "/newdog", DOGS[lang][1], "/cancel"):
            await tg.say(chat, text, language_code=lang)
        for typed, empty in [(w, "week-empty-dog") for w in ALL_WEEK[lang]] + [
            (h, "history-empty-dog") for h in ALL_HISTORY[lang]
        ]:
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            got = "\n".join(tg.sent(chat)[before:])
            for name in DOGS[lang]:
                assert t(lang, empty, name=name) in got, (typed, got)
        assert await _tg_reports(tg, chat) == []


# -- 4. a language change in plain words, in every state --------------------------------------------

# (the owner's language, what they type, the language asked for)
SWITCH = {
    "ko": [("english pls", "en"), ("영어로 해줘", "en"), ("switch to english please", "en")],
    "en": [("한국어로 바꿔주세요", "ko"), ("korean pls", "ko"), ("switch to korean please", "ko")],
}
SURVEY = ("name", "age_months", "sex")
STATES = ("first", "idle", "name", "age_months", "sex", "frequency")


def _again(lang: str, wanted: str, key: str) -> str:
    """Question `key` asked again in the language `wanted`, about the dog named in `lang`."""
    return t(wanted, f"survey-q-{key}", name=NAME[lang])


async def _kakao_in(kakao: Server, fake: FakeOllama, lang: str, state: str) -> Any:
    if state == "frequency":
        return await _one_dog_at_frequency(kakao, fake, lang)
    if state == "idle":
        return await idle_user(kakao, english=lang == "en")
    if state == "first":
        return kakao.user(lang=lang)
    return await kakao_at(kakao, lang, state)


async def _kakao_locale(kakao: Server, key: str) -> str | None:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return user.locale


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("state", STATES)
async def test_a_language_change_in_words_is_the_command_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, state: str
) -> None:
    for typed, wanted in SWITCH[lang]:
        user = await _kakao_in(kakao, fake_ollama, lang, state)
        reports = len(await kakao_reports(kakao, user.key))
        await user.send(typed)
        assert t(wanted, "language-set") in user.text, (state, typed, user.text)
        assert await _kakao_locale(kakao, user.key) == wanted, (state, typed)
        assert len(await kakao_reports(kakao, user.key)) == reports, (state, typed)  # nothing filed
        if state in SURVEY:
            assert _again(lang, wanted, state) in user.text, (state, typed, user.text)  # asked again, in it


async def _tg_in(tg: Harness, fake: FakeOllama, chat: int, lang: str, state: str) -> None:
    if state == "first":
        return
    if state in SURVEY:
        await tg_at(tg, chat, lang, state)
        return
    await owner_with_dog(tg, chat, lang)
    if state == "frequency":
        _asks(fake, lang, "frequency")
        await tg.say(chat, REPORT[lang], language_code=lang)
        await report_done(tg, chat)
        assert tg.last_text(chat) == t(lang, "analysis-followup-frequency"), tg.sent(chat)


@pytest.mark.parametrize("state", STATES)
async def test_a_language_change_in_words_is_the_command_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, state: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        await _switch_on_telegram(tg, fake_ollama, state)


async def _switch_on_telegram(tg: Harness, fake_ollama: FakeOllama, state: str) -> None:
    chat = 34400 + 20 * STATES.index(state)
    for lang in ("ko", "en"):
        for typed, wanted in SWITCH[lang]:
            chat += 1
            await _tg_in(tg, fake_ollama, chat, lang, state)
            reports = len(await _tg_reports(tg, chat))
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            got = "\n".join(tg.sent(chat)[before:])
            assert t(wanted, "language-set") in got, (state, typed, got)
            user = await tg.user(chat)
            assert user is not None and user.locale == wanted, (state, typed)
            assert len(await _tg_reports(tg, chat)) == reports, (state, typed)
            if state in SURVEY:
                assert _again(lang, wanted, state) in got, (state, typed, got)


# -- 3. a stored result shown again after a language change ----------------------------------------

OTHER = {"ko": "en", "en": "ko"}
TO_OTHER = {"ko": "english pls", "en": "한국어로 바꿔주세요"}
SHOW = {"ko": "결과 보기", "en": "show result"}
HISTORY = {"ko": "기록", "en": "history"}
WEEK = {"ko": "이번 주", "en": "this week"}
KAKAO_DOG = {"ko": "콩이", "en": "Kong"}  # `idle_user`'s


def _shown_in(now: str, written: str, text: str) -> bool:
    """The stored analysis (written in `written`) shown with every fixed label in `now`, the
    model's own words as written, and one line saying so when the two languages differ."""
    analysis = sample_analysis(written, missing=[])
    labels = [
        t(now, "analysis-title", category=t(now, "category-barking")),
        t(now, "analysis-antecedent", text=analysis["antecedent"]),
        t(now, "analysis-summary"),
        t(now, "analysis-next-step", text=analysis["next_step"]),
    ]
    note = t(now, f"analysis-written-in-{written}")
    return all(label in text for label in labels) and (note in text) is (now != written)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_result_shown_again_after_a_language_change_has_its_labels_in_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    now = OTHER[lang]
    user = await idle_user(kakao, english=lang == "en")
    await user.send(REPORT[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await asyncio.sleep(0.3)
    await user.send(SHOW[lang])
    assert _shown_in(lang, lang, user.text), user.text  # first shown: its own language, no note
    await user.send(TO_OTHER[lang])
    assert t(now, "language-set") in user.text, user.text
    await user.send(SHOW[now])
    assert _shown_in(now, lang, user.text), user.text
    await user.send(WEEK[now])
    assert t(now, "week-title-dog", name=KAKAO_DOG[lang], count=1) in user.text, user.text
    assert t(now, "week-antecedents") in user.text, user.text
    assert sample_analysis(lang)["antecedent"] in user.text, user.text
    assert t(now, f"analysis-written-in-{lang}") in user.text, user.text
    await user.send(HISTORY[now])
    [opened] = [c for c in user.choice_ids if c.startswith(OPEN)]
    await user.tap(opened)
    assert _shown_in(now, lang, user.text), user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_result_shown_again_after_a_language_change_has_its_labels_in_it_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    fake_ollama.behaviour.analysis = sample_analysis(lang, missing=[])
    now = OTHER[lang]
    chat = 34300 if lang == "ko" else 34301
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        await owner_with_dog(tg, chat, lang)
        await tg.say(chat, REPORT[lang], language_code=lang)
        await report_done(tg, chat)
        first = "\n".join(tg.sent(chat))  # delivered with its plan: the title, no note
        assert t(lang, "analysis-title", category=t(lang, "category-barking")) in first, first
        assert t(lang, f"analysis-written-in-{lang}") not in first, first
        await tg.say(chat, TO_OTHER[lang], language_code=lang)
        for typed, tap in ((SHOW[now], None), ("/history", t(now, "history-open", n=1))):
            before = len(tg.sent(chat))
            await tg.say(chat, typed, language_code=lang)
            if tap is not None:
                before = len(tg.sent(chat))
                await tg.tap(chat, tap)
            got = "\n".join(tg.sent(chat)[before:])
            assert _shown_in(now, lang, got), (typed, got)
