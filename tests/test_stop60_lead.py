# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 60, lead: held-out misses fixed by kind, each reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English, the
answer read back from the dog's answers and the next question checked.

1. The other pets told with how they get on with this dog ("고양이 한마리 있어요 강아지랑 아직
   어색해요", "a cat, she and the dog don't get along yet"; held-out 15): the dog ticked as a pet
   had too (`understanding-pets-along`).
2. A puppy's size told now and grown ("he's tiny now but labs get big so large i guess",
   "지금은 소형인데 크면 중형 될거래요"; held-out 15): small and large both read, asked which; the
   option told of now is set apart (`understanding-choice-for-now`).
3. An option with a plan for the advice after it ("보호소요 아까 말씀 감사합니다 해볼게요"; held-out
   13): the plan alone, the origin asked again.
4. A fight between the owner's two dogs told with one of them named ("방금 둘이 진짜 싸웠어요 코코
   깨갱하고 절뚝거려요"; held-out 15): filed under the dog named with its line, as if only that dog
   had done it; now one report about both (`understanding-both-dogs-pair` with `-fight`).
5. A word asked in the other language ("what do i say in korean lol", "앉아를 영어로 뭐라고 해요?";
   held-out 16): the bot's language switched (`understanding-language-word-asked`); now a question
   for the coach, the language kept. "can you answer in korean" still switches it.
6. While a report waits, asked to be told when it is ready with where the owner goes meanwhile
   ("결과 나오면 알려주세요 애기 재우러 가요", held-out 16): a question for the coach model; now the
   tell-me reply (`understanding-talk-going-away`, read only beside it).
7. A value said before set against the new one in English ("i said 3 but she is 4", "I told you
   she was 3 but she's actually 4"; held-out 16): noise, or the profile told (both numbers), the
   age unchanged; the Korean ("아까 3살이라고 했는데 사실 4살이에요") was read. Now the old value is cut
   and the rest read as the value stated (`_said_old_corrected`).

First run at 360c5a59 (main): see each group's comment.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, is_question
from tests.owners import tg_typed
from tests.test_command_words import _two_dogs_tg
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_named_views import _names
from tests.test_stop35_profile import kakao_owner
from tests.test_stop52_lead import BARK
from tests.test_survey_answers_misread import asked, kakao_answers, kakao_at, t, tg_answers, tg_at
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

# (lang, question, typed, the options stored, the question asked next)
TOLD = (
    ("ko", "other_pets", "고양이 한마리 있어요 강아지랑 아직 어색해요", ["cat"], "alone_hours"),
    ("en", "other_pets", "a cat, she and the dog don't get along yet", ["cat"], "alone_hours"),
    ("ko", "size", "지금은 소형인데 크면 중형 될거래요", "medium", "origin"),
    ("en", "size", "he's tiny now but labs get big so large i guess", "large", "origin"),
    ("ko", "origin", "보호소요 아까 말씀 감사합니다 해볼게요", "shelter", "owned_months"),
    ("en", "origin", "shelter. thanks for the tip, ill try it", "shelter", "owned_months"),
)


# the other pets is a multi-choice question: the ticks are kept once the owner says done
DONE = {"ko": "완료", "en": "done"}


def _stored(value: object) -> object:
    return sorted(value) if isinstance(value, list) else value


# First run at 360c5a59: all six failed (the pets ticked a dog, two sizes asked which, the plan alone).
@pytest.mark.parametrize(("lang", "key", "typed", "value", "nxt"), TOLD)
async def test_an_option_told_with_more_is_stored_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: object, nxt: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    if key == "other_pets":
        await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _stored(answers.get(key)) == value, (typed, answers, user.text)
    assert asked(lang, nxt) in user.text, user.text


# First run at 360c5a59: failed (as on Kakao).
async def test_an_option_told_with_more_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, value, nxt) in enumerate(TOLD, 601100):
        await tg_at(tg, chat, lang, key)
        said = await tg_typed(tg, chat, typed)
        if key == "other_pets":
            said = await tg_typed(tg, chat, DONE[lang])
        answers = await tg_answers(tg, chat)
        assert _stored(answers.get(key)) == value, (typed, answers, said)
        assert asked(lang, nxt) in said, said


# guards (passed at 360c5a59 and after): two pets had stay two; two sizes with nothing of now asked which
GUARDS = (
    ("ko", "other_pets", "강아지랑 고양이요", ["cat", "dog"]),
    ("en", "other_pets", "we have a dog and a cat, they get along great", ["cat", "dog"]),
)


