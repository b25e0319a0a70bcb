# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial, survey (issue 11): a past event told as the answer to a history question.

1. At the worst-reaction question, "bit my hand once, drew blood" was the safety text AND a report
   analysed by the model; "손 문적 있어요 피났어요" was the answer but had no safety text. Both are
   the answer (the injury option), the bite safety guidance once, no report, no model call.
2. At the health question, "발작한 적 있어요" / "he's had seizures before" was the health answer
   AND a report analysed. It is the answer: no report, no model call; the seizure guidance once.
3. "처음부터 다시", "다시 시작", "restart", "start over", "리셋", "reset" silently resumed the survey
   ("리셋", "reset" at the breed were stored as the breed). They now ask whether to start over, no
   answer replaced before the yes (tests/test_owner_trial_flows.py takes the yes and the no);
   "시작", "start", "이어서", "continue" keep the plain resume line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao, kakao_settings  # noqa: F401  (the `kakao` fixture)
from tests.test_survey_answers_misread import (
    NAME,
    answers_before,
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

MESSAGES = Messages()


def _calls(fake: FakeOllama) -> int:
    return sum(r.path == "/api/chat" for r in fake.requests)


BITES = (("ko", "손 문적 있어요 피났어요"), ("en", "bit my hand once, drew blood"))
SAFETY_MARK = "🚨"


@pytest.mark.parametrize(("lang", "typed"), BITES)
async def test_a_past_bite_with_blood_is_the_worst_reaction_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    said = "\n".join(user.texts)
    assert said.count(SAFETY_MARK) == 1, (typed, user.texts)
    assert asked(lang, "health") in user.text, (typed, user.text)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "bite_injury", typed
    assert await kakao_reports(kakao, user.key) == [], typed
    assert _calls(fake_ollama) == 0


async def test_a_past_bite_with_blood_is_the_worst_reaction_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in zip((17001, 17002), BITES, strict=True):
        await tg_at(tg, chat, lang, "worst_reaction")
        before = len(tg.sent(chat))
        await tg.say(chat, typed)
        assert "\n".join(tg.sent(chat)[before:]).count(SAFETY_MARK) == 1, (typed, tg.sent(chat)[before:])
        assert asked(lang, "health") in tg.last_text(chat), (typed, tg.last_text(chat))
        assert (await tg_answers(tg, chat))["worst_reaction"] == "bite_injury", typed
        assert await tg_reports(tg, chat) == [], typed


NOW = (("ko", "방금 아이를 물었어요 피가 나요"), ("en", "he bit my son just now, he's bleeding"))


@pytest.mark.parametrize(("lang", "typed"), NOW)
async def test_a_bite_happening_now_at_the_worst_reaction_is_the_answer_and_a_report_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    """Dated ("방금", "just now"): not the dog's past but an incident now, so it is analysed too."""
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert "\n".join(user.texts).count(SAFETY_MARK) == 1, (typed, user.texts)
    assert (await kakao_answers(kakao, user.key))["worst_reaction"] == "bite_injury", typed
    assert await kakao_reports(kakao, user.key) == [typed]


HEALTH_HISTORY = (
    ("ko", "발작한 적 있어요"),
    ("ko", "발작한적 있어요"),
    ("en", "he's had seizures before"),
    ("en", "she had a seizure once"),
)


@pytest.mark.parametrize(("lang", "typed"), HEALTH_HISTORY)
async def test_a_health_history_is_the_health_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "health")
    await user.send(typed)
    said = "\n".join(user.texts)
    assert said.count(SAFETY_MARK) == 1, (typed, user.texts)  # the seizure guidance, once
    assert (await kakao_answers(kakao, user.key)).get("health"), typed
    assert await kakao_reports(kakao, user.key) == [], typed
    assert _calls(fake_ollama) == 0


async def test_a_health_history_is_the_health_answer_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in zip((17101, 17102), HEALTH_HISTORY[::2], strict=True):
        await tg_at(tg, chat, lang, "health")
        await tg.say(chat, typed)
        assert (await tg_answers(tg, chat)).get("health"), typed
        assert await tg_reports(tg, chat) == [], typed


@pytest.mark.parametrize(("lang", "typed"), BITES)
def test_a_past_bite_with_blood_is_the_worst_reaction_in_the_terminal(
    tmp_path: Path, lang: str, typed: str
) -> None:
    out = _chat(
        tmp_path, [*answers_before(lang, "worst_reaction"), typed], "--lang", lang, "--user", f"bite{lang}"
    )
    assert out.count(SAFETY_MARK) == 1, out
    assert asked(lang, "health") in out, out


# -- 3. restart words: asked first, nothing replaced yet; resume words resume ---------------------

RESTART_WORDS = {
    "ko": ("처음부터 다시", "다시 시작", "설문 다시 할래요", "리셋"),
    "en": ("restart", "start over", "start again", "reset"),
}
RESUME_WORDS = {"ko": ("시작", "이어서"), "en": ("start", "continue")}


def t(lang: str, msg_id: str, **args: str) -> str:
    return MESSAGES.format(lang, msg_id, **args)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_restart_words_ask_first_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    for word in RESTART_WORDS[lang]:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(word)
        assert t(lang, "restart-ask", name=NAME[lang]) in user.text, (word, user.texts)
        answers = await kakao_answers(kakao, user.key)
        assert answers.get("breed") is None, (word, answers)  # "리셋" is no breed
        assert answers.get("sex"), (word, answers)  # the answers kept
    for word in RESUME_WORDS[lang]:
        user = await kakao_at(kakao, lang, "breed")
        await user.send(word)
        assert t(lang, "start-resume") in user.text, (word, user.texts)
        assert t(lang, "restart-ask", name=NAME[lang]) not in user.text, (word, user.texts)
        assert asked(lang, "breed") in user.text, (word, user.text)
    assert _calls(fake_ollama) == 0


async def test_restart_words_ask_first_on_telegram(tg: Harness) -> None:
    for chat, lang, word in ((17201, "ko", "처음부터 다시"), (17202, "en", "start over")):
        await tg_at(tg, chat, lang, "breed")
        before = len(tg.sent(chat))
        await tg.say(chat, word)
        said = "\n".join(tg.sent(chat)[before:])
        assert t(lang, "restart-ask", name=NAME[lang]) in said, (word, said)


def test_restart_words_ask_first_in_the_terminal(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["콩이", "3살", "처음부터 다시"], "--lang", "ko", "--user", "restartko")
    assert t("ko", "restart-ask", name="콩이") in out, out
