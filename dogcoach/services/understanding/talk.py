"""Small talk and what the owner says about the coaching rather than the dog: thanks, greetings,
laughter, praise, "he's fine now", a plan or a verdict about the result's advice, "calm today",
an answer said with a shrug, and the closing words ("그게 다예요", "that's all", "없어요").
"""

from __future__ import annotations

import re
from functools import cached_property

from dogcoach.services.i18n import normalize
from dogcoach.services.understanding.commands import CommandReading
from dogcoach.services.understanding.model import (
    BEHAVIOUR_QUESTIONS,
    QUANTITIES,
    Approximate,
    Context,
    Expect,
    Kind,
    Option,
    Unclear,
    Understanding,
    Value,
)
from dogcoach.services.understanding.quantity import WEIGHT_UNITS
from dogcoach.services.understanding.signals import Signals
from dogcoach.services.understanding.text import Folded, Script, clauses_of, without_trailing_jamo
from dogcoach.services.understanding.vocabulary import Table, Units, blanked, cover, emoji_only_of, units_of

_REPEAT = re.compile(r"(\S{1,2}?)\1{2,}")
_DRAWN = re.compile(r"([a-z])\1+\b")
# Praise longer than this is read by the other rules (a long message about a cute dog tells more).
PRAISE_MAX_WORDS = 8
# Good news of a time with another dog is told with a little more around it ("Max played with my sister's dog today and it
# went great!!"; stop 56, held-out 12: noise).
NEWS_MAX_WORDS = 12
# A problem behaviour told as not happening, with praise around it ("Rocky's been so good this
# week, no barking at all 🥹"; held-out 11: 9 words, a report analysed), is this long at most.
CALM_MAX_WORDS = 12
# …or this long with the step tried said around it ("tried the u-turn you showed me and it works 👍
# yesterday two dogs walked past and no barking at all"; stop 59, held-out 14: a report analysed).
STEP_CALM_MAX_WORDS = 20
# A measure said with a shrug ("한 5미터?", "about 15kg?") is this short at most (`measure_said`).
MEASURE_MAX_WORDS = 4
# What an owner says about a result's advice (a plan, that it worked or did not) is short; a longer
# message tells more and is read by the usual rules.
ADVICE_MAX_WORDS = 10
# Feedback on the advice said with why ("we tried that already lol she doesnt care about treats
# when shes worked up"): this long at most when it points at the advice tried.
FEEDBACK_MAX_WORDS = 16
# Words pointing at a photo ("얘 왜 이래요", "look at him") are this short at most.
PHOTO_POINTED_MAX_WORDS = 6
# How trying the step went, told with when it was tried ("어제 해봤는데 아직도 짖어요", "tried it
# yesterday, she was calmer!"): this long at most; a longer message tells more.
TRIED_TOLD_MAX_WORDS = 12
# …or this long when the message opens with the trying ("tried it for a week, now she only barks
# for like 10 min, much better!", verification trial, stop 54: a new report analysed)
TRIED_FIRST_MAX_WORDS = 16
# How a behaviour is going, told with its name ("still chews the shoes though"), is short.
PROGRESS_MAX_WORDS = 8
# The reason of a behaviour told as still happening: no change, or a report where nothing is tried.
STILL_TOLD = "still-told"
# A plan step told as tried that did not take ("tried the mat thing, he just ignored it", "해봤는데
# 별로"; held-out 8, stop 53): feedback on the plan; `STEP_TRIED_TOLD` when it tells what the dog
# did ("매트훈련 해봤는데 매트에 안올라가요ㅠ 간식만 먹고 도망감"), which the flow takes as a report when
# no plan is being tried (the report it was before).
STEP_TRIED, STEP_TRIED_TOLD = "step-tried", "step-tried-told"
# The same, when it points at the advice ("like you said", `understanding-advice-pointed`).
ADVICE_POINTED_MAX_WORDS = 16
# A check-in's four outcomes, read inside a sentence by their `understanding-concept-outcome_*`
# words, and the small talk each is kept as (`handlers/coaching/feedback.py`: the check-in's answer).
TRIED_OUTCOMES: dict[str, str] = {"better": "worked", "same": "so_so", "worse": "worse"}
# The small talk a feeling said beside it outweighs ("hi um im a bit panicked rn": the feeling is
# answered, not the hello; an apology or thanks beside it keeps its own reply).
FEELING_OVER = frozenset({"sad", "greeting", "agree", "reaction", "laughter"})
# The small talk agreeing outweighs ("와 딱 맞네요 ㅋㅋ 그래서 그랬구나" right after a result: the
# agreement is answered, not the "와"; stop 56, batch 520).
AGREE_OVER = frozenset({"agree", "reaction", "laughter"})
# The vet's word to wait and watch (`understanding-vet-wait`) is read in a message this long at most.
VET_WAIT_MAX_WORDS = 20
# An apology made only of `understanding-talk-sorry`'s words is read up to this long ("sorry for
# all the caps earlier, I was panicking"; stop 59, held-out 15: a report analysed), past the eight
# words other small talk is read in.
SORRY_MAX_WORDS = 14
# Where an English clause ends ("tried it yesterday, she was calmer": "yesterday" dates the trying;
# "we tried it and yesterday he barked at the mailman": it dates an incident).
_LATIN_CLAUSE = re.compile(r"[,.!?;:\n…]+|\b(?:and|but|then|so|though)\b")


