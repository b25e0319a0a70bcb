"""After a report: its follow-up question open or its result pending or just shown. An answer
to the follow-up (how often, since when, before or after), detail about the pending report, the
behaviour told as happening again ("또 그랬어요"), and "why do you ask?".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from dogcoach.domain.survey import BY_KEY
from dogcoach.services.josa import final_consonant
from dogcoach.services.understanding.answer_asked import _cuts
from dogcoach.services.understanding.canonical import canonical
from dogcoach.services.understanding.choices import Picked
from dogcoach.services.understanding.model import (
    BEHAVIOUR_QUESTIONS,
    SURVEY,
    Approximate,
    Context,
    DontKnow,
    Expect,
    Kind,
    Option,
    Since,
    SincePuppy,
    Unclear,
    Understanding,
    Value,
)
from dogcoach.services.understanding.quantity import AGE_UNITS, NUMBER_WORDS, TIMES_COUNTS, WEIGHT_UNITS
from dogcoach.services.understanding.reports import LETTER_CLAUSE_MAX_WORDS
from dogcoach.services.understanding.shared import _syllable
from dogcoach.services.understanding.signals import Signals
from dogcoach.services.understanding.survey import SurveyReading
from dogcoach.services.understanding.text import Folded, Script, without_trailing_jamo
from dogcoach.services.understanding.vocabulary import Phrases, Table, blanked, cover

if TYPE_CHECKING:
    from dogcoach.services.understanding.classify import Understander

# The owner's reaction at the waiting report's moment, asked about ("그때 제가 소리를 질렀어요
# 잘못한건가요"; held-out 13, batch 600): detail for its analysis.
REACTION_ASKED = "reaction-asked"
# What the owner did at the moment and the dog going on after it (stop 60): detail of the report.
REACTION_WENT_ON = "reaction-went-on"
# What the owner had done before the incident (stop 60): detail of the report.
OWNER_HAD_DONE = "owner-had-done"
# While a report waits, when it happened, then a new incident ("It happened around four in the
# afternoon. And just now she had another accident…"; held-out 13, batch 600): the time added to
# the report waiting, the incident (`Understanding.split`) a report of its own.
WHEN_THEN_INCIDENT = "when-then-incident"
# What the follow-up question asks about; detail about a pending report answers one of them.
FOLLOWUP_TOPICS: tuple[str, ...] = ("frequency", "antecedent", "consequence")
# A bare number at "how often?" ("13ish"): not understood, its unit asked for (`_count_without_unit`).
BARE_NUMBER = "frequency-no-unit"
# A length of time typed alone at a follow-up ("5 years", "about 3 hours", "5년", "3시간 정도"):
# answers nothing the question asks (stop 55: glued onto the report and analysed again with two
# dogs); the flow says what it read and asks again (`_bare_span`).
BARE_SPAN = "followup-bare-span"
# A number of people typed alone at a follow-up ("3명", "3 people"; stop 59 trial, terminal: the
# household's answer glued onto the report and analysed again): the flow says what it read, asks again.
BARE_PEOPLE = "followup-bare-people"
# Words a bare span is made of besides its digits, hedges and unit (`_bare_span`).
SPAN_MAX_WORDS = 4
# How often with a "?" ("주3회?", "3x/wk?") is this short at most to be an answer said with a shrug.
SHRUG_MAX_WORDS = 3
# A behaviour told as happening again ("또 짖었어요") is this short at most to be read so.
AGAIN_MAX_WORDS = 4
# A caption naming only the thing in the photo ("뜯어놓은 쿠션", "the rug she chewed"; held-out 17).
CAPTION_THING_MAX_WORDS = 5
# A bare time or place told after a result ("mostly at night") is this short at most.
WHEN_FRAGMENT_MAX_WORDS = 4
# The moment or what the owner did, told after a result ("after I left for work"): this short at most.
MOMENT_MAX_WORDS = 6
# The most words of a change told with what brings it on ("it gets worse when i pull the leash").
CHANGE_WHEN_MAX_WORDS = 10
# A detail of the moment analysed put right ("wait no it was the mailman not delivery guy lol"): short
CORRECTED_MAX_WORDS = 12
# The result asked about while its report waits ("any news?", "분석 다 됐어요?"): this short at most.
STATUS_MAX_WORDS = 5


def _number_unit(unit: str) -> str | None:
    """A number told beside the status ("its been 5 min", "벌써 5분"): how long, a piece of it."""
    return "number" if unit.isdigit() else None


# What happens next asked right after a result ("so what happens now"): this short at most.
FLOW_ASKED_MAX_WORDS = 8
# The reason of that question: the bot answers it (`coach-next`), never the model.
FLOW_ASKED = "flow-asked"
# The reason of a follow-up's answer followed by a new incident ("every day… oh and he peed on the
# rug again"): the answer added to the report, the incident (`Understanding.split`) its own report.
ANSWER_THEN_INCIDENT = "answer-then-incident"
# The message said to be the answer to the question asked (`understanding-answer-announced`).
ANSWER_ANNOUNCED = "answer-announced"
# Told as before the moment analysed, at "what happened right before?" (`_told_before`; stop 60).
TOLD_BEFORE = "told-before"
# A question, then why it is asked, at a result's question (`_asked_then_why`).
ASKED_THEN_WHY = "asked-then-why"
# Another dog's act at this one told at "what happened right before?" (`_other_dog_act`).
OTHER_DOG_ACT = "other-dog-act"
# Advice heard, asked about at a follow-up question (`_advice_asked`; stop 60, held-out 15).
ADVICE_ASKED = "advice-asked"
# How often, with what happens each time, as a habit (`_often_habit`; stop 60, held-out 15).
OFTEN_HABIT = "often-habit"
# An answer with a laugh beside it (`_told_beside_laugh`; stop 60, held-out 15).
ANSWER_LAUGHED = "answer-laughed"
# The words before an incident told as just now are this many at least to be how things stood.
SCENE_MIN_WORDS = 2
# A laugh beside this many words at most is a joke ("a cat lol"), not an answer told laughing.
JOKE_MAX_WORDS = 3
# A habit told in words of its own, no behaviour word known ("요즘 자꾸 식탁 밑에 들어가 있어요", "lately
# she keeps going under the table"): a behaviour of its own, never how often the waiting report's happens
HABIT_OWN = "habit-own"
# How the moment ended told at "what happened right after?" (stop 62): the answer.
ENDED_TOLD = "ended-told"
# the least of its own words after "자꾸" (Hangul syllables, the polite ending aside) or "keeps" (words)
HABIT_OWN_MIN_SYLLABLES = 2
HABIT_OWN_MIN_WORDS = 1  # the -ing verb
# The dog's age told with a pronoun after a result ("he's 5", "얘 5살이에요"): this short at most.
AGE_TOLD_MAX_WORDS = 6
# The words an age told by the way may have around it ("oh also … if that matters").
AGE_ASIDE_MAX_WORDS = 5
# How the step went, told after a result or a plan ("음 그냥 그래요", "it's gotten worse", "not
# tried yet"): this short at most; a longer message is read by the usual rules.
AFTER_PLAN_MAX_WORDS = 8
# The step tried and no change, said with how long ("we tried it for 3 days, no change honestly"):
# this short at most.
TRIED_STILL_MAX_WORDS = 10
# The reason of a follow-up's answer told as the moment and what came of it, in the order the
# question asks ("옆집 개가 짖으니까 따라서 짖었어요" at "what happened right before?"; held-out 11,
# batch 504: "add to the report or a new one?"): the answer, never a new report.
TOLD_IN_ORDER = "told-in-order"
SIMILAR_TOLD = "similar-told"
# The reason of what else the dog did at the moment of the report waiting, detail about it
# ("he was also shaking after"; held-out 11, batch 506: a new report).
MORE_OF_MOMENT = "more-of-moment"
SCENE_OF_MOMENT = "scene-of-moment"
# The questions such an answer is read at: the moment before, and what the owner did after.
IN_ORDER_TOPICS = frozenset({"antecedent", "consequence"})
# At "what did you do right after?", the owner's act told in this many first words opens the story.
OWNER_ACT_OPENING_WORDS = 4
# A question to the coach at the follow-up question ("btw how many walks a day should he get?")
# is this long at least: "몇번?", "how often?" shrug back at the question asked.
COACH_ASKED_MIN_WORDS = 3
# The same counted in letters, for Korean typed without spaces ("하루에몇번정도 연습해야돼요?").
COACH_ASKED_MIN_LETTERS = 10


# A profile answer told with nothing asked is this many words at most ("no health problems that
# we know of"); a breed alone at most this many ("golden retriever", "말티즈예요").
PROFILE_MAX_WORDS = 8
# The words more a health note may take when its medicine or condition is named (stop 57).
HEALTH_ASIDE_EXTRA_WORDS = 4
BREED_MAX_WORDS = 3
# A baby or a small child coming to visit (`understanding-baby-visit`; stop 56, held-out 11): the
# change's name, answered as a baby coming (its talk) with the visit's own line, nothing stored;
# told with who brings it, at most this many words ("my sister is coming to stay next week with
# her baby").
BABY_VISIT, BABY_VISIT_TOLD = "baby_visit", "baby_visit-told"
BABY_VISIT_MAX_WORDS = 12
# The small talk a change is answered as, where it is not its own name.
CHANGE_TALK = {"neutered": "profile", BABY_VISIT: "baby_coming"}
# A question about another animal alone is this many words at most ("how do I stop my cat from
# scratching"); longer, it may be about the dog with it.
OTHER_SPECIES_MAX_WORDS = 8
# The profile's options an answer typed alone after a result may pick (owner trial 10: "중형",
# "보호소요" offered as dogs' names): the size, and where the dog came from when it names a kind
# of place an owner gets a dog ("지인", "가족", "friend" may say who was there: not read so).
PROFILE_OPTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("size", ("small", "medium", "large")),
    ("origin", ("breeder", "pet_shop", "shelter")),
)


# A result's question hurried ("hurry up pls"): no answer (stop 62 owner trial).
HURRIED = "followup-hurried"
# An aside about the chat itself at a result's question ("이거 아빠한테 보여줘도 돼?", "can I show
# this to my dad?"; stop 64 owner trial, Kakao: added to the report and analysed again): small talk.
CHAT_SHARED = "chat-shared"
# Such an aside is this short at most; longer, it may tell what the dog did as well.
CHAT_SHARED_MAX_WORDS = 10


# The most words before a don't-know's joining ending ("그건 잘 모르겠고 …", stop 64).
UNKNOWN_HEAD_MAX_WORDS = 4


class FollowupReading(SurveyReading):
    """Follow-up readings, the last layer before `Understander` (a pending report's detail that
    answers nothing is read as idle: `reports`)."""

    def _after_result(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """Right after a result (its follow-up question open, or shown a moment ago), what is no
        detail about the incident analysed (owner trial 9: each glued onto the report and
        analysed again, filed as a new report, or "not sure what you mean"):

        - a question to the coach at the follow-up question ("근데 산책은 하루에 몇분 해야돼요?",
          "btw how many walks a day should he get?"): asked, with a word that asks, though it holds
          how often words ("하루에", "a day"); a question, never the question's answer;
        - good news, the behaviour told as not happening on a day ("어제는 안짖었어요 ㅎㅎ", "he
          didnt growl at all today!!"): progress, as "a bit better" (`worked`), no new report; a
          time is needed ("산책할때는 안짖어요" says when it does not happen: detail);
        - how the step went: the behaviour got worse (`worse`: "그건 잘 모르겠고 요즘 더
          심해졌어요", "it's gotten worse"; "it gets worse when…" stays detail; worse since an
          event, "it's been worse since we moved", `worse_since`), not tried yet
          (`not_tried`: "아직 안해봤어요"), no change (`so_so`: "음 그냥 그래요", "meh so so"): the
          check-in's answers, kept against the plan by the flow.

        None otherwise."""
        if not (context.expect is Expect.FOLLOWUP or (context.expect is Expect.PENDING and context.seen)):
            return None
        text = message.text
        if self._chat_shared(message, signals):
            # "이거 엄마한테 보여줘도 돼요?" (stop 64 owner trial, Kakao): about the chat, not the dog
            return Understanding(Kind.SMALL_TALK, text, talk="chat_shared", reason=CHAT_SHARED)
        if self._flow_asked(message, signals):
            # "so what happens now", "이제 어떻게 되는거예요" (English owner trial 31: glued onto
            # the report and analysed again): what the bot does next, answered by the bot
            return Understanding(Kind.QUESTION, text, reason=FLOW_ASKED)
        if context.expect is Expect.FOLLOWUP and self._coach_asked(message, signals):
            answered = self._answered_then_asked(message, context.topic)
            return Understanding(Kind.QUESTION, text, reason="asked-at-followup", answered=answered)
        if signals.anchored and self._calm(message, signals):
            return Understanding(Kind.SMALL_TALK, text, talk="worked", reason="calm-after-result")
        if signals.question or self.signals.asks(message):
            return None
        v = self.vocabulary
        tried_still = (
            v["understanding-talk-tried-it"].contains(message)
            and v["understanding-talk-tried-still"].contains(message)
            and not (signals.incident or signals.anchored)
        )
        if message.words > (TRIED_STILL_MAX_WORDS if tried_still else AFTER_PLAN_MAX_WORDS):
            # ("we tried it for 3 days, no change honestly": owner trial 14, glued onto the report)
            return None
        if (
            v["understanding-talk-worse"].contains(message)
            # when it gets worse ("it got worse when we moved", "초인종 울리면 더 심해졌어요") is
            # detail; "요즘", "lately" say only since when
            and not self.signals.plausible_followup(message, "antecedent")
            and not self.signals.behaviour_besides(message, "understanding-talk-worse")
        ):
            if v["understanding-talk-worse-since"].contains(message):
                # "이사오고 나서 심해졌어요", "it's been worse since we moved": worse, and since an
                # event that names a setting the analysis did not know (owner trial 9)
                return Understanding(Kind.SMALL_TALK, text, talk="worse_since", reason="worse-since-event")
            return Understanding(Kind.SMALL_TALK, text, talk="worse", reason="worse-after-result")
        if tried_still:
            # "tried it 3 times, still barking", "3번 해봤는데 아직도 짖어요": the step tried, no
            # change, whatever behaviour it names (owner trial 13: analysed as a new report)
            return Understanding(Kind.SMALL_TALK, text, talk="so_so", reason="tried-still-after-result")
        if signals.behaviour:
            return None
        if v["understanding-talk-not-tried"].contains(message):
            return Understanding(Kind.SMALL_TALK, text, talk="not_tried", reason="not-tried-after-result")
        if v["understanding-talk-so-so"].contains(message) and not (
            context.expect is Expect.FOLLOWUP and self.signals.plausible_followup(message, context.topic)
        ):
            return Understanding(Kind.SMALL_TALK, text, talk="so_so", reason="so-so-after-result")
        return None

    def _when_then_incident(self, message: Folded) -> tuple[str, str] | None:
        """While a report waits, when it happened told ("It happened around four in the
        afternoon", `understanding-detail-when-happened`), then a new incident after a word that
        adds one (held-out 13, batch 600: one new report, the time lost): (the time, the
        incident), as `_answer_then_incident` cuts them; else None."""
        return self._answer_then_incident(message, "when")

    def _chat_shared(self, message: Folded, signals: Signals) -> bool:
        """An aside about the chat itself (`understanding-chat-shared`: showing it to someone,
        screenshotting it) in a short message that names no behaviour and no red flag: never
        detail of the report."""
        return (
            message.words <= CHAT_SHARED_MAX_WORDS
            and not signals.behaviour
            and self.vocabulary["understanding-chat-shared"].contains(message)
            and not self.safety.check(message.text).flags
        )

    def _answer_then_incident(self, message: Folded, topic: str | None) -> tuple[str, str] | None:
        """The follow-up's answer, then a new incident after a word that adds one
        (`understanding-added-split`: "also", "oh and", "and right now", "그리고", "아 그리고"; or a
        "but" with a day after it, `_but_dated`): (the answer, the incident) when the part before it could answer the question about `topic` and
        tells no behaviour, and the part after it tells one or raises a red flag; else None."""
        if topic is None:
            return None
        words = message.text.split()
        unknown_first = self._unknown_then_incident(words)
        if unknown_first is not None:
            return unknown_first
        lead = self.vocabulary["understanding-added-split"]
        for k in range(1, len(words) - 1):
            for n in (3, 2, 1):
                said = " ".join(words[k : k + n]).strip(",.;:!~…")
                if k + n >= len(words) or not (lead.whole(Folded(said)) or self._but_dated(words, k, n)):
                    continue
                head, rest = " ".join(words[:k]).rstrip(",;~ "), " ".join(words[k + n :])
                answer, told = Folded(head), Folded(rest)
                read, after = self.signals.read(answer), self.signals.read(told)
                if topic == "when":  # (`_when_then_incident`)
                    fits = self.vocabulary["understanding-detail-when-happened"].contains(answer)
                    unknown = None
                else:
                    # or how things stood, told before an incident told as just now ("crate door
                    # was open, I was making dinner. oh and he just chewed through the baby gate";
                    # held-out 15: one new report, the answer lost)
                    fits = self.signals.plausible_followup(answer, topic) or self._scene_before_now(
                        answer, read, told
                    )
                    unknown = self._unknown(answer, topic)
                if unknown is None and (
                    not fits
                    # the behaviour analysed, told with the answer ("가방 챙기는 거 보고부터
                    # 낑낑댔어요 그리고 오늘은 …"; held-out 13, batch 600): the answer when it has no
                    # time of its own and the incident after it has one
                    or (read.behaviour and (read.anchored or not after.anchored))
                ):
                    return None
                # a behaviour told after it, or a red flag ("also she would not eat her breakfast
                # this morning"; held-out 13: the answer and the skipped meal one answer, lost)
                # or something that happened on a day of its own ("오늘은 현관 앞에 토도
                # 해놨더라고요"; held-out 13, batch 600: with the answer, one new report)
                new = (
                    after.behaviour
                    or bool(self.safety.check(rest).flags)
                    or (after.anchored and after.incident)
                )
                return (head, rest) if new else None
        return None

    def _told_before(
        self, message: Folded, signals: Signals, topic: str | None, *, plausible: bool
    ) -> Understanding | None:
        """At "what happened right before?", something told as before the moment analysed
        (`understanding-followup-told-before`: "he'd been playing tug…", "한참 터그놀이 하다가…"),
        nothing asked (stop 60, held-out 14 and 15): the answer when it could be one or tells no
        behaviour; else another incident earlier that day ("she'd also been growling at my nephew earlier that day"), and
        the owner is asked to add it or keep it apart. None otherwise."""
        if topic != "antecedent" or signals.question or self.signals.asks(message):
            return None
        if not self.vocabulary["understanding-followup-told-before"].contains(message):
            return None
        answer = Value(message.text)
        also = self.vocabulary["understanding-followup-told-before-also"].contains(
            message
        ) or self._other_dog_act(message, signals, topic)
        # the answer when it could be one or tells no behaviour of its own ("he'd been playing
        # fetch… and was super wound up"); another ("그 전에도 산책하다가 다른 개한테
        # 달려들었어요") asked
        if not also and (plausible or not signals.behaviour):
            return Understanding(Kind.ANSWER, message.text, answer=answer, reason=TOLD_BEFORE)
        return Understanding(
            Kind.ANSWER, message.text, answer=answer, alternative=Kind.REPORT, reason=TOLD_BEFORE
        )

    def _asked_then_why(self, message: Folded) -> bool:
        """A question ended by "?", then why it is asked (`understanding-followup-asked-why`:
        "할머니가 자꾸 혼내신대서요", "because my mum keeps telling him off"): asked, not the
        question's answer. The why tells no behaviour of its own (that is a report)."""
        head, mark, why = message.text.replace("\uff1f", "?").partition("?")
        if not mark or not head.strip() or not why.strip(" ?.!~"):
            return False
        reason = Folded(why.strip())
        if not self.vocabulary["understanding-followup-asked-why"].contains(reason):
            return False
        if self.signals.read(reason).behaviour:
            return False
        return self.signals.asks(Folded(head.strip() + "?")) and not self.signals.read(Folded(head)).incident

    def _other_dog_act(self, message: Folded, signals: Signals, topic: str | None) -> bool:
        """At "what happened right before?", another dog's act at this one told
        (`understanding-followup-other-dog-act`: "stole his bed", "pestering him", "뺏어갔"),
        nothing asked: what came before, or an incident of its own (stop 63, held-out 16, 17). The same
        act told as this dog's (`understanding-followup-own-act`: "she stole a sock") is not."""
        return (
            topic == "antecedent"
            and not signals.question
            and not self.signals.asks(message)
            and self.vocabulary["understanding-followup-other-dog-act"].contains(message)
            and not self.vocabulary["understanding-followup-own-act"].contains(message)
        )

    def _heard_advice_asked(self, message: Folded, signals: Signals) -> bool:
        """Advice someone gave (`understanding-advice-heard`: "하라던데", "said to"), asked about
        outright ("?" or an asking word): a question for the coach, not what the owner did. (The
        coach's words quoted back are not among them: "매일이라고 했잖아요" is the owner's answer.)"""
        return (signals.question or self.signals.asks(message)) and self.vocabulary[
            "understanding-advice-heard"
        ].contains(message)

    def _often_habit(self, message: Folded, signals: Signals) -> bool:
        """A count of times with a number ("서너번", "3-4 times") beside what happens each time,
        told as a habit: no time of its own, no verb in the past."""
        return (
            self._counts_times(message)
            # a number counted ("서너번", "3 or 4 times"), not "every time guests come he barks…"
            # (a whole report: add or new, asked)
            and self.answers.quantities.number_told(message.text)
            and not signals.anchored
            and not self.signals.told_past(message)
            and not self.signals.asks(message)
        )

    def _told_beside_laugh(self, message: Folded) -> bool:
        """Words that tell something beside a laugh: more than `JOKE_MAX_WORDS` words once the
        laughs are left out ("입에 손 넣어서 빼냈어요 그러다 물림ㅋㅋ"; "a cat lol" is a joke)."""
        words = [w for w in message.text.split() if not self._laugh_only(w)]
        stripped = Folded(" ".join(words))
        laughter = self.vocabulary["understanding-talk-laughter"]
        kept = [u for u in stripped.units if not laughter.whole(Folded(u))]
        return len(kept) > JOKE_MAX_WORDS

    def _scene_before_now(self, answer: Folded, read: Signals, told: Folded) -> bool:
        """The part before a word that adds an incident tells no behaviour and asks nothing, and
        the part after it is told as happening just now (`understanding-added-split-now`: "he just
        threw up", "방금 또 토했어요"): how things stood, the follow-up's answer (stop 60)."""
        return (
            answer.words >= SCENE_MIN_WORDS  # "아 그리고 오늘아침엔…" (held-out 12): no answer before it
            and not (read.behaviour or read.question or self.signals.asks(answer))
            and self.vocabulary["understanding-added-split-now"].contains(told)
        )

    def _unknown_then_incident(self, words: list[str]) -> tuple[str, str] | None:
        """Don't know joined to what follows by its own ending ("그건 잘 모르겠고 방금 초콜릿을
        먹었어요", `understanding-dont-know-joined`) or by "but" (`understanding-added-split-but`:
        "not sure, but he just ate chocolate"), then a behaviour or a red flag (stop 64, held-out
        19: one new report, the don't-know lost): (the don't-know, the incident); else None."""
        v = self.vocabulary
        joined, but = v["understanding-dont-know-joined"], v["understanding-added-split-but"]
        endings = tuple("".join(p) for p in joined.phrases if not "".join(p).isascii())
        for k in range(1, min(len(words), UNKNOWN_HEAD_MAX_WORDS + 1)):
            last = words[k - 1].strip(",.;:!~…")
            head = " ".join(words[:k]).rstrip(",;~ ")
            if last.endswith(endings) or joined.whole(Folded(head)):
                rest = " ".join(words[k:])  # "잘 모르겠고 …": the ending is the don't-know's own
            elif but.whole(Folded(words[k].strip(",.;:!~…"))) and self.answers.dont_know(Folded(head)):
                rest = " ".join(words[k + 1 :])
            else:
                continue
            after = self.signals.read(Folded(rest))
            if after.behaviour or self.safety.check(rest).flags:
                return head, rest
            return None
        return None

    def _unknown(self, message: Folded, topic: str | None) -> DontKnow | None:
        """Don't know said alone, or with why ("모르겠어요 저 없을 때라서"; held-out 13, batch 599:
        the part before an incident told after it), else None."""
        known = self.answers.dont_know(message)
        if known is None and message.words <= UNKNOWN_HEAD_MAX_WORDS and message.text.split():
            # "그건 잘 모르겠고" cut before what follows (`_unknown_then_incident`): its own ending
            joined = self.vocabulary["understanding-dont-know-joined"]
            endings = tuple("".join(p) for p in joined.phrases if not "".join(p).isascii())
            if message.text.split()[-1].strip(",.;:!~…").endswith(endings):
                known = DontKnow()
        if (
            known is None
            and topic is not None
            and self._dont_know_away(message, self.signals.read(message), topic)
        ):
            known = DontKnow()
        return known

    def _but_dated(self, words: list[str], k: int, n: int) -> bool:
        """`words[k:k+n]` a "but" (`understanding-added-split-but`) with a day right after it that
        starts a new incident (`understanding-added-split-date`: "but today…", "근데 오늘은…";
        held-out 14). The day is not cut off: it stays with the incident."""
        if n != 1 or k + 1 >= len(words):
            return False
        v = self.vocabulary
        if not v["understanding-added-split-but"].whole(Folded(words[k].strip(",.;:!~…"))):
            return False
        dates = v["understanding-added-split-date"]
        after = [w.strip(",.;:!~…") for w in words[k + 1 : k + 3]]
        return dates.whole(Folded(after[0])) or (len(after) > 1 and dates.whole(Folded(" ".join(after))))

    def _answered_then_asked(self, message: Folded, topic: str | None) -> str:
        """The follow-up's answer before a question to the coach ("한 달에 한두 번이요 그런데 이런
        건 몇 번 정도 연습해야 고쳐집니까"; held-out 13, batch 600: only the question kept, the
        answer lost): its words, cut as a survey answer is (`answer_asked._cuts`), when they could
        answer the question about `topic`, tell no behaviour and ask nothing, and the words after
        them ask the coach; else ""."""
        if topic is None:
            return ""
        for before, after in _cuts(cast("Understander", self), message.text):
            head, asked = Folded(before.strip(" ,.~!;:…")), Folded(after.strip())
            if not head.units or not asked.units:
                continue
            said = self.signals.read(head)
            if (
                self.signals.plausible_followup(head, topic)
                and not (said.behaviour or said.question or self.signals.asks(head))
                and self._coach_asked(asked, self.signals.read(asked))
            ):
                return head.text
        return ""

    def _flow_asked(self, message: Folded, signals: Signals) -> bool:
        """Only what happens next asked (`understanding-flow-asked`), short, naming no behaviour."""
        if message.words > FLOW_ASKED_MAX_WORDS or signals.behaviour:
            return False
        return self.vocabulary["understanding-flow-asked"].contains(message)

    def _coach_asked(self, message: Folded, signals: Signals) -> bool:
        """Asked of the coach at a result's follow-up question: asked outright ("?", an asking
        ending) with a word that asks ("몇", "how many", "해야돼요"), a few words at least, nothing
        told as happened. "매일 그래요?", "every day?" (no asking word) stay a hedged answer."""
        if signals.narrated or signals.anchored or self._asks_why(message):
            return False  # "그건 왜 물어봐요?" asks why the question is asked (batch 505)
        if message.words < COACH_ASKED_MIN_WORDS and len(message.compact) < COACH_ASKED_MIN_LETTERS:
            return False  # ("하루에몇번정도 연습해야돼요?", typed unspaced: long enough; owner trial 22)
        if not self.signals.asks(message):
            return False
        if self._answered_in_complaint(message):
            return False
        return self._asks_coach(message, signals) or self.vocabulary["understanding-question-word"].contains(
            message
        )

    def _answered_in_complaint(self, message: Folded) -> bool:
        """The answer told after a complaint that it was asked ("what do you mean how often? i
        just said every day lol", "몇 번이냐니요? 매일이라고 했잖아요"; owner trial 29: a question to
        the coach model, the report's follow-ups left at 0): after the last "?" words that ask
        nothing, with what was meant asked before them (`understanding-followup-meant`) or said to
        be said already in them (`understanding-followup-said`). Detail for the report."""
        head, mark, tail = message.text.replace("\uff1f", "?").rpartition("?")
        rest = Folded(tail.strip())
        if not mark or not rest.units:
            return False
        v = self.vocabulary
        if (
            self.signals.read(rest).question
            or self.signals.asks(rest)
            or v["understanding-question-ask"].contains(rest)
        ):
            return False  # "what do you mean? how often should i walk him": asked after it
        return v["understanding-followup-meant"].contains(Folded(head)) or v[
            "understanding-followup-said"
        ].contains(rest)

    def _count_without_unit(self, message: Folded) -> bool:
        """Digits and nothing else but hedges (`lex-approx`: "13ish", "like 13", "13 정도?") and
        marks: a count with no word saying what it counts or per what ("13번" says times)."""
        text = message.text
        if not any(ch.isdigit() for ch in text):
            return False
        rest = "".join(" " if ch.isdigit() or ch in ".,~-?!" else ch for ch in text)
        left = blanked(Folded(rest), self.vocabulary["lex-approx"], latin_only=False)
        return not left.strip()

    def _bare_span(self, message: Folded, topic: str | None) -> bool:
        """A length of time and nothing else but hedges and a polite ending ("5 years", "about 3
        hours", "5년", "3시간 정도요"; stop 55: glued onto the report and analysed again). Its unit
        is one of `understanding-followup-span-units`; at "how often, and since when?" only one of
        `understanding-followup-span-frequency` (years: an age as likely as since when; hours and
        minutes: how long it lasts, or how long the dog is alone), as "2 months", "한 2주?" say
        since when there. Any other word ("for 5 years", "2년째요", "3 hours a day") is an answer."""
        text = message.text
        if not any(ch.isdigit() for ch in text) or message.words > SPAN_MAX_WORDS:
            return False
        v = self.vocabulary
        units = v[
            "understanding-followup-span-frequency"
            if topic == "frequency"
            else "understanding-followup-span-units"
        ]
        if not units.contains(message):
            return False
        return self._amount_alone(message, units)

    def _bare_people(self, message: Folded) -> bool:
        """A number of people and nothing else but hedges and a polite ending ("3명", "3명이요",
        "3 people", "like 4 of us"): no follow-up question counts people (stop 59 trial, terminal:
        the household's answer glued onto the report and analysed again)."""
        if not any(ch.isdigit() for ch in message.text) or message.words > SPAN_MAX_WORDS:
            return False
        units = self.vocabulary["lex-unit-people"]
        return units.contains(message) and self._amount_alone(message, units)

    def _amount_alone(self, message: Folded, units: Phrases) -> bool:
        """Digits, `units`, hedges (`lex-approx`), a polite ending and the words joining a range
        (`understanding-followup-span-joiner`: "6시간에서 8시간", "6 to 8 hours"), nothing else."""
        v = self.vocabulary
        rest = "".join(" " if ch.isdigit() or ch in ".,~-?!" else ch for ch in message.text)
        for words in (
            v["lex-approx"],
            units,
            v["understanding-followup-span-ending"],
            v["understanding-followup-span-joiner"],
        ):
            rest = blanked(Folded(rest), words, latin_only=False)
            if not rest.strip():
                return True
        return False

    def _one_word_no_frequency(self, message: Folded, signals: Signals) -> bool:
        """One word, no behaviour or question in it, and none of the words that alone say how
        often or when (`understanding-frequency-alone`: "weekends", "매주")."""
        if message.words != 1 or signals.behaviour or signals.narrated or signals.question:
            return False
        if self.both_dogs(message.text):
            return False  # "둘다요": both dogs do it (`report.filed_once` says where it is filed)
        if message.text.strip()[:1].isdigit():
            return False  # "3알이요", "5알정도" (owner trial 17): an amount, detail for the report
        return not self.vocabulary["understanding-frequency-alone"].contains(message)

    def name_with_word(self, message: Folded) -> str:
        """The dog's name told as one word beside the word for a name and nothing else ("콩이야
        이름", "이름 콩이야", "Max is his name"; owner trial 12: "not sure what you mean"): the
        name, "" for none. `understanding-profile-name-word` must be the whole rest."""
        words = message.text.split()
        marker = self.vocabulary["understanding-profile-name-word"]
        for name, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
            if len(words) < 2 or not marker.whole(Folded(" ".join(rest))):
                continue
            told = self.answers.name(Folded(name))
            if isinstance(told, Value) and not marker.contains(Folded(str(told.value))):
                return str(told.value)
        return ""

    def _profile_told(self, message: Folded, signals: Signals, context: Context) -> bool:
        """A survey answer told with no survey question open ("his name is cooper", "he is two
        years old", "male and hes fixed", "golden retriever", "four of us", "no other animals",
        "이름은 콩이예요", "3살이에요", "말티즈예요"): the dog's profile, never detail glued onto a
        report and analysed again, never lost as "not sure what you mean" (acceptance trial 5,
        batch 66). Idle, while a report waits or after it, or at a result's question it cannot
        answer; short, nothing asked, no behaviour or incident told. Words:
        `understanding-profile-name`, `understanding-profile-told`, an age in 살, a breed named."""
        if context.expect not in (Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP):
            return False
        if message.words > PROFILE_MAX_WORDS and context.expect is not Expect.FOLLOWUP:
            return self._profile_sentence(message, signals)
        if message.words > PROFILE_MAX_WORDS or signals.behaviour or signals.question:
            return False
        if signals.incident and not (
            not signals.anchored and self.vocabulary["understanding-late-answer"].contains(message)
        ):
            return False  # "oh and he's a boy", "아 참 남아예요" (stop 34: noise): told late, no incident
        if self.signals.asks(message):
            return False
        v = self.vocabulary
        if (
            context.expect is Expect.FOLLOWUP
            and context.topic == "frequency"
            and self.signals.plausible_followup(message, "frequency")
        ):
            # "since we adopted him, most meals" at "how often, and since when?": since when, its
            # answer, though it says where the dog came from (owner trial 9: the profile's)
            return False
        if v["understanding-profile-origin"].contains(message):
            return True  # "펫샵에서 데려왔어요" even at "what happened right before?" (owner trial 8)
        if context.expect is Expect.FOLLOWUP and self.signals.plausible_followup(message, context.topic):
            return False  # "since he was 2 years old" at "since when?": its answer
        if any(
            v[entry].contains(message)
            for entry in ("understanding-profile-name", "understanding-profile-told")
        ):
            return True
        if self.name_with_word(message):
            return True  # "콩이야 이름", "Max is his name" (owner trial 12: not understood)
        if message.words <= BREED_MAX_WORDS and self._profile_option(message) is not None:
            return True  # "중형", "보호소요", "medium" (owner trial 10: offered as a dog's name)
        if self._weight_told(message):
            return True  # "12kg이에요", "she weighs 12kg" (owner trial 10: not understood)
        if self.answers.breed_denied(message) is not None:
            return True  # "보리 푸들 아니고 말티즈예요" (owner trial 16: not understood)
        # "우리 딸은 이제 다섯살이에요", "my son was born in 2019": an age, but not the dog's
        ages = not v["understanding-someone-else"].contains(message)
        if ages and isinstance(self.answers.age_in_sentence(message.text), Since):
            return True  # "보리 2019년생이에요", "Duke was born in 2019" (owner trial 16: noise)
        if ages and self.fact_named(message.text):
            return True  # "보리는 5살이에요", "우리 여름이는 3살" (owner trial 10: glued onto the report)
        if (
            ages
            and v["understanding-correction-mark-age_months"].contains(message)
            and isinstance(self.answers.age(message), Value | Approximate)
        ):
            return True  # "3살이에요"
        # a number and its unit: "3" alone is noise, "a" no age, "3 yrs" one
        unit = any(ch.isalpha() for ch in message.text) and any(ch.isdigit() for ch in message.text)
        if (
            ages
            and context.expect is Expect.NOTHING
            and unit
            and isinstance(self.answers.age(message), Value | Approximate)
        ):
            return True  # "8 months", "3 yrs" with nothing open (English owner trial 8: "not sure
            # what you mean"); while a report waits, a length is how long it has gone on
        if ages and len(self.profile_facts(message.text)) > 1:
            return True  # "btw she is 6 and a beagle" (stop 50: not understood): each fact kept
        breeds = self.answers.breeds_named(message)
        if message.words <= BREED_MAX_WORDS:
            return bool(breeds)
        # "he is a beagle", "Dubu is a beagle", "our dog is a lab" (owner trial 10: not understood)
        return (
            len(breeds) == 1
            and message.words <= BREED_MAX_WORDS + 3
            and v["understanding-profile-breed-is"].contains(message)
        )

    def _profile_clauses(self, message: Folded) -> list[Folded]:
        """The clauses of a message (cut at punctuation, "and", a Korean clause ending: "됐고 ")."""
        cut = self.answers._clause_cut.split(message.text)
        return [Folded(c.strip(" ,.;!?~")) for c in cut if c and c.strip(" ,.;!?~")]

    def _profile_sentence(self, message: Folded, signals: Signals) -> bool:
        """A long sentence of profile facts and nothing else ("He's just turned one, we got him at
        about 9 weeks old from a breeder in Devon", "남자애고 중성화는 아직이에요 병원에서 좀 더 크면
        하래요"; owner trial 33: "I couldn't tell what your dog did… analyse it?", every fact lost):
        no behaviour, nothing asked, and a clause that is a profile fact told alone, or a fact
        `profile_facts` reads. The flow keeps each fact for the survey."""
        if signals.behaviour or signals.question or self.signals.asks(message):
            return False
        if message.words > CORRECTED_MAX_WORDS * 2:
            return False
        idle = Context(Expect.NOTHING)
        for clause in self._profile_clauses(message):
            if clause.words <= PROFILE_MAX_WORDS and self._profile_told(
                clause, self.signals.read(clause), idle
            ):
                return True
        return bool(self.profile_facts(message.text))

    def profile_facts(self, text: str) -> list[tuple[str, Value[Any] | Approximate]]:
        """The profile facts a sentence tells clause by clause, with no question open (owner trial
        33: "He's just turned one, we got him at about 9 weeks old from a breeder in Devon"): the
        age of a clause that tells it as the dog's ("just turned one", "이제 한살 됐고": read as at the
        age question), where the dog came from (`_profile_option`: "from a breeder"; that clause's
        "9 weeks old" is no age), a size, one breed named in the sentence. The sex is read whole
        by the flow (`sex_in_sentence`). Each key once; nothing for a sentence telling a behaviour."""
        message = Folded(canonical(text))
        signals = self.signals.read(message)
        if signals.behaviour or signals.question or self.signals.asks(message):
            return []
        v = self.vocabulary
        someone = v["understanding-someone-else"].contains(message)
        found: dict[str, Value[Any] | Approximate] = {}
        clauses = self._profile_clauses(message)
        if len(clauses) < 2:
            return []  # one clause: read whole by `_profile_told` and the corrections
        for clause in clauses:
            clause = Folded(self._without_fact_adverbs(clause.text.split()))  # "참고로 3살이고"
            option = self._profile_option(clause)
            if option is not None:
                found.setdefault(option[0], Value(option[1]))
                continue  # "we got him at 9 weeks old from a breeder": the origin, no age
            if someone or "age_months" in found:
                continue
            marked = v["understanding-correction-mark-age_months"].contains(clause)
            if not marked:  # "He's just turned one": its age stated, as a correction reads it
                retold = self._correction(clause, self.signals.read(clause), stated=True)
                marked = retold is not None and retold.about == ("age_months",)
            if marked:
                age = self.answers.age(clause)
                if isinstance(age, Value | Approximate):
                    found["age_months"] = age
        breeds = self.answers.breeds_named(message)
        if len(breeds) == 1:
            found.setdefault("breed", Value(breeds[0]))
        return list(found.items())

    def another_dog_told(
        self, text: str, *, dog_said: bool = False
    ) -> tuple[str, Value[float] | Approximate | None] | None:
        """Another dog told with its name after a result or with nothing open ("아 그리고 우리집에
        여름이도 있어요 걔는 2살", "oh and we also have Summer, she's 2"; owner trial 10: "add to the
        last report or a new one?"): its name and the age told after it (None: none, or not
        whole). Korean: a name-like word marked "도" ("also") followed by a word of having
        (`understanding-another-dog-have`), only words of `understanding-another-dog-lead` before
        it; English: those having words, then the name, capitalised, only lead words between.
        None for anything else ("고양이도 있어요": no dog; a behaviour told: read as usual).
        `dog_said`: the message was read as telling of a dog (the other pets' dog option picked:
        "강아지 보리도 있어요 푸들 3살", stop 58: the second dog lost), so a dog word may lead the name
        and nothing more need say it is one more dog."""
        message = Folded(canonical(text))
        if message.words > PROFILE_MAX_WORDS + 4:
            return None
        v = self.vocabulary
        words = [w.strip(",.!?~") for w in message.text.split()]
        words = [w for w in words if w]
        lead, have = v["understanding-another-dog-lead"], v["understanding-another-dog-have"]
        not_names = v["understanding-name-intro-not-name"].phrases
        also_particles = [p for p in self._typed_aliases("understanding-another-dog-particle") if p != "-"]

        def only(phrases: Phrases, part: Sequence[str], *more: Phrases) -> bool:
            table = Table().add("x", phrases)
            for extra in more:  # "강아지 보리도 있어요" with the dog ticked: a dog word before it too
                table.add("x", extra)
            return not part or cover(Folded(" ".join(part)).units, table) is not None

        dog_words = (v["understanding-dog"],) if dog_said else ()
        for i, word in enumerate(words):
            hangul = all("\uac00" <= ch <= "\ud7a3" for ch in word)
            glued = next(
                (p for p in also_particles if hangul and word.endswith(p) and len(word) > len(p)), ""
            )
            if glued and only(lead, words[:i], *dog_words):
                name, rest_at = word[: -len(glued)], i + 1
                ends = [j for j in range(i + 2, min(len(words), i + 4) + 1) if only(have, words[i + 1 : j])]
                if not ends or tuple(Folded(name).units) in not_names or not self._name_like(name):
                    continue
                if dog_said and (self._counted_or_breed(name)):
                    continue  # "푸들도 있어요", "강아지 한마리도 있어요": no name
                rest_at = max(ends)
            elif word.isascii() and word.isalpha() and word[:1].isupper() and i > 0:
                starts = [j for j in range(i) if only(have, words[j:i]) or self._have_then_lead(words[j:i])]
                if not starts or not only(lead, words[: min(starts)], *dog_words):
                    continue
                if tuple(Folded(word).units) in not_names or v["understanding-breed"].contains(Folded(word)):
                    continue
                if not v["understanding-asked-not-name"].contains(Folded(word)) and self._name_like(word):
                    name, rest_at = word, i + 1
                else:
                    continue
            else:
                continue
            rest = " ".join(words[rest_at:])
            if rest and self.signals.read(Folded(rest)).behaviour:
                return None  # "여름이도 있는데 걔도 짖어요": a report
            age = self.answers.quantity_told_late(Folded(rest), Expect.AGE) if rest else None
            also = v["understanding-another-dog-also"].contains(message)
            if not (dog_said or also or age is not None or (hangul and self._name_ending(name))):
                return None  # "간식도 있어요", "I have Max": nothing says one more dog
            return name, age
        return None

    def other_dog_age(
        self, text: str, surveyed: str, *, at_age: bool = False
    ) -> tuple[str, Value[float] | Approximate] | None:
        """Another dog's age told at a survey question about the dog `surveyed` ("두부는 한살이에요",
        "두부 나이 1살로 해주세요", "bramble is only 5 months btw"; stop 48, owner trial 33: lost,
        or stored as the surveyed dog's): the name (Korean: marked by a particle or followed by the
        age's name "나이"; English: followed by a word of `understanding-other-dog-age-is`), only
        words of `understanding-another-dog-lead` before it, and an age with its unit after it
        (a bare "2" may be anything). None for anything else, the surveyed dog's own name, a
        person ("딸은 7살", "my son is 8") or a pronoun. `at_age`: at the age question, where a
        bare number is the age in years ("Bori is 3") and only a word that reads as a name is
        one: a Korean word with a topic or subject particle (`understanding-name-topic-particle`,
        `-subject-particle`:
        "보리는 세살"; stop 57's try took 얼마전에, "a while ago", of "얼마전에 생일이었는데 2살
        됐어요" for a dog's name)."""
        message = Folded(canonical(text))
        if message.words > PROFILE_MAX_WORDS + 4 or self.signals.read(message).behaviour:
            return None
        v = self.vocabulary
        words = [w.strip(",.!?~") for w in message.text.split()]
        words = [w for w in words if w]
        lead, is_word = v["understanding-another-dog-lead"], v["understanding-other-dog-age-is"]
        for i, word in enumerate(words[:4]):
            if i and cover(Folded(" ".join(words[:i])).units, Table().add("x", lead)) is None:
                return None
            after = words[i + 1 :]
            hangul = all("\uac00" <= ch <= "\ud7a3" for ch in word)
            if hangul and any(v[e].whole(Folded(word)) for e in ("lex-approx", "lex-filler", "lex-rarely")):
                continue  # "거의 0이에요" (stop 48 full run: a dog "거" with the particle 의): a hedge
            if hangul and at_age:
                name = self.names.bare(word)  # "콩이는": 콩이, its name's ending kept
                marked = any(word.endswith(p) and len(word) > len(p) for p in self._subject_particles)
            elif hangul:
                name = self.names.bare(word)
                marked = name != word or bool(after and self.names_question(Folded(after[0]), "age_months"))
            elif word.isascii() and word.isalpha():
                name = word
                said_is = [
                    j for j in range(1, min(len(after), 3) + 1) if is_word.whole(Folded(" ".join(after[:j])))
                ]
                marked = bool(said_is)
                after = after[max(said_is) :] if said_is else after
            else:
                continue
            if not marked or not after or not self._name_like(name):
                continue
            folded = Folded(name)
            if any(
                v[e].whole(folded)
                for e in ("lex-person", "understanding-someone-else", "understanding-name-intro-not-name")
            ):
                return None
            if self.names.named(name, [surveyed]) or self.answers.breeds_named(folded):
                return None
            if any(self.names_question(folded, key) for key in BY_KEY):
                return None  # "아 나이는 1살 반이요": the question's name, no dog's
            rest = " ".join(after)
            if not at_age and self.answers.quantities.read(rest, AGE_UNITS, None).value is None:
                return None  # no unit: "bramble is 2" may be anything
            age = self.answers.quantity_told_late(Folded(rest), Expect.AGE)
            if age is None:
                return None
            return (name[:1].upper() + name[1:] if name.isascii() else name), age
        return None

    def _counted_or_breed(self, word: str) -> bool:
        """`word` is a breed ("푸들") or counts dogs ("한마리"): no dog's name."""
        folded = Folded(word)
        return bool(self.answers.breeds_named(folded)) or self.vocabulary[
            "understanding-dogs-counter"
        ].contains(folded)

    @cached_property
    def _subject_particles(self) -> tuple[str, ...]:
        """The topic and subject particles that mark another dog's name before its age, longest
        first ("보리는", "콩이가")."""
        found = [
            p
            for msg_id in ("understanding-name-topic-particle", "understanding-name-subject-particle")
            for p in self._typed_aliases(msg_id)
            if p != "-"
        ]
        return tuple(sorted(found, key=len, reverse=True))

    def _other_animal_told(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Another pet told as had ("we also have Luna the cat", "우리집에 고양이 나비도 있어요",
        "토끼도 키워요"; owner trial 10: offered as a dog to add): an animal of
        `understanding-not-a-dog-animal` with a word of having (`understanding-another-dog-have`),
        short, nothing asked, no behaviour told (a report), no other dog told beside it; at "what
        happened right before/after?" only with a word saying "also" ("고양이랑 같이 있어요" may
        answer it)."""
        if message.words > PROFILE_MAX_WORDS + 4 or signals.behaviour or signals.narrated:
            return False
        if signals.question or self.signals.asks(message):
            return False
        v = self.vocabulary
        if context.topic in ("antecedent", "consequence") and not v[
            "understanding-another-dog-also"
        ].contains(message):
            return False
        if v["understanding-another-dog"].contains(message) or self.answers.breeds_named(message):
            return False  # "고양이도 있고 다른 강아지 이름은 렉스예요": adding that dog
        return v["understanding-not-a-dog-animal"].contains(message) and v[
            "understanding-another-dog-have"
        ].contains(message)

    def _other_species_asked(self, message: Folded, signals: Signals) -> bool:
        """A question about another animal only ("do you also work with cats?", "고양이도 상담
        되나요?"; owner trial 22: sent to the coach model, which answered about cats): an animal of
        `understanding-not-a-dog-animal`, no dog (`understanding-dog`), no behaviour, short.
        DogCoach coaches dogs; a question with a dog in it ("my cat hisses at the dog") stays one."""
        if not (signals.question or self.signals.asks(message)) or signals.behaviour:
            return False
        if message.words > OTHER_SPECIES_MAX_WORDS:
            return False
        v = self.vocabulary
        return v["understanding-not-a-dog-animal"].contains(message) and not v["understanding-dog"].contains(
            message
        )

    def _name_ending(self, word: str) -> bool:
        """A Korean word that ends the way owners call a dog ("여름이", "콩이": a name's own ending
        after a closed syllable, `understanding-name-suffix`)."""
        return any(
            word.endswith(e) and len(word) > len(e) and final_consonant(word[-len(e) - 1]) is not None
            for e in self._name_endings
        )

    def _have_then_lead(self, part: Sequence[str]) -> bool:
        """`part` is having words then lead words ("we also have a dog called")."""
        v = self.vocabulary
        for k in range(1, len(part)):
            head, tail = part[:k], part[k:]
            if (
                cover(Folded(" ".join(head)).units, Table().add("x", v["understanding-another-dog-have"]))
                is None
            ):
                continue
            if (
                cover(Folded(" ".join(tail)).units, Table().add("x", v["understanding-another-dog-lead"]))
                is not None
            ):
                return True
        return False

    def _health_told(self, message: Folded, signals: Signals, context: Context) -> bool:
        """A health note told after a result or with nothing open ("피부병 약 먹어요", "슬개골이
        안좋아요", "he's on meds for his skin"; owner trial 10: glued onto the report at "how
        often?"): the words of `understanding-health-told`, short, no behaviour or incident told,
        nothing asked, and no answer to the question open ("약 먹을 때마다 그래요" says how often).
        The flow keeps it as the dog's health note, as the survey's health question does."""
        if context.expect not in (Expect.NOTHING, Expect.FIRST_CONTACT, Expect.PENDING, Expect.FOLLOWUP):
            return False  # first ("the vet said her knees are bad"; stop 55): kept for the survey
        v = self.vocabulary
        # the medicine or condition named with nothing pointing back at the behaviour ("콩이 요즘
        # 알러지약 먹고 있어요 참고하세요", "fyi she's on allergy meds since last week" right after a
        # report; stop 52 trial: added to the report and analysed again, the profile untouched):
        # the note, whatever "요즘" or "since" would answer; "약 먹고 나서 그래요" points back
        aside = v["understanding-health-told"].contains(message) and not v[
            "understanding-detail-back"
        ].contains(message)
        if context.expect is Expect.PENDING and not context.seen and not aside:
            return False  # while the report waits, "약 먹고 나서 그래요" may be its detail
        # the medicine or vaccine named, with how the dog is after it ("fyi Otis had his vaccines
        # yesterday so he's a bit sleepy"; stop 57, held-out 12: 11 words, a correction, then noise)
        longest = PROFILE_MAX_WORDS + (HEALTH_ASIDE_EXTRA_WORDS if aside else 0)
        if message.words > longest or signals.behaviour or signals.incident_strong or signals.narrated:
            return False  # a time or "참고로" beside it ("since last week", held-out 8) tells no incident
        if self.signals.asks(message) or message.text.rstrip().endswith(("?", "？")):
            return False
        if self._vet_cleared(message, signals):
            return False  # "vet said her knees are fine btw", "병원에서 슬개골 이상없대요" (held-out 9): the all-clear
        if (
            not aside
            and context.expect is Expect.FOLLOWUP
            and self.signals.plausible_followup(message, context.topic)
        ):
            return False
        if not aside and context.seen and self.signals.plausible_followup(message, "frequency"):
            return False  # after the result, how often it happens is still its detail
        if v["understanding-talk-worse"].contains(message):
            return False  # "약 먹고 나서 더 심해졌어요": worse since, read by `_after_result`
        if context.topic in ("antecedent", "consequence") and not v[
            "understanding-health-condition"
        ].contains(message):
            return False  # "약 먹였어요" at "what happened right after?": its answer
        return v["understanding-health-told"].contains(message)

    def _owner_afraid(self, message: Folded, signals: Signals, context: Context) -> bool:
        """The owner says they are afraid of their dog ("I'm honestly scared of him", "솔직히 얘가
        무서워요": `understanding-owner-afraid`), with no other behaviour and nothing asked; at a
        survey question too, but the name and those about behaviour, where it may be the answer: a
        feeling, not an incident to analyse (owner trials 23 and 24: analysed, also at the sex
        question)."""
        at_survey = context.expect in SURVEY and context.question not in (None, "name", *BEHAVIOUR_QUESTIONS)
        if context.expect not in (Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP) and not at_survey:
            return False
        if message.words > PROFILE_MAX_WORDS or signals.question or self.signals.asks(message):
            return False
        words = Folded(" ".join(r.text for r in message.runs if r.script is not Script.JAMO))
        pieces = cover(words.units, self._afraid_alone)  # "ㅠㅠ" around it: crying, no word
        if pieces is not None and any(tag == "afraid" for tag, _ in pieces):
            return True  # "ㅠㅠ 무서워요" after a bite (owner trial 26: ticked as the dog's fear)
        for said in (message, self.name_as_pronoun(message)):
            if said is not None and self.vocabulary["understanding-owner-afraid"].contains(said):
                return not self.signals.behaviour_besides(said, "understanding-owner-afraid")
        return False

    def life_change(self, message: Folded, signals: Signals, context: Context) -> str | None:
        """A change in the dog's life that answers a survey question, told as an event with no
        question open ("Luna got spayed last week", "지난주에 중성화 수술했어요": "neutered"; "we
        just had a baby", "아기가 태어났어요": "baby"; "이사했어요 원룸에서 투룸으로", "we moved last
        week": "moved", no question's but a change worth a line; owner trial 22: offered to be analysed,
        glued onto a report, or the week's summary shown for "last week"). Short, no behaviour,
        nothing asked; at a result's "what happened right before / after?" it may be the answer,
        so not there. None for anything else."""
        if context.expect not in (Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP):
            return None
        if context.topic in ("antecedent", "consequence"):
            return None
        if context.expect is Expect.PENDING and not context.seen:
            return None  # while the report waits, "어제 중성화했어요" may be its detail
        v = self.vocabulary
        # a change told as news, with no "since" ("둘째 태어났어요": "둘째" read as a number; "그리고
        # 초코가 지난주에 중성화 수술을 했습니다": its time read as since when; owner trials 24 and
        # 25: glued onto the report) answers no follow-up; "since we moved tbh" does
        news = not v["understanding-since-marker"].contains(message) and any(
            v[entry].contains(message)
            for entry in ("understanding-neuter-event", "understanding-new-baby", "understanding-moved")
        )
        if (
            not news
            and context.expect is Expect.FOLLOWUP
            and self.signals.plausible_followup(message, context.topic)
        ):
            return None  # "since we moved tbh" at "how often, and since when?": its answer
        if not news and context.seen and self.signals.plausible_followup(message, "frequency"):
            return None  # after the result, since when it happens is still its detail
        if v["understanding-talk-worse"].contains(message):
            return None  # "it's been worse since we moved": how the step goes (`_after_result`)
        longest = BABY_VISIT_MAX_WORDS if self._baby_visit(message) else PROFILE_MAX_WORDS
        if message.words > longest or signals.behaviour or signals.narrated or signals.question:
            return None
        if self.signals.asks(message):
            return None
        return self._change_named(message)

    def _baby_visit(self, message: Folded) -> bool:
        """A baby or a small child coming to visit ("언니가 아기 낳아서 다음주에 우리집에 와요", "my
        nephew is visiting this weekend"; stop 56, held-out 11: a baby at home, the children's yes
        stored): one who comes (`understanding-baby-visitor`) and the words that say it comes."""
        v = self.vocabulary
        return v["understanding-baby-visitor"].contains(message) and v["understanding-baby-visit"].contains(
            message
        )

    def _change_named(self, message: Folded, question: str | None = None) -> str | None:
        """The change `message` names: "neutered", "baby", "baby_coming", `BABY_VISIT` or "moved"; at survey
        question `question`, not the change that is that question's own answer (a baby at the
        children question, a neuter at the sex). None when it names none."""
        v = self.vocabulary
        if question != "sex" and v["understanding-neuter-event"].contains(message):
            return "neutered"
        if v["understanding-baby-coming"].contains(message):
            return "baby_coming"
        if self._baby_visit(message):
            return BABY_VISIT  # before a birth told: "언니가 아기 낳아서 다음주에 와요" visits
        if question != "children" and v["understanding-new-baby"].contains(message):
            return "baby"
        if v["understanding-moved"].contains(message):
            return "moved"
        return None

    def change_at_question(self, message: Folded, signals: Signals, context: Context) -> str | None:
        """A change in the dog's life told at a survey question whose answer it does not give
        ("my gf is pregnant", "we moved last month" at the hours alone; owner trial 25: asked
        again, kept nowhere): the change (`_change_named`), answered as news and the question
        asked again. None with a behaviour, a question, "since" (how long it has happened) or
        more words than a fact told alone; the caller checks no answer was read."""
        if context.question is None or message.words > PROFILE_MAX_WORDS:
            return None
        if signals.behaviour or signals.narrated or signals.question or self.signals.asks(message):
            return None
        v = self.vocabulary
        if v["understanding-since-marker"].contains(message) or v["understanding-talk-worse"].contains(
            message
        ):
            return None
        change = self._change_named(message, context.question)
        return None if change == "neutered" else change  # a neuter: kept for the sex by the survey

    def life_event(self, text: str, question: str | None = None) -> str | None:
        """The change in the dog's life a survey answer tells beside itself, to be kept with the
        profile (stop 45 owner trial: "no kids yet but baby coming in march" at the children):
        "baby_coming" or "moved"; None for any other (a neuter is the sex's, a baby born the
        children's answer)."""
        change = self._change_named(Folded(text), question)
        return change if change in ("baby_coming", "moved") else None

    def worse_since_change(self, message: Folded, signals: Signals) -> bool:
        """The behaviour said to have got worse since a change ("이사 오고 나서 더 심해진 것
        같습니다", "it got worse after we moved"): `understanding-talk-worse` with
        `understanding-talk-worse-since`, no behaviour named besides, nothing asked."""
        v = self.vocabulary
        return (
            v["understanding-talk-worse"].contains(message)
            and v["understanding-talk-worse-since"].contains(message)
            and not signals.question
            and not self.signals.asks(message)
            and not self.signals.behaviour_besides(message, "understanding-talk-worse")
        )

    def profile_option(self, text: str) -> tuple[str, str] | None:
        """`_profile_option` of a typed message (the flow stores what it picks)."""
        message = Folded(canonical(text))
        return self._profile_option(message) if message.words <= BREED_MAX_WORDS else None

    def profile_fact(self, text: str) -> tuple[str, Value[Any] | Approximate] | None:
        """A quantity or a breed of the profile typed alone, no question open ("3살이에요", "3 years
        old", "말티즈예요", "he's a beagle", "12kg이에요", "she weighs 12kg"; owner trial 10: the survey
        offered to a dog that has a profile): the survey question it answers and its value, the
        weight as "weight" in kg (the flow reads the size in it). An age only with its mark
        ("살", "years old": "3" alone may be anything), a weight whole or with its words
        (`understanding-profile-weight`), one breed named; None for anything else."""
        message = Folded(canonical(text))
        if message.words > PROFILE_MAX_WORDS:
            return None
        v = self.vocabulary
        if v["understanding-correction-mark-age_months"].contains(message):
            age = self.answers.age(message)
            if not isinstance(age, Value | Approximate):  # "참고로 5살이에요" (stop 55, batch 497)
                age = self.answers.age(Folded(self._without_fact_adverbs(message.text.split())))
            return ("age_months", age) if isinstance(age, Value | Approximate) else None
        weight = self.answers.quantities.read(message.text, WEIGHT_UNITS, None)
        if weight.value is not None:
            worded = (
                v["understanding-profile-weight"].contains(message) and message.words <= BREED_MAX_WORDS + 2
            )
            return ("weight", Value(weight.value)) if weight.whole or worded else None
        breeds = self.answers.breeds_named(message)
        denied = self.answers.breed_denied(message)
        if denied is not None:
            return ("breed", Value(denied))  # "보리 푸들 아니고 말티즈예요": the maltese
        if len(breeds) != 1:
            return None
        # "말티즈 믹스" as typed; "he is a beagle": beagle; "사실은 말티즈예요": 말티즈 (stop 50)
        typed = self.answers.breed(Folded(self._without_fact_adverbs(message.text.split())))
        kept = (
            isinstance(typed, Value)
            and breeds[0].casefold() in str(typed.value).casefold()
            and len(str(typed.value).split()) <= len(breeds[0].split()) + 1
        )
        return ("breed", typed if kept and isinstance(typed, Value) else Value(breeds[0]))

    def fact_named(self, text: str) -> str:
        """The dog a profile fact is told of by name ("보리는 5살이에요", "우리 여름이는 3살", "Summer
        is 3 years old", "여름이는 말티즈예요"; owner trial 10: noise, or glued onto the report): the
        name, a Korean one marked as topic or subject (`understanding-name-topic-particle`,
        `-subject-particle`), an English one capitalised and followed by "is", only a word of
        `understanding-fact-lead` ("우리", "our") before it, and the rest one fact
        (`profile_fact`). "" for anything else. The flow decides whether it is a dog of the owner."""
        words = [w for w in canonical(text).split() if w]
        lead = self.vocabulary["understanding-fact-lead"]
        while words and lead.contains(Folded(words[0])) and len(words) > 2:
            words = words[1:]
        if len(words) < 2:
            return ""
        first, rest = words[0].strip(",.!?~"), " ".join(words[1:])
        name = ""
        if all("\uac00" <= ch <= "\ud7a3" for ch in first):
            particles = sorted(
                (
                    p
                    for msg_id in ("understanding-name-topic-particle", "understanding-name-subject-particle")
                    for p in self._typed_aliases(msg_id)
                    if p != "-"
                ),
                key=len,
                reverse=True,
            )
            glued = next((p for p in particles if first.endswith(p) and len(first) > len(p)), "")
            name = first[: -len(glued)] if glued else ""
            name = name if name and self._name_like(name) else ""
        elif first.isascii() and first.isalpha() and first[:1].isupper() and words[1].casefold() == "is":
            name = first if self._name_like(first) else ""
        if not name or self.vocabulary["understanding-breed"].contains(Folded(name)):
            return ""
        if self.profile_fact(rest) is None:
            rest = self._without_fact_adverbs(words[1:])
            if not rest or self.profile_fact(rest) is None:
                return ""
        return name

    def retold_dog(self, message: Folded) -> str:
        """The dog an answer corrected in words is told of by name, as typed ("oh Luna is a beagle
        mix not a lab", "키위 견종 말티즈아니고 말티푸예요"; held-out 11: the edit with no dog, so
        the active dog's breed changed): the name opening the message past the words of
        `understanding-fact-lead` ("oh", "아", "우리"), a Korean one with or without its particle
        and no question's name, an English one capitalised and followed by "is" or owning the
        answer ("Luna's breed"). "" for anything else; the flow decides whether it is a dog of the
        owner's."""
        words = [w for w in message.text.split() if w]
        lead = self.vocabulary["understanding-fact-lead"]
        while len(words) > 2 and lead.whole(Folded(words[0].strip(",.!?~"))):
            words = words[1:]
        if len(words) < 2:
            return ""
        first = words[0].strip(",.!?~")
        if first.isascii():
            owned = first.endswith(("'s", "’s"))
            name = first[:-2] if owned else first
            if not (name.isalpha() and name[:1].isupper() and (owned or words[1].casefold() == "is")):
                return ""
        elif all(_syllable(ch) for ch in first):
            name = self.names.bare(first)
            if self.verb_ended(first) or any(self._names_field(Folded(first), q) for q in BY_KEY):
                return ""
        else:
            return ""
        if not name or not self._name_like(name) or self.answers.breeds_named(Folded(name)):
            return ""
        return name

    def _without_fact_adverbs(self, words: Sequence[str]) -> str:
        """The words of a fact told of a named dog without those that say it corrects or adds it
        (`understanding-fact-adverb`: "밤이는 사실 5살이에요", "Bami is actually 5"; stop 50:
        noise), at its start or after an English "is"."""
        adverbs = self.vocabulary["understanding-fact-adverb"]
        kept = list(words)
        at = 1 if kept and kept[0].casefold() == "is" else 0
        while len(kept) > at + 1:
            for size in (2, 1):
                if adverbs.whole(Folded(" ".join(kept[at : at + size]).strip(",.!~"))):
                    del kept[at : at + size]
                    break
            else:
                break
        return " ".join(kept)

    def _weight_told(self, message: Folded) -> bool:
        """A weight typed alone ("12kg이에요", "she weighs 12kg"): the profile's (its size)."""
        fact = self.profile_fact(message.text)
        return fact is not None and fact[0] == "weight"

    def _profile_option(self, message: Folded) -> tuple[str, str] | None:
        """The profile question and option a short message is, whole ("중형", "대형견이에요",
        "보호소요", "medium": `PROFILE_OPTIONS`, read as typed at that question with no numbers
        shown); None for anything else or for a message that picks options of two questions."""
        found: list[tuple[str, str]] = []
        for key, values in PROFILE_OPTIONS:
            q = BY_KEY[key]
            options = [Option(value, q.option_msg(value), numbered=False) for value in values]
            picked = self.answers.choices.pick(message, options, multi=False, exclusive=None)
            worded = key == "origin"  # "길에서요" may say where it happened: only its words count,
            if worded and not self.vocabulary["understanding-profile-origin-word"].contains(message):
                continue  # `understanding-profile-origin-word`, the option read in them ("from a shelter")
            if isinstance(picked, Picked) and (picked.exact or worded) and len(picked.ids) == 1:
                found.append((key, picked.ids[0]))
        return found[0] if len(found) == 1 else None

    def _reminder_wished(self, message: Folded, signals: Signals, context: Context) -> bool:
        """A daily reminder or message asked for or asked away ("remind me every evening", "I want
        stop the message every day", "매일 저녁마다 알려주세요"), in a short message that tells no
        behaviour and is not at a survey question: no such messages exist (check-ins do), said so,
        never detail glued onto a report (acceptance trial 5, batch 66). `understanding-reminder-wish`."""
        if context.expect not in (Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP):
            return False
        if message.words > PROFILE_MAX_WORDS or signals.behaviour or signals.narrated:
            return False
        return self.vocabulary["understanding-reminder-wish"].contains(message)

    def _which_dog_asked(self, message: Folded, signals: Signals, context: Context) -> bool:
        """Which dog the last report was filed under asked ("which dog was that for?", "그거 누구
        기록으로 됐어요?"), in a short message that tells no behaviour, with nothing but a result's
        question open: said from the store, never a question for the coach model (owner trial 17).
        `understanding-which-dog-asked`."""
        if context.expect not in (Expect.NOTHING, Expect.PENDING, Expect.FOLLOWUP):
            return False
        if message.words > PROFILE_MAX_WORDS or signals.behaviour or signals.narrated:
            return False
        return self.vocabulary["understanding-which-dog-asked"].contains(message)

    def _frequency_word(self, message: Folded, command: Understanding, context: Context) -> bool:
        """A command word that alone answers "how often?" ("weekly"): at that question, the answer."""
        return (
            command.command == "week"
            and context.expect is Expect.FOLLOWUP
            and context.topic == "frequency"
            and message.words == 1
            and self.signals.plausible_followup(message, "frequency")
        )

    def _week_in_detail(self, message: Folded, command: Understanding, context: Context) -> bool:
        """This week's words inside how often it happened, just after a report or at its question
        ("이번 주에만 세번이요", "every day this week"; owner trial 19: the week's summary, the
        detail lost): detail about the report. Asked for ("이번 주 보여줘", "how was this week?")
        or alone ("this week"), the week it stays."""
        if command.command != "week" or context.expect not in (Expect.PENDING, Expect.FOLLOWUP):
            return False
        if (
            self.vocabulary["understanding-request-ending"].contains(message)
            or self.signals.read(message).question
        ):
            return False
        return self._count_told(message) or self.signals.told_in_report(message, "frequency")

    def _often_shrugged(self, message: Folded, signals: Signals) -> bool:
        """Only how often, with a trailing "?" as its one sign of asking ("주3회?", "3x/wk?"; owner
        trial 15: sent to the coach model as a question; "하루에 한두번?", a count in words, owner
        trial 18): an answer said with a shrug."""
        if not signals.question or signals.behaviour or message.words > SHRUG_MAX_WORDS:
            return False
        if not self._count_told(message) or self.vocabulary["understanding-question-word"].contains(message):
            return False  # "since when?": asked; a count said is the answer
        bare = Folded(message.text.rstrip().rstrip("?？").rstrip())
        return (
            bool(bare.text)
            and not self.signals.is_question(bare)
            and self.signals.plausible_followup(bare, "frequency")
        )

    @cached_property
    def _count_words(self) -> Phrases:
        """The number and times words of the lexicon as one entry, without the articles that are
        "one" there too ("a", "an": "is a bark normal?" tells no count)."""
        v = self.vocabulary
        words = set().union(
            *(v[f"lex-times-count-{n}"].phrases for n in TIMES_COUNTS),
            *(v[f"lex-number-{n}"].phrases for n in NUMBER_WORDS if n),
        )
        return Phrases("count words", frozenset(words - {("a",), ("an",)}))

    def _count_told(self, message: Folded) -> bool:
        """A count in the message, in digits or in words ("3번", "한두번", "twice")."""
        return any(ch.isdigit() for ch in message.text) or self._count_words.contains(message)

    def _at_pending(self, message: Folded, signals: Signals, *, seen: bool = False) -> Understanding:
        """Idle while a report still waits for its result: a message that reads as an answer to
        any of the follow-up's questions (how often, since when, what happens right before or
        after: "매일 그래요 한달쯤 됐어요", "it gets worse when the doorbell rings") is detail
        about that report, read by the follow-up's own rules (a new incident stays a report, the
        unclear case is both; as nothing was asked, a behaviour told with a time anchor or with
        its situation is a report of its own); anything else is what it would be idle. Asked outright ("?"), a
        question. `seen`: the result was shown already, so a behaviour told again ("he chews the
        sofa every day") is a report of its own, whatever its cues."""
        rest = self._after_and(message)
        if rest is not None:
            # "아 그리고 소파 뜯는거 매일 그래요" (owner trial 27: its "and" read as a new incident,
            # mid-survey lost): the "and" adds to what was told; detail if the rest is
            added = self._at_pending(rest, self.signals.read(rest), seen=seen)
            if added.detail:
                return dataclasses.replace(added, text=message.text, answer=Value(message.text))
        split = None if seen else self._when_then_incident(message)
        if split is not None:
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(split[0]), split=split[1], reason=WHEN_THEN_INCIDENT
            )
        if self.vocabulary["understanding-detail-pointer"].contains(message) and self._reaction_then_asked(
            message
        ):
            # "아그리고 그때 제가 소리를질렀어요 잘못한건가요ㅠ" (held-out 13, batch 600: a question
            # for the coach, the reaction lost): what the owner did at that moment, asked about;
            # detail for the report's analysis, which answers it
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason=REACTION_ASKED, detail=True
            )
        if self.reaction_went_on(message, signals):
            # "he kept going even when I shouted his name", "제가 소리쳤는데도 안 멈췄어요" (stop 60,
            # held-out 15: a report of its own, or at a survey question after the result an
            # unclear answer): what the owner did then and the dog going on, that report's
            # consequence; screened when added (its shouting card)
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason=REACTION_WENT_ON, detail=True
            )
        denied = self.behaviour_denied(message)
        if denied is not None:
            # "물려고 한 적은 없습니다", "she's never bitten anyone" beside a report (stop 61 trial:
            # a new report for the model): what the dog does not do, detail kept on that report
            return denied
        if self._owner_had_done(message, signals):
            # "대문은 제가 택배받다가 열어놨었어요", "I had left the gate open" after an escape (stop 60,
            # held-out 15: noise): what the owner had done before it, how it came about; detail
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason=OWNER_HAD_DONE, detail=True
            )
        if self._scene_of_the_moment(message, signals):
            # "the bowl was empty when he growled, i was about to fill it", "으르렁댈 때 밥그릇이
            # 비어 있었어요" (held-out 13: a new report at the size): how things stood at the
            # moment of the report, its behaviour named only to point back at it; detail
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason=SCENE_OF_MOMENT, detail=True
            )
        if self._more_of_the_moment(message, signals):
            # "he was also shaking after", "그 뒤에 덜덜 떨기도 했어요" (held-out 11, batch 506: a
            # new report): what else the dog did at the moment of the report, detail about it
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason=MORE_OF_MOMENT, detail=True
            )
        if signals.behaviour and not signals.question and self._change_under_condition(message):
            # "목줄 당기면 더 심해져요", "it gets worse when i pull the leash" (owner trial 20: a
            # new report): the behaviour words are the moment's, the change the analysed one's
            return dataclasses.replace(
                Understanding(Kind.ANSWER, message.text, answer=Value(message.text), reason="change-when"),
                detail=True,
            )
        if seen and self.report_corrected(message, signals):
            # "wait no it was the mailman not delivery guy lol" (owner trial 30): a detail of the
            # moment analysed put right, added to that report
            return Understanding(
                Kind.ANSWER, message.text, answer=Value(message.text), reason="corrected", detail=True
            )
        if seen and not signals.behaviour:
            # after the result, with nothing of the dog's behaviour in it, only how often or since
            # when, or what makes it worse or stop ("제가 안아주면 멈춰요"), is still about that
            # report; a situation alone ("병원 갈때 보여줄거", "초코 산책 다녀왔어요") is not (final
            # trial: glued onto the report and analysed again)
            v = self.vocabulary
            plausible = (
                self.signals.plausible_followup(message, "frequency")
                or self._owner_reaction(message)
                # "간식으로 꼬시면 먹긴해요", "she'll eat if i hand feed her" (stop 49 owner trial,
                # batch 378: "not sure what you mean", lost): what helps, detail of that report
                or v["understanding-detail-helps"].contains(message)
                or (
                    (
                        v["understanding-detail-change"].contains(message)
                        # "the doorbell rang right before", "그 전에 초인종이 울렸어요": pointing back
                        # at the moment analysed (ninth owner trial: the noise hint, the detail lost)
                        or v["understanding-detail-pointer"].contains(message)
                    )
                    and any(
                        self.signals.plausible_followup(message, t) for t in ("antecedent", "consequence")
                    )
                )
            )
            moment = message.words <= MOMENT_MAX_WORDS and v["understanding-detail-moment"].contains(message)
            if (
                (self._when_detail(message, signals) or moment)  # "when I came in the door" (batch 49)
                and not signals.question
                and not message.text.rstrip().endswith(("?", "？"))
                and not self._says_none(message)
            ):
                # when or where it happens, no behaviour of its own ("주로 저녁에 공원 지나갈 때
                # 그래요", "only when guests come"): detail about that report (owner trial: the
                # noise hint, and the detail lost)
                reason = "moment" if moment else "when"
                return dataclasses.replace(
                    Understanding(Kind.ANSWER, message.text, answer=Value(message.text), reason=reason),
                    detail=True,
                )
        else:
            if seen and self._also_then(message, signals):
                # "밥그릇 으르렁 하는건 간식먹을때도 그래요": the behaviour analysed, named again to
                # say when else it happens: detail or a report of its own, asked (owner trial 9)
                return Understanding(
                    Kind.ANSWER,
                    message.text,
                    answer=Value(message.text),
                    alternative=Kind.REPORT,
                    reason="also-then",
                )
            plausible = any(self.signals.plausible_followup(message, topic) for topic in FOLLOWUP_TOPICS)
        # "음 한 2주 전부터?": how long, said with a shrug, is detail as "since we moved" is
        # (owner trial 11: "not sure what you mean" in Korean only)
        shrug = plausible and (self._hedged(message, signals) or self._often_shrugged(message, signals))
        if (
            not plausible
            or (message.text.rstrip().endswith(("?", "？")) and not shrug)
            or self._says_none(message)
        ):
            # "nothing more", "없음": nothing to add, never detail glued onto the report (trial 3)
            return self._idle(message, signals)
        if signals.question and not signals.narrated and not shrug:
            return self._idle(message, signals)  # "when do puppies stop biting": asked, not told
        if signals.incident and signals.narrated:  # "yesterday he lunged at…": nothing was asked
            return self._report(message, "new-incident")
        if signals.anchored and signals.situation and signals.behaviour and self._long(message):
            # "어제밤에 11시쯤 혼자 두고 나갔다왔더니 … 이불에 쉬했어요": its own time and situation,
            # a new incident even where no verb of it is known (Korean trial K2: glued onto the
            # report being analysed and analysed again)
            return self._report(message, "dated-incident")
        if seen and signals.narrated:  # told after the result: a behaviour of its own
            # unless told as not happening ("she's never bitten anyone", "물려고 한 적은 없습니다";
            # stop 61 trial: a new report, or added and analysed again): detail kept on it
            return self.behaviour_denied(message) or self._report(message, "after-result")
        if signals.narrated and signals.situation and self._long(message):
            return self._report(message, "whole-report")  # a behaviour with its situation: its own
        if self._habit_own(message, signals):
            # "몽이가 요즘 밤에 자꾸 …" in words no behaviour vocabulary knows (Korean owner trial,
            # stop 51: glued onto the chocolate report as how often): while the result waits, its
            # own report; after it, "add to the last report or a new one?"
            if seen:
                return Understanding(
                    Kind.ANSWER,
                    message.text,
                    answer=Value(message.text),
                    alternative=Kind.REPORT,
                    reason=HABIT_OWN,
                )
            return self._report(message, HABIT_OWN)
        u = self._at_followup(message, signals, plausible=True)
        if u.kind is Kind.ANSWER:
            return dataclasses.replace(u, detail=True)
        return u if u.kind is Kind.REPORT else self._idle(message, signals)

    def _owner_had_done(self, message: Folded, signals: Signals) -> bool:
        """What the owner had done before the incident waiting, told in the pluperfect with the
        owner named (`understanding-detail-had-done`, `understanding-detail-owner`): no behaviour of
        the dog's, nothing asked, no time of its own, not "again"."""
        v = self.vocabulary
        return (
            not signals.behaviour
            and not signals.question
            and not signals.anchored
            and not self.signals.asks(message)
            and v["understanding-detail-owner"].contains(message)
            and v["understanding-detail-had-done"].contains(message)
            and not v["understanding-again"].contains(message)
        )

    def photo_pointed(self, message: Folded, context: Context) -> bool:
        """A photo's caption that opens by pointing at it (`understanding-caption-pointer`: "이게
        뜯어놓은 소파에요", "this is the rug he chewed") while a report waits for its result, with
        no time of its own, no "again", nothing asked (held-out 11, batch 506: analysed as a new
        report): it shows the incident waiting. The photo is said unseen (the media reply), and the
        report is not changed: what the caption says the report told already ("뜯어놓은 소파"),
        and the photo it points at cannot be read. "방금 또 소파 뜯었어요" under a photo stays a
        report."""
        if context.expect is not Expect.PENDING:
            return False
        signals = self.signals.read(message)
        # a day inside the caption ("이게 어제 뜯어놓은 쿠션이에요", "this is the shoe he chewed
        # yesterday") dates the thing shown, and a moment after the result (`seen`) it shows the
        # incident just analysed alike (stop 56, held-out 12: analysed as a new report)
        if signals.question or (signals.incident and not signals.anchored):
            return False
        v = self.vocabulary
        if v["understanding-again"].contains(message):
            return False
        words = message.text.split()
        pointer = v["understanding-caption-pointer"]
        if any(pointer.whole(Folded(" ".join(words[:k]))) for k in range(min(3, len(words) - 1), 0, -1)):
            return True
        return self._caption_names_a_thing(message, words)

    def _caption_names_a_thing(self, message: Folded, words: list[str]) -> bool:
        """A caption that only names the thing in the photo, no sentence about it (held-out 17:
        "뜯어놓은 쿠션" under a photo while a report waited became a new report for the model):
        at most `CAPTION_THING_MAX_WORDS` words; in Korean the last word names no behaviour and
        closes no sentence (`understanding-sentence-end`: "쿠션", not "뜯었음" or "있어요"), in
        English it opens with one of `understanding-caption-thing` ("the rug she chewed",
        "what's left of the couch"). It points at the photo as "이게 …" does."""
        if not words or len(words) > CAPTION_THING_MAX_WORDS:
            return False
        v = self.vocabulary
        last = Folded(words[-1])
        if last.has(Script.HANGUL):
            endings = v["understanding-sentence-end"].typed
            return not self.signals.read(last).behaviour and not last.compact.endswith(endings)
        opener = v["understanding-caption-thing"]
        return any(opener.whole(Folded(" ".join(words[:k]))) for k in range(min(3, len(words) - 1), 0, -1))

    def _more_of_the_moment(self, message: Folded, signals: Signals) -> bool:
        """A behaviour told as happening at the moment of the report, pointing back at it ("그 뒤에
        …", "그때 …", "afterwards", "right after", or ending on "after": "he was also shaking
        after"; held-out 11, batch 506: a new report): no time of its own, no "again", nothing
        asked. "Also" adds to that moment; "Max also bit the leash when I tried to clip it on"
        points at no moment and stays its own report."""
        if not signals.narrated or signals.question or signals.anchored:
            return False
        if signals.incident and not signals.incident_strong:
            return False  # "오늘", "yesterday": a time of its own
        v = self.vocabulary
        if v["understanding-again"].contains(message) or self._meanwhile(message):
            return False
        words = message.text.split()
        ends = (" ".join(words[-k:]).strip(",.!?~") for k in range(min(3, len(words)), 0, -1))
        return v["understanding-detail-pointer"].contains(message) or any(
            v["understanding-detail-after-end"].whole(Folded(end)) for end in ends
        )

    def _scene_of_the_moment(self, message: Folded, signals: Signals) -> bool:
        """How things stood when the behaviour reported happened, the behaviour named only in a
        clause pointing back at that moment (`understanding-detail-scene-when`: "when he …",
        a Korean word ending in "때"): that clause reads as a behaviour, nothing outside it does
        and something is told there; no time of its own, no "again", nothing asked. An "and"
        opening it ("oh and the bowl was empty when he growled") adds to what was told."""
        rest = self._after_and(message)
        if rest is not None:
            return self._scene_of_the_moment(rest, self.signals.read(rest))
        if not signals.behaviour or signals.question or signals.anchored or signals.incident:
            return False
        if message.text.rstrip().endswith(("?", "\uff1f")):
            return False
        v = self.vocabulary
        if v["understanding-again"].contains(message) or self._meanwhile(message):
            return False
        scene = v["understanding-detail-scene-when"]
        words = message.text.split()
        endings = scene.korean
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            if not bare.isascii() and bare.endswith(endings):
                return self._clause_alone_behaviour(words[: i + 1], words[i + 1 :])
        for i in range(len(words) - 1):
            if scene.whole(Folded(" ".join(words[i : i + 2]))):
                end = next((j for j in range(i + 2, len(words)) if words[j - 1].endswith(",")), len(words))
                return self._clause_alone_behaviour(words[i:end], words[:i] + words[end:])
        return False

    def _clause_alone_behaviour(self, clause: list[str], rest: list[str]) -> bool:
        """`clause` reads as a behaviour and `rest`, at least two words, as none."""
        if len(rest) < 2:
            return False
        return (
            self.signals.read(Folded(" ".join(clause))).behaviour
            and not self.signals.read(Folded(" ".join(rest))).behaviour
        )

    def _meanwhile(self, message: Folded) -> bool:
        """ "Meanwhile", "그 사이에": another thing happening while the report waits (batch 506),
        the phrases `understanding-incident-strong` added at stop 55 beside "also"."""
        return self.vocabulary["understanding-meanwhile"].contains(message)

    def _ended_told(self, message: Folded, signals: Signals) -> bool:
        """How the moment ended (`understanding-followup-ended`: "he calmed down after a block",
        "한 블록 지나니 진정됐어요"), no behaviour word and nothing asked: at "what happened right
        after?" the answer, whatever habit word is beside it."""
        if signals.behaviour or signals.question or self.signals.asks(message):
            return False
        return self.vocabulary["understanding-followup-ended"].contains(message)

    def _habit_own(self, message: Folded, signals: Signals) -> bool:
        """A habit told with "자꾸" / "keeps" (`understanding-habit-own`) in words of its own after
        it, no behaviour word known, nothing asked and nothing pointing back at the behaviour
        already reported (`understanding-habit-pointer`: "자꾸 그래요", "he keeps doing it"):
        another behaviour of the dog's, not how often the waiting report's happens (Korean owner
        trial, stop 51: "몽이가 요즘 밤에 자꾸 멍하니 벽보고 서있어요" added to a chocolate report,
        its own cognitive card never shown)."""
        if signals.behaviour or signals.question or self.signals.asks(message):
            return False
        v = self.vocabulary
        if v["understanding-habit-pointer"].contains(message) or self._says_none(message):
            return False
        return any(self._own_words_after(message, hit) for hit in v["understanding-habit-own"].find(message))

    def _own_words_after(self, message: Folded, hit: tuple[str, int, int, bool]) -> bool:
        """Words of its own follow the habit word `hit`, telling what the dog does. Korean: beside
        how often or since when (`understanding-frequency`), at least two Hangul syllables before
        the polite ending ("자꾸 밤에요" has none), not ending on when it happens ("자꾸 택배 아저씨
        올때요": `understanding-habit-when-end`). English: a verb in -ing right after it ("keeps
        going under the table"; "keeps on after i tell her no" has none)."""
        _phrase, _start, end, hangul = hit
        if not hangul:
            after = message.spaced[end:].split()
            return len(after) >= HABIT_OWN_MIN_WORDS and after[0].endswith("ing")
        rest = Folded(message.compact[end:])
        if without_trailing_jamo(rest.compact).rstrip(" .!~?").endswith(self._habit_when_ends):
            return False
        often = self.vocabulary["understanding-frequency"].find(rest)
        kept = "".join(
            ch for i, ch in enumerate(rest.compact) if not any(s <= i < e for _p, s, e, h in often if h)
        )
        tail = without_trailing_jamo(kept).rstrip(" .!~?")
        syllables = [ch for ch in tail.rstrip("요") if "\uac00" <= ch <= "\ud7a3"]
        return len(syllables) >= HABIT_OWN_MIN_SYLLABLES

    @cached_property
    def _habit_when_ends(self) -> tuple[str, ...]:
        """The Korean endings of `understanding-habit-when-end`, joined."""
        return self.vocabulary["understanding-habit-when-end"].korean

    def report_corrected(self, message: Folded, signals: Signals) -> bool:
        """A detail of the moment just analysed put right ("wait no it was the mailman not delivery
        guy lol", "아 택배기사 아니고 집배원이었어요"; `understanding-detail-corrected`): short, no
        behaviour of its own, nothing asked, no "nothing" (owner trial 30: lost at a survey
        question)."""
        return (
            message.words <= CORRECTED_MAX_WORDS
            and not signals.behaviour
            and not signals.question
            and not message.text.rstrip().endswith(("?", "\uff1f"))
            and not self._says_none(message)
            and self.vocabulary["understanding-detail-corrected"].contains(message)
            and self.vocabulary["understanding-detail-corrected-not"].contains(message)
        )

    def _after_and(self, message: Folded) -> Folded | None:
        """`message` after the "and" that opens it (`understanding-added-lead`: "아 그리고", "oh
        and", "also"), when words follow; else None."""
        words = message.text.split()
        lead = self.vocabulary["understanding-added-lead"]
        for k in range(min(3, len(words) - 1), 0, -1):
            if lead.whole(Folded(" ".join(words[:k]))):
                return Folded(" ".join(words[k:]))
        return None

    def _also_then(self, message: Folded, signals: Signals) -> bool:
        """A behaviour named again with when else it happens ("밥그릇 으르렁 하는건 간식먹을때도
        그래요", "the growling over the bowl happens with treats too"): no date, no "and also", not
        asked, its situation told with a word saying "too" (`understanding-detail-also`)."""
        if not signals.behaviour or signals.anchored or signals.incident or signals.question:
            return False
        return self.vocabulary["understanding-detail-also"].contains(message)

    def _change_under_condition(self, message: Folded) -> bool:
        """A change of the behaviour analysed ("더 심해져요", "it gets worse") told with what makes
        it change, in a clause of its own (`understanding-detail-if`: a Korean word ending in "면",
        "때"; "when i …" after the change in English): no behaviour outside that clause."""
        if message.words > CHANGE_WHEN_MAX_WORDS:
            return False
        v = self.vocabulary
        opening = v["understanding-detail-if"]
        words = message.text.split()
        endings = sorted(opening.korean, key=len, reverse=True)
        rest: list[str] | None = None
        for i, word in enumerate(words):
            bare = word.strip(",.!?~")
            if not bare.isascii() and any(bare.endswith(e) and len(bare) > len(e) for e in endings):
                rest = words[i + 1 :]  # "목줄 당기면 | 더 심해져요"
        if rest is None:
            for i in range(1, len(words)):
                if any(at == 1 for _p, at, _e, _h in opening.find(Folded(" ".join(words[i:])))):
                    rest = words[:i]  # "it gets worse | when i pull the leash"
                    break
        if not rest:
            return False
        left = Folded(" ".join(rest))
        changed = any(
            v[e].contains(left) for e in ("understanding-detail-change", "understanding-detail-back")
        )
        return changed and not self.signals.read(left).behaviour

    def _when_detail(self, message: Folded, signals: Signals, *, at_question: bool = False) -> bool:
        """When or where the behaviour just analysed happens, told without a behaviour: only then
        ("산책 나갈 때만 그래요", "only when guests come"), or mostly then, pointing back at it
        ("주로 저녁에 그래요", "it happens mostly at night") or as a bare time or place ("mostly
        at night"). "주로 저녁에 산책해요" (what the owner does) is not. `at_question`: a survey
        question is open, and a Korean only-then is detail only pointing back at the behaviour
        ("발톱깎을때만 그래요") or naming a situation ("only when i clip his nails"); "주말에만
        해요", "only on weekends" there answer the question (owner trial 14: at the exercise
        question added to the report and analysed again)."""
        v = self.vocabulary
        if v["understanding-detail-only"].contains(message):
            return not at_question or v["understanding-detail-back"].contains(message) or signals.situation
        if not v["understanding-detail-when"].contains(message):
            return False
        if v["understanding-detail-back"].contains(message):
            return True
        return signals.situation and message.words <= WHEN_FRAGMENT_MAX_WORDS and message.has(Script.LATIN)

    @cached_property
    def _afraid_alone(self) -> Table:
        """The owner's fear said alone ("ㅠㅠ 무서워요", "im scared ngl"), with crying and fillers."""
        v = self.vocabulary
        return (
            Table()
            .add("afraid", v["understanding-owner-afraid-alone"])
            .add_each(
                "skip",
                v,
                "understanding-talk-filler",
                "understanding-talk-laughter",
                "understanding-polite-ending",
            )
        )

    @cached_property
    def _why(self) -> Table:
        table = Table().add("why", self.vocabulary["understanding-followup-why"])
        # the asking verb after "why" ("왜 물어보는거예요?", "why are you asking?"; held-out 11,
        # batch 505: a question for the coach model)
        table.add("ask", self.vocabulary["understanding-followup-why-asking"])
        table.add("skip", self.vocabulary["understanding-polite-ending"])
        return table.add("skip", self.vocabulary["understanding-talk-filler"])

    @cached_property
    def _later_table(self) -> Table:
        v = self.vocabulary
        table = Table().add("later", v["understanding-followup-later"])
        table.add("no", v["understanding-decline"])
        table.add("skip", v["understanding-polite-ending"])
        return table.add("skip", v["understanding-talk-filler"])

    def followup_put_off(self, message: Folded, context: Context) -> Understanding | None:
        """ "아니 괜찮아요 나중에", "no thanks not now", "maybe later" at a result's follow-up
        question (stop 57 trial: a question for the coach model, or appended to the report and
        analysed again): only words putting it off. The survey's offer declined when it is open
        beside the question, else the question skipped; nothing for the model."""
        pieces = cover(message.units, self._later_table)
        if pieces is None or not any(tag == "later" for tag, _ in pieces):
            return None
        by_label = {o.msg_id: o.id for o in context.options}
        pick = by_label.get("first-report-later") or by_label.get("analysis-followup-skip")
        if pick is None:
            return None
        return Understanding(Kind.CHOICE, message.text, picks=(pick,), reason="followup-put-off")

    def offer_put_off(self, message: Folded, signals: Signals, context: Context) -> Understanding | None:
        """The survey's offer put off with why, while it is open ("나중에요 지금 애기 안고있어서",
        "later, holding the baby rn"; stop 60, held-out 16: noise, or a goodbye, the offer left
        open): its first words only put it off (`_later_table`), what follows tells no behaviour
        and asks nothing. The offer's later option; None otherwise."""
        later = next((o.id for o in context.options if o.id.endswith(":offer-later")), None)
        if (
            later is None
            or signals.behaviour
            or signals.question
            or "?" in message.text
            or self.signals.asks(message)
        ):
            return None
        words = message.text.split()
        for k in (1, 2):
            if len(words) <= k:
                break
            head = Folded(" ".join(words[:k]).rstrip(",.;!~"))
            pieces = cover(head.units, self._later_table)
            if pieces is not None and any(tag == "later" for tag, _ in pieces):
                return Understanding(Kind.CHOICE, message.text, picks=(later,), reason="offer-put-off")
        return None

    def _asks_why(self, message: Folded) -> bool:
        """Only "why" words ("왜요?", "그건 왜요?", "why do you ask"), with an asking verb after them
        ("왜 물어보는거예요?", "그게 왜 궁금하세요?", "why are you asking?"; batch 505): why a question
        is asked."""
        pieces = cover(message.units, self._why)
        return pieces is not None and any(tag == "why" for tag, _ in pieces)

    @cached_property
    def _again_words(self) -> Table:
        v = self.vocabulary
        table = Table().add("again", v["understanding-again"]).add("did", v["understanding-again-did"])
        for entry in (
            "understanding-again-filler",
            "understanding-again-where",  # "he did it again just now at the window" (owner trial 15)
            "understanding-polite-ending",
            "understanding-talk-sad",
            "understanding-talk-laughter",
        ):
            table.add("skip", v[entry])
        return table

    def _result_status_asked(self, message: Folded, signals: Signals) -> bool:
        """The pending result asked about ("any news?", "is it ready?", "결과 나왔어요?", "아직이에요?",
        "분석 다 됐어요?"): a short message naming no behaviour that holds a phrase of
        `understanding-result-status`. English owner trial: 6 questions to the coach model while a
        report waited, and "분석 다 됐어요?" read as the age."""
        status = self.vocabulary["understanding-result-status"]
        if signals.behaviour and status.contains(message):
            # "답이 왜 안와요" (held-out 9: the answer's "안와요" read as a dog not coming when
            # called): the behaviour words only inside the status's own words name none
            signals = self.signals.read(Folded(blanked(message, status, latin_only=False)))
        if signals.behaviour or signals.incident:
            return False
        if self._duration_only(message):
            # "이거 얼마나 걸려요?", "how long is this gonna take?" while it waits (stop 49, owner
            # trial: the price answer, a question for the coach): how long it takes is its status
            return True
        if message.words <= STATUS_MAX_WORDS and status.contains(message):
            return True
        return self._status_and_wait(message)

    def _status_and_wait(self, message: Folded) -> bool:
        """The status or how long it takes asked, and how long the owner has waited told beside it
        (`understanding-result-waited`: "how long does this take lol its been 5 min", "얼마나
        걸려요? 벌써 5분 넘었는데"; stop 56, held-out 12: a question for the coach model), nothing
        else in the message but numbers, laughter and fillers: the status, however long."""
        v = self.vocabulary
        status, duration = v["understanding-result-status"], v["understanding-duration-asked"]
        if not (status.contains(message) or duration.contains(message)):
            return False
        rest = blanked(Folded(blanked(message, status, latin_only=False)), duration, latin_only=False)
        units = Folded(rest).units
        return not units or cover(units, self._waited_table, single=_number_unit) is not None

    @cached_property
    def _waited_table(self) -> Table:
        v = self.vocabulary
        return (
            Table()
            .add("waited", v["understanding-result-waited"])
            .add_each(
                "filler",
                v,
                "understanding-talk-filler",
                "understanding-talk-laughter",
                "understanding-talk-reaction",
                "understanding-talk-sad",
                "understanding-polite-ending",
                "understanding-survey-pointer",
            )
        )

    def _no_reply_asked(self, message: Folded) -> bool:
        """Why no answer came ("답이 왜 안와요", "why no answer?", "still no reply??";
        `understanding-talk-no-reply`), in a short message naming no behaviour but inside those
        words ("안와요" is no dog not coming). Idle, nothing waits: held-out 9, a why-question for
        the coach model. ("still waiting", "is it done yet?" ask for the result: /result.)"""
        table = self.vocabulary["understanding-talk-no-reply"]
        if message.words > STATUS_MAX_WORDS or not table.contains(message):
            return False
        signals = self.signals.read(Folded(blanked(message, table, latin_only=False)))
        return not (signals.behaviour or signals.incident)

    def _result_meant(self, message: Folded, context: Context) -> bool:
        """Right after a result was shown (`context.seen`: idle with it pending, or at a survey
        question with `detail`), a message that only asks what it means ("그게 무슨 뜻이에요",
        "무슨말이에요?", "what does that mean"; stop 49, owner trial: mid-survey it was a question
        sent to the coach model and kept, or "Sorry, I wasn't clear"): `understanding-result-meant`
        with nothing else but words pointing at the result. A part of it named ("what does 'reward
        quiet moments' mean?") is no pointer: a question for the coach."""
        v = self.vocabulary
        shown = context.seen and (context.expect is Expect.PENDING or context.detail)
        # at the result's own follow-up question, with a term of the result named ("이게 무슨
        # 뜻이에요? 기능이 뭐예요"; stop 56): the result meant, not the question
        if not shown and not (
            context.expect is Expect.FOLLOWUP and v["understanding-result-meant-term"].contains(message)
        ):
            return False
        meant = v["understanding-result-meant"]
        if not meant.contains(message):
            # "ABC가 뭐예요?", "what's ABC?": only what it is, with the result named
            meant = v["understanding-result-meant-what"]
            if not (meant.contains(message) and v["understanding-result-meant-subject"].contains(message)):
                return False
        rest = blanked(message, meant, latin_only=False)
        return not rest.strip() or cover(Folded(rest).units, self._result_pointers) is not None

    @cached_property
    def _result_pointers(self) -> Table:
        v = self.vocabulary
        table = Table().add("pointer", v["understanding-result-meant-pointer"])
        table.add("subject", v["understanding-result-meant-subject"])
        # "이게 무슨 뜻이에요? 기능이 뭐예요" (stop 56): the result's term asked beside its meaning
        table.add("term", v["understanding-result-meant-term"]).add(
            "what", v["understanding-result-meant-what"]
        )
        return table.add("filler", v["understanding-polite-ending"]).add(
            "filler", v["understanding-talk-filler"]
        )

    def _age_by_pronoun(self, message: Folded, signals: Signals) -> Understanding | None:
        """The dog's age told with a pronoun standing for the dog after a result ("he's 5", "she is
        2 now", "얘 5살이에요", "걔 이제 3살이에요"): a correction of the profile's age, as "Bori is 5
        now" is (English owner trial: "he's 5" at "how often… since when?" was glued onto the
        report and analysed again). The pronoun opens the message; what follows it, less the words
        that say "now", is one whole age. None otherwise."""
        if signals.behaviour or signals.question:
            return None
        units = self._aside_trimmed(tuple(message.units))
        aside = len(units) < len(message.units)
        if message.words > AGE_TOLD_MAX_WORDS + (AGE_ASIDE_MAX_WORDS if aside else 0):
            return None
        if signals.incident and _holds(units, self.vocabulary["understanding-incident"].phrases):
            return None  # "and also", a time: maybe a new incident; "oh also" before the age is not
        starts = [
            p for p in self.vocabulary["understanding-age-pronoun"].phrases if tuple(units[: len(p)]) == p
        ]
        if not starts:
            return None
        now = self.vocabulary["understanding-age-now"].phrases
        rest = [u for u in units[max(len(p) for p in starts) :] if (u,) not in now]
        if not rest:
            return None
        value = " ".join(rest)
        if not isinstance(self.answers.quantity(Folded(value), Expect.AGE), Value | Approximate):
            return None
        return Understanding(
            Kind.CORRECTION, message.text, argument=value, about=("age_months",), reason="age-by-pronoun"
        )

    def _age_by_name(self, message: Folded, signals: Signals) -> Understanding | None:
        """A dog's age told with its name where `_age_by_pronoun` has the pronoun ("Pip is 5",
        "밤이 5살이에요" after a result; stop 55 trial: glued onto the report as the follow-up's
        answer, or noise idle): a correction of that dog's age, `dog` its name as typed, as "Bori
        is 5 now" is. The name opens the message: English capitalised with a verb after it
        (`understanding-age-name-verb`, or "Pip's"), Korean with the age's unit; what follows, less
        the words that say "now", is one whole age. None otherwise."""
        if signals.behaviour or signals.question or signals.narrated or message.words > AGE_TOLD_MAX_WORDS:
            return None
        words = message.text.split()
        leads = [self.vocabulary[e] for e in ("understanding-fact-lead", "understanding-age-aside-lead")]
        while len(words) > 2 and any(lead.whole(Folded(words[0].strip(",.!?~"))) for lead in leads):
            words = words[1:]  # "참고로 콩이 5살이에요", "btw Pip is 5": the name after the lead
        if len(words) < 2:
            return None
        first = words[0].strip(",.!?~")
        owned = first.endswith(("'s", "’s")) and first.isascii()
        name = first[:-2] if owned else first
        if not name or not self._name_like(name) or (not name.isascii() and self.verb_ended(name)):
            return None
        if any(self.vocabulary[f"understanding-field-{key}"].contains(Folded(name)) for key in BY_KEY):
            return None  # "Age is 1 year", "나이는 1년" (stop 56 full run: "no dog called Age")
        if not name.isascii() and name.endswith(self._time_place_particles):
            return None  # "작년에 세살이었으니까 지금 네살이요": a time, no dog ("no dog called 작년에")
        rest = Folded(" ".join(words[1:]))
        units = tuple(rest.units)
        v = self.vocabulary
        if name.isascii():
            if not name[:1].isupper():
                return None  # "this is 5", "mine is 5": no name
            if not owned:
                verbs = [p for p in v["understanding-age-name-verb"].phrases if units[: len(p)] == p]
                if not verbs:
                    return None
                units = units[max(len(p) for p in verbs) :]
        else:
            if not v["understanding-correction-mark-age_months"].contains(rest) or not self._korean_name(
                name
            ):
                return None  # "한달쯤 됐어요": how long, no age; "남동생 8살": a person's
            verbs = [p for p in v["understanding-age-name-verb"].phrases if units[: len(p)] == p]
            units = units[max(len(p) for p in verbs) :] if verbs else units
        now = v["understanding-age-now"].phrases
        kept = [u for u in units if (u,) not in now]
        if not kept:
            return None
        value = " ".join(kept)
        if not isinstance(self.answers.quantity(Folded(value), Expect.AGE), Value | Approximate):
            return None
        if not name.isascii() and not any(not u.isdigit() for u in kept):
            return None  # "콩이 2": a number with no unit names no age
        if v["understanding-someone-else"].contains(message):
            return None
        return Understanding(
            Kind.CORRECTION,
            message.text,
            argument=value,
            about=("age_months",),
            dog=self.names.bare(name) if not name.isascii() else name,
            reason="age-by-name",
        )

    def _alone_told(self, message: Folded, signals: Signals) -> Understanding | None:
        """The hours a dog is alone told after a result, opening with its pronoun or its name
        ("she's home alone about 3 hours", "밤이는 혼자 3시간 정도 있어요"; stop 55 trial: glued onto
        the report as the follow-up's answer): the profile's hours alone corrected, as with "now"
        ("she's alone like 8 hours now"). Not one time (`understanding-alone-once`: "was", "어제",
        "있었"), nor with a behaviour or an incident. None otherwise."""
        if signals.behaviour or signals.narrated or signals.incident or signals.question:
            return None
        if message.words > AGE_TOLD_MAX_WORDS + 2 or self.vocabulary["understanding-alone-once"].contains(
            message
        ):
            return None
        stated = self._correction(message, signals, stated=True)
        if stated is None or stated.about != ("alone_hours",):
            return None
        units = self._aside_trimmed(tuple(message.units))
        if any(tuple(units[: len(p)]) == p for p in self.vocabulary["understanding-age-pronoun"].phrases):
            return dataclasses.replace(stated, dog="", reason="alone-by-pronoun")
        words = message.text.split()
        first = words[0].strip(",.!?~") if words else ""
        if not stated.dog or self.names.bare(first).casefold() != stated.dog.casefold():
            return None  # "혼자 3시간 있었어요": no dog opens it
        if first.isascii() and not (first[:1].isupper() and len(words) > 1 and words[1].casefold() == "is"):
            return None
        if not first.isascii() and (first == stated.dog or not self._korean_name(stated.dog)):
            return None  # "밤이는": the name marked as the topic
        return dataclasses.replace(stated, reason="alone-by-name")

    @cached_property
    def _time_place_particles(self) -> tuple[str, ...]:
        """The Korean endings of a time or a place (`understanding-time-place-particle`)."""
        phrases = self.vocabulary["understanding-time-place-particle"].phrases
        return tuple("".join(p) for p in phrases if not "".join(p).isascii())

    def _korean_name(self, word: str) -> bool:
        """`word` (its particle off) may be a dog's name before its age: no person or relative
        (`lex-person`, `understanding-child-relative`), no word that leads a fact, and no option
        of the sex, size or origin ("남자애고 3살이에요" at the sex is the sex and the age)."""
        v = self.vocabulary
        folded = Folded(word)
        entries = (
            "lex-person",
            "understanding-child-relative",
            "understanding-fact-lead",
            "understanding-age-aside-lead",
        )
        if any(v[e].whole(folded) or v[e].contains(folded) for e in entries):
            return False
        for key in ("sex", "size", "origin"):
            picked = self.answers.choices.pick(folded, self._options(key), multi=False, exclusive=None)
            if isinstance(picked, Picked) or (isinstance(picked, Unclear) and picked.understood):
                return False
        return True

    def _aside_trimmed(self, units: tuple[str, ...]) -> tuple[str, ...]:
        """`units` less the words that tell an age by the way, at the start ("oh also", "아 참고로")
        and at the end ("if that matters", "참고로요"): `understanding-age-aside(-lead)`."""
        v = self.vocabulary
        for entry, at_start in (("understanding-age-aside-lead", True), ("understanding-age-aside", False)):
            for p in sorted(v[entry].phrases, key=len, reverse=True):
                if len(p) < len(units) and (units[: len(p)] if at_start else units[-len(p) :]) == p:
                    units = units[len(p) :] if at_start else units[: -len(p)]
                    break
        return units

    def _put_off(self, message: Folded, signals: Signals) -> bool:
        """The survey put off at its first question ("idk maybe later", "not now", "음 나중에 할게요"):
        a short message naming no behaviour that holds a phrase of `understanding-later` (English
        owner trial: "I didn't catch a name there")."""
        if signals.behaviour or signals.incident or message.words > STATUS_MAX_WORDS:
            return False
        return self.vocabulary["understanding-later"].contains(message)

    def _again(self, message: Folded) -> bool:
        """Only "again" and a word standing for what the dog did ("또 그랬어요", "방금 또 그래요 ㅠㅠ",
        "she just did it again"), told, not asked: the behaviour talked about happened once more.
        A behaviour named ("또 짖었어요") is read by the usual rules: it tells its own incident."""
        if self.signals.asks(message):
            return False
        if self.vocabulary["understanding-talk-news"].contains(message):
            # good news taken back ("드디어 멈췄나 했는데 또 시작했어요"): what follows it; not any
            # clause before ("혼냈는데 또 그래요" tells what happened after, the question's answer)
            message = self._taken_back(message) or message
        if self._only_again(message):
            return True
        return self._again_when(message)

    def _only_again(self, message: Folded) -> bool:
        if self._again_covered(message):
            return True
        rest = self.after_a_name(message, self._again_words)
        return rest is not None and self._again_covered(rest)

    def _again_covered(self, message: Folded) -> bool:
        pieces = cover(message.units, self._again_words)
        return pieces is not None and {"again", "did"} <= {tag for tag, _ in pieces}

    def _again_when(self, message: Folded) -> bool:
        """ "Again" with when it happened in a clause of its own before or after it ("it happened
        again just now when the postman came", "방금 또 그랬어요 택배 아저씨 왔을때"; held-out 5: noise,
        or detail of the report just analysed): that behaviour once more, a new report, the clause
        its trigger. The clause opens with a when-word in English, ends on one in Korean
        (`understanding-again-when`); no behaviour named in it (it would be read as its own)."""
        if self.signals.read(message).behaviour:
            return False
        when = self.vocabulary["understanding-again-when"]
        words = message.text.split()
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            for again, clause in ((head, tail), (tail, head)):
                if self._when_clause(Folded(clause), when) and self._only_again(Folded(again)):
                    return True
        return False

    @staticmethod
    def _when_clause(clause: Folded, when: Phrases) -> bool:
        """`clause` opens on an English when-word ("when the postman came") or, Korean, ends on a
        when-ending ("택배 아저씨 왔을때", "ㅠㅠ" after it read past)."""
        if clause.has(Script.HANGUL):
            end = len(without_trailing_jamo(clause.compact))
            return any(hangul and stop == end for _p, _s, stop, hangul in when.find(clause))
        return any(not hangul and start == 1 for _p, start, _e, hangul in when.find(clause))

    def _again_told(self, message: Folded, topic: str | None) -> bool:
        """A behaviour told as happening again in a few words ("또 짖었어요", "barked again"), not
        asked and no answer to the question about `topic` ("매일 또 짖어요" says how often)."""
        if message.words > AGAIN_MAX_WORDS or self.signals.asks(message):
            return False
        if self.signals.plausible_followup(message, topic):
            return False
        signals = self.signals.read(message)
        return signals.narrated and self.vocabulary["understanding-again"].contains(message)

    @staticmethod
    def _answers_question(u: Understanding) -> bool:
        """A plausible answer to the open survey question: an option picked, a name, a whole
        quantity of the question's unit (a range or a hedge too), "since a puppy" or "don't know"."""
        if u.kind is Kind.CHOICE:
            return True
        # "since she was a puppy" at how long you have had the dog answers it (sixth owner trial:
        # glued onto the report waiting as detail and analysed again, the answer lost)
        return u.kind is Kind.ANSWER and isinstance(u.answer, Value | Approximate | DontKnow | SincePuppy)

    def _told_in_order(self, message: Folded, signals: Signals, topic: str) -> bool:
        """The moment and what the dog did, told in order at "what happened right before?" or
        "what did you do right after?" ("옆집 개가 짖으니까 따라서 짖었어요", "a cat walked past the
        window and then milo went nuts", "I picked Charlie up and Luna kept barking at the door for
        like 5 min after"; held-out 11, batch 504: "add to the report or a new one?"): a behaviour
        told, tied to the moment by a word of `understanding-followup-in-order` ("니까", "and
        then", "after"), with no time of its own, no "again" and nothing asked (those stay a new
        incident, or asked); after, what the owner did is named too (the question's cue). The
        antecedent then the behaviour is what a coach reads as the answer to the question asked."""
        if not signals.narrated or signals.question or signals.incident or signals.anchored:
            return False
        v = self.vocabulary
        if v["understanding-again"].contains(message) or not self._tied_to_question(message, topic):
            return False
        return topic == "antecedent" or self.signals.plausible_followup(message, topic)

    def _tied_to_question(self, message: Folded, topic: str) -> bool:
        """What ties a story to the question asked: a word of `understanding-followup-in-order`
        ("니까", "and then", "그때부터", "from then on"), the analysis's guess denied while telling
        (`understanding-detail-denied`: "택배 때문이 아니라 그 전부터…", "no it wasnt the mailman,
        he was already…"), or, at "what did you do right after?", the owner's act opening it
        (`understanding-followup-owner-just`: "그냥 목줄 짧게 쥐고…", "i just shortened the leash";
        or an act of `understanding-consequence` besides who did it: "scooped her up and…")
        or closing it ("…물릴 뻔해서 그냥 놔뒀어요"; stop 56, batch 519: "add to the report or a new
        one?" asked of the plain answer)."""
        v = self.vocabulary
        in_order, denied = v["understanding-followup-in-order"], v["understanding-detail-denied"]
        if denied.contains(message) or (in_order.contains(message) and self._moment_first(message)):
            return True
        if topic != "consequence":
            return False
        words = [w for w in message.text.split() if not self._laugh_only(w)]
        if not words:
            return False
        own = v["understanding-followup-owner-just"]
        if any(own.whole(Folded(" ".join(words[:k]))) for k in (1, 2, 3)):
            return True
        opening = Folded(" ".join(words[:OWNER_ACT_OPENING_WORDS]))
        if self.signals.said(opening, "understanding-consequence", "understanding-consequence-who"):
            # "scooped her up and put her in her crate, the kids were crying", "줄을 확 잡아 당기고
            # 혼을 내었습니다 그래도 계속 짖고…" (held-out 13: a new report, or "add or new?"):
            # the owner's act, not only who, opening the story
            return True
        return self.signals.plausible_followup(Folded(" ".join(words[-2:])), topic)

    def _laugh_only(self, word: str) -> bool:
        """`word` is a laugh or marks alone ("ㅋㅋ", "lol", "!!"): no words of the story."""
        folded = Folded(word.strip(",.!?~"))
        laughter = self.vocabulary["understanding-talk-laughter"]
        return not folded.has(Script.HANGUL, Script.LATIN) or laughter.whole(folded)

    def _moment_first(self, message: Folded) -> bool:
        """What comes before the first in-order word is the moment, not the dog's own behaviour
        (stop 56, negative rows of batch 504: "he chewed my shoe so I took it away", "보리가 쿠션을
        뜯어놨길래 치웠어요" at "right before?" are a new incident told whole): it narrates no
        behaviour, unless another animal does it ("옆집 개가 짖으니까 따라서 짖었어요":
        `understanding-followup-in-order-other`); and it tells more than the one who acts ("he
        kept chewing the sofa all day": no moment, a habit). An in-order word opening the message
        ("as soon as I grabbed my keys…") puts the moment after it."""
        v = self.vocabulary
        words = message.text.split()
        compact_ends, spaced_ends, c, n = [], [], 0, 0
        for word in words:
            folded = Folded(word)
            c += len(folded.compact)
            n += len(folded.spaced.split())
            compact_ends.append(c)
            spaced_ends.append(n)
        first, ending = len(words), False
        for _phrase, start, _end, hangul in v["understanding-followup-in-order"].find(message):
            if hangul:  # a joining ending ("산책하는데"): the word it ends is the moment's own
                at = next((i + 1 for i, e in enumerate(compact_ends) if start < e), len(words))
            else:  # a word ("so", "kept"): the moment is before it
                before = len(message.spaced[:start].split())
                at = next((i for i, e in enumerate(spaced_ends) if before < e), len(words))
            if at < first:
                first, ending = at, hangul
        if first == 0:
            return True
        head = Folded(" ".join(words[:first]))
        if head.words <= 1 and not ending:
            return False  # "he kept …": only the one who acts
        return not self.signals.read(head).behaviour or v["understanding-followup-in-order-other"].contains(
            head
        )

    def _similar_told(self, message: Folded, signals: Signals, topic: str, *, plausible: bool) -> bool:
        """At a result's question, an incident with a time of its own told as like the one
        reported: said to be alike (`understanding-followup-similar`: "비슷했는데", "소파에도",
        "same thing happened"), or told with "and also" beside what the question asks for that
        time ("…again this morning and i just cleaned it": the owner's act at "what did you do
        right after?", `topic` "consequence"). Nothing asked; "그건 모르겠고 방금 또 …" answers nothing (its own report)."""
        if signals.question or not (signals.incident or signals.anchored):
            return False
        if self.vocabulary["understanding-followup-similar"].contains(message):
            return signals.anchored and (signals.narrated or plausible)
        # at "what did you do right after?" only: the owner's act is that question's cue; at "right
        # before?" a place or a time is ("그리고 어제는 현관에서 택배기사님 물뻔했어요": its own report)
        return (
            topic == "consequence"
            and plausible
            and signals.incident_strong
            and signals.narrated
            and signals.anchored
        )

    def _dont_know_away(self, message: Folded, signals: Signals, topic: str | None) -> bool:
        """Don't know, and why: the owner was not there ("idk i was at work", "no idea, i wasnt
        home"; held-out 5: kept as what happened right before): `understanding-dont-know` beside
        `understanding-owner-away`, no behaviour told, nothing asked, and no cue of an answer to
        `topic` outside the why ("모르겠어요ㅠ 회사에 있어서 못봤어": its "봤" no antecedent, held-out
        11, batch 503; "…엄마 말로는 택배 왔었대요" answers). The question is skipped."""
        v = self.vocabulary
        # found already done ("모르겠어요 자다 깼더니 이미 쌌더라구요"; held-out 15, stop 60): the
        # behaviour told is the one analysed, not an answer
        found = topic != "frequency" and v["understanding-dont-know-found"].contains(message)
        if (signals.behaviour and not found) or signals.question:
            return False
        if not v["understanding-dont-know"].contains(message):
            return False
        if found:
            return True
        # or why it cannot be told ("it all happened so fast", "it depends"; held-out 14, batch 599)
        return any(
            v[why].contains(message) and not self.signals.plausible_followup(message, topic, besides=why)
            for why in ("understanding-owner-away", "understanding-dont-know-why")
        )

    def _at_followup(
        self, message: Folded, signals: Signals, *, plausible: bool, topic: str | None = None
    ) -> Understanding:
        text = message.text
        known = None if plausible else self.answers.dont_know(message)  # "not sure, sometimes?" answers
        if (
            known is None
            and (topic is not None or not plausible)
            and self._dont_know_away(message, signals, topic)
        ):
            known = DontKnow()
        if known is not None:
            return Understanding(Kind.ANSWER, text, answer=known, reason="dont-know")
        if self._noise(message):
            return Understanding(Kind.NOISE, text, reason="noise")
        if self._chat_shared(message, signals):
            # "이거 아빠한테 보여줘도 돼?", "can I show this to my dad?" at a result's question (stop
            # 64 owner trial, Kakao: added to the report and analysed again): an aside about the
            # chat itself, never detail of the report; small talk, the question again
            return Understanding(Kind.SMALL_TALK, text, talk="chat_shared", reason=CHAT_SHARED)
        if not signals.behaviour and self._impatient(message):
            # "hurry up pls", "빨리요ㅠㅠ" at a result's question (stop 62 owner trial: added to the
            # report as its answer and analysed again): hurrying answers nothing, small talk
            return Understanding(Kind.SMALL_TALK, text, talk="impatient", reason=HURRIED)
        split = self._answer_then_incident(message, topic)
        if split is not None:
            # "like every day, mostly evenings… oh and he peed on the rug again 🙃" (English owner
            # trial 31: one new report, the answer never reached the report it answered): the
            # answer to this report, the incident after "oh and" a report of its own
            head: Value[str] | DontKnow = self._unknown(Folded(split[0]), topic) or Value(split[0])
            return Understanding(Kind.ANSWER, text, answer=head, split=split[1], reason=ANSWER_THEN_INCIDENT)
        if self.vocabulary["understanding-answer-announced"].contains(message) and not (
            self.safety.check(text).flags
        ):
            # "아까 물어본 거 답이요 짖고 나면 제가 간식줘요", "to answer your question, I give him
            # a treat after" (stop 63 owner trial, Telegram: a new report, analysed): the owner
            # says this is the answer to what was asked; it is, whatever it tells. A red flag
            # stays a report of its own (the safety reply first)
            return Understanding(Kind.ANSWER, text, answer=Value(text), reason=ANSWER_ANNOUNCED)
        before = self._told_before(message, signals, topic, plausible=plausible)
        if before is not None:
            return before
        if self._asked_then_why(message):
            # "혼내면 안되는거에요? 할머니가 자꾸 혼내신대서요" at "what did you do?" (stop 63,
            # held-out 16: glued onto the report as what the owner did): a question, then why it
            # is asked; for the coach
            return Understanding(Kind.QUESTION, text, reason=ASKED_THEN_WHY)
        if self._heard_advice_asked(message, signals):
            # "무시하라던데 그럼 물때도 무시해요?" at "what did you do?" (held-out 15: glued onto
            # the report as what the owner did): advice heard, asked about: for the coach
            return Understanding(Kind.QUESTION, text, reason=ADVICE_ASKED)
        if topic == "frequency" and self._count_without_unit(message):
            # "13ish", "13?", "like 13" at "how often does this happen?" (stop 50: "13ish" appended
            # to the report): a number with no times or period, 13 a day or a week unknown; not
            # understood, the flow asks for the unit (`analysis-followup-no-unit`)
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason=BARE_NUMBER)
        if self._bare_span(message, topic):
            # "5 years", "about 3 hours" at a follow-up with two dogs (stop 55, terminal): a dog's
            # age or hours alone as likely as anything the question asks; not glued on, the flow
            # says what it read (`analysis-followup-span`) and asks again
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason=BARE_SPAN)
        if self._bare_people(message):
            # "3명", "3 people" (stop 59 trial, terminal: the household's answer glued on and
            # analysed again): counts nobody the question asks about; said, asked again
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason=BARE_PEOPLE)
        if not plausible and topic == "frequency" and self._one_word_no_frequency(message, signals):
            # "Max", "초코" at "how often does this happen?": one word that says no frequency (the
            # owner was answering the survey offered beside it) is not glued onto the report and
            # analysed again (ninth owner trial, Kakao): not understood, the question asked again
            # (a dog's own name alone is said back by the flow)
            return Understanding(Kind.ANSWER, text, answer=Unclear(None, (text,)), reason="no-frequency")
        answer = Value(text)
        if topic is not None and self._similar_told(message, signals, topic, plausible=plausible):
            # "어제 저녁에도 비슷했는데 그땐 자전거가 옆으로 지나가서 그랬어요", "also she peed on
            # the rug again this morning and i just cleaned it…" (stop 57, held-out 12: kept as the
            # answer, or a new report): a like incident with its own time, told as the question's
            # answer for that time; the owner picks: added to the last report, or a new one
            return Understanding(
                Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason=SIMILAR_TOLD
            )
        if self._other_dog_act(message, signals, topic):
            # "also this morning luna stole rocky's bone and he snapped at her" (stop 63, held-out
            # 16 and 17: a report of its own, or kept as the answer): what another dog did to this
            # one is what came before, or an incident of its own; the owner picks
            return Understanding(
                Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason=OTHER_DOG_ACT
            )
        if signals.incident_strong and signals.behaviour:
            return self._report(message, "new-incident")
        if signals.incident and signals.narrated:
            if plausible:
                return Understanding(
                    Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="answer-or-incident"
                )
            return self._report(message, "new-incident")
        if topic in IN_ORDER_TOPICS and self._told_in_order(message, signals, topic):
            return Understanding(Kind.ANSWER, text, answer=answer, reason=TOLD_IN_ORDER)
        if topic == "frequency" and plausible and self._often_habit(message, signals):
            # "하루에 서너번? 쉬할때마다 실수해요" (held-out 15: "add or new?"): how often, with
            # what happens each time, told as a habit: the answer
            return Understanding(Kind.ANSWER, text, answer=answer, reason=OFTEN_HABIT)
        if signals.narrated and signals.situation and self._long(message):
            # a behaviour told with its situation is a whole report: never glued on silently
            if plausible:
                return Understanding(
                    Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="answer-or-report"
                )
            return self._report(message, "whole-report")
        if topic == "consequence" and self._ended_told(message, signals):
            # "the walker just kept walking, he calmed down after a block" (held-out 17, stop 62:
            # "kept walking" a habit of its own, "add or new?"): how the moment ended, the answer
            return Understanding(Kind.ANSWER, text, answer=answer, reason=ENDED_TOLD)
        if self._habit_own(message, signals):
            # a habit of its own at the question ("lately he keeps going under the table" at "how
            # often?" or "what happened right before?"; stop 51): an answer or another behaviour,
            # asked (the router files it apart when its behaviour words differ from the report's)
            return Understanding(Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason=HABIT_OWN)
        if plausible:
            return Understanding(Kind.ANSWER, text, answer=answer, reason="plausible")
        if signals.narrated or signals.incident:
            return Understanding(Kind.ANSWER, text, answer=answer, alternative=Kind.REPORT, reason="unclear")
        if self._hedged(message, signals):  # "음... 한 2주?": an answer with a shrug (fresh trial)
            return Understanding(Kind.ANSWER, text, answer=answer, reason="hedged")
        if self._often_shrugged(message, signals):
            # "하루에 한두번?" at "what happened right before?": how often, with a shrug, is detail
            # about the report whichever question was asked (owner trial 18: the coach model)
            return Understanding(Kind.ANSWER, text, answer=answer, reason="often-shrugged")
        if signals.question:
            # "can you show me the result again please i cannot read the small letters" (held-out
            # 13): the result asked for in a long message, not a question for the coach model
            asked = (
                self._letter_command(message, signals) if message.words > LETTER_CLAUSE_MAX_WORDS else None
            )
            return asked or Understanding(Kind.QUESTION, text, reason="question")
        if not signals.behaviour and self.vocabulary["understanding-media-word"].contains(message):
            # "이거 우리 뭉치 사진임 ㅋㅋ" after a photo (stop 61 trial: added to the report as the
            # answer and analysed again): words about the photo just sent, no detail of the report;
            # small talk about the photo, the question again
            return Understanding(Kind.SMALL_TALK, text, talk="shown", reason="photo-talk")
        if self.vocabulary["understanding-talk-laughter"].contains(message) and self._when_detail(
            message, signals
        ):
            # "저녁에 더 그래요 ㅋㅋ", "worse at night lol" at "how often?" (owner trial 30: "no rush,
            # answer when you're ready", the detail lost): when it happens, told with a laugh, is
            # detail for the report as it is without one; the laugh makes no content small talk
            return Understanding(Kind.ANSWER, text, answer=answer, reason="when-laughed")
        if self.vocabulary["understanding-talk-laughter"].contains(message) and self._told_beside_laugh(
            message
        ):
            # "입에 손 넣어서 빼냈어요 그러다 물림ㅋㅋ" at "what did you do?" (held-out 15: a joke,
            # the question asked again): a laugh beside words that tell what happened: the answer
            return Understanding(Kind.ANSWER, text, answer=answer, reason=ANSWER_LAUGHED)
        if self.vocabulary["understanding-talk-laughter"].contains(message):
            # "a cat lol" at "how often?": a joke beside the question, nothing it asks (acceptance
            # trial e2: glued onto the report and analysed again); small talk, the question again
            return Understanding(Kind.SMALL_TALK, text, talk="laughter", reason="joke")
        return Understanding(Kind.ANSWER, text, answer=answer, reason="short-answer")


def _holds(units: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` runs contiguously inside `units`."""
    return any(units[i : i + len(p)] == p for p in phrases for i in range(len(units) - len(p) + 1))
