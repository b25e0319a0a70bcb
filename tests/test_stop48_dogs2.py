# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 48, helper "dogs2": owner trial 33, more two-dog faults; each reproduced through a real
channel first, the dog each report is filed under read back from the store.

1. Telegram/Kakao, English: after "i wanna add lulu too" ("Lulu — noted…"), "0 shes never alone" at
   the exercise (Tank a male) changed TANK's alone hours 8 → 0. A message the question cannot place
   that calls its dog by the other sex's pronoun (`understanding-pronoun-male`/`-female`) is the
   waiting dog's: a number naming one question kept for her (`newdog-after-survey-kept`), else
   said to be hers; Tank unchanged, the question asked again. After the survey, "switch to lulu"
   with adding Lulu offered said "Tank is the only dog I know of yours" (Telegram) or offered her
   again (Kakao): now the offer is taken, her survey started with her name.
2. Kakao, a messy two-dog start: after a profile fact kept ("망고는 여아 중성화했고" → '"네"라고
   보내 주시면 바로 시작할게요'), "아니요" STARTED the survey: the survey offer took any "agree"
   talk as its yes, and that talk holds the bare no's too ("아니요", "nope"). A no
   (`understanding-decline`) is now the offer's "later"; a yes after it still starts the survey.

3. Kakao, two dogs confirmed (망고, then 키위 added and active): "망고가 밥먹을때 키위가 다가가면
   으르렁하고 물어요" was filed under 키위 ("키위의 ABC 분석"): both names carry the subject's
   particle, so no subject was found and the active dog took it. The dog marked as the subject of
   a condition ("키위가 다가가면": `understanding-name-trigger-ending`) sets the behaviour off; the
   other subject does it. English the same with a word of `understanding-name-trigger-before`
   ("when choco comes near, bori growls"). The report is 망고's, and 망고's records list it.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.understanding import Understander
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_retold import _two_dogs_on_telegram
from tests.test_dog_words import _model_calls, _two_dogs_on_kakao
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import ANSWERS, kakao_answers, t, tg_answers
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- 3. the subject of a condition sets the behaviour off: the report is the other's ------------

# (lang, typed with 보리/Bori the other dog and 초코/Choco the active one): each is 보리's / Bori's
TRIGGERED = (
    ("ko", "보리가 밥먹을때 초코가 다가가면 으르렁하고 물어요"),
    ("ko", "초코가 다가오면 보리가 으르렁대요"),
    ("en", "when choco comes near her bowl, bori growls and snaps"),
    ("en", "if Choco walks past while she eats Bori bites him"),
)


async def _kakao_report_dogs(kakao: Server, key: str) -> list[int | None]:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [r.dog_id for r in await s.list_reports(user.id)]


async def _tg_report_dogs(tg: Harness, chat: int) -> list[int | None]:
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        return [r.dog_id for r in await s.list_reports(user.id)]


@pytest.mark.parametrize(("lang", "typed"), TRIGGERED)
async def test_the_dog_set_off_by_the_other_is_the_reports_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user, ids = await _two_dogs_on_kakao(kakao, lang)
    other = "보리" if lang == "ko" else "Bori"
    await user.send(typed)
    assert await _kakao_report_dogs(kakao, user.key) == [ids[other]], (ids, user.texts[-3:])


async def test_the_dog_set_off_by_the_other_is_the_reports_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(TRIGGERED[::2], 48301):
        ids = await _two_dogs_on_telegram(tg, chat, lang)
        await tg.say(chat, typed)
        other = "보리" if lang == "ko" else "Bori"
        assert await _tg_report_dogs(tg, chat) == [ids[other]], (ids, tg.sent(chat)[-3:])


@pytest.mark.parametrize(
    ("text", "names", "subject"),
    [
        ("망고가 밥먹을때 키위가 다가가면 으르렁하고 물어요", ("망고", "키위"), "망고"),
        ("망고가 밥먹을때 키위가 다가가면 으르렁하고 물어요", ("키위", "망고"), "망고"),
        ("키위가 다가오면 망고가 으르렁대요", ("망고", "키위"), "망고"),
        ("콩이가 두부 밥을 뺏어먹어요", ("두부", "콩이"), "콩이"),
        ("when Kiwi gets close to his bowl, Mango bites her", ("Mango", "Kiwi"), "Mango"),
        ("Mango growls when Kiwi comes near", ("Kiwi", "Mango"), "Mango"),
        ("Rex keeps stealing Max's food", ("Max", "Rex"), "Rex"),
    ],
)
def test_the_subject_of_a_condition_is_not_the_reports_dog(
    text: str, names: tuple[str, str], subject: str
) -> None:
    at = Understander(Messages()).dog_subject(text, names)
    assert at is not None and names[at] == subject


# -- 2. the messy two-dog start on Kakao ----------------------------------------------------------

MESSY = (
    "저희 강아지 두마리에요ㅎㅎ 둘다 물어봐도 되나요?",
    "첫째는 망고 둘째는 키위에요",
    "망고는 5살 키위는 1살이요",
    "망고는 여아 중성화했고",
    "포메",
)


# A question for the coach first, the survey not started ("둘다 물어봐도 되나요?" was one until the
# helper "service" made it adding a dog, which starts the survey: no offer to decline then).
FIRST = {"ko": "강아지 산책은 하루에 몇번 해야돼요?", "en": "how often should i walk my dog?"}
NO = (
    ("ko", "망고는 여아 중성화했고", "아니요"),
    ("ko", "포메예요", "아뇨"),
    ("en", "she's a beagle", "nope"),
    ("en", "she's a beagle", "no"),
)


@pytest.mark.parametrize(("lang", "fact", "no"), NO)
async def test_a_no_to_the_survey_offered_does_not_start_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, fact: str, no: str
) -> None:
    """ "아니요" to '"네"라고 보내 주시면 바로 시작할게요' (a profile fact kept) started the survey:
    the offer's "agree" talk holds the bare yes and no both; a no is its "later"."""
    user = kakao.user(lang=lang)
    await user.send(FIRST[lang])  # a question first: for the coach model, the survey not started
    await user.send(fact)
    assert t(lang, "talk-profile-start") in user.text, user.texts[-2:]
    await user.send(no)
    assert t(lang, "survey-q-name") not in user.text, user.texts[-2:]
    assert t(lang, "first-report-declined") in user.text, user.texts[-2:]
    await user.send(t(lang, "first-report-yes") if lang == "en" else "네")  # a yes later still starts it
    assert t(lang, "survey-q-name") in user.text, user.texts[-2:]


