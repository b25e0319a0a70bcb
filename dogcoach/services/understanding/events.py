"""Whether a message tells something that happened: the past tense, read without a tagger.

Used by the report reading (a past event naming no behaviour is offered to be analysed, never
lost as noise) and by the command reading (a time word in a told event, "지난주에 병원
다녀왔어요", is no request for the week's summary).
"""

from __future__ import annotations

from dogcoach.services.understanding.text import Folded
from dogcoach.services.understanding.vocabulary import Vocabulary

# Hangul syllables U+AC00..U+D7A3 are (initial × 21 + medial) × 28 + final; final 20 is ㅆ, the
# past tense's "-ㅆ-" (Unicode 15, §3.12 "Conjoining Jamo Behavior").
HANGUL_FIRST, HANGUL_LAST, PAST_FINAL = 0xAC00, 0xD7A3, 20
# Small talk around a past tense that makes it no event ("hi, I came about my dog", "I'm back").
EVENT_NOT_TALK = ("greeting", "thanks", "bye", "back", "resume")
# An English word in "-ed" is a past form from this many letters on ("fed" is, "bed" is listed).
PAST_ED_MIN_LETTERS = 4


def past_told(vocabulary: Vocabulary, message: Folded) -> bool:
    """The message says something in the past tense: a Hangul syllable with the final consonant
    of the past (U+11BB, "-았/었/였-"; `understanding-event-not-past` lists the syllables with it
    that are no past, "있", "겠"), an English word in "-ed" that is no adjective
    (`understanding-event-not-past`: "tired", "worried"), or an irregular past
    (`understanding-event-past`: "went", "fell")."""
    not_past = vocabulary["understanding-event-not-past"]
    for ch in message.compact:
        past = HANGUL_FIRST <= ord(ch) <= HANGUL_LAST and (ord(ch) - HANGUL_FIRST) % 28 == PAST_FINAL
        if past and not not_past.contains(Folded(ch)):
            return True
    for word in message.spaced.split():
        if (
            len(word) >= PAST_ED_MIN_LETTERS
            and word.isascii()
            and word.endswith("ed")
            and not not_past.contains(Folded(word))
        ):
            return True
    return vocabulary["understanding-event-past"].contains(message)


def event_told(vocabulary: Vocabulary, message: Folded) -> bool:
    """Something said to have happened (`past_told`), neither small talk around it ("안녕하세요
    강아지 때문에 왔어요": a greeting, its "came" no event) nor the dog's arrival told
    (`understanding-event-arrival`, "새로 강아지 입양했어요": an introduction). Held-out batch 3:
    "놀래서 주저앉았어요", "뛰쳐나가서 … 잡으러다녔어요" named no behaviour the rules know and
    were lost as noise."""
    if any(vocabulary[f"understanding-talk-{talk}"].contains(message) for talk in EVENT_NOT_TALK):
        return False
    if vocabulary["understanding-event-arrival"].contains(message):
        return False
    return past_told(vocabulary, message)
