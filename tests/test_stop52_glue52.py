# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 52, owner trial (helper glue52): a new behaviour or a time glued onto the last report, or a
report lost at a survey prompt, or filed under the wrong dog. Each reproduced through a real
channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored read back.

1. A new behaviour told with "also" / "그리고" / "또" after a report ("그리고 산책할때 풀을 자꾸
   먹어요" after a bleeding paw): Korean named no behaviour ("풀을 자꾸 먹어요": the habit adverb
   between the object and its verb hid "풀을 먹"), so after the result it was "not understood", at
   the follow-up question an answer; at a check-in of a barking plan "also she keeps eating grass
   on walks" was "the same" (its "keeps"), at the check-in's "anything to add?" the note only. Now
   habit adverbs typed as words of their own are left out when behaviour words are searched
   (`understanding-verb-adverb`), and another behaviour told with "also" at a check-in is a report,
   no outcome, and at its note the note and a report (`_also_another`).
2. Kakao: "notification time" answers that nothing can be sent at a set time there; "8pm" next was
   added to the last report as its detail. Now a time alone right after that line is read as the
   time wanted, said back with why it cannot be kept, nothing stored, nothing added
   (`checkins.time_after_no_push`). Telegram sets it, as before.
3. At the name question offering a name ("Is your dog's name Taco?"), "그리고 산책할때 풀을 자꾸
   먹어요" got "not understood as a name" (lost, kind 1's Korean); "and another thing, she barks at
   night" named the dog "And Another Thing". Both are reports now: saved, analysed, the question
   asked again; the same at the review card, the edit list and the add-a-dog offer.
4. A report told during a further dog's survey (/newdog), naming no dog, was filed under the
   active dog: decided, it is about the dog asked about, filed under it once it exists (at its name
   question, moved to it when the name makes it); a report naming a dog stays that dog's.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.checkin_due import STEP, kakao_due
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.owners import tg_surveyed
from tests.test_checkins_channels import checkins_of, push_checkin
from tests.test_dog_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import REVIEW, asked, kakao_at_review, t
from tests.test_telegram_e2e import eventually, harness, settings_for
from tests.test_trial10_checkins import _telegram_plan

PAW = {"ko": "콩이 발에서 피가 나요", "en": "her paw is bleeding"}
GRASS = {"ko": "그리고 산책할때 풀을 자꾸 먹어요", "en": "also she keeps eating grass on walks"}