async def test_a_no_to_the_survey_offered_does_not_start_it_on_telegram(tg: Harness) -> None:
    for chat, (lang, fact, no) in enumerate(NO[1:3], 48311):
        await tg.say(chat, FIRST[lang], language_code=lang)
        await tg.say(chat, fact)
        assert t(lang, "talk-profile-start") in tg.last_text(chat), tg.sent(chat)[-2:]
        await tg.say(chat, no)
        assert t(lang, "survey-q-name") not in tg.last_text(chat), tg.sent(chat)[-2:]
        assert t(lang, "first-report-declined") in tg.last_text(chat), tg.sent(chat)[-2:]


# -- 1. a fact told of the waiting dog by her pronoun: never the surveyed dog's ----------------

MALE = {"name": "Tank", "sex": "male neutered", "alone_hours": "8"}
# (typed at the exercise after "i wanna add lulu too", what is kept for Lulu: (field, value) or None)
PRONOUNED = (
    ("0 shes never alone", ("alone_hours", "0 hours")),
    ("she is never alone tbh", ("alone_hours", "0 hours")),
    ("shes kinda shy with strangers", None),
)


def _tank_answers() -> list[str]:
    out: list[str] = []
    for key, text in ANSWERS["en"]:
        if key == "exercise_minutes":
            return out
        out.append(MALE.get(key, text))
    return out


