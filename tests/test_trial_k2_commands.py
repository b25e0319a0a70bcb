# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Acceptance trial K2 (issue 11, corpus batch 62): commands in an owner's words, in any state.

K2-1: "이번 주 기록 보여주세요" at a survey question was the name asked again or "소형, 중형, 대형
중에서 골라 주세요" (it worked with nothing open): a command's words with a request's ending ("~
보여주세요", "~ 해주세요", "~ 하고 싶어요", "can you show me ~ please") ask for the command at a
text, number or choice question.
K2-2: "두번째 강아지 등록하고 싶어요" idle was "I can't do that" and the help; in the survey the size
asked again. It adds a dog (mid-survey: after this one, said so), as "register another dog" does.
K2-3: "기록 다 지워줘" offered to erase everything (profile, dogs, reports, conversation). Records
alone cannot be removed: said so, with what can be done; nothing offered beyond what was asked.
K2-4: "really erase everything?" walked away from was asked again, with its 🗑 button, after every
later command ("영어로", "요약해줘", "체크인 켜줘"): now dropped, said once without the button.
K2-7: "체크인 언제 와요?" at the size question got the status and no question: after every command
said mid-survey, the open question is asked again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.config import Settings
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import KakaoUser, Server, kakao, kakao_settings, quick_of, serve  # noqa: F401
from tests.test_owner_trial_6 import _calls, t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

NAME = {"ko": "보리", "en": "Bori"}

# The survey's questions reached by its first answers: a text, a number and a choice question.
STEPS = {"name": (), "age_months": ("{name}",), "sex": ("{name}", "3")}


def _question(lang: str, key: str) -> str:
    return t(lang, f"survey-q-{key}", name=NAME[lang])


async def _kakao_at(kakao: Server, lang: str, key: str) -> KakaoUser:
    user = kakao.user(lang=lang)
    await user.send("/start")
    for text in STEPS[key]:
        await user.send(text.format(name=NAME[lang]))
    assert _question(lang, key) in user.text, (key, user.texts)
    return user


def _choices(user: KakaoUser) -> list[str]:
    """The choice ids of the quick replies shown (menu words carry none)."""
    return [str((q.get("extra") or {}).get("choice")) for q in quick_of(user.last)]


def _said(lang: str, text: str, *msg_ids: str) -> bool:
    """One of `msg_ids` (with the dog's name where it takes one) is in `text`."""
    return any(t(lang, m, name=NAME[lang]) in text for m in msg_ids)


# adding a dog mid-survey: offered after it; at the name question the same said as dogs counted
# (batch 93: "one at a time: first one dog's name, the other offered after this survey")
NEWDOG = ("newdog-after-survey", "survey-name-count")
# (lang, typed, the command's own reply (any of), the open question asked again after it)
ASKED = (
    ("ko", "이번 주 기록 보여주세요", ("week-empty", "week-empty-dog"), True),
    ("ko", "이번주 기록 좀 보여주세요", ("week-empty", "week-empty-dog"), True),
    ("ko", "지난 기록 보고싶어요", ("history-empty", "history-empty-dog"), True),
    ("ko", "도움말 보여주세요", ("help-survey",), True),
    ("ko", "체크인 언제 와요?", ("coaching-checkins-status-on",), True),
    ("ko", "알림 설정 보여주세요", ("tips-status-on",), True),
    ("ko", "팁 설정 보여주세요", ("tips-status-on",), True),  # (a tip, not the setting, before)
    ("ko", "두번째 강아지 등록하고 싶어요", NEWDOG, True),
    ("ko", "강아지 하나 더 등록", NEWDOG, True),
    ("en", "can you show me last week please", ("week-empty", "week-empty-dog"), True),
    ("en", "can you show me my history please", ("history-empty", "history-empty-dog"), True),
    ("en", "can you show me the help please", ("help-survey",), True),
    ("en", "when do check-ins come?", ("coaching-checkins-status-on",), True),
    ("en", "show me the tips settings please", ("tips-status-on",), True),
    ("en", "register another dog", NEWDOG, True),
    ("en", "add a second dog", NEWDOG, True),
)


@pytest.mark.parametrize("key", list(STEPS))
async def test_commands_in_request_words_mid_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, key: str
) -> None:
    missed = []
    for lang, typed, own, again in ASKED:
        user = await _kakao_at(kakao, lang, key)
        await user.send(typed)
        told = _said(lang, user.text, *own)
        asked = user.texts[-1].endswith(_question(lang, key)) or _question(lang, key) in user.texts[-1]
        if not told or (again and not asked):
            missed.append((lang, typed, user.texts))
    assert missed == [], "\n".join(map(str, missed))
    assert _calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_commands_in_request_words_mid_survey_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str
) -> None:
    chat = 62000 if lang == "ko" else 62100
    missed = []
    for i, (lang_, typed, own, _again) in enumerate(a for a in ASKED if a[0] == lang):
        await tg.say(chat + i, "/start", language_code=lang)
        await tg.say(chat + i, NAME[lang])
        await tg.say(chat + i, "3")  # at the sex question (a choice)
        before = len(tg.sent(chat + i))
        await tg.say(chat + i, typed)
        replies = tg.sent(chat + i)[before:]
        told = _said(lang_, "\n".join(replies), *own)
        asked = [r for r in replies if _question(lang, "sex") in r]
        if not told or len(asked) != 1 or asked[0] != replies[-1]:
            missed.append((typed, replies))
    assert missed == []
    assert _calls(fake_ollama) == 0


