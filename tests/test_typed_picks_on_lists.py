"""Typed picks on the lists just shown (fresh owner trial): after /history ("번호를 고르시면…")
"1" got "무슨 뜻인지 잘 모르겠어요" on Kakao and Telegram; at the dog picker (다른 강아지 →
[보리 | ✓ 초코]) "보리" or "보리로" got the same and the picker was gone, and so at 강아지 지우기 →
[…] → "초코". On Kakao a tap whose `extra` was lost arrives as its label text, so typed labels,
names and positions of the buttons just shown pick them (a dog by "2번", "second": no number is shown
beside a dog's name on Kakao, so a bare "2" does not, batch 55, tests/test_named_views.py). With a follow-up question open, "기록" on
Kakao showed only [건너뛰기]: the list's buttons are shown and the question stays open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.handlers.results.followup import FLOW as FOLLOWUP_FLOW
from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, request_language, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, analysis
from tests.test_checkins_channels import FAST, wait_for_rows
from tests.test_kakao_skill import KakaoUser, kakao_settings, serve
from tests.test_telegram_e2e import eventually, harness, settings_for

MESSAGES = Messages()
REPORT = {"ko": REPORT_KO, "en": REPORT_EN}
HISTORY = {"ko": "기록", "en": "history"}
# first dog, second dog (active), switch words, remove words, "no"
DOGS = {
    "ko": ("보리", "초코", "다른 강아지", "강아지 지우기", "아니요"),
    "en": ("Rex", "Choco", "switch dog", "delete a dog", "no"),
}
# typed at the switch picker: (typed, dog switched to)
SWITCH_TYPED = {
    # (typed at the list, the dog picked, what is said: the first dog is the active one at first)
    "ko": [
        ("보리로", "보리", "profile-switch-already"),
        ("2번", "초코", "profile-switched"),
        ("✓ 보리", "보리", "profile-switched"),
        ("초코", "초코", "profile-switched"),
    ],
    "en": [
        ("Rex please", "Rex", "profile-switch-already"),
        ("second", "Choco", "profile-switched"),
        ("Rex", "Rex", "profile-switched"),
        ("choco", "Choco", "profile-switched"),
    ],
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def _two_dogs(user: KakaoUser, first: str, second: str) -> None:
    for text in ("/start", first, "/cancel", "/newdog", second, "/cancel"):
        await user.send(text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_dogs_picked_by_typed_name_number_or_label_on_kakao(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    first, second, switch, remove, no = DOGS[lang]
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url)) as srv:
        user = srv.user(lang=lang)
        await _two_dogs(user, first, second)
        for typed, name, said in SWITCH_TYPED[lang]:
            await user.send(switch)
            assert t(lang, "profile-pick-dog") in user.text, user.text
            await user.send(typed)
            assert t(lang, said, name=name) in user.texts, (typed, user.texts)
        await user.send(remove)
        assert t(lang, "profile-remove-pick") in user.text, user.text
        await user.send(first)  # typed: the confirmation for that dog, nothing removed yet
        assert t(lang, "profile-remove-ask", name=first) in user.text, user.text
        await user.send(no)
        await user.send(remove)
        await user.send("1번" if lang == "ko" else "first")
        assert t(lang, "profile-remove-ask", name=first) in user.text, user.text
        await user.send(no)
        await user.send(switch)
        await user.send(f"{first} {first}는 짖어요" if lang == "ko" else f"{first} barks at the door")
        assert not any(text.startswith(t(lang, "profile-switched", name=first)) for text in user.texts)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_history_number_typed_and_the_list_over_an_open_follow_up_on_kakao(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    fake_ollama.behaviour.analysis = lambda body: sample_analysis(request_language(body))  # asks how often
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        user = srv.user(lang=lang)
        await user.send(REPORT[lang])
        await wait_for_rows(store, Channel.KAKAO, user.key, lambda rows: len(rows) == 1)  # analysed
        await user.send("/help")  # the result and its follow-up question shown
        async with store.session() as s:
            owner = await s.get_user(Channel.KAKAO, user.key)
            assert owner is not None and (await s.get_state(owner.id)).flow == FOLLOWUP_FLOW
        await user.send(HISTORY[lang])
        opened = [c for c in user.choice_ids if c.startswith("report:open:")]
        assert opened, (user.texts, user.choice_ids)  # the list's buttons, not only [skip]
        await user.send("1")
        assert any(text.startswith("🔍") for text in user.texts), user.texts
        await user.send(HISTORY[lang])
        await user.send(t(lang, "history-open", n=1))  # a tap that lost its `extra`: its label
        assert any(text.startswith("🔍") for text in user.texts), user.texts
        async with store.session() as s:
            assert (await s.get_state(owner.id)).flow == FOLLOWUP_FLOW  # still open


@pytest.mark.parametrize(("chat", "lang"), [(16101, "ko"), (16102, "en")])
async def test_history_number_typed_on_telegram(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    chat: int,
    lang: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, REPORT[lang], language_code=lang)
        # the result and, after it, its plan ("📌"): the list must come after both
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        before = len(tg.sent(chat))
        await tg.say(chat, HISTORY[lang])
        assert t(lang, "history-open-hint") in tg.last_text(chat)
        await tg.say(chat, "1")
        await eventually(lambda: any(text.startswith("🔍") for text in tg.sent(chat)[before:]))
        assert t(lang, "noise-hint") not in tg.sent(chat)[before:]
        # final trial: every message after a list logged "fluent errors in ko/history-open"
        assert not [r for r in caplog.records if "fluent errors" in r.getMessage()]


async def test_a_number_after_history_mid_survey_opens_the_line_then_the_question_on_kakao(
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
) -> None:
    """With the survey's question asked again under the history page, "1" picks the list the
    owner asked for ("번호를 고르시면 ..."; fourth trial: it answered the question): report 1 is
    opened, the question asked again, and the next "1" (no list above it now) answers it."""
    fake_ollama.behaviour.analysis = analysis()
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, **FAST)) as srv:
        store = srv.app.state.runtime.store
        user = srv.user(lang="ko")
        await user.send(REPORT_KO)
        await wait_for_rows(store, Channel.KAKAO, user.key, lambda rows: len(rows) == 1)
        for text in ("/help", "/start", "보리"):
            await user.send(text)
        assert t("ko", "survey-q-age_months", name="보리") in user.text, user.text
        await user.send("기록")
        assert t("ko", "survey-q-age_months", name="보리") in user.texts[-1], user.texts
        await user.send("1")
        assert any(text.startswith("🔍") for text in user.texts), user.texts
        assert user.text.endswith(t("ko", "survey-q-age_months", name="보리")), user.text
        await user.send("1")
        async with store.session() as s:
            owner = await s.get_user(Channel.KAKAO, user.key)
            assert owner is not None and owner.active_dog_id is not None
            dog = await s.get_dog(owner.active_dog_id)
        assert dog is not None and dog.answers.get("age_months") == 12
