# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Issue 11, a new-owner trial right after a result (its follow-up question open, or the result
just shown): three messages were misread.

1. A name alone that is none of the owner's dogs ("Luna", "루나", "루나요") was glued onto the
   report as detail (or, "루나요", sent to the coach as a question): now it is said that no such
   dog is registered, adding it is offered, nothing is added, the report stays where it is and
   the question comes again; nothing reaches the model.
2. "she just did it again", "또 그랬어요", "방금 또 짖었어요" at the question (or just after the
   result) were taken as its answer or as good news: now a new report of the same behaviour,
   filed under the report's dog with the behaviour it repeats, one analysis.
3. "both pull on the leash", "둘 다 줄을 당겨요" from an owner of two dogs was filed under the
   active dog without a word: it is filed once (one analysis), and a line says under which dog
   and how to file it under the other.
"""

from __future__ import annotations

from pathlib import Path

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_dog_retold import _two_dogs_on_telegram
from tests.test_dog_words import TWO_DOGS, _kakao_reports, _model_calls, _tg_reports, _two_dogs_on_kakao
from tests.test_followup_not_reports import REPORT, _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import eventually, harness, settings_for

UNKNOWN = {"ko": (("루나", "루나"), ("루나요", "루나")), "en": (("Luna", "Luna"), ("Bella", "Bella"))}
# (typed, whether it names no behaviour: then the new report carries the behaviour it repeats)
AGAIN = {
    "ko": (
        ("또 그랬어요", True),
        ("지금 또 그래요 ㅠㅠ", True),
        ("방금 또 짖었어요", False),
        ("또 짖었어요", False),
    ),
    "en": (("she just did it again", True), ("and he's doing it again", True), ("he barked again", False)),
}
BOTH = {"ko": "둘 다 줄을 당겨요", "en": "both pull on the leash"}


async def test_an_unknown_name_alone_at_the_followup_question_is_not_added_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        for typed, name in UNKNOWN[lang]:
            user, ids = await _two_dogs_on_kakao(kakao, lang)
            active = TWO_DOGS[lang][2]
            await _until_followup(user, lang)
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            [report] = await _kakao_reports(kakao, user.key)
            assert (report.text, report.dog_id) == (REPORT[lang], ids[active]), (typed, user.text)
            assert _model_calls(fake_ollama) == calls, typed
            said = t(lang, "analysis-followup-name-unknown", typed=name, name=active)
            assert said in user.text, (typed, user.text)
            assert user.text.rstrip().endswith(t(lang, "analysis-followup-frequency")), (typed, user.text)
            # the question stays open: a sentence still answers it
            await user.send("매일 저녁마다 그래요" if lang == "ko" else "every evening, since spring")
            [report] = await _kakao_reports(kakao, user.key)
            assert report.text.startswith(f"{REPORT[lang]}\n"), (typed, user.text)


async def test_an_unknown_name_at_the_followup_question_offers_the_dog_on_kakao(kakao: Server) -> None:
    """The offer is taken by a typed yes or its quick reply (shown with the question's own): the
    new dog's survey, its name offered."""
    for lang, typed, yes in (
        ("ko", "루나", "네"),
        ("en", "Luna", "yes"),
        ("ko", "루나", None),
        ("en", "Luna", None),
    ):
        user, _ = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.send(typed)
        assert {"profile:newdog", "report:followup:skip"} <= set(user.choice_ids), user.choice_ids
        if yes is None:
            await user.tap("profile:newdog")
        else:
            await user.send(yes)
        assert typed in user.text, user.text
        assert t(lang, "analysis-followup-frequency") not in user.text, user.text
        assert "survey:name-hint:yes" in user.choice_ids, (yes, user.choice_ids)


async def test_the_same_behaviour_again_is_a_new_report_on_kakao(kakao: Server) -> None:
    """At the follow-up question and just after the result (the question skipped)."""
    for lang in ("ko", "en"):
        for typed, bare in AGAIN[lang]:
            for skipped in (False, True):
                user, ids = await _two_dogs_on_kakao(kakao, lang)
                await _until_followup(user, lang)
                if skipped:
                    await user.tap("report:followup:skip")
                await user.send(typed)
                case = (typed, skipped, user.text)
                reports = await _kakao_reports(kakao, user.key)
                assert len(reports) == 2, case
                first, again = sorted(reports, key=lambda r: r.id)
                assert first.text == REPORT[lang], case
                assert again.text == (f"{REPORT[lang]}\n{typed}" if bare else typed), case
                assert again.dog_id == ids[TWO_DOGS[lang][2]], case
                assert (t(lang, "report-again", text=REPORT[lang]) in user.text) is bare, case


async def test_both_dogs_told_is_filed_once_and_said_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        for chat, lang in ((17101, "ko"), (17102, "en")):
            other, _, active, _, _ = TWO_DOGS[lang]
            ids = await _two_dogs_on_telegram(tg, chat, lang)
            await tg.say(chat, BOTH[lang])
            line = t(lang, "report-both-dogs", name=active, other=other)
            await eventually(lambda: any(line in m for m in tg.sent(chat)))  # noqa: B023
            [report] = await _tg_reports(tg, chat)
            assert (report.text, report.dog_id) == (BOTH[lang], ids[active])


async def test_both_dogs_told_after_a_result_is_filed_once_and_said_on_kakao(kakao: Server) -> None:
    for lang in ("ko", "en"):
        other, _, active, _, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.tap("report:followup:skip")
        await user.send(BOTH[lang])
        assert t(lang, "report-both-dogs", name=active, other=other) in user.text, user.text
        reports = sorted(await _kakao_reports(kakao, user.key), key=lambda r: r.id)
        assert [(r.text, r.dog_id) for r in reports][-1] == (BOTH[lang], ids[active])


async def test_an_unknown_name_and_the_same_again_at_the_followup_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 17200
        for lang in ("ko", "en"):
            active = TWO_DOGS[lang][2]
            question = t(lang, "analysis-followup-frequency")
            for typed, name in UNKNOWN[lang]:
                chat += 1
                await _two_dogs_on_telegram(tg, chat, lang)
                await tg.say(chat, REPORT[lang])
                await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
                calls = _model_calls(fake_ollama)
                await tg.say(chat, typed)
                said = t(lang, "analysis-followup-name-unknown", typed=name, name=active)
                await eventually(lambda: any(said in m for m in tg.sent(chat)))  # noqa: B023
                assert tg.last_text(chat).endswith(question), (typed, tg.sent(chat)[-3:])
                assert [r.text for r in await _tg_reports(tg, chat)] == [REPORT[lang]], typed
                assert _model_calls(fake_ollama) == calls, typed
            for typed, bare in AGAIN[lang]:
                chat += 1
                await _two_dogs_on_telegram(tg, chat, lang)
                await tg.say(chat, REPORT[lang])
                await eventually(lambda: tg.last_text(chat).endswith(question))  # noqa: B023
                await tg.say(chat, typed)
                reports = sorted(await _tg_reports(tg, chat), key=lambda r: r.id)
                assert [r.text for r in reports] == [
                    REPORT[lang],
                    f"{REPORT[lang]}\n{typed}" if bare else typed,
                ], typed


async def test_both_dogs_told_at_the_followup_question_is_filed_once_and_said_on_kakao(kakao: Server) -> None:
    """At the question, another behaviour than the report's (pulling, after barking) is a new
    report, not asked about (owner trial 15: `Understander.other_behaviour`); filed once, the line."""
    for lang in ("ko", "en"):
        other, _, active, _, _ = TWO_DOGS[lang]
        user, ids = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.send(BOTH[lang])
        assert t(lang, "analysis-followup-which") not in user.text, user.text
        assert t(lang, "report-both-dogs", name=active, other=other) in user.text, user.text
        reports = sorted(await _kakao_reports(kakao, user.key), key=lambda r: r.id)
        assert [(r.text, r.dog_id) for r in reports] == [
            (REPORT[lang], ids[active]),
            (BOTH[lang], ids[active]),
        ]


async def test_an_unknown_name_alone_just_after_a_result_is_said_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    """The question skipped, the result just shown: the same reading (the report stays, adding the
    dog offered), never the noise hint."""
    for lang in ("ko", "en"):
        for typed, name in UNKNOWN[lang]:
            user, ids = await _two_dogs_on_kakao(kakao, lang)
            active = TWO_DOGS[lang][2]
            await _until_followup(user, lang)
            await user.tap("report:followup:skip")
            calls = _model_calls(fake_ollama)
            await user.send(typed)
            said = t(lang, "report-retold-unregistered", typed=name, name=active)
            assert said in user.text, (typed, user.text)
            assert "profile:newdog" in user.choice_ids, (typed, user.choice_ids)
            [report] = await _kakao_reports(kakao, user.key)
            assert (report.text, report.dog_id) == (REPORT[lang], ids[active]), typed
            assert _model_calls(fake_ollama) == calls, typed


async def test_the_same_behaviour_again_twice_quotes_the_behaviour_as_first_told_on_kakao(
    kakao: Server,
) -> None:
    """A repeat of a repeat carries the first report's words once, not every repeat before it."""
    for lang in ("ko", "en"):
        typed = next(text for text, bare in AGAIN[lang] if bare)
        user, _ = await _two_dogs_on_kakao(kakao, lang)
        await _until_followup(user, lang)
        await user.send(typed)
        await user.send(typed)
        reports = sorted(await _kakao_reports(kakao, user.key), key=lambda r: r.id)
        assert [r.text for r in reports] == [REPORT[lang], *[f"{REPORT[lang]}\n{typed}"] * 2], user.text