@pytest.mark.parametrize(("lang", "key", "typed", "value"), GUARDS)
async def test_two_pets_had_stay_two_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, value: object
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await user.send(DONE[lang])
    answers = await kakao_answers(kakao, user.key)
    assert _stored(answers.get(key)) == value, (typed, answers, user.text)


async def test_two_sizes_with_nothing_of_now_are_asked_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate((("en", "small or medium"), ("ko", "소형이랑 중형 사이")), 601200):
        await tg_at(tg, chat, lang, "size")
        said = await tg_typed(tg, chat, typed)
        answers = await tg_answers(tg, chat)
        assert "size" not in answers, (typed, answers, said)
        assert asked(lang, "origin") not in said, said


# First run at 360c5a59: both failed (filed under the dog named, with its line).
@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ko", "방금 둘이 엄청 싸웠어요 {}가 다리를 절어요"),
        ("en", "the two dogs got into a fight just now and {} is limping"),
    ],
)
async def test_a_fight_between_the_two_dogs_is_about_both_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    chat = 601301 if lang == "ko" else 601302
    other = "Milk" if lang == "en" else "우유"
    await _two_dogs_tg(tg, chat, lang, "Bella" if lang == "en" else "초코", other)
    active, _ = await _names(tg.rt.store, "telegram", str(chat))
    said = typed.format(other)
    replies = await tg_typed(tg, chat, said)
    assert t(lang, "report-filed-under", name=other) not in replies, replies
    reports = await _tg_reports(tg, chat)
    assert [r.text for r in reports] == [said]
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        dogs = {d.id: d.name for d in await s.list_dogs(user.id)}
    assert dogs[reports[0].dog_id] == active  # kept once, under the active dog, about both


# (lang, a word asked in the other language)
WORD_ASKED = (
    ("en", "what if the ajumma keeps trying to touch him? what do i say in korean lol"),
    ("en", "how do you say leave it in korean"),
    ("ko", "앉아를 영어로 뭐라고 해요?"),
)


# First run at 360c5a59: 3 of 3 failed (the language switched, no question asked).
@pytest.mark.parametrize(("lang", "typed"), WORD_ASKED)
async def test_a_word_asked_in_the_other_language_keeps_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send("/start")
    await user.send("/cancel")
    await user.send(typed)
    other = "ko" if lang == "en" else "en"
    assert t(other, "language-set") not in user.text, user.texts[-2:]
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        owner = await s.get_user("kakao", user.key)
        assert owner is not None and (owner.locale or owner.locale_hint) == lang, (typed, owner)
    await eventually(lambda: _model_calls(fake_ollama) >= 1)  # asked of the coach


# First run at 360c5a59: failed (as on Kakao); the control switches.
async def test_a_word_asked_in_the_other_language_keeps_it_on_telegram(tg: Harness) -> None:
    cases = (*((lang, typed, lang) for lang, typed in WORD_ASKED), ("en", "can you answer in korean", "ko"))
    for chat, (lang, typed, kept) in enumerate(cases, 601400):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, "/cancel", language_code=lang)
        await tg.say(chat, typed, language_code=lang)
        owner = await tg.user(chat)
        assert owner is not None and (owner.locale or owner.locale_hint) == kept, (typed, tg.sent(chat)[-2:])


TELL_ME_AWAY = {
    "ko": "결과 나오면 알려주세요 애기 재우러 가요",
    "en": "let me know when its ready, gotta put the baby down",
}


# First run at 360c5a59: both failed (a question for the coach model; English: glued onto the
# waiting report as its detail).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_told_when_ready_with_the_owner_away_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    fake_ollama.behaviour.delay = 5.0
    await user.send(BARK[lang])
    await user.send(TELL_ME_AWAY[lang])
    assert t(lang, "talk-tell-me") in user.texts, user.texts
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]
    assert not any(is_question(b) for b in fake_ollama.chat_bodies())  # no coach question


# (lang, typed once the survey is done: the age corrected to 4 years)
SAID_OLD = (
    ("en", "i said 3 but she is 4"),
    ("en", "I told you she was 3 but she's actually 4"),
    ("ko", "아까 3살이라고 했는데 사실 4살이에요"),  # control: passed at 360c5a59
)


# First run at 360c5a59: the two English failed (the age left at 36 months).
@pytest.mark.parametrize(("lang", "typed"), SAID_OLD)
async def test_a_value_said_before_set_against_the_new_is_corrected_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    for _ in range(2):  # a correction may be confirmed with a yes first
        answers = await kakao_answers(kakao, user.key)
        if answers.get("age_months") == 48:
            break
        await user.send("네" if lang == "ko" else "yes")
    assert answers.get("age_months") == 48, (typed, user.texts)
    assert await _kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == 0
