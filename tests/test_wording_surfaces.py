"""What each channel's owner reads where the channels differ (trial 2): Kakao has no slash commands,
so its help and its broadcast footer name words only; the terminal saves an export on this computer
instead of sending it. Through the real channels, both languages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dogcoach.config import Settings
from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_console import _chat
from tests.test_kakao_skill import kakao_settings, open_store, serve
from tests.test_telegram_e2e import Harness, harness, settings_for

MESSAGES = Messages()


@pytest.fixture
async def tg(fake_telegram: FakeTelegramServer, tmp_path: Path) -> Harness:  # type: ignore[misc]
    async with harness(fake_telegram, settings_for(fake_telegram, f"sqlite:///{tmp_path / 't.db'}")) as h:
        yield h


@pytest.mark.parametrize(("lang", "asked"), [("ko", "도움말"), ("ko", "뭐 할 수 있어?"), ("en", "help")])
async def test_kakao_help_lists_words_and_no_slash_command(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    lang: str,
    asked: str,
) -> None:
    """Fault: Kakao's help said "…or send the commands that start with /" and listed "(/start)"
    twice; a Kakao user cannot send them."""
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'kakao.db'}", fake_ollama.url)) as srv:
        user = srv.user(lang=lang)
        await user.send("고마워요" if lang == "ko" else "thanks")
        await user.send(asked)
        shown = "\n".join(user.texts)
    assert MESSAGES.format(lang, "help-text-kakao").splitlines()[1] in shown
    assert not re.search(r"/[a-z]|/ 로|with /", shown), shown
    assert ("시작 —" if lang == "ko" else "start —") in shown
    assert ("강아지 소개 —" if lang == "ko" else "about my dog —") in shown


@pytest.mark.parametrize("code", ["ko", "en"])
async def test_telegram_help_keeps_the_commands_once_each(tg: Harness, code: str) -> None:
    chat = 16300 if code == "ko" else 16301
    await tg.say(chat, "/help", language_code=code)
    help_text = next(t for t in tg.sent(chat) if "/help" in t)
    assert help_text.count("(/start)") == 1
    assert "/" in help_text.splitlines()[1]  # "…or the commands that start with /"


@pytest.mark.parametrize(
    ("lang", "typed", "reask"),
    [
        ("ko", "잘 모르겠어요", "survey-err-name-unknown"),
        ("ko", "!!", "survey-err-name-letters"),
        ("en", "not sure", "survey-err-name-unknown"),
        # "?" alone asks why the question is asked (stop 57, misc57, batch 568): its own reply
        ("en", "...", "survey-err-name-letters"),
    ],
)
async def test_kakao_name_reask_says_what_was_wrong(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    lang: str,
    typed: str,
    reask: str,
) -> None:
    """Fault: "잘 모르겠어요" or "?" at the name question was told "이름은 1~30자로 알려 주세요",
    though both are within 30 characters. The re-ask says what was wrong, then a name is taken."""
    async with serve(kakao_settings(f"sqlite:///{tmp_path / 'kakao.db'}", fake_ollama.url)) as srv:
        user = srv.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        assert user.texts[0] == MESSAGES.format(lang, reask)
        assert "30" not in user.text
        await user.send("초코" if lang == "ko" else "Coco")
        assert (
            MESSAGES.format(lang, "survey-q-age_months", name="초코" if lang == "ko" else "Coco") in user.text
        )


@pytest.mark.parametrize(("lang", "typed"), [("ko", "내보내기"), ("en", "export")])
def test_terminal_export_says_it_saves_here_not_sends(tmp_path: Path, lang: str, typed: str) -> None:
    """Fault: the terminal said "JSON 파일 하나로 보내 드려요" and then "📎 … 에 저장했어요": nothing
    is sent there, the file is written on this computer."""
    out = _chat(tmp_path, ["/cancel", typed], "--lang", lang, "--user", f"ex-{lang}")
    assert MESSAGES.format(lang, "export-ready-console") in out
    assert MESSAGES.format(lang, "export-ready") not in out
    saved = next(line for line in out.splitlines() if "📎" in line)
    path = Path(saved.split("📎", 1)[1].replace("Saved to", "").replace("에 저장했어요", "").strip())
    assert (tmp_path / path).exists() and path.suffix == ".json"  # relative to the working directory


@pytest.mark.parametrize(("lang", "asked"), [("ko", "변화"), ("en", "progress")])
async def test_kakao_progress_without_a_weekly_rate_sends_no_weekly_chart(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
    lang: str,
    asked: str,
) -> None:
    """Fault: one report today gave the caption "짖음: 지금까지 1번 (한 주에 몇 번인지는 7일이 지나면…)"
    with a chart titled "처음과 최근: 한 주에 몇 번", a bar "1.0 · 2.0/4" and an alt text about weekly
    counts. With no weekly rate yet, the count is said in words and no chart contradicts it."""
    url = f"sqlite:///{tmp_path / 'k.db'}"

    def settings(base_url: str) -> Settings:
        return kakao_settings(url, fake_ollama.url, PUBLIC_BASE_URL=base_url)

    async with serve(settings) as srv:
        user = srv.user(lang=lang)
        await user.send("고마워요" if lang == "ko" else "thanks")
        async with open_store(url) as store, store.session() as s:
            owner = await s.get_user("kakao", user.key)
            assert owner is not None
            report = await s.add_report(owner.id, None, "손님이 오면 짖어요", lang)
            report.status = "done"
            report.analysis = {"category": "barking", "intensity": 2, "summary": ["a", "b", "c"]}
            await s.update_report(report)
            await s.claim_delivery(report.id)
        await user.send(asked)
        outputs = user.last["template"]["outputs"]
        category = MESSAGES.format(lang, "category-barking")
        line = MESSAGES.format(lang, "coaching-progress-so-far", category=category, count=1, before_level="2")
        assert any(line in o.get("simpleText", {}).get("text", "") for o in outputs), outputs
        assert not any("simpleImage" in o for o in outputs), outputs
        assert "kakao.held" not in user.choice_ids  # nothing is still being drawn