# -- 1. a new behaviour told with "also" after a report: its own report ---------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("shown", [False, True])
async def test_grass_after_a_bleeding_paw_is_its_own_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, shown: bool
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(PAW[lang])
    if shown:  # the result shown (its follow-up question open, when one is asked)
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await user.send("/result")
    await user.send(GRASS[lang])
    assert t(lang, "noise-hint") not in user.text, user.text
    rows = await _kakao_reports(kakao, user.key)
    assert sorted(r.text for r in rows) == sorted([PAW[lang], GRASS[lang]]), (rows, user.text)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_grass_after_a_bleeding_paw_is_its_own_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    """The result pushed (Korean: "not understood", nothing kept)."""
    chat = 52101 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, PAW[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await tg.say(chat, GRASS[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 2)
        rows = await _tg_reports(tg, chat)
        assert sorted(r.text for r in rows) == sorted([PAW[lang], GRASS[lang]]), (rows, tg.last_text(chat))


ALSO_AT_CHECKIN = {"ko": "또 산책할 때 풀을 자꾸 먹어요", "en": "also she keeps eating grass on walks"}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_behaviour_told_with_also_at_a_check_in_is_a_report_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    """At a barking plan's "how did it go?": no "the same" for barking, the grass its own report."""
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send(ALSO_AT_CHECKIN[lang])
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        assert rows[0].outcome is None, (rows[0], owner.texts)
        reports = await _kakao_reports(srv, owner.key)
        assert ALSO_AT_CHECKIN[lang] in [r.text for r in reports], (reports, owner.texts)


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_another_behaviour_told_with_also_at_a_check_in_note_is_a_report_too_on_kakao(
    fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with kakao_due(fake_ollama, tmp_path, lang, shown=True) as (srv, owner):
        await owner.send("좋아졌어요" if lang == "ko" else "better")
        assert t(lang, "coaching-checkin-note") in owner.text, owner.texts
        await owner.send(GRASS[lang])
        rows = await checkins_of(srv.app.state.runtime.store, Channel.KAKAO, owner.key)
        # its own report, not a note on the step (stop 50's rule for an incident at the note)
        assert (rows[0].outcome, rows[0].note) == ("better", None), rows[0]
        reports = await _kakao_reports(srv, owner.key)
        assert GRASS[lang] in [r.text for r in reports], (reports, owner.texts)


async def test_another_behaviour_told_with_also_at_a_pushed_check_in_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    chat, lang = 52111, "en"
    async with _telegram_plan(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await push_checkin(tg, chat, lang, STEP[lang])
        await tg.say(chat, ALSO_AT_CHECKIN[lang], language_code=lang)
        await eventually(lambda: _model_calls(fake_ollama) >= 2)
        rows = await checkins_of(tg.rt.store, Channel.TELEGRAM, str(chat))
        assert rows[0].outcome is None, (rows[0], tg.sent(chat)[-3:])
        assert ALSO_AT_CHECKIN[lang] in [r.text for r in await _tg_reports(tg, chat)]


# -- 2. a time right after "no set time here" (Kakao): never detail of a report ---------------------

BARK = {
    "ko": "콩이가 택배 오면 현관에서 계속 짖어요",
    "en": "she barks at the door every time the mailman comes",
}
WHEN = {"ko": "알림 시간", "en": "notification time"}
TIMES = (
    ("ko", "저녁 8시", "coaching-checkin-time-no-push-heard"),
    ("en", "8pm", "coaching-checkin-time-no-push-heard"),
    ("ko", "8시요", "coaching-checkin-time-no-push-heard-either"),
    ("en", "at 9 in the morning please", "coaching-checkin-time-no-push-heard"),
)


@pytest.mark.parametrize(("lang", "typed", "said"), TIMES)
async def test_a_time_after_the_no_push_answer_is_no_report_detail_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, said: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(BARK[lang])
    await eventually(lambda: _model_calls(fake_ollama) >= 1)
    await user.send(WHEN[lang])
    assert t(lang, "coaching-checkin-time-no-push") in user.text, user.text
    await user.send(typed)
    head = t(lang, said, time="§", morning="§", evening="§").split("§")[0]
    assert head in user.text, user.text
    assert t(lang, "kakao-added-analysed").split("—")[0][:12] not in user.text, user.text
    assert [r.text for r in await _kakao_reports(kakao, user.key)] == [BARK[lang]]
    await asyncio.sleep(0.3)
    assert _model_calls(fake_ollama) == 1  # nothing analysed again


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_same_time_sets_the_check_in_time_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Any, lang: str
) -> None:
    """Telegram can push: the time asked, "8pm" sets it, the report untouched (unchanged rule)."""
    chat = 52121 + ("ko", "en").index(lang)
    async with tg_surveyed(fake_telegram, fake_ollama, tmp_path, chat, lang) as tg:
        await tg.say(chat, BARK[lang])
        await eventually(lambda: _model_calls(fake_ollama) >= 1)
        await asyncio.sleep(0.5)
        await tg.say(chat, WHEN[lang])
        await tg.say(chat, {"ko": "저녁 8시", "en": "8pm"}[lang])
        head = t(lang, "coaching-checkin-time-set", time="§").split("§")[0]
        await eventually(lambda: any(head in m for m in tg.sent(chat)[-3:]))
        assert [r.text for r in await _tg_reports(tg, chat)] == [BARK[lang]]


# -- 3. a report typed at a survey prompt that confirms or offers: saved, the prompt again ----------

OFFER_NAME = {"ko": "얘 이름은 타코예요", "en": "his name is Taco"}
AT_PROMPT = {
    "ko": ("그리고 산책할때 풀을 자꾸 먹어요", "또 산책할때 풀을 계속 먹어요"),
    "en": ("and another thing, she barks at night", "also, she eats grass on walks"),
}


def _hint(lang: str) -> str:
    return t(lang, "survey-name-hint-yes")


@pytest.mark.parametrize(
    ("lang", "typed"), [(lang, typed) for lang, texts in AT_PROMPT.items() for typed in texts]
)
async def test_a_report_at_the_name_offered_is_kept_and_the_name_asked_again_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(OFFER_NAME[lang])
    assert _hint(lang) in str(user.last), user.texts
    await user.send(typed)
    assert t(lang, "survey-err-name-unknown") not in user.text, user.text
    assert t(lang, "report-kept-back") in user.text, user.text
    assert _hint(lang) in str(user.last), user.texts  # the name offered, asked again
    assert typed in [r.text for r in await _kakao_reports(kakao, user.key)]
    await user.send(_hint(lang))
    assert await _dog_names(kakao, user.key) == [{"ko": "타코", "en": "Taco"}[lang]]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_the_name_offered_is_kept_on_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Any, lang: str
) -> None:
    chat = 52131 + ("ko", "en").index(lang)
    async with harness(fake_telegram, settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}")) as tg:
        await tg.say(chat, OFFER_NAME[lang], language_code=lang)
        await tg.say(chat, AT_PROMPT[lang][0])
        assert t(lang, "report-kept-back") in tg.sent(chat)[-4:], tg.sent(chat)[-4:]
        assert AT_PROMPT[lang][0] in [r.text for r in await _tg_reports(tg, chat)]


@pytest.mark.parametrize(("lang", "typed"), [(lang, texts[0]) for lang, texts in AT_PROMPT.items()])
async def test_a_report_at_the_review_card_is_kept_and_the_card_asked_again_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at_review(kakao, lang)
    await user.send(typed)
    assert typed in [r.text for r in await _kakao_reports(kakao, user.key)], user.text
    again = t(lang, "survey-review-again", name={"ko": "콩이", "en": "Rex"}[lang])
    assert REVIEW[lang] in user.text or again in user.text, user.text


@pytest.mark.parametrize(("lang", "typed"), [(lang, texts[0]) for lang, texts in AT_PROMPT.items()])
async def test_a_report_at_the_edit_list_is_kept_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send("/profile")
    await user.tap("survey:edit")
    await user.send(typed)
    assert typed in [r.text for r in await _kakao_reports(kakao, user.key)], user.text


# -- 4. a report during a further dog's survey: filed under the dog asked about --------------------

SECOND = {"ko": "보리", "en": "Bori"}
NIGHT = {"ko": "밤마다 현관에서 짖어요", "en": "she barks at the door every night"}


async def _dog_names(server: Server, key: str) -> list[str]:
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return [d.name or "" for d in await s.list_dogs(user.id)]


async def _filed(server: Server, key: str) -> dict[str, str]:
    """Each report's text: the name of the dog it is filed under."""
    async with open_store(server.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        names = {d.id: d.name or "" for d in await s.list_dogs(user.id)}
        return {r.text: names.get(r.dog_id or 0, "") for r in await s.list_reports(user.id)}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_a_further_dogs_question_is_filed_under_it_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    for typed in ("/newdog", SECOND[lang], NIGHT[lang]):
        await user.send(typed)
    assert asked(lang, "age_months").replace({"ko": "콩이", "en": "Rex"}[lang], SECOND[lang]) in user.text
    assert (await _filed(kakao, user.key))[NIGHT[lang]] == SECOND[lang], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_a_further_dogs_name_question_moves_to_it_once_named_on_kakao(
    kakao: Server, lang: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send("/newdog")
    await user.send(NIGHT[lang])
    await user.send(SECOND[lang])
    assert t(lang, "report-moved-to-new-dog", name=SECOND[lang], count=1) in user.text, user.text
    assert (await _filed(kakao, user.key))[NIGHT[lang]] == SECOND[lang], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_naming_the_active_dog_stays_its_own_on_kakao(kakao: Server, lang: str) -> None:
    typed = {"ko": "콩이가 밤마다 현관에서 짖어요", "en": "Rex barks at the door every night"}[lang]
    user = await kakao_owner(kakao, lang)
    for text in ("/newdog", SECOND[lang], typed):
        await user.send(text)
    assert (await _filed(kakao, user.key))[typed] == {"ko": "콩이", "en": "Rex"}[lang], user.text


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_report_at_a_further_dogs_question_is_filed_under_it_on_telegram(
    fake_telegram: FakeTelegramServer, tmp_path: Any, lang: str
) -> None:
    chat = 52141 + ("ko", "en").index(lang)
    async with harness(fake_telegram, settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}")) as tg:
        await tg_owner(tg, chat, lang)
        for typed in ("/newdog", SECOND[lang], NIGHT[lang]):
            await tg.say(chat, typed)
        user = await tg.user(chat)
        assert user is not None
        async with tg.rt.store.session() as s:
            names = {d.id: d.name for d in await s.list_dogs(user.id)}
            filed = {r.text: names.get(r.dog_id or 0) for r in await s.list_reports(user.id)}
        assert filed[NIGHT[lang]] == SECOND[lang], tg.sent(chat)[-3:]
