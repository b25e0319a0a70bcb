# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56, helper names56: a dog's name not read as the owner writes it (the stop 56 trial's faults
2, 10, 14), each reproduced through a real channel first (KakaoTalk over the skill's HTTP, Telegram
through the fake Bot API), Korean and English, what was kept read back from the store.

The owner has two dogs (`PAIR`: 보리 / Bruno the other, 초코 / Pip active).

2. Korean typed with no spacing after the name: "보리가현관에서짖어요 그러면간식줘요" was filed
   under 초코; "보리기록보여줘", "보리이번주어땠어", "보리프로필보여줘" showed 초코's.
10. English possessive without its apostrophe: "show me brunos history", "show brunos profile":
   no dog called "brunos"; "change brunos age to 4": "Shall we add Brunos?", the age lost.
14. "보리도그래요" at a result's question: "보리도그래 is no dog of yours"; "보리도 그래요" works.

17. Mid-survey, another dog told ("강아지한마리더있어요", "보리"), then his "5살이요" kept for him;
   but "남자애 중성화 안했어" was said to be this dog's already and "진돗개" replaced this dog's
   breed ("i have another dog too", "Max", "5 years", "male not neutered", "husky" alike).

Now the owner's registered names glued to a particle or to a view's, a field's or (Korean) a
behaviour's word are set apart for the whole turn (`Understander.names_set_apart`, called by
`router._names_set_apart`): each glued message is taken as its spaced form. And a bare breed
contradicting this dog's while a named dog waits is that dog's, as an age, a size or an origin
were; once one of its facts is kept, its sex (and any of those) too, agreeing with this dog's or
not (`waiting_dog._contradicting`, `telling`).

First run at bb5781ea (main): see each test's comment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.fakes.telegram_fixture import fake_telegram  # noqa: F401  (fixture)
from tests.owners import kakao_dogs_answers, kakao_two_dogs, tg_dogs_answers, tg_settings, tg_two_dogs
from tests.test_kakao_reports import SHOW_RESULT, until_owed
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_streaming_channels import report_done
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, harness, settings_for, tg  # noqa: F401  (`tg`)

# lang: (the other dog, a neutered male beagle; the active dog, a spayed female poodle); 보리 as
# in the trial ("밤이도그래요" is read otherwise than "보리도그래요" at a result's question)
PAIR = {
    "ko": (("보리", "3살", "남아 중성화", "비글"), ("초코", "2살", "여아 중성화", "푸들")),
    "en": (("Bruno", "3", "male neutered", "beagle"), ("Pip", "2", "female spayed", "poodle")),
}
SWITCH = {"ko": "{name}로 바꿔줘", "en": "switch to {name}"}
LANGS = ("en", "ko")
OTHER = {lang: PAIR[lang][0][0] for lang in PAIR}  # 보리, Bruno
ACTIVE = {lang: PAIR[lang][1][0] for lang in PAIR}  # 초코, Pip

# the other dog's report typed glued after the name
GLUED_REPORTS = (
    "보리가현관에서짖어요 그러면간식줘요",
    "보리가산책할때다른개만보면짖고달려들어요 그럼줄을확당겨요",
)
# (lang, the view asked glued, the same asked spaced)
GLUED_VIEWS = (
    ("ko", "보리기록보여줘", "보리 기록 보여줘"),
    ("ko", "보리이번주어땠어", "보리 이번주 어땠어"),
    ("ko", "보리프로필보여줘", "보리 프로필 보여줘"),
    ("en", "show me brunos history", "show me bruno's history"),
    ("en", "show brunos profile", "show bruno's profile"),
)
# (lang, a correction of the other dog's age, his age after it in months)
GLUED_AGES = (
    ("en", "change brunos age to 4", 48),
    ("ko", "보리나이6살로바꿔줘", 72),  # worked before: still does
)


async def kakao_pair(kakao: Server, lang: str) -> tuple[KakaoUser, dict[str, int]]:
    """A Kakao owner of the two dogs of `PAIR[lang]`, the second active; their ids by name."""
    return await kakao_two_dogs(kakao, lang, *PAIR[lang], SWITCH[lang])


