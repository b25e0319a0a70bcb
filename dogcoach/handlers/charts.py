"""What a chart's labels are written in, and the sentence that says so when it is not the owner's
language (issue 16: the /week chart switched to English silently).

Korean labels need a Hangul font (`services/fonts.py`: NanumGothic from the `koreanize-matplotlib`
dependency, else fonts-nanum). Without one, matplotlib draws empty boxes, so the chart is labelled
in English and the reply gains one line saying why (`chart-labels-english`).
"""

from __future__ import annotations

import dataclasses

from dogcoach.domain.types import Reply
from dogcoach.services.i18n import Messages, Translator


def chart_labels(
    t: Translator, messages: Messages, text: str, *, hangul_font: bool
) -> tuple[Translator, str]:
    """(the translator to label the chart with, the reply's text): `t` and `text` as they are, or,
    for Korean without `hangul_font`, English labels and the text with the note appended."""
    if t.locale != "ko" or hangul_font:
        return t, text
    return Translator(messages, "en"), f"{text}\n\n{t('chart-labels-english')}"


def without_chart(t: Translator, reply: Reply, *, files: bool) -> Reply:
    """`reply` shown before its chart was drawn (`Turn.reply_later`'s `unfinished`: the channel
    could not wait, Kakao's 5 s deadline behind a chart worker still warming up, stop 61): its text,
    and one line saying the chart comes with the next ask (`chart-later`); the text alone where no
    picture would be shown anyway (`files` False: Kakao without a download link)."""
    if not files:
        return reply
    return dataclasses.replace(reply, text=f"{reply.text}\n\n{t('chart-later')}")
