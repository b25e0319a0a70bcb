"""A Korean word typed with a space inside it (an older owner on a phone keyboard: "작 습니다",
"있 습니다", "없 어요"; Korean acceptance trial 4): read as the one word it is.

Only a lone syllable followed by a word that starts with a verb ending no Korean word starts
with (`understanding-split-ending`: "습니다", "어요") is joined; every other space is a real word
break and stays. Names and breeds split the same way ("몽 실이", "시 츄") are joined by their own
readers, where the whole answer is one name or one known breed (`answers.SurveyAnswers`).
"""

from __future__ import annotations

import re

_LONE_SYLLABLE = re.compile(r"(?:(?<=\s)|^)([\uac00-\ud7a3]) (?=(\S+))")


def rejoin(text: str, endings: tuple[str, ...]) -> str:
    """`text` with each lone Hangul syllable joined to the next word when that word starts with
    one of `endings` ("심장 약을 먹고 있 습니다" → "… 있습니다"); `text` itself when none is."""
    if not endings or " " not in text:
        return text

    def join(match: re.Match[str]) -> str:
        following = match.group(2)
        return match.group(1) if following.startswith(endings) else match.group(0)

    return _LONE_SYLLABLE.sub(join, text)
