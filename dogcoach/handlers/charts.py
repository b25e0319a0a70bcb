"""What a chart's labels are written in, and the sentence that says so when it is not the owner's
language (issue 16: the /week chart switched to English silently).

Korean labels need a Hangul font (`services/fonts.py`: NanumGothic from the `koreanize-matplotlib`
dependency, else fonts-nanum). Without one, matplotlib draws empty boxes, so the chart is labelled
in English and the reply gains one line saying why (`chart-labels-english`).
"""

from __future__ import annotations

from dogcoach.services.i18n import Messages, Translator


def chart_labels(
    t: Translator, messages: Messages, text: str, *, hangul_font: bool
) -> tuple[Translator, str]:
    """(the translator to label the chart with, the reply's text): `t` and `text` as they are, or,
    for Korean without `hangul_font`, English labels and the text with the note appended."""
    if t.locale != "ko" or hangul_font:
        return t, text
    return Translator(messages, "en"), f"{text}\n\n{t('chart-labels-english')}"
