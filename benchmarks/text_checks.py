"""Every check that reads an owner's text, on the longest messages a platform delivers.

A turn's text checks run on the event loop, so a check that is slower than linear in the length of
the text holds every other owner's turn for as long as it backtracks: the report-language pattern
once took 0.1-0.3 s on 4,096 characters without a space (issue 14). Printed: the worst time per
check over hostile inputs of Telegram's maximum length (4,096 characters: one long word, runs of
one character, URL-like repetitions, alternating scripts), and the ratio of the time for 4,096
characters to the time for 1,024 (about 4 for a linear check, 16 for a quadratic one).

    .venv/bin/python benchmarks/text_checks.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dogcoach.domain.survey import QUESTIONS  # noqa: E402
from dogcoach.handlers.parsing import (  # noqa: E402
    AGE_UNITS,
    HOUR_UNITS,
    MINUTE_UNITS,
    Lexicon,
    parse_count,
    parse_quantity,
    survey_context,
)
from dogcoach.handlers.results.render import report_language  # noqa: E402
from dogcoach.services.i18n import Messages, normalize  # noqa: E402
from dogcoach.services.safety import SafetyChecker  # noqa: E402
from dogcoach.services.understanding import Context, Expect, Understander  # noqa: E402

MAX_CHARS = 4096
# Units repeated up to the length: what makes a backtracking pattern try every split.
UNITS = [
    "a", "1", "가", "ㅋ", ".", " ", "www.", "http://", "a.", "a-", "a'", "가a", "a가", "1a", "ㅋㅋ ",
    "https://x ", "!?", "😀", "\u00e9", "/", "a, ", "dog and ", "12살 ", "3시간 ",
]  # fmt: skip


def hostile(length: int) -> list[str]:
    texts = [(unit * (length // len(unit) + 1))[:length] for unit in UNITS]
    texts += [t[:-1] + "!" for t in texts]  # a trailing mismatch: where backtracking begins
    return texts


def checks(messages: Messages) -> dict[str, Callable[[str], object]]:
    understander = Understander(messages)
    lexicon = Lexicon(messages)
    safety = SafetyChecker(messages)
    contexts = {
        "understand (idle)": Context(Expect.NOTHING),
        "understand (first contact)": Context(Expect.FIRST_CONTACT),
        "understand (follow-up)": Context(Expect.FOLLOWUP, topic="antecedent"),
    }
    found: dict[str, Callable[[str], object]] = {
        "report_language": lambda text: report_language(text, "ko"),
        "safety check": safety.check,
        "i18n normalize": normalize,
        "label match (any message)": lambda text: messages.match_any(
            text, ["delete-confirm", "language-name-en"]
        ),
        "quantity reader: age": lambda text: parse_quantity(text, lexicon, AGE_UNITS, "years"),
        "quantity reader: hours": lambda text: parse_quantity(text, lexicon, HOUR_UNITS, "hours"),
        "quantity reader: minutes": lambda text: parse_quantity(text, lexicon, MINUTE_UNITS, "minutes"),
        "quantity reader: count": lambda text: parse_count(text, lexicon),
    }
    # The understanding service, as the router calls it for every message.
    for name, context in contexts.items():
        found[name] = lambda text, c=context: understander.understand(text, c)
    for question in QUESTIONS:
        context = survey_context(question)
        found[f"survey answer: {question.key}"] = lambda text, c=context: understander.understand(text, c)
    return found


def worst(check: Callable[[str], object], texts: list[str], repeat: int = 3) -> tuple[float, str]:
    """The slowest text's time (the best of `repeat` runs, so another process's burst on a shared
    machine does not count) and how it starts."""
    slowest, which = 0.0, ""
    for text in texts:
        elapsed = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            check(text)
            elapsed = min(elapsed, time.perf_counter() - started)
        if elapsed > slowest:
            slowest, which = elapsed, text[:12]
    return slowest, which


def main() -> None:
    messages = Messages()
    long, short = hostile(MAX_CHARS), hostile(MAX_CHARS // 4)
    print(f"worst time per check over {len(long)} hostile texts of {MAX_CHARS} characters")
    print(f"{'check':<34} {'worst ms':>9} {'x (4096 vs 1024)':>17}  worst input starts")
    for name, check in checks(messages).items():
        check("warm up")
        slow, which = worst(check, long)
        small, _ = worst(check, short)
        ratio = slow / small if small > 0 else float("nan")
        print(f"{name:<34} {slow * 1000:9.2f} {ratio:17.1f}  {which!r}")


if __name__ == "__main__":
    main()