class TalkReading(CommandReading):
    """Small talk and talk about the advice (reads the shared tables only)."""

    def _small_talk(self, message: Folded, *, closing: bool = False) -> str | None:
        """What small talk the whole message is, if it is; `closing`: nothing is open, so "그게
        다예요" / "that's all" close the exchange (owner trial: they got "I'm not sure what you mean")."""
        if message.only(Script.EMOJI, Script.MARK):
            if emoji_only_of(self.messages, message, "understanding-talk-thanks-emoji"):
                return "thanks"  # "🙏🙏" (stop 63, held-out 19: read as any emoji)
            return "emoji" if message.has(Script.EMOJI) else None
        if normalize(message.text) in self.messages.aliases("understanding-talk-emoticon"):
            return "emoji"  # "(이모티콘)": what KakaoTalk sends for an emoticon (pre-merge trial)
        if message.words > 8:
            sorry = message.words <= SORRY_MAX_WORDS and cover(message.units, self._sorry_only) is not None
            return "sorry" if sorry else None
        if self._fond(message):
            return "fond"
        squeezed = _REPEAT.sub(r"\1\1", message.folded)
        if "?" in message.text or "？" in message.text:  # "잘 지냈어요?": a how-are-you (ko10)
            table = self._closing_talk_asked if closing else self._talk_asked
        else:
            table = self._closing_talk if closing else self._talk
        pieces = cover(units_of(squeezed), table)
        if not pieces:  # the last letter drawn out ("hiii", "heyy", "hellooo"): typed once
            pieces = cover(units_of(_DRAWN.sub(r"\1", squeezed)), table)
        if not pieces:  # the dog called by name ("잘자 콩이야~ 바이", acceptance trial): said to it
            called = " ".join(w for w in squeezed.split() if not self._vocative.fullmatch(w))
            if called != squeezed and called:
                pieces = cover(units_of(called), table)
        if not pieces:  # "까미 엄마예요~ 다시 왔어요": the owner named by their dog (owner trial 31)
            pieces = self._owner_named(squeezed)
        if not pieces:
            return None
        talk = [tag.split(":", 1)[1] for tag, _ in pieces if tag.startswith("talk:")]
        if any(tag == "away" for tag, _ in pieces):
            # why the owner steps away ("brb kid crying", "잠깐만요 손님 왔어요"): only beside a wait
            return "wait" if "wait" in talk else None
        if "to_vet" in talk:
            return "to_vet"  # "ok going to the vet", "ㅇㅋ 병원갈게": the vet first (owner trial 25)
        if "thanks" in talk:
            return "thanks"  # "ㅇㅋ 고마워", "ok thanks": the thanks is what is said (trial finding 16)
        if "done" in talk:
            return "done"  # "ok that's it", "네 그게 다예요": the closing, not the agreement
        if "resume" in talk:
            return "resume"  # "hey sorry got busy": back to the open question, not the greeting
        if "retract" in talk:
            return "retract"  # "앗 잘못 보냈어요", "sorry wrong chat": taken back, not the "앗" (trial 12)
        if "objection" in talk:
            return "objection"  # "아니 그게 아니고요", "no that's not it": an objection, not the "no"
        if "just-asking" in talk:
            return "just-asking"  # "아 그냥 물어본거예요": the message before was a question (trial 12)
        if "may-ask" in talk:
            return "may-ask"  # "안녕하세요!! 궁금한게 많아요": leave to ask, not only the hello (stop 49)
        if "wait" in talk and set(talk) <= {"wait", "sorry", "reaction"}:
            return "wait"  # "아 죄송 잠시만", "oh wait sorry": the time asked for, not the "아" (stop 50)
        if "sad" in talk and set(talk) <= FEELING_OVER:
            return "sad"  # "hi um im a bit panicked rn": how the owner feels, not the hello (stop 50)
        if "recognised" in talk:
            # "ㅋㅋㅋㅋ 진짜 우리애 얘기네", "lmao that's exactly him" after a result (stop 56, held-out
            # 11: noise): the result recognised as their dog's, laughed at or only said
            return "laughter" if "laughter" in talk else "reaction"
        if "wait" in talk and set(talk) <= {"agree", "wait"}:
            return "wait"  # "넵 기다릴게요", "ok will wait": the waiting, not the okay (stop 50)
        if "agree" in talk and set(talk) <= AGREE_OVER:
            return "agree"  # "와 딱 맞네요 ㅋㅋ", "oh wow spot on": the agreement, not the "와" (stop 56)
        return talk[0] if talk else None

    @cached_property
    def _help_wanted_table(self) -> Table:
        v = self.vocabulary
        table = Table().add("want", v["understanding-help-wanted"])
        # stop 62: the help asked for, the dog and the words of asking, in any order
        table.add("ask", v["understanding-help-wanted-ask"]).add("dog", v["understanding-help-wanted-dog"])
        table.add("skip", v["understanding-help-wanted-frame"])
        for entry in (
            "understanding-talk-greeting",
            "understanding-talk-filler",
            "understanding-talk-laughter",
            "understanding-polite-ending",
        ):
            table.add("skip", v[entry])
        return table

    def help_wanted(self, message: Folded, *, any_way: bool = False) -> bool:
        """Only help with the dog wanted, greetings and fillers beside it ("I want help with my
        dog", "안녕하세요 강아지 훈련 도와주세요": `understanding-help-wanted`; stop 61 trial: the
        profile card of a dog called "With"): no name, no answer, no command, nothing happened.
        `any_way` (a survey question is open): also a word asking for help beside the dog with
        only words of asking around (stop 62); idle such a question ("강아지 훈련 상담 받을수있나요??")
        stays the help (batch 335)."""
        pieces = cover(Folded(message.text.rstrip(" .!~?")).units, self._help_wanted_table)
        if pieces is None:
            return False
        tags = {tag for tag, _ in pieces}
        # or a word asking for help beside the dog, with only words of asking around ("우리 강아지
        # 훈련 상담을 받고자 합니다", "i need help w my dog"; stop 62 owner trial: the help, the card)
        return "want" in tags or (any_way and {"ask", "dog"} <= tags)

    @cached_property
    def _sorry_only(self) -> Table:
        return Table().add("talk:sorry", self.vocabulary["understanding-talk-sorry"])

    @cached_property
    def _talk_owner_named(self) -> Table:
        table = Table(dict(self._talk.entries), self._talk.longest)
        table.add("skip", self.vocabulary["understanding-talk-owner-self"])  # "I'm", "저는"
        return table.add("talk:greeting", self.vocabulary["understanding-talk-owner-of"])

    def owner_words(self, words: list[str]) -> list[str]:
        """`words` with a Korean word that glues the owner's word to the dog's name ("초코엄마예요",
        "까미맘"; stop 47) typed apart, as "초코 엄마예요" is; `words` as they are otherwise."""
        owner = self._owner_of_hangul
        for at, word in enumerate(words):
            if word.isascii():
                continue
            for k in range(1, len(word)):
                # a phrase's units lie in its own words: as many words as its longest (stop 58,
                # misc58: "1 " * 4900 read the whole rest at every word, minutes on one message)
                after = units_of(" ".join([word[k:], *words[at + 1 : at + self._owner_of_words]]))
                if after and any(after[: len(p)] == p for p in owner.get(after[0], ())):
                    return [*words[:at], word[:k], word[k:], *words[at + 1 :]]
        return words

    @cached_property
    def _owner_of_words(self) -> int:
        """The most units in a phrase of `understanding-talk-owner-of`: a word holds one unit at
        least, so that many words after a position hold any phrase that starts there."""
        return max((len(p) for p in self.vocabulary["understanding-talk-owner-of"].phrases), default=1)

    @cached_property
    def _owner_of_hangul(self) -> dict[str, tuple[Units, ...]]:
        """The Hangul phrases of `understanding-talk-owner-of` by their first letter: only those
        can open what follows a split (stop 49's profile: every phrase tried at every split, ~2 %)."""
        by_first: dict[str, list[Units]] = {}
        for p in self.vocabulary["understanding-talk-owner-of"].phrases:
            if p and not p[0].isascii():
                by_first.setdefault(p[0], []).append(p)
        return {first: tuple(phrases) for first, phrases in by_first.items()}

    def owner_named_at(self, words: list[str]) -> int | None:
        """The position of the dog's name in `words` where the owner names themselves by it
        (`_owner_named`): the word right before `understanding-talk-owner-of`, the rest small
        talk; None for none (a lead-in before it, `understanding-name-owned`)."""
        owner = self.vocabulary["understanding-talk-owner-of"].phrases
        for i in range(len(words) - 1):
            after = units_of(" ".join(words[i + 1 : i + 1 + self._owner_of_words]))
            if any(after[: len(p)] == p for p in owner):
                word = Folded(words[i])
                if (
                    self.vocabulary["understanding-name-owned"].whole(word)
                    or any(word.units[: len(p)] == p for p in owner)
                    or cover(units_of(words[i]), self._person_word) is not None
                ):
                    # "my mum", "우리 엄마예요", "엄마 아빠 저", "저랑 엄마" (at the household, stop
                    # 47: a greeting): people, no dog named
                    return None
                rest = units_of(" ".join(words[:i] + words[i + 1 :]))
                return i if cover(rest, self._talk_owner_named) else None
        return None

    @cached_property
    def _person_word(self) -> Table:
        """A person's word with its particle ("저랑", "me"): never a dog's name before "엄마"."""
        v = self.vocabulary
        return Table().add("person", v["lex-person"]).add("skip", v["lex-filler"])

    def _owner_named(self, squeezed: str) -> list[tuple[str, Units]] | None:
        """The small talk of a message in which the owner names themselves by their dog ("까미
        엄마예요~ 다시 왔어요", "kkamis mom here, back again"; Korean owner trial 31: "not sure what
        you mean"): the word right before `understanding-talk-owner-of` is the dog's name, left
        out; the rest must be small talk, the naming itself a greeting."""
        words = self.owner_words(squeezed.split())  # "초코엄마예요" too (stop 47)
        at = self.owner_named_at(words)
        return (
            None
            if at is None
            else cover(units_of(" ".join(words[:at] + words[at + 1 :])), self._talk_owner_named)
        )

    @cached_property
    def _fond_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("fond", v["understanding-talk-fond"])
        table.add("bot", v["understanding-talk-bot-name"])
        table.add("skip", v["understanding-polite-ending"])
        table.add("skip", v["understanding-talk-reaction"])  # "omg ur so helpful" (owner trial 29)
        table.add("skip", v["understanding-talk-laughter"])  # "똑똑하네요 ㅋㅋ"
        return table.add("skip", v["understanding-talk-filler"])

    def _fond(self, message: Folded) -> bool:
        """Affection or thanks for the bot itself ("love you dogcoach", "사랑해 도그코치", "you're
        the best"): the whole message is such words, with the bot named or the words spoken to it
        (`understanding-talk-fond-you`). Owner trial 9: praise of the dog ("that's lovely to
        hear") or noise; "사랑해 콩아", the dog called, stays praise."""
        pieces = cover(message.units, self._fond_words)
        if not pieces or not any(tag == "fond" for tag, _ in pieces):
            return False
        v = self.vocabulary
        return v["understanding-talk-bot-name"].contains(message) or v[
            "understanding-talk-fond-you"
        ].contains(message)

    def _back_greeting(self, message: Folded) -> bool:
        """The owner says they are back ("hi, i'm back", "back again", "돌아왔어요") and the whole
        message is small talk: a greeting, so no option is read in it ("back" is the survey's Back
        button: batch 73, an earlier owner trial went back a question)."""
        return (
            self.vocabulary["understanding-talk-back"].contains(message)
            and self._small_talk(message) is not None
        )

    def _praise(self, message: Folded, signals: Signals, *, entry: str = "understanding-talk-praise") -> bool:
        """Praise or affection for the dog in a short message that tells no behaviour and asks
        nothing ("우리 초코 너무 귀엽죠", "she's the best girl"): small talk, never an incident to
        analyse (trial finding 3). A trailing "?" alone ("귀엽죠?") is rhetorical. With `entry`
        `understanding-talk-news`, good news alike ("오늘 처음으로 앉아 성공했어요!!", fresh trial:
        analysed as a problem, with a plan and a check-in)."""
        played = entry == "understanding-talk-news" and self.vocabulary[
            "understanding-talk-news-played"
        ].contains(message)
        most = NEWS_MAX_WORDS if played else PRAISE_MAX_WORDS
        if message.words > most or signals.behaviour or signals.narrated:
            return False
        if not self.signals.said(message, entry, "understanding-not-praise"):
            return False
        if entry == "understanding-talk-news" and self._taken_back(message) is not None:
            return False  # "finally stopped… nope he started again": no news (owner trial)
        if entry == "understanding-talk-news" and signals.question and self.signals.asks(message):
            return False  # "does a thundershirt make him calmer?": asked whether it would (owner trial 11)
        v = self.vocabulary
        return not (
            v["understanding-question-word"].contains(message)
            or v["understanding-question-ask"].contains(message)
        )

    def _vet_cleared(self, message: Folded, signals: Signals) -> bool:
        """Back from the vet, told the dog is fine ("병원 다녀왔는데 괜찮대요", "vet says he's ok";
        owner trial 30: offered the analysis, or after a red flag told to see the vet): news of
        its own, in a short message that asks nothing and names no behaviour. Not of the other
        party of the incident ("피는 조금 났고 상대 개는 괜찮대요", stop 60, held-out 15: the vet's
        all-clear while a fight report waited): detail of that report."""
        v = self.vocabulary
        if v["understanding-detail-other-party"].contains(message):
            return False
        if (
            message.words <= VET_WAIT_MAX_WORDS
            and not self.signals.asks(message)
            and v["understanding-vet-said"].contains(message)
            and v["understanding-vet-wait"].contains(message)
        ):
            # "vet said the sock should pass, just have to watch his poop 😅 thanks for the quick
            # reply" (stop 59, held-out 15: a report analysed): the vet's word to wait and watch,
            # news of its own; the poop watched is no behaviour told
            return True
        if message.words > ADVICE_MAX_WORDS or signals.behaviour or self.signals.asks(message):
            return False
        if message.words <= PRAISE_MAX_WORDS and v["understanding-talk-vet-cleared"].contains(message):
            return True
        # "vet said her knees are fine btw", "the vet checked his hips and said theyre fine"
        # (held-out 9: a health note, noise): the vet named as saying it and what was checked
        # said to be fine, whatever part it was (what was checked makes it longer)
        return v["understanding-vet-said"].contains(message) and v["understanding-vet-fine"].contains(message)

    def _fine_now(self, message: Folded, signals: Signals) -> bool:
        """The dog is fine lately ("요즘은 괜찮아요", "이제 좀 나아요", "he's fine these days"): news,
        not a question, though "괜찮아요" and "나아요" ask ("이거 괜찮아요") when no time word is
        said (owner trial K: a question for the coach model). Asked outright ("?") it stays a
        question."""
        if message.words > PRAISE_MAX_WORDS or signals.behaviour or self.signals.asks(message):
            return False
        return self.vocabulary["understanding-talk-fine-now"].contains(message)

    def _about_the_advice(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """After a result, what the owner says about its advice, in a short message that tells no
        behaviour: a plan to try it ("내일부터 해볼게요", "will try tomorrow") or news that it worked
        ("tried your tip and it worked!") is small talk; that it did not ("그건 이미 해봤는데
        안돼요", "already tried that, doesn't work") is feedback kept against the plan
        (`_advice_feedback`, batch 57; a question for the coach before it). Never detail glued
        onto the report and analysed again (pre-merge trial: all of them were). Idle, only the plan and the news (no advice is in view).
        That the advice does not fit the dog ("간식 안 먹어요", "he won't take treats outside"), a
        refusal the behaviour words read as one, is small talk with a fixed line once the result
        was shown, its "how often?" open or not (batch 49: analysed as a new report); at "what
        happened before / after?" it may be the answer."""
        v = self.vocabulary
        shown = (context.expect is Expect.PENDING and context.seen) or (
            context.expect is Expect.FOLLOWUP and context.topic == "frequency"  # cannot answer it
        )
        if (
            message.words <= ADVICE_MAX_WORDS
            and shown
            and not signals.question
            and v["understanding-advice-misfit"].contains(message)
        ):
            return Understanding(Kind.SMALL_TALK, message.text, talk="misfit", reason="advice-misfit")
        if self._advice_feedback(message, signals, context):
            return Understanding(Kind.SMALL_TALK, message.text, talk="feedback", reason="advice-feedback")
        # the advice pointed at ("like you said", "말씀하신대로"; owner trial 21: "we tried trading
        # for treats like you said and it kinda worked" was glued onto the report) says what the
        # longer message is about
        longest = (
            ADVICE_POINTED_MAX_WORDS
            if v["understanding-advice-pointed"].contains(message)
            else ADVICE_MAX_WORDS
        )
        if self._worked_first(message, signals):
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="worked-first")
        if message.words > longest:
            return None
        told = self._progress_on_behaviour(message, signals)
        if told is not None:
            return told
        if signals.behaviour:
            return None
        if v["understanding-advice-failed"].contains(message):
            return None  # "혼냈는데 소용없어요" at "what happened after?": its answer
        if v["understanding-talk-worked"].contains(message) and v["understanding-talk-unsure"].contains(
            message
        ):
            # "maybe a little better? hard to tell", "좀 나아진것 같기도 하고 잘 모르겠어요" (owner
            # trial 21: kept as better): no clear change yet, kept as the check-in's "same"
            return Understanding(Kind.SMALL_TALK, message.text, talk="so_so", reason="advice-unsure")
        if (
            v["understanding-talk-worked"].contains(message)
            and v["understanding-owner-relieved"].contains(message)
            and v["understanding-talk-thanks"].contains(message)
        ):
            # "thank you, that makes me feel so much better" (stop 63, held-out 18: "it's
            # working!"): the owner thanks and feels better, nothing said of the dog; thanks
            return None
        if v["understanding-talk-worked"].contains(message):
            if self._worked_asked(message, signals):
                return None  # "근데 이거 진짜 효과있어요?", "how long till it works?": asked
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="advice-worked")
        if v["understanding-talk-plan"].contains(message):
            if signals.question and self.signals.asks(Folded(message.text.rstrip("?？ "))):
                return None  # "should we keep doing it like this?" (stop 47: a plan): asked
            if v["understanding-talk-to_vet"].contains(message) and not v["understanding-vet-later"].contains(
                message
            ):
                # "네 혹시 모르니 병원도 한번 가볼게요", "I will take him to the vet just in case" (stop
                # 64, held-out 18: the plan's reply): the plan is the vet, the vet first; a later day
                # ("내일 병원 데려갈게요", batch 107) stays the plan
                return Understanding(Kind.SMALL_TALK, message.text, talk="to_vet", reason="advice-plan-vet")
            return Understanding(Kind.SMALL_TALK, message.text, talk="plan", reason="advice-plan")
        return None

    def _worked_first(self, message: Folded, signals: Signals) -> bool:
        """The news that it worked said first, as a clause of its own, then what the dog did
        instead ("it worked!! Charlie sat on his mat instead of barking at the door 🎉"; held-out 11:
        a report analysed, the behaviour named after "instead of"): `worked`, up to
        `TRIED_FIRST_MAX_WORDS` words, with nothing after it that takes it back ("but", "then",
        "again", worse: the clause after would tell an incident), no question and no strong incident."""
        if message.words > TRIED_FIRST_MAX_WORDS or signals.question or signals.incident_strong:
            return False
        clauses = clauses_of(message.text)
        if len(clauses) < 2:
            return False
        v = self.vocabulary
        first = Folded(clauses[0].rstrip(",.;!?~… "))
        if not v["understanding-talk-worked"].whole(first) or self._worked_asked(message, signals):
            return False
        rest = Folded(" ".join(clauses[1:]))
        return not any(
            v[entry].contains(rest)
            for entry in (
                "understanding-clause-contrast",
                "understanding-taken-back",
                "understanding-again",
                "understanding-talk-worse",
                "understanding-detail-reaction-worse",
            )
        )

    def _worked_asked(self, message: Folded, signals: Signals) -> bool:
        """Whether the advice works, or when it will, asked ("이거 효과 있는거 맞아요?", "how long
        till it works?"): a question for the coach, never the news that it worked. Asked with a
        when-word (`understanding-worked-when`) too (stop 50: "how long till it works?" got "it's working!
        🎉" and was kept as going better, while "how long does it take to work" was a question)."""
        if not signals.question:
            return False
        v = self.vocabulary
        return v["understanding-talk-worked-asked"].contains(message) or v[
            "understanding-worked-when"
        ].contains(message)

    def _progress_on_behaviour(self, message: Folded, signals: Signals) -> Understanding | None:
        """How a behaviour is going, told with its name in a short message with no incident in
        it (owner trial 22: each analysed as a new report): better ("she's been a bit better with
        the chewing", "짖는 거 좀 나아졌어요": `worked`), or the same ("근데 아직도 짖어요 ㅠㅠ", "still
        chews the shoes though": `so_so`, reason `STILL_TOLD`; the flow takes it as a report when
        no plan is being tried). None with a question, a strong incident (a bite, blood) or more
        than `PROGRESS_MAX_WORDS` words."""
        v = self.vocabulary
        if not signals.behaviour or signals.question or signals.incident_strong:
            return None
        if message.words > PROGRESS_MAX_WORDS:
            return None
        if v["understanding-talk-worked"].contains(message) and v["understanding-again"].contains(message):
            return None  # "it worked! then he barked all night again" (stop 55): it happened again
        if v["understanding-talk-worked"].contains(message) and not v[
            "understanding-talk-still-doing"
        ].contains(message):
            talk = "so_so" if v["understanding-talk-unsure"].contains(message) else "worked"
            return Understanding(Kind.SMALL_TALK, message.text, talk=talk, reason="progress-on-behaviour")
        if v["understanding-talk-still-doing"].contains(message) and not signals.anchored:
            return Understanding(Kind.SMALL_TALK, message.text, talk="so_so", reason=STILL_TOLD)
        return None

    def _step_told(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """A plan step told as tried, at length, with what came of it (held-out 8, stop 53: "매트훈련
        해봤는데 매트에 안올라가요ㅠ 간식만 먹고 도망감" analysed as a new report, "tried the leave-and-
        come-back thing, didnt really change anything" the so-so outcome, "the treat scatter thing
        actually works, he calmed down way faster" noise): that it did not take (the trying told,
        `understanding-talk-tried-it`, and `understanding-step-failed`) is feedback on the plan
        (`STEP_TRIED_TOLD` when the dog's doing is told: a report where no plan is tried); that it
        worked (the trying told or the step pointed at, `understanding-step-named`, and
        `understanding-step-worked`, no behaviour named) is `worked`. Idle, or after a result was
        shown; not asked, no strong incident, at most `FEEDBACK_MAX_WORDS` words; the trying's
        time word dates the trying, never an incident (`_dates_the_trying`)."""
        if context.expect is Expect.FOLLOWUP or (context.expect is Expect.PENDING and not context.seen):
            return None  # at a result's question, or a result not seen: maybe detail of the report
        if message.words > FEEDBACK_MAX_WORDS or signals.question or signals.incident_strong:
            return None
        if self.signals.asks(message):
            return None
        v = self.vocabulary
        tried = v["understanding-talk-tried-it"].contains(message)
        failed = v["understanding-step-failed"].contains(message)
        worked = v["understanding-step-worked"].contains(message) or v["understanding-talk-worked"].contains(
            message
        )
        if tried and failed and not worked and self._dates_the_trying(message):
            reason = STEP_TRIED_TOLD if signals.narrated or signals.behaviour else STEP_TRIED
            return Understanding(Kind.SMALL_TALK, message.text, talk="feedback", reason=reason)
        if (
            (tried or v["understanding-step-named"].contains(message))
            and v["understanding-step-worked"].contains(message)
            and not (failed or signals.behaviour or signals.anchored)
            and not v["understanding-advice-failed"].contains(message)
            and not v["understanding-talk-still-doing"].contains(message)
        ):
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="step-worked")
        return None

    def _vet_booked(self, message: Folded, signals: Signals) -> bool:
        """A vet visit booked ("내일 병원 예약했어요 한번 보고 올게요", "vet appt booked for friday";
        held-out 8, stop 53: noise) or the dog on its way there inside a sentence ("taking Milo to
        the vet now", held-out 11): the vet first, as "going to the vet" (`to_vet`). Short, asks
        nothing, names no behaviour."""
        if message.words > ADVICE_MAX_WORDS + 2 or signals.behaviour or signals.question:
            return False
        if self.signals.asks(message):
            return False
        if self.vocabulary["understanding-talk-vet-booked"].contains(message):
            return True
        # on the way there, said in a sentence with the dog's name ("taking Milo to the vet now";
        # held-out 11: noise): the same reply as "going to the vet" said alone
        going = self.vocabulary["understanding-talk-to_vet"]
        named = self.name_as_pronoun(message)
        return going.contains(message) or (named is not None and going.contains(named))

    @cached_property
    def _impatient_table(self) -> Table:
        v = self.vocabulary
        table = Table().add("hurry", v["understanding-talk-impatient"])
        # "빨리요ㅠㅠ 지금 어떻게해야될지 모르겠어요" (stop 60, held-out 15: a question for the coach
        # model while the report waited): being at a loss beside the hurry is the same plea
        fillers = ("understanding-polite-ending", "understanding-talk-filler", "understanding-talk-sad")
        for filler in (*fillers, "understanding-talk-lost"):
            table.add("filler", v[filler])
        return table.add("filler", v["understanding-talk-laughter"]).add(
            "filler", v["understanding-talk-reaction"]
        )

    @cached_property
    def _tell_me_table(self) -> Table:
        v = self.vocabulary
        return (
            Table()
            .add("tell", v["understanding-talk-tell-me"])
            .add_each(
                "filler",
                v,
                "understanding-polite-ending",
                "understanding-talk-filler",
                "understanding-talk-laughter",
                "understanding-talk-reaction",
                "understanding-talk-emoticon",
                "understanding-talk-going-away",
            )
        )

    def _tell_me(self, message: Folded) -> bool:
        """Asked to be told when the result is ready, the whole message ("결과 나오면 알려주세요~",
        "let me know when it's ready"; stop 56, held-out 12: a question for the coach model):
        the reply that it will be sent here, also with where the owner goes meanwhile ("애기 재우러
        가요", "going to bed"; held-out 16: a question for the coach model). An okay or thanks
        alone is not it."""
        pieces = cover(units_of(message.folded), self._tell_me_table)
        if pieces is None:
            return False
        told = " ".join(" ".join(units) for tag, units in pieces if tag == "tell")
        return Folded(told).words > 1 or len(told.replace(" ", "")) > 4

    def _impatient(self, message: Folded) -> bool:
        """The analysis hurried, the whole message ("빨리요ㅠㅠ", "hurry up pls"; held-out 8, stop
        53: noise while the report waited): the reply that it is coming."""
        pieces = cover(units_of(message.folded), self._impatient_table)
        return pieces is not None and any(tag == "hurry" for tag, _ in pieces)

    @cached_property
    def _unsure_table(self) -> Table:
        v = self.vocabulary
        table = (
            Table()
            .add("unsure", v["understanding-unsure-alone"])
            .add("unsure", v["understanding-talk-unsure"])
        )
        table.add("unsure", v["understanding-dont-know"])
        for filler in ("understanding-polite-ending", "understanding-talk-filler", "understanding-talk-sad"):
            table.add("filler", v[filler])
        return table.add("filler", v["understanding-talk-laughter"]).add(
            "filler", v["understanding-talk-reaction"]
        )

    def _unsure_alone(self, message: Folded, expect: Expect) -> bool:
        """Only not knowing, with a hum or a laugh ("음 잘 모르겠네요", "ㅋㅋ 몰라요", "hmm i dont
        know"; held-out 8, stop 53: noise or laughter after a result): nothing to add. A don't-know
        must be in it ("음" alone is no answer)."""
        if message.words > PRAISE_MAX_WORDS:
            return False
        pieces = cover(units_of(message.folded), self._unsure_table)
        if pieces is None:
            return False
        v = self.vocabulary
        if expect is Expect.NOTHING:  # idle, a word of its own ("ㅁㄹ" alone stays noise)
            return v["understanding-talk-unsure"].contains(message)
        return v["understanding-talk-unsure"].contains(message) or v["understanding-dont-know"].contains(
            message
        )

    @cached_property
    def _tried_options(self) -> tuple[Option, ...]:
        return tuple(
            Option(outcome, f"coaching-outcome-{outcome}", numbered=False, concepts=(f"outcome_{outcome}",))
            for outcome in TRIED_OUTCOMES
        )

    def _tried_told(self, message: Folded, signals: Signals) -> str | None:
        """How trying the step went, told as that ("어제 해봤는데 아직도 짖어요", "tried it
        yesterday, she was calmer!", "we did the exercise and he still barked"): the small talk the
        outcome is kept as (`worked`, `so_so`, `worse`), else None. A time word there dates the
        trying, not an incident (owner trial 14: "어제" made it a new report, analysed; "tried it
        yesterday, she was calmer!" was news kept nowhere): it must sit in the clause of the
        trying (`_dates_the_trying`). Not asked, short, one outcome (`understanding-concept-
        outcome_*`, or the behaviour told as still happening, `understanding-talk-tried-still`)."""
        v = self.vocabulary
        tried = v["understanding-talk-tried-it"].find(message)
        if not tried:
            return None
        # the first word: a Hangul hit counts in the compact view, a Latin one in the spaced view,
        # which opens with a space
        opens = any(start == (0 if hangul else 1) for _p, start, _e, hangul in tried)
        if message.words > (TRIED_FIRST_MAX_WORDS if opens else TRIED_TOLD_MAX_WORDS):
            return None
        if signals.question or self.signals.asks(message) or signals.incident_strong:
            return None
        if not self._dates_the_trying(message):
            return None
        picked = self.answers.choice(message, self._tried_options)
        one = picked.value[0] if isinstance(picked, Value) and len(picked.value) == 1 else None
        if v["understanding-advice-failed"].contains(message):
            # "already tried that, doesn't work": feedback (`_advice_feedback`, kept as the same);
            # "어제 해봤는데 더 심해졌어요": worse, as the check-in would keep it
            return "worse" if one == "worse" else None
        if one is not None:
            return TRIED_OUTCOMES[one]
        calm = self.calm_said(message)
        if calm and not self.signals.behaviour_besides(message, "understanding-talk-calm"):
            return "worked"  # "did the exercise yesterday and he didnt bark at all"
        several = isinstance(picked, Unclear) and len(picked.understood or ()) > 1
        if not several and v["understanding-talk-tried-still"].contains(message):
            return "so_so"  # "어제 해봤는데 아직도 짖어요": no change
        return None

    def _trying_dated(self, message: Folded, signals: Signals) -> bool:
        """Dated ("어제", "yesterday") only by when the step was tried ("어제 해봤는데 아직도
        짖어요" at a check-in: the same, no incident; owner trial 14: a new report as well)."""
        return (
            signals.anchored
            and self.vocabulary["understanding-talk-tried-it"].contains(message)
            and self._dates_the_trying(message)
        )

    def _dates_the_trying(self, message: Folded) -> bool:
        """Every time word or new-incident word of `message` dates the trying: in Hangul before
        the end of the words that tell it ("어제 해봤는데"), in English in its clause ("tried it
        yesterday, …"). "해봤는데 어제 또 현관에서 짖었어요", "we tried it and yesterday he bit
        the mailman" date an incident: False."""
        v = self.vocabulary
        tried = v["understanding-talk-tried-it"].find(message)
        dated = v["understanding-incident"].find(message) + v["understanding-time-anchor"].find(message)
        hangul_end = max((end for _p, _s, end, hangul in tried if hangul), default=-1)
        if any(hangul and end > hangul_end for _p, _s, end, hangul in dated):
            return False
        if not any(not hangul for *_h, hangul in dated):
            return True
        for clause in _LATIN_CLAUSE.split(message.folded):
            part = Folded(clause.strip())
            if not part.text:
                continue
            when = v["understanding-incident"].find(part) + v["understanding-time-anchor"].find(part)
            if any(not h for *_x, h in when) and not any(
                not h for *_x, h in v["understanding-talk-tried-it"].find(part)
            ):
                return False
        return True

    def _option_then_plan(self, message: Folded, context: Context) -> bool:
        """An option said first, then a plan to try the advice ("보호소에서요 좋은 방법 알려주셔서
        감사해요 해볼게요"; held-out 13: "방법 알려주" read as asking the coach how): the answer and
        thanks, no question."""
        return (
            "?" not in message.text
            and self.vocabulary["understanding-talk-plan"].contains(message)
            and self._option_beside_plan(message, context)
        )

    def _option_beside_plan(self, message: Folded, context: Context) -> bool:
        """At a one-choice survey question, the plan told after an option said whole ("보호소요
        아까 말씀 감사합니다 해볼게요"; held-out 13: the plan alone, the origin asked again): the
        answer comes first, read as the question's."""
        if context.expect is not Expect.CHOICE or not context.options:
            return False
        first = message.text.split()[0]
        return isinstance(self.answers.choice(Folded(first), context.options), Value)

    def _advice_at_survey(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """What the owner says about the advice at a survey question (owner trial 14): that it did
        not help ("이거 별로 도움 안되는듯": feedback), that it worked ("해봤는데 효과 있어요!!",
        "오늘은 안짖었어요 ㅋㅋㅋ": worked) or a plan to try it ("좋은 방법이네요 해볼게요": the
        plan). Kept against the plan by the flow, then the question again; before, re-asked with
        nothing kept, or sent to the coach model as a question. Never at the name (a name may be
        any word) nor at the health (its note)."""
        if context.question in (None, "name", "health"):
            return None
        if self._advice_feedback(message, signals, context):
            return Understanding(
                Kind.SMALL_TALK, message.text, talk="feedback", reason="advice-feedback-survey"
            )
        about_behaviour = context.question in BEHAVIOUR_QUESTIONS  # "아직도 짖어요" may answer it
        tried = None if about_behaviour else self._tried_told(message, signals)
        if tried is not None:
            # "해봤는데 좀 나아짐ㅋㅋ" (owner trial 24: a bad number at the household)
            return Understanding(Kind.SMALL_TALK, message.text, talk=tried, reason="tried-told-survey")
        if message.words > ADVICE_MAX_WORDS or "?" in message.text:
            return None
        v = self.vocabulary
        if (
            not signals.behaviour
            and v["understanding-talk-plan"].contains(message)
            and not self._option_beside_plan(message, context)
        ):
            # "좋은 방법이네요 해볼게요" ("방법" read as asking how: sent to the coach model)
            return Understanding(Kind.SMALL_TALK, message.text, talk="plan", reason="advice-plan-survey")
        if self.signals.asks(message):
            return None
        told = None if about_behaviour else self._progress_on_behaviour(message, signals)
        if told is not None:
            # "아직도 짖어요ㅠ", "짖는 거 좀 나아졌어요" (owner trial 24: "tell me one time it
            # happened"); with no plan for it, the flow takes "still" as a report
            return told
        if (
            self._calm(message, signals)
            and v["understanding-time-anchor"].contains(message)
            and not self._praise(message, signals, entry="understanding-talk-news")
        ):
            # told as not happening today or yesterday ("오늘은 안짖었어요"), not as never ("한 번도
            # 문 적 없어요": the worst reaction's none)
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="news-calm-survey")
        if signals.behaviour:
            return None
        if (
            context.question != "worst_reaction"
            and v["understanding-talk-worked"].contains(message)
            and not self._worked_asked(message, signals)
        ):
            # ("a bit better i think" at the worst reaction stays not understood: batch 77)
            return Understanding(Kind.SMALL_TALK, message.text, talk="worked", reason="advice-worked-survey")
        return None

    def _advice_feedback(self, message: Folded, signals: Signals, context: Context) -> bool:
        """That the advice did not help or was tried already ("we tried that already", "that didnt
        work", "그거 이미 해봤어요", "효과 없던데요"), in any state: idle, while a report waits or
        after it, at a result's question, at a survey question. Feedback on the last advice, kept
        against its plan by the flow (`handlers/coaching/feedback.py`) and answered with a fixed
        line: never detail glued onto a report, never a question for the model, never lost
        (acceptance trial e2, batch 57; before it, a question for the coach model after a result,
        detail glued on while a report waited, re-asked at a survey question). Not asked ("?",
        asking words), no new incident told; a behaviour named ("she doesnt care about treats when
        shes worked up") only beside words pointing at the advice (`understanding-advice-tried`);
        at a result's question that it answers, without them, its answer ("혼냈는데 소용없어요" at
        "what happened right after?": the scolding did not help)."""
        v = self.vocabulary
        # "얼마 안돼서" (not long since; held-out 6: "잘 모르겠어요 데려온지 얼마 안돼서" at the sex
        # was feedback on the advice) holds "안돼" and says nothing failed
        told = v["understanding-question-word-told"].find(message)
        failed = [h for h in v["understanding-advice-failed"].find(message) if not _inside(h, told)]
        if not failed or v["understanding-advice-said-no"].contains(message):
            return False  # "안돼라고 하고 밀어냈어요": what the owner said to the dog
        if signals.question or message.text.rstrip().endswith(("?", "？")) or self.signals.asks(message):
            return False
        if signals.incident and signals.narrated:
            return False  # "yesterday he bit the vet, the muzzle didnt help": an incident told
        pointed = v["understanding-advice-tried"].contains(message)
        if message.words > (FEEDBACK_MAX_WORDS if pointed else ADVICE_MAX_WORDS):
            return False
        if signals.behaviour and not pointed:
            return False
        answers = context.expect is Expect.FOLLOWUP and self.signals.plausible_followup(
            message, context.topic
        )
        return not (answers and not pointed)

    def _photo_pointed(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Words that only point at a photo ("이러고 있어요", "얘 왜 이래요", "look at him":
        `understanding-photo-pointed`), short, no behaviour named (told with one, "산책중에 이러고
        안움직여요ㅠ", it is a report): what the photo shows cannot be read, so it is asked for in
        words. Not at the name (any words may be a name), the free-text note or a check-in's
        note, which keep what is typed. A red flag named with the pointing ("look at her paw, it's
        bleeding", "토했어요 사진이에요"; stop 51) is a report, screened as typed: the photo is
        never read, its caption always is."""
        if context.expect in (Expect.NAME, Expect.NOTE) or context.verbatim:
            return False
        if message.words > PHOTO_POINTED_MAX_WORDS or signals.behaviour or signals.situation:
            return False
        if not self.vocabulary["understanding-photo-pointed"].contains(message):
            return False
        return not self.safety.check(message.text).alarm.flags

    def _calm(self, message: Folded, signals: Signals) -> bool:
        """A problem behaviour told as not happening, and no other behaviour ("today was a good
        day no barking!", "오늘 손님 와도 한번도 안 짖었어요!!"): good news, not an incident to
        analyse (lead's trial: sent to the model as a report). Not while a report waits for its
        result: there it may be detail ("어제는 안 짖었어요")."""
        if signals.question or not self.calm_said(message):
            return False
        pointed = self.vocabulary["understanding-advice-pointed"]
        # the step pointed at, seen before the advice's words are blanked ("did what you said with
        # the night light and she didn't wander once last night, thank you"; stop 60, held-out 16:
        # the longer length was lost with them, a report)
        step = self.step_pointed(message)
        if pointed.contains(message):
            # "did what you said and he didn't bark today!!" (held-out 9: a report): the advice
            # pointed at is no behaviour of the dog's, nor counted in its length
            message = Folded(blanked(message, pointed, latin_only=True))
        if message.words > (STEP_CALM_MAX_WORDS if step else CALM_MAX_WORDS):
            return False
        return not self.signals.behaviour_besides(message, "understanding-talk-calm")

    def step_pointed(self, message: Folded) -> bool:
        """The coach's advice or its step pointed at as tried ("시킨대로", "알려주신 U턴 방법
        써봤는데", "tried the u-turn"): `understanding-advice-pointed`, `-method-told`,
        `understanding-talk-tried-it`."""
        return any(
            self.vocabulary[entry].contains(message)
            for entry in (
                "understanding-advice-pointed",
                "understanding-method-told",
                "understanding-talk-tried-it",
            )
        )

    def calm_said(self, message: Folded) -> bool:
        """A phrase of `understanding-talk-calm` that does not start inside a word it only seems
        to continue (`understanding-talk-calm-false`): "10분 동안 짖었어요" holds "안 짖" in "동안
        짖" and is barking for ten minutes, a report (stop 48: good news, nothing kept); "not a
        good day" is no good day."""
        hits = self.vocabulary["understanding-talk-calm"].find(message)
        if not hits:
            return False
        masks = self.vocabulary["understanding-talk-calm-false"].find(message)
        return any(not any(m[3] == h[3] and m[1] < h[1] < m[2] for m in masks) for h in hits)

    def _hedged(self, message: Folded, signals: Signals) -> bool:
        """A trailing "?" is the only sign of a question and the text carries a quantity: an
        answer said with a shrug ("한 이년쯤?", "출근하면 9~10시간?"), not a question to the coach."""
        if not signals.question or signals.behaviour:
            return False
        bare = Folded(without_trailing_jamo(message.text).rstrip("?？").rstrip())  # "20분?ㅠㅠ" (trial 24)
        if not bare.text or self.signals.is_question(bare):
            return False
        if self.vocabulary["understanding-counts-asked"].contains(bare):
            return False  # "조카가 자주 놀러오는데 그것도 포함이에요?": what counts, asked (stop 63)
        return self.measure_said(bare) or any(
            isinstance(a, Value | Approximate) or (isinstance(a, Unclear) and a.understood is not None)
            for a in (self.answers.quantity(bare, e) for e in QUANTITIES)
        )

    def measure_said(self, message: Folded) -> bool:
        """A number with a unit no survey question counts in, and little else: a weight ("한
        15키로쯤", "about 15kg") or a distance or length (`understanding-measure-unit`: "한 5미터",
        "about 5 metres"). Said with a "?" it is a shrug, never a question to the coach (stop 47,
        owner trial 32: both answered by the model); the callers place it (the size, or detail of
        the report just analysed)."""
        if message.words > MEASURE_MAX_WORDS or not self.answers.quantities.number_told(message.text):
            return False
        return self.answers.quantities.read(message.text, WEIGHT_UNITS, None).whole or self.length_said(
            message
        )

    def length_said(self, message: Folded) -> bool:
        """A number with a unit of length or distance, and little else ("한 5미터?", "about 5
        metres"): right after an analysis, how far, detail of that report (stop 47)."""
        bare = Folded(without_trailing_jamo(message.text).rstrip("?？").rstrip())
        return (
            bare.words <= MEASURE_MAX_WORDS
            and self.answers.quantities.number_told(bare.text)  # "열 걸음?" as "10걸음?" (stop 60)
            and self.vocabulary["understanding-measure-unit"].contains(bare)
        )

    @cached_property
    def _nones(self) -> Table:
        table = Table()
        table.add("none", self.vocabulary["understanding-none"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        table.add("skip", self.vocabulary["understanding-talk-filler"])
        return table

    @cached_property
    def _closing(self) -> Table:
        v = self.vocabulary
        table = Table().add("closing", v["understanding-talk-done"])
        for msg_id in ("nav-done", "nav-skip", "survey-confirm"):
            table.add("closing", v.labelled(msg_id))
        table.add("skip", v["understanding-polite-ending"])
        table.add("skip", v["understanding-talk-reaction"])  # "omg ur so helpful" (owner trial 29)
        table.add("skip", v["understanding-talk-laughter"])  # "똑똑하네요 ㅋㅋ"
        return table.add("skip", v["understanding-talk-filler"])

    def _closing_words(self, message: Folded) -> bool:
        """Only closing words ("그게 다예요", "that's all"), a button's words ("완료", "확인",
        "done") or "none" words: never a name."""
        if self._says_none(message):
            return True
        pieces = cover(message.units, self._closing)
        return pieces is not None and any(tag == "closing" for tag, _ in pieces)

    def _taken_back(self, message: Folded) -> Folded | None:
        """What follows the last word that takes back what was said before it, good news above
        all ("finally stopped… nope he started again": "he started again"; "성공했나 싶었는데 또
        실패했어요"); None when no word takes anything back."""
        hits = self.vocabulary["understanding-taken-back"].find(message)
        if not hits:
            return None
        _phrase, _start, end, hangul = max(hits, key=lambda h: (h[3], h[2]))
        return Folded((message.compact if hangul else message.spaced)[end:])

    def _says_none(self, message: Folded) -> bool:
        """Only negative words ("nothing really", "nah nothing", "아무것도 없어요"): at a survey
        question a reply to it, never detail glued onto the report waiting (new-owner trial)."""
        pieces = cover(message.units, self._nones)
        return pieces is not None and any(tag == "none" for tag, _ in pieces)

    @cached_property
    def _never_mind_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("never_mind", v["understanding-talk-never-mind"])
        table.add("skip", v["understanding-talk-laughter"])
        table.add("skip", v["understanding-talk-sorry"])
        table.add("skip", v["understanding-polite-ending"])
        table.add("skip", v["understanding-talk-reaction"])  # "omg ur so helpful" (owner trial 29)
        table.add("skip", v["understanding-talk-laughter"])  # "똑똑하네요 ㅋㅋ"
        return table.add("skip", v["understanding-talk-filler"])

    def _never_mind(self, message: Folded) -> bool:
        """Only "nvm", "never mind", "신경 쓰지 마세요" (laughter, an apology around them: "nvm lol"):
        what was just said taken back. At a survey question or with nothing open, small talk and
        the question again, never the cancel of the survey its words also are (owner trial 12:
        "nvm lol" at the origin stopped the survey)."""
        pieces = cover(message.units, self._never_mind_words)
        return pieces is not None and any(tag == "never_mind" for tag, _ in pieces)

    def _wrong_chat(self, message: Folded) -> bool:
        """The message said to be meant for another chat ("sorry wrong chat", "다른 방인줄"): taken
        back at a survey question too (owner trial 12: the options re-asked)."""
        return self.vocabulary["understanding-talk-wrong-chat"].contains(message)


def _inside(hit: tuple[str, int, int, bool], spans: list[tuple[str, int, int, bool]]) -> bool:
    """`hit` sits inside one of `spans` (in the same view: Hangul or Latin)."""
    return any(m[3] == hit[3] and m[1] <= hit[1] and hit[2] <= m[2] for m in spans)
