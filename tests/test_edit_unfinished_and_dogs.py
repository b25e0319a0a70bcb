# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""A fresh owner trial (issue 11): editing answers, corrections naming a dog, several dogs.

1. Editing an answer of a survey that is not finished never finishes it: after the edit the
   survey goes on where it stopped (never "all set" with questions unanswered); /cancel at the
   list of answers offers to continue the survey only when there is something to continue.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.survey import QUESTIONS
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import EN_TYPED, KO_TYPED, Server, kakao, open_store  # noqa: F401  (`kakao`)
from tests.test_owner_trial import t

WORDS = {
    # lang: name, age typed, cancel, edit the age, the new age, the confirmation, edit answers, back
    "ko": ("콩이", "2살", "취소", "나이 고치기", "3살", "맞아요", "답 고치기", "뒤로"),
    "en": ("Max", "2", "cancel", "change age", "3", "yes", "edit answers", "back"),
}


async def _dog(server: Server, key: str) -> Any:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None and user.active_dog_id is not None
        return await s.get_dog(user.active_dog_id)


def _asked(lang: str, key: str, name: str, text: str) -> bool:
    return t(lang, f"survey-q-{key}", name=name) in text


async def test_an_edit_before_the_survey_is_finished_goes_back_to_the_survey_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        name, age, cancel, edit_age, new_age, yes, edit, back = WORDS[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", name, age, cancel, edit_age):
            await user.send(text)
        assert _asked(lang, "age_months", name, user.text), user.text
        await user.send(new_age)
        # not the review of a finished profile: the survey where it stopped (the question after age)
        assert _asked(lang, QUESTIONS[2].key, name, user.text), user.text
        await user.send(yes)  # "맞아요" is no answer to it: nothing is finished
        assert t(lang, "survey-finished", name=name) not in user.text, user.text
        dog = await _dog(kakao, user.key)
        assert dog.completed_at is None and dog.answers["age_months"] == 36
        # the list of answers left with "back": the survey again, never "all set"
        await user.send(edit)
        assert t(lang, "survey-edit-which") in user.text
        await user.send(back)
        assert t(lang, "survey-finished", name=name) not in user.text, user.text
        assert _asked(lang, QUESTIONS[2].key, name, user.text), user.text
        assert (await _dog(kakao, user.key)).completed_at is None


async def test_an_edit_from_the_card_of_an_unfinished_survey_continues_it_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        name, age, cancel, _edit_age, new_age, _yes, _edit, _back = WORDS[lang]
        user = kakao.user(lang=lang)
        for text in ("/start", name, age, cancel, "/profile"):
            await user.send(text)
        await user.tap("survey:edit")
        await user.tap("survey:edit:age_months")
        await user.send(new_age)
        assert _asked(lang, QUESTIONS[2].key, name, user.text), user.text
        typed = KO_TYPED if lang == "ko" else EN_TYPED
        for text in typed[2:]:  # the rest of the survey, then its review, confirmed
            await user.send(text)
        await user.send(WORDS[lang][5])
        assert t(lang, "survey-finished", name=name) in user.text, user.text
        dog = await _dog(kakao, user.key)
        assert dog.completed_at is not None and dog.answers["age_months"] == 36


async def test_cancel_at_the_list_of_answers_offers_to_continue_only_an_unfinished_survey_on_kakao(
    kakao: Server,
) -> None:
    for lang in ("ko", "en"):
        name, age, cancel, _edit_age, _new_age, yes, edit, _back = WORDS[lang]
        typed = KO_TYPED if lang == "ko" else EN_TYPED
        finished = kakao.user(lang=lang)
        for text in ("/start", *typed, yes, edit, cancel):
            await finished.send(text)
        assert t(lang, "cancel-kept") not in finished.text, finished.text
        assert t(lang, "cancel-edit-done") in finished.text, finished.text
        unfinished = kakao.user(lang=lang)
        for text in ("/start", name, age, cancel, edit, cancel):
            await unfinished.send(text)
        assert t(lang, "cancel-kept") in unfinished.text, unfinished.text
