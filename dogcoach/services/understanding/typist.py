"""Who is typing, told beside the answer at a survey question ("(손녀가 대신 써요) 할머니 할아버지
엄마 아빠 저 다섯명이요", "(남편임ㅋㅋ) 2살이요 와이프 폰으로 하는중", "2 years old (my son typing for
me)", "this is her husband typing, about 4 hours"; held-out 10: a correction for "대신", or "not
'남편 와이프 폰으로하 중'"): no part of the answer. The part in brackets, or the clause, that says so
(`understanding-typist`) and holds no digit is left out, and the rest read as if typed alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dogcoach.services.understanding.text import Folded, clauses_of

if TYPE_CHECKING:
    from dogcoach.services.understanding.vocabulary import Vocabulary

# A part in brackets.
_BRACKETED = re.compile(r"[(\[（【][^()\[\]（）【】]*[)\]）】]")


def typist_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the parts saying who types it; None when none is said or nothing else is
    left."""
    typist = vocabulary["understanding-typist"]

    def says_who(part: str) -> bool:
        return not any(ch.isdigit() for ch in part) and typist.contains(Folded(part))

    dropped = False
    kept: list[str] = []
    at = 0
    for m in _BRACKETED.finditer(text):
        kept.append(text[at : m.start()])
        if says_who(m.group()[1:-1]):
            dropped = True
            kept.append(" ")
        else:
            kept.append(m.group())
        at = m.end()
    kept.append(text[at:])
    rest = "".join(kept)
    clauses = [c for c in clauses_of(rest) if c.strip()]
    if len(clauses) > 1:
        left = [c for c in clauses if not says_who(c)]
        if len(left) < len(clauses):
            dropped = True
            rest = " ".join(left)
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if dropped and rest else None
