"""A step the owner's check-ins said did not help is named in the next analysis's prompt, so the
model suggests something else ("tell me about the next time and I'll suggest a new step" meant
nothing while the model could not know what had failed). Through Telegram on 127.0.0.1, both
languages: report, check-in pushed three days on, tapped, then a new report; what the fake Ollama
received is read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.services.analysis.prompt import MAX_TRIED_STEP_CHARS, clip, fill, load_prompts, with_tried
from dogcoach.services.coaching import Outcome, did_not_help, unsuccessful_steps
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import REPORT_EN, REPORT_KO, STEP_EN, STEP_KO, analysis
from tests.test_checkins_channels import FAST, push_checkin, t
from tests.test_telegram_e2e import eventually, harness, settings_for

AGAIN = {
    "ko": "오늘 저녁에도 택배 아저씨 왔을때 현관에서 계속 짖었어요",
    "en": "He barked at the door again tonight when the courier came",
}

ASKED = {"ko": "그럼 다른 방법은 뭐가 있을까요?", "en": "What else could I try then?"}

S, W, B, N = Outcome.SAME, Outcome.WORSE, Outcome.BETTER, Outcome.NOT_TRIED


@pytest.mark.parametrize(
    ("outcomes", "failed"),
    [
        ([W], True),
        ([S, S], True),
        ([S, N, S], True),  # "not tried" says nothing about the step
        ([S, W, S], True),  # three tries, none better
        ([B, S, S], True),
        ([S], False),  # "keep it a few more days"
        ([W, B], False),
        ([N, N], False),  # too hard to fit in, not tried without success
        ([], False),
    ],
)
def test_a_step_did_not_help_by_advises_own_rules(outcomes: list[Outcome], failed: bool) -> None:
    assert did_not_help(outcomes) is failed


def test_the_latest_two_failed_steps_each_once() -> None:
    plans = [("c", [W]), ("b", [B]), ("c", [S, S]), ("a", [S, S]), ("z", [W])]
    assert unsuccessful_steps(plans) == ["c", "a"]
    assert unsuccessful_steps([("", [W]), ("b", [S])]) == []


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_profile_line_names_the_steps_cut_at_a_word(language: str) -> None:
    template = load_prompts(language).profile
    long_step = "Practise a settle on the mat " * 6
    line = with_tried("Dog: Bo", [STEP_EN, long_step], language)
    shown = template.tried_separator.join([STEP_EN, clip(long_step, MAX_TRIED_STEP_CHARS)])
    assert line == f"Dog: Bo {fill(template.tried, value=shown)}"
    assert len(clip(long_step, MAX_TRIED_STEP_CHARS)) <= MAX_TRIED_STEP_CHARS
    assert with_tried("Dog: Bo", [], language) == "Dog: Bo"


def _tried_prefix(locale: str) -> str:
    return load_prompts(locale).profile.tried.split("{value}")[0]


@pytest.mark.parametrize(
    ("locale", "report", "step"), [("ko", REPORT_KO, STEP_KO), ("en", REPORT_EN, STEP_EN)]
)
@pytest.mark.parametrize("tapped", ["worse", "better"])
async def test_the_next_analysis_is_told_what_did_not_help(
    fake_telegram: FakeTelegramServer,
    fake_ollama: FakeOllama,  # noqa: F811
    tmp_path: Path,
    locale: str,
    report: str,
    step: str,
    tapped: str,
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 7311
    async with harness(fake_telegram, settings) as tg:
        await tg.say(chat, report, language_code=locale)
        await eventually(lambda: any(text.startswith("📌") for text in tg.sent(chat)))
        [first] = fake_ollama.chat_bodies()
        assert _tried_prefix(locale) not in user_text(first)
        await push_checkin(tg, chat, locale, step)
        await tg.tap(chat, t(locale, f"coaching-outcome-{tapped}"))
        await eventually(lambda: t(locale, "coaching-checkin-note") in tg.sent(chat))
        await tg.tap(chat, t(locale, "coaching-checkin-note-skip"))
        await eventually(lambda: t(locale, "coaching-checkin-note-skipped") in tg.sent(chat))
        await tg.say(chat, AGAIN[locale], language_code=locale)
        await eventually(lambda: len(fake_ollama.chat_bodies()) == 2)
        await tg.say(chat, ASKED[locale], language_code=locale)  # a question to the coach
        await eventually(lambda: len(fake_ollama.chat_bodies()) == 3)
    prompt, question = (user_text(body) for body in fake_ollama.chat_bodies()[1:])
    assert AGAIN[locale] in prompt and ASKED[locale] in question
    told = fill(load_prompts(locale).profile.tried, value=step)
    for sent in (prompt, question):
        if tapped == "worse":
            assert told in sent
        else:
            assert _tried_prefix(locale) not in sent and step not in sent


@pytest.mark.parametrize(("language", "budget"), [("ko", 110), ("en", 55)])
def test_two_long_failed_steps_fit_their_budget(language: str, budget: int) -> None:
    """Two model-written steps longer than the cut: the sentence naming them stays within `budget`
    qwen2.5 tokens (measured 102 in Korean, 48 in English): paid only by owners whose step failed."""
    from dogcoach.services.analysis.tokens import count

    steps = {
        "ko": [
            "초인종 소리를 작게 들려주고 조용하면 간식을 주세요. 하루에 두 번, 5분씩 연습하고 소리를 조금씩 키워 가세요.",
            "산책 전에 현관에서 앉아 기다리는 연습을 하고, 차분해지면 문을 열어 주세요. 흥분하면 다시 닫아요.",
        ],
        "en": [
            "Play a quiet doorbell sound and treat the dog while it stays calm; raise the volume a little each day.",
            "Before walks, ask for a sit at the door and open it only when he is calm; close it again if he jumps.",
        ],
    }[language]
    assert count(with_tried("", steps, language).strip()) <= budget
