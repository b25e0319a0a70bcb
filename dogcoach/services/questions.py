"""Which questions are for the model: a question about the dog is; a question about the bot itself
("너 누구야?", "what can you do?", "이름 꼭 알려줘야 돼요?") is answered by the bot's own words.

The model knows dogs, not this service: asked who it is or why the survey wants a name, it would
invent an answer. The words that make a question one about the bot are a vocabulary in the locale
files (`coach-about-words` in `locales/*/coach.ftl`, both languages read for every question, matched
as the safety check matches its lists).
"""

from __future__ import annotations

from functools import lru_cache

from dogcoach.services.i18n import Messages
from dogcoach.services.safety.lexicon import Term, Views, aliases

ABOUT_WORDS = "coach-about-words"
# "두부 기억나요?", "do you remember me?": whether the bot remembers the owner or a dog, answered
# from the store (owner trial 11: asked after an erase, the model answered it)
REMEMBER_WORDS = "coach-remember-words"
# Questions about the bot with a reply of their own (owner trial 12: "can you speak spanish", "can
# u talk to my vet" went to the model): the words that ask it, and the reply's message id.
OWN_REPLIES: tuple[tuple[str, str], ...] = (
    # "does this actually work or is it just chatgpt", "너 챗gpt야?" (stop 51, owner trial: sent to
    # the model as a question about behaviour): what DogCoach is, said by the bot itself
    ("coach-what-words", "coach-what"),
    ("coach-languages-words", "coach-languages"),
    ("coach-contact-words", "coach-contact"),
    ("coach-human-words", "coach-human"),  # "상담원 연결해주세요" (owner trial 28)
    # "이거 얼마에요?", "is it free?", "내 정보는 어디에 저장돼요?" (owner trial 30: the coach model)
    ("coach-price-words", "coach-price"),
    ("coach-privacy-words", "coach-privacy"),
    # "글씨가 너무 작아 크게 안되나", "can you make the text bigger" (stop 55, batch 495: the coach
    # model): the bot cannot change the text's size; where the owner can
    ("coach-display-words", "coach-display"),
)
# The text's size asked any way: a word for the text beside a word for its size ("글자를 좀 크게 할 수
# 있습니까", "can u make the letters larger"; stop 62 owner trial: the coach model).
DISPLAY_PAIR = ("coach-display-text-words", "coach-display-size-words")
DISPLAY_REPLY = "coach-display"
# Whether it works asked in a message of these words alone ("진짜 효과 있어요?", "does it actually
# work?"): the same reply; beside anything else ("간식 주는 거 효과 있어요?") it asks about a method,
# the model's. The core words, and the words that may stand around them.
WHAT_ALONE = ("coach-what-alone-words", "coach-what-alone-fillers")
WHAT_REPLY = "coach-what"


class QuestionTopics:
    """Compiled once per process from the locale files; `about_bot` is pure and thread-safe."""

    def __init__(self, messages: Messages) -> None:
        self._about = Term(ABOUT_WORDS, aliases(messages, ABOUT_WORDS))
        self._remember = Term(REMEMBER_WORDS, aliases(messages, REMEMBER_WORDS))
        self._own = tuple((Term(words, aliases(messages, words)), reply) for words, reply in OWN_REPLIES)
        core, fillers = (aliases(messages, words) for words in WHAT_ALONE)
        self._works = Term(WHAT_ALONE[0], core)
        self._works_around = Term("+".join(WHAT_ALONE), core + fillers)
        self._display = tuple(Term(words, aliases(messages, words)) for words in DISPLAY_PAIR)

    def about_bot(self, question: str) -> bool:
        """True when `question` asks about the bot or the service rather than about a dog."""
        return bool(self._about.find(Views.of(question)))

    def remember_asked(self, question: str) -> bool:
        """True when `question` asks whether the bot remembers the owner or a dog."""
        return bool(self._remember.find(Views.of(question)))

    def own_reply(self, question: str) -> str | None:
        """The message id of the bot's own reply to `question` when it asks which languages the
        bot speaks (`coach-languages`), asks it to contact someone (`coach-contact`), asks for a
        person (`coach-human`), the price (`coach-price`), about privacy (`coach-privacy`) or the text's
        size (`coach-display`), or what the
        bot is or whether it works (`coach-what`), else None."""
        views = Views.of(question)
        own = next((reply for term, reply in self._own if term.find(views)), None)
        if own is None and all(term.find(views) for term in self._display):
            own = DISPLAY_REPLY  # "글자를 좀 크게 할 수 있습니까" (stop 62): the text's size
        return own if own is not None or not self._works_alone(views) else WHAT_REPLY

    def _works_alone(self, views: Views) -> bool:
        """The message asks whether it works and nothing else (`WHAT_ALONE`)."""
        if not self._works.find(views):
            return False
        return self._works_around.only(views, self._works_around.find(views))


@lru_cache(maxsize=8)
def question_topics(messages: Messages) -> QuestionTopics:
    """The process's one `QuestionTopics` over `messages` (by identity, like
    `understanding.warmed`): immutable once compiled, and compiling it (about 20 ms of CPU) at
    every runtime built was paid thousands of times by the test suite."""
    return QuestionTopics(messages)
