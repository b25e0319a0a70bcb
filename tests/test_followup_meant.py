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
from tests.test_dog_words import TWO_DOGS, _kakao_reports, _tg_reports, _two_dogs_on_kakao
from tests.test_followup_not_reports import REPORT, _until_followup
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_owner_trial import t
from tests.test_telegram_e2e import eventually, harness, settings_for

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


async def test_the_same_again_at_the_followup_question_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url)
    async with harness(fake_telegram, settings) as tg:
        chat = 17200
        for lang in ("ko", "en"):
            question = t(lang, "analysis-followup-frequency")
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