def _kept_or_said(kept: tuple[str, str] | None) -> str:
    if kept is None:
        return t("en", "newdog-after-survey-fact", name="Lulu")
    field, value = kept
    return t(
        "en", "newdog-after-survey-kept", name="Lulu", field=t("en", f"survey-field-{field}"), value=value
    )


@pytest.mark.parametrize(("typed", "kept"), PRONOUNED)
async def test_the_waiting_dogs_pronoun_keeps_tank_unchanged_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, typed: str, kept: tuple[str, str] | None
) -> None:
    user = kakao.user(lang="en")
    for text in ("/start", *_tank_answers(), "i wanna add lulu too"):
        await user.send(text)
    assert t("en", "newdog-after-survey-named", name="Lulu") in user.text, user.texts[-2:]
    await user.send(typed)
    answers = await kakao_answers(kakao, user.key)
    assert answers["alone_hours"] == 8 and "exercise_minutes" not in answers, (answers, user.texts[-2:])
    assert _kept_or_said(kept) in user.text, user.texts[-2:]
    assert user.text.rstrip().endswith(t("en", "survey-q-exercise_minutes", name="Tank")), user.texts[-2:]
    assert _model_calls(fake_ollama) == 0


async def test_the_waiting_dogs_pronoun_keeps_tank_unchanged_on_telegram(tg: Harness) -> None:
    for chat, (typed, kept) in enumerate(PRONOUNED[::2], 48321):
        await tg.say(chat, "/start", language_code="en")
        for text in (*_tank_answers(), "i wanna add lulu too", typed):
            await tg.say(chat, text)
        answers = await tg_answers(tg, chat)
        assert answers["alone_hours"] == 8 and "exercise_minutes" not in answers, (
            answers,
            tg.sent(chat)[-2:],
        )
        assert _kept_or_said(kept) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("0 shes never alone", "female"),
        ("hes fine", "male"),
        ("he bit her", ""),
        ("there is 2", ""),
        ("the other one", ""),
    ],
)
def test_the_pronouns_sex(text: str, sex: str) -> None:
    assert Understander(Messages()).pronoun_sex(text) == sex


# -- 1b. switching to the dog waiting to be added takes the offer -------------------------------


async def test_switching_to_the_waiting_dog_adds_her_on_telegram(tg: Harness) -> None:
    """ "switch to lulu" after Tank's survey, adding Lulu offered: "Tank is the only dog I know of
    yours" (owner trial 33); now her survey starts with her name offered."""
    chat = 48331
    await tg.say(chat, "/start", language_code="en")
    for text in (*_tank_answers(), "i wanna add lulu too", *_tank_rest(), "yep looks good"):
        await tg.say(chat, text)
    assert t("en", "newdog-offer-named", name="Lulu") in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    await tg.say(chat, "switch to lulu")
    assert t("en", "survey-q-name-hint", name="Lulu") in tg.last_text(chat), tg.sent(chat)[-2:]


async def test_switching_to_the_waiting_dog_adds_her_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    user = kakao.user(lang="en")
    for text in ("/start", *_tank_answers(), "i wanna add lulu too", *_tank_rest(), "yep looks good"):
        await user.send(text)
    assert t("en", "newdog-offer-named", name="Lulu") in user.text, user.texts[-2:]
    await user.send("switch to lulu")
    assert t("en", "survey-q-name-hint", name="Lulu") in user.text, user.texts[-2:]
    await user.send("yes")
    assert t("en", "survey-q-age_months", name="Lulu") in user.text, user.texts[-2:]


def _tank_rest() -> list[str]:
    keys = [key for key, _ in ANSWERS["en"]]
    return [text for key, text in ANSWERS["en"][keys.index("exercise_minutes") :]]
