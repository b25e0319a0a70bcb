# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial 5 (issue 11, corpus batch 67): commands in short or non-native words,
and a dog's view asked with its name in a sentence.

T5-1: "how I can see old report", "how is she going now", "I want add other dog", "I want stop the
message every day", "remind me every evening", "stats", "dogs" (and "옛날 기록 어떻게 봐요", "통계",
"강아지 목록", "매일 오는 메시지 그만") were questions for the model, noise, or an answer at a survey
question: each runs its command, idle and at a survey question.
T5-2: "how is Milo doing this week" with Bella active showed "No reports about Bella in the last 7
days" though Milo had reports; "how is Bella doing" went to the model. The dog named in a
sentence asking for a view is the dog shown (`viewed.viewed_dog`), never switched to; a name that
is none of the owner's dogs says so (`view-unknown-dog`).
Each through the real channel over HTTP against the fakes; nothing of it reaches the model.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_command_words import _two_dogs_kakao, _two_dogs_tg
from tests.test_kakao_skill import KakaoUser, Server, kakao, quick_of  # noqa: F401  (`kakao`)
from tests.test_named_views import _kakao_store, _names, _seed
from tests.test_owner_trial_6 import _calls, t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

NAME = {"en": "Bella", "ko": "보리"}

# (lang, typed, one of these replies says the command ran)
ASKED = (
    ("en", "how I can see old report", ("history-empty", "history-empty-dog")),
    ("en", "how is she going now", ("coaching-progress-empty", "coaching-progress-title")),
    ("en", "I want add other dog", ("newdog-intro", "newdog-after-survey")),
    ("en", "I want stop the message every day", ("notifications-off-done",)),
    ("en", "remind me every evening", ("coaching-checkins-status-on",)),
    ("en", "stats", ("week-empty", "week-empty-dog")),
    ("en", "dogs", ("profile-newdog",)),
    ("ko", "옛날 기록 어떻게 봐요", ("history-empty", "history-empty-dog")),
    ("ko", "통계", ("week-empty", "week-empty-dog")),
    ("ko", "강아지 목록", ("profile-newdog",)),
    ("ko", "매일 오는 메시지 그만", ("notifications-off-done",)),
    ("ko", "저녁마다 알려줘", ("coaching-checkins-status-on",)),
    ("ko", "다른 강아지 추가하고 싶어요", ("newdog-intro", "newdog-after-survey")),
)


def _ran(user: KakaoUser, lang: str, replies: tuple[str, ...]) -> bool:
    """One of `replies` (with the dog's name where it takes one) is in the answer, as text or as a
    quick reply's label."""
    shown = user.text + "\n" + "\n".join(str(q.get("label")) for q in quick_of(user.last))
    return any(t(lang, r, name=NAME[lang]) in shown for r in replies)


async def _idle(kakao: Server, lang: str) -> KakaoUser:
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "/cancel"):
        await user.send(text)
    return user


async def _at_sex(kakao: Server, lang: str) -> KakaoUser:
    """At the survey's sex question (a choice), after the name and the age."""
    user = kakao.user(lang=lang)
    for text in ("/start", NAME[lang], "3"):
        await user.send(text)
    assert t(lang, "survey-q-sex", name=NAME[lang]) in user.text, user.texts
    return user


@pytest.mark.parametrize(("lang", "typed", "replies"), ASKED)
async def test_a_command_in_short_words_runs_idle_and_in_the_survey_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, replies: tuple[str, ...]
) -> None:
    user = await _idle(kakao, lang)
    await user.send(typed)
    assert _ran(user, lang, replies), user.texts
    user = await _at_sex(kakao, lang)
    await user.send(typed)
    assert _ran(user, lang, replies), user.texts
    assert _calls(fake_ollama) == 0


# -- T5-2: the dog named in a sentence asking for a view -------------------------------------------

NAMED = (  # (lang, first dog, second dog, the week asked with the second's name, its progress)
    ("en", "Bella", "Milo", "how is {} doing this week", "how is {} doing"),
    ("ko", "보리", "초코", "{}는 이번주 어땠어?", "{} 요즘 어때?"),
)


async def test_a_dog_named_in_a_week_or_progress_question_is_that_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, first, second, week, progress in NAMED:
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, first, second)
        store = _kakao_store(kakao)
        active, other = await _names(store, "kakao", user.key)
        await _seed(store, "kakao", user.key, other, 2, lang)
        await user.send(week.format(other))
        assert t(lang, "week-title-dog", name=other, count=2) in user.text, user.texts
        await user.send(progress.format(other))
        assert t(lang, "coaching-progress-title-dog", name=other) in user.text, user.texts
        assert await _names(store, "kakao", user.key) == (active, other)  # nothing switched
    assert _calls(fake_ollama) == 0


async def test_a_dog_named_in_a_week_question_is_that_dog_or_none_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, first, second, week, stranger in (
        (67001, "en", "Bella", "Milo", "how is {} doing this week", "Rocky"),
        (67002, "ko", "보리", "초코", "{}는 이번주 어땠어?", "콩이"),
    ):
        await _two_dogs_tg(tg, chat, lang, first, second)
        active, other = await _names(tg.rt.store, "telegram", str(chat))
        await _seed(tg.rt.store, "telegram", str(chat), other, 3, lang)
        await tg.say(chat, week.format(other))
        assert t(lang, "week-title-dog", name=other, count=3) in tg.last_text(chat)
        await tg.say(chat, week.format(stranger))  # none of theirs: said so, nothing shown
        dogs = ", ".join(sorted((active, other), key=(first, second).index))
        assert tg.last_text(chat) == t(lang, "view-unknown-dog", name=stranger, dogs=dogs)
        assert await _names(tg.rt.store, "telegram", str(chat)) == (active, other)
    assert _calls(fake_ollama) == 0


# -- T5-3: a report or view naming a dog not registered --------------------------------------------

UNREGISTERED = (  # (chat, lang, the dog, the report naming another dog, that dog, the view asked)
    (67101, "en", "Bella", "Milo peed on the rug again today right after our walk", "Milo", "how is {} doing this week"),
    (67102, "ko", "보리", "콩이가 또 소파에 쉬했어요", "콩이", "{}는 이번주 어땠어?"),
)  # fmt: skip


async def test_a_report_naming_a_dog_not_registered_says_where_it_went_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang, dog, report, other, view in UNREGISTERED:
        # idle: filed under the dog, and adding the one named offered
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, dog)
        await tg.say(chat, "/cancel")
        await tg.say(chat, report)
        said = "\n".join(tg.sent(chat)[-4:])
        assert t(lang, "report-filed-unregistered", typed=other, name=dog) in said, said
        await tg.say(chat, view.format(other))  # the view: none of theirs, said so
        assert tg.last_text(chat) == t(lang, "view-unknown-dog", name=other, dogs=dog)
        # mid-survey: filed under the dog, adding the one named offered when the survey is done
        await tg.say(chat, "/start")
        await tg.fake.deliver_photo(
            chat, caption=f"{other} chewing the rug" if lang == "en" else f"{other}가 또 소파를 물어뜯었어요"
        )
        said = "\n".join(tg.sent(chat)[-5:])
        assert t(lang, "report-filed-unregistered-later", typed=other, name=dog) in said, said
        await tg.say(
            chat,
            f"{dog} and {other} fought over food this morning"
            if lang == "en"
            else f"{dog}랑 {other}가 밥 먹다 싸웠어요",
        )
        said = "\n".join(tg.sent(chat)[-5:])
        assert t(lang, "report-filed-unregistered-later", typed=other, name=dog) in said, said
