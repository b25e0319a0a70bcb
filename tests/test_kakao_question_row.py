# ruff: noqa: F811  (the fixtures are imported by name and used as parameters)
"""Issue 11, a fresh new owner's trial, F8 (KakaoTalk): with a survey question open, detail about
a waiting report ("매일 그래요") or a typed "결과 보기" was answered with the question, then "I've
added that…" with only a [Show result] quick reply: Kakao shows one row of quick replies (the
last reply's), so the question's own options were gone. The acknowledgement now comes before the
question, whose options stay the row: a single choice, a multi-choice with its ticks kept, free
text with its don't-know / back buttons; both languages. And without a callback, when the
re-analysis finishes inside the response budget, a line says the detail was added before the
result is shown again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dogcoach.channels.kakao.render import CHECK_PREFIX
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_reports import FAST_BOX, SHOW_RESULT, TITLE_EN, idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import KakaoUser, quick_of, serve
from tests.test_owner_trial import t

# Taps from the name to the other-pets question (a multi-choice): name typed, then these.
TO_OTHER_PETS: tuple[tuple[str, str | None], ...] = (
    ("survey:unknown", None),  # age
    ("survey:sex:male_neutered", None),
    ("survey:breed:mixed", None),
    ("survey:size:small", None),
    ("survey:origin:shelter", None),
    ("", "12"),  # owned months, typed
    ("", "2"),  # household, typed
    ("survey:children:no", None),
)
REPORT = {"ko": "혼자 두면 현관 앞에서 계속 낑낑거리고 짖어요 ㅠㅠ", "en": "my dog barks every night :("}
DETAIL = {"ko": "매일 그래요", "en": "he does it every night"}


async def _step(user: KakaoUser, choice: str, typed: str | None) -> None:
    if typed is not None:
        await user.send(typed)
    else:
        await user.tap(choice)


def _labels(user: KakaoUser) -> dict[str, str]:
    return {str(q["extra"]["choice"]): str(q["label"]) for q in quick_of(user.last)}


async def _question_row_kept(
    user: KakaoUser, lang: str, question: str, options: set[str], *, offered: bool = True
) -> dict[str, Any]:
    """A report, detail about it and a typed "show result": each answer ends with the open
    question, its options the quick replies; the acknowledgement comes before the question, its
    "show result" joined to the row when `offered` (not a multi-choice's)."""
    await user.send(REPORT[lang])
    seen: dict[str, Any] = {}
    for said in (DETAIL[lang], t(lang, "analysis-show-result")):
        await user.send(said)
        texts = user.texts
        assert texts[-1].endswith(question), (said, texts)
        assert options <= set(user.choice_ids), (said, user.choice_ids, texts)
        assert (SHOW_RESULT in user.choice_ids) is offered, (said, user.choice_ids)
        seen[said] = _labels(user)
    return seen


async def test_survey_question_keeps_its_options_after_detail_and_show_result_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    fake_ollama.behaviour.delay = 3.0
    settings = kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)
    async with serve(settings) as srv:
        for lang, hello, name in (("ko", "안녕하세요", "콩이"), ("en", "English", "Rex")):
            # free text with its don't-know and back buttons (the age question)
            user = srv.user(lang=lang)
            await user.send(hello)
            await user.send(name)
            age = t(lang, "survey-q-age_months", name=name)
            await _question_row_kept(user, lang, age, {"survey:unknown", "survey:back"})
            await until_owed(srv, user)

            # a single choice (sex)
            user = srv.user(lang=lang)
            await user.send(hello)
            await user.send(name)
            await user.tap("survey:unknown")
            sex = t(lang, "survey-q-sex", name=name)
            await _question_row_kept(user, lang, sex, {"survey:sex:male_intact", "survey:sex:female_spayed"})
            await until_owed(srv, user)

            # a multi-choice with a tick kept (other pets: the cat ticked)
            user = srv.user(lang=lang)
            await user.send(hello)
            await user.send(name)
            for choice, typed in TO_OTHER_PETS:
                await _step(user, choice, typed)
            await user.tap("survey:other_pets:cat")
            pets = t(lang, "survey-q-other_pets", name=name)
            seen = await _question_row_kept(
                user,
                lang,
                pets,
                {"survey:other_pets:dog", "survey:other_pets:none", "survey:done"},
                offered=False,
            )
            for labels in seen.values():
                assert labels["survey:other_pets:cat"].startswith(CHECK_PREFIX), labels  # still ticked
            await until_owed(srv, user)


async def test_detail_analysed_within_the_budget_says_it_was_added_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    """No callback, a fast box: the detail's re-analysis is shown in the same answer, after a
    line saying the detail was added (it looked like the first result shown again)."""
    settings = kakao_settings_for(tmp_path, fake_ollama.url, **FAST_BOX)
    async with serve(settings) as srv:
        for lang, english in (("en", True), ("ko", False)):
            user = await idle_user(srv, english=english)
            await user.send(REPORT["en"] if english else "우리 강아지가 밤마다 짖어요 ㅠㅠ")
            await until_owed(srv, user)
            await user.send(DETAIL[lang])
            texts = user.texts
            title = TITLE_EN if english else t("ko", "analysis-title", category=t("ko", "category-barking"))
            at = next(i for i, x in enumerate(texts) if x.startswith(title))
            assert any(x == t(lang, "kakao-added-analysed") for x in texts[:at]), texts
            await until_owed(srv, user)
