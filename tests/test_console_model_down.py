"""The terminal without a model (fresh owner trial): `dogcoach chat` with no Ollama running answered
the first report "analysing now, the result in about 25 seconds", then a moment later that the model
could not be reached. It says at start that the model is not reachable, and the report's answer
says it is saved for when the model runs, with no time promised."""

from __future__ import annotations

from pathlib import Path

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_server import refused_url
from tests.test_console import _chat as run_chat

MESSAGES = Messages()


def _chat(cwd: Path, lines: list[str], lang: str) -> str:
    """`dogcoach chat` in a process, with nothing listening where Ollama should be."""
    return run_chat(cwd, lines, "--lang", lang, "--user", "ann", env_extra={"OLLAMA_HOST": refused_url()})


def test_the_terminal_says_the_model_is_not_reachable(tmp_path: Path) -> None:
    for lang, report in (("en", "he barks at every guest who comes in"), ("ko", "손님만 오면 계속 짖어요")):
        (tmp_path / lang).mkdir()
        out = _chat(tmp_path / lang, ["/cancel", report], lang)
        assert MESSAGES.format(lang, "console-model-down") in out, out
        assert MESSAGES.format(lang, "analysis-delayed") in out, out
        wait = MESSAGES.format(lang, "analysis-wait-seconds", seconds=25)
        assert wait not in out, out