# -- K2-2: a second dog asked for with nothing open ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ko", "두번째 강아지 등록하고 싶어요"),
        ("ko", "강아지 하나 더 등록"),
        ("ko", "두 번째 강아지 등록할래요"),
        ("en", "register another dog"),
        ("en", "add a second dog"),
        ("en", "i want to register my second dog"),
    ],
)
async def test_a_second_dog_asked_for_idle_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "/cancel"):
        await user.send(text)
    await user.send(typed)
    assert t(lang, "newdog-intro") in user.text, user.texts
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts


# -- K2-3: records alone asked to be removed ------------------------------------------------------

RECORDS_REMOVED = {
    "ko": ("기록 다 지워줘", "기록 삭제해주세요", "기록 전부 지워주세요", "내 기록 삭제"),
    "en": ("delete my records", "delete all my records", "delete my history"),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_records_alone_are_not_offered_to_erase_everything_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "/cancel"):
        await user.send(text)
    for typed in RECORDS_REMOVED[lang]:
        await user.send(typed)
        assert t(lang, "delete-ask") not in user.text, (typed, user.texts)
        assert "privacy:delete:yes" not in _choices(user), (typed, _choices(user))
        assert t(lang, "talk-delete-records") in user.text, (typed, user.texts)
    # erasing everything is still asked for in its own words
    await user.send("내 정보 삭제" if lang == "ko" else "delete my data")
    assert t(lang, "delete-ask") in user.text
    assert _calls(fake_ollama) == 0


async def test_records_alone_on_telegram(tg: Harness) -> None:
    await tg.say(62201, "/start", language_code="ko")
    await tg.say(62201, "보리")
    await tg.say(62201, "/cancel")
    await tg.say(62201, "기록 다 지워줘")
    assert tg.last_text(62201) == t("ko", "talk-delete-records")
    assert t("ko", "delete-ask") not in tg.sent(62201)


# -- K2-4: a confirmation walked away from ---------------------------------------------------------

LATER = {"ko": ("영어로", "한국어", "요약해줘", "체크인 켜줘"), "en": ("help", "history", "tips off")}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_erase_walked_away_from_is_not_asked_again_on_kakao(kakao: Server, lang: str) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "/cancel"):
        await user.send(text)
    await user.send("내 정보 삭제" if lang == "ko" else "delete my data")
    assert "privacy:delete:yes" in _choices(user)
    shown = []
    for text in LATER[lang]:
        await user.send(text)
        shown.append((text, t(lang, "delete-ask") in user.text, "privacy:delete:yes" in _choices(user)))
    assert [s for s in shown if s[1] or s[2]] == []
    # said once that nothing was erased (the first command after it), not again
    assert t("ko" if lang == "ko" else "en", "delete-set-aside") not in user.text


async def test_an_erase_walked_away_from_in_the_survey_on_kakao(kakao: Server) -> None:
    user = await _kakao_at(kakao, "ko", "age_months")
    await user.send("내 정보 삭제")
    assert "privacy:delete:yes" in _choices(user)
    await user.send("도움말")
    assert "privacy:delete:yes" not in _choices(user)
    assert t("ko", "delete-set-aside") in user.text
    assert user.texts[-1].endswith(_question("ko", "age_months")), user.texts
    await user.send("3")  # the survey goes on where it was
    assert _question("ko", "sex") in user.text, user.texts


async def test_an_erase_walked_away_from_on_telegram(tg: Harness) -> None:
    chat = 62301
    await tg.say(chat, "/start", language_code="ko")
    await tg.say(chat, "보리")
    await tg.say(chat, "/cancel")
    await tg.say(chat, "내 정보 삭제")
    before = len(tg.sent(chat))
    for text in ("영어로", "한국어", "체크인 켜줘"):
        await tg.say(chat, text)
    later = tg.sent(chat)[before:]
    assert t("ko", "delete-ask") not in later and t("en", "delete-ask") not in later, later
    assert sum(t(loc, "delete-set-aside") in later for loc in ("ko", "en")) == 1, later


# -- K2-8: the help offers what this channel can do -------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_kakao_help_offers_no_files_without_a_download_link(kakao: Server, lang: str) -> None:
    """Without PUBLIC_BASE_URL Kakao cannot hand over the summary PDF nor the export ("요약" then
    answered "파일을 보낼 수 없어요"): the help does not offer the export; the summary, shown as text
    in the chat since batch 65, it offers, and everything else."""
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "/cancel", "도움말" if lang == "ko" else "help"):
        await user.send(text)
    summary, export = ("요약 — ", "내보내기 — ") if lang == "ko" else ("summary — ", "export — ")
    history = "기록 — " if lang == "ko" else "history — "
    assert history in user.text, user.texts
    assert summary in user.text and export not in user.text, user.texts


async def test_kakao_help_offers_files_with_a_download_link(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    def settings(base_url: str) -> Settings:
        return kakao_settings(f"sqlite:///{tmp_path / 'k.db'}", fake_ollama.url, PUBLIC_BASE_URL=base_url)

    async with serve(settings) as srv:
        user = srv.user()
        for text in ("/start", "보리", "/cancel", "도움말"):
            await user.send(text)
        assert "요약 — " in user.text and "내보내기 — " in user.text, user.texts
        await user.send("요약")
        assert t("ko", "kakao-file-unavailable") not in user.text
        assert srv.url + "/kakao/files/" in user.text, user.texts


async def test_telegram_help_offers_the_summary(tg: Harness) -> None:
    await tg.say(62401, "/help", language_code="ko")
    # the help, then (no dog yet) the survey offered below it (stop 45: a new owner's first help)
    assert any("요약 (/summary)" in m for m in tg.sent(62401)), tg.sent(62401)