async def tg_pair(tg: Harness, chat: int, lang: str) -> dict[str, int]:
    """A Telegram owner of the two dogs of `PAIR[lang]`, the second active; their ids by name."""
    return await tg_two_dogs(tg, chat, lang, *PAIR[lang], SWITCH[lang])


async def _kakao_said(user: KakaoUser, text: str) -> str:
    await user.send(text)
    return user.text


async def _tg_said(tg: Harness, chat: int, text: str) -> str:
    before = len(tg.sent(chat))
    await tg.say(chat, text)
    return "\n".join(tg.sent(chat)[before:])


# -- 2. a report typed glued after the other dog's name --------------------------------------------


# First run at bb5781ea: 2 of 2 failed (filed under 초코, the active dog).
@pytest.mark.parametrize("text", GLUED_REPORTS)
async def test_a_report_glued_after_the_name_is_that_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, text: str
) -> None:
    user, ids = await kakao_pair(kakao, "ko")
    await user.send(text)
    assert await _kakao_report_dogs(kakao, user.key) == [ids[OTHER["ko"]]], user.texts


# First run at bb5781ea: failed (filed under 초코, the active dog).
async def test_a_report_glued_after_the_name_is_that_dogs_on_telegram(tg: Harness) -> None:
    for chat, text in enumerate(GLUED_REPORTS, 56201):
        ids = await tg_pair(tg, chat, "ko")
        await tg.say(chat, text)
        assert await _tg_report_dogs(tg, chat) == [ids[OTHER["ko"]]], (text, tg.sent(chat)[-2:])


# -- 2, 10. a view asked with the name glued (ko) or its possessive without apostrophe (en) -------


# First run at bb5781ea: 5 of 5 failed (초코's / Pip's shown, or no dog called "brunos").
@pytest.mark.parametrize(("lang", "glued", "spaced"), GLUED_VIEWS)
async def test_a_view_asked_glued_shows_that_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, glued: str, spaced: str
) -> None:
    user, _ids = await kakao_pair(kakao, lang)
    shown = await _kakao_said(user, glued)
    expected = await _kakao_said(user, spaced)
    assert OTHER[lang] in expected, expected
    assert shown == expected, (shown, expected)


# First run at bb5781ea: failed (초코's / Pip's shown, or no dog called "brunos").
async def test_a_view_asked_glued_shows_that_dogs_on_telegram(tg: Harness) -> None:
    for chat, (lang, glued, spaced) in enumerate(GLUED_VIEWS, 56211):
        await tg_pair(tg, chat, lang)
        shown = await _tg_said(tg, chat, glued)
        expected = await _tg_said(tg, chat, spaced)
        assert OTHER[lang] in expected, expected
        assert shown == expected, (glued, shown, expected)


# -- 10. a correction with the possessive without apostrophe ---------------------------------------


# First run at bb5781ea: 1 of 2 failed (en: "Shall we add Brunos?", no age changed).
@pytest.mark.parametrize(("lang", "text", "months"), GLUED_AGES)
async def test_an_age_corrected_glued_is_that_dogs_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str, months: int
) -> None:
    user, _ids = await kakao_pair(kakao, lang)
    await user.send(text)
    answers = await kakao_dogs_answers(kakao, user.key)
    assert answers[OTHER[lang]]["age_months"] == months, (answers, user.texts)
    assert answers[ACTIVE[lang]]["age_months"] == 24, answers


# First run at bb5781ea: failed (en: "Shall we add Brunos?", no age changed).
async def test_an_age_corrected_glued_is_that_dogs_on_telegram(tg: Harness) -> None:
    for chat, (lang, text, months) in enumerate(GLUED_AGES, 56221):
        await tg_pair(tg, chat, lang)
        await tg.say(chat, text)
        answers = await tg_dogs_answers(tg, chat)
        assert answers[OTHER[lang]]["age_months"] == months, (answers, tg.sent(chat)[-2:])
        assert answers[ACTIVE[lang]]["age_months"] == 24, answers


# -- 14. "보리도그래요" at a result's question --------------------------------------------------------

REPORT = "손님이 올 때마다 현관에서 계속 짖어요. 그러면 제가 안아서 달래 줘요."
ALSO = {"glued": "보리도그래요", "spaced": "보리도 그래요"}


