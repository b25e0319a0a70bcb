"""A correction asked for beside the new value, no question open ("Rex is neutered, please correct
that", "중성화 했어요 고쳐주세요"; stop 64, misc64: the edit opened, or "part of a report", and the
value told lost).

The request (`understanding-correction-request`: "please correct that", "고쳐주세요") said whole
as the message's first or last words: the rest is read alone, and when it tells the profile (a
fact told, a correction with its field) that is the message: the value applied with the usual line.
A field named with no value ("중성화 고쳐주세요") tells no fact, and stays the edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dogcoach.services.understanding.text import Folded

if TYPE_CHECKING:
    from dogcoach.services.understanding.vocabulary import Vocabulary

# The reason of a profile fact told with the request (`Understanding.argument`: its words alone,
# read by the flow in place of the whole message)
CORRECTION_REQUESTED = "told-with-fix-asked"
# The most words a request spans ("can you please correct that for me").
_REQUEST_WORDS = 7
_MARKS = " ,.;:~!…-—ㅠㅜ"


def correction_request_dropped(text: str, vocabulary: Vocabulary) -> str | None:
    """`text` without the correction request said whole at its end or its start; None when there
    is none, or nothing else is said."""
    request = vocabulary["understanding-correction-request"]
    words = text.split()
    for size in range(min(_REQUEST_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[len(words) - size :]).strip(_MARKS)
        if tail and request.whole(Folded(tail)):
            rest = " ".join(words[: len(words) - size]).strip(_MARKS)
            return rest or None
        head = " ".join(words[:size]).strip(_MARKS)
        if head and request.whole(Folded(head)):
            rest = " ".join(words[size:]).strip(_MARKS)
            return rest or None
    return None