# First run at bb5781ea: glued failed ("보리도그래 is not registered yet… shall we add it?").
async def test_the_other_dog_too_glued_at_the_question_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    said: dict[str, str] = {}
    for form, text in ALSO.items():
        user, _ids = await kakao_pair(kakao, "ko")
        fake_ollama.behaviour.analysis = sample_analysis("ko")  # how often?
        await user.send(REPORT)
        await until_owed(kakao, user)
        if user.quick(SHOW_RESULT) is not None:
            await user.tap(SHOW_RESULT)
        said[form] = await _kakao_said(user, text)
    assert "보리도그래" not in said["glued"], said
    assert said["glued"] == said["spaced"], said


# First run at bb5781ea: glued failed ("보리도그래 is not registered yet… shall we add it?").
async def test_the_other_dog_too_glued_at_the_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = tg_settings(fake_telegram, fake_ollama, tmp_path)
    said: dict[str, str] = {}
    async with harness(fake_telegram, settings) as tg:
        for chat, (form, text) in enumerate(ALSO.items(), 56231):
            await tg_pair(tg, chat, "ko")
            fake_ollama.behaviour.analysis = sample_analysis("ko")
            await tg.say(chat, REPORT)
            await report_done(tg, chat, 1)
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            # the turn's reply only: the analysis it starts again streams in whenever the model
            # writes (its views say "still writing", its result ends with what to try next)
            said[form] = "\n".join(m for m in tg.sent(chat)[before:] if "✍️" not in m and "👉" not in m)
    assert said["glued"].startswith("🔍"), said  # the detail acknowledged, not the name question
    assert "보리도그래" not in said["glued"], said
    assert said["glued"] == said["spaced"], said


# -- 17. facts told of the dog waiting to be added, mid-survey ---------------------------------------

# lang: the first dog's survey up to the size question (a male not neutered), then another dog
# told, named, and three facts of his (age, sex, breed) at the size question
WAITING = {
    "ko": (
        ["/start", "콩이", "3살", "남아 중성화 안 함", "말티즈"],
        ["강아지한마리더있어요", "보리", "5살이요", "남자애 중성화 안했어", "진돗개"],
    ),
    "en": (
        ["/start", "Rex", "3", "male not neutered", "poodle"],
        ["i have another dog too", "Max", "5 years", "male not neutered", "husky"],
    ),
}
FIRST = {"ko": {"sex": "male_intact", "breed": "말티즈"}, "en": {"sex": "male_intact", "breed": "poodle"}}


def _kept(lang: str, shown: list[str]) -> list[str]:
    """The fields `shown` says were kept for the dog waiting (`newdog-after-survey-kept`)."""
    name = WAITING[lang][1][1]
    kept = []
    for key in ("age_months", "sex", "breed"):
        field = t(lang, f"survey-field-{key}")
        head = t(lang, "newdog-after-survey-kept", name=name, field=field, value="\x00").split("\x00")[0]
        kept += [key for line in shown if head in line]
    return kept


# First run at ff8124e2: failed (the breed told replaced this dog's; the sex "already so" for this dog).
@pytest.mark.parametrize("lang", LANGS)
async def test_facts_of_the_waiting_dog_are_kept_for_it_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    before, told = WAITING[lang]
    user = kakao.user(lang=lang)
    for text in before:
        await user.send(text)
    shown: list[str] = []
    for text in told:
        await user.send(text)
        shown += user.texts
    answers = await kakao_dogs_answers(kakao, user.key)
    first = answers[before[1]]
    assert {k: first.get(k) for k in FIRST[lang]} == FIRST[lang], (first, shown)
    assert _kept(lang, shown) == ["age_months", "sex", "breed"], shown


# First run at ff8124e2: failed (the breed told replaced this dog's; the sex "already so" for this dog).
async def test_facts_of_the_waiting_dog_are_kept_for_it_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(LANGS, 56241):
        before, told = WAITING[lang]
        for i, text in enumerate(before):
            await tg.say(chat, text, **({"language_code": lang} if not i else {}))
        start = len(tg.sent(chat))
        for text in told:
            await tg.say(chat, text)
        shown = tg.sent(chat)[start:]
        first = (await tg_dogs_answers(tg, chat))[before[1]]
        assert {k: first.get(k) for k in FIRST[lang]} == FIRST[lang], (first, shown)
        assert _kept(lang, shown) == ["age_months", "sex", "breed"], shown
