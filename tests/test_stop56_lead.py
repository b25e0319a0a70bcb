# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 56 (lead): faults found by the twelfth held-out batch (tests/corpus/heldout12.tsv, "the
days after the analysis: the owner talks back to the coach", written blind), reproduced through a
real channel (Kakao skill webhook, Telegram over the fake Bot API), ko and en, what was stored
read back.

1. A weight corrected among other words: "Choco's more like large, she's 30kg" was "a correction,
   but not which answer it changes": the size is read from the weight inside it, as the quantity
   questions' values are (`correction._read_within`). The classifier took it, and "she's 30 kg not
   20", as the AGE's correction ("she's" names an age as "he is" may): with the weight read
   within, the age would have been set to 30 years; a weight's unit beside the value is the
   size's (`corrections`). "she's 3 not 2" stays her age.

From the stop 56 verification trial:

2. Telegram, two dogs with plans due together: both check-ins were pushed back to back, "it got
   a bit better actually" answered the one shown last, and the first was asked again after
   "thanks so much!!". One question at a time: the scheduler holds the second back while the
   first is open (`worker.ONE_OPEN_FOR`), and the owner's next message once it is answered asks
   the second, naming its dog.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Dog
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_checkins import STEP_EN, analysis
from tests.test_checkins_channels import DAYS, FAST, checkins_of, wait_for_rows
from tests.test_command_words import _two_dogs_tg
from tests.test_dog_words import TWO_DOGS, _kakao_dog_ids, _model_calls, _two_dogs_on_kakao
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, harness, settings_for, tg  # noqa: F401  (`tg`)
from tests.timetravel import travel

# (lang, typed with nothing open, the size stored); the active dog is 10 years old
WEIGHED = (
    ("en", "she's 30 kg not 20", "large"),
    ("en", "Choco's more like large, she's 30kg", "large"),
    ("en", "he's 12 lbs not 20", "small"),
    ("ko", "걔 30키로예요 20키로 아니고", "large"),
)


async def _kakao_dog(kakao: Server, dog_id: int) -> Dog:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        dog = await s.get_dog(dog_id)
    assert dog is not None
    return dog


# First run at 2165e31e: "Choco's more like large…" failed (not which answer); with only the
# handler's weight read within, it set her age to 30 years.
@pytest.mark.parametrize(("lang", "typed", "size"), WEIGHED)
async def test_a_weight_corrected_with_a_pronoun_is_the_size_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, size: str
) -> None:
    user, _ = await _two_dogs_on_kakao(kakao, lang)
    ids = await _kakao_dog_ids(kakao, user.key)
    await user.send(typed)
    choco = await _kakao_dog(kakao, ids[TWO_DOGS[lang][2]])
    assert choco.answers.get("age_months") == 120, (choco.answers, user.texts)
    assert choco.answers.get("size") == size, (choco.answers, user.texts)
    assert _model_calls(fake_ollama) == 0


# Passed at 2165e31e (the handler read the whole value "30 kg" as the size): kept as a guard.
async def test_a_weight_corrected_with_a_pronoun_is_the_size_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 56001
    await _two_dogs_tg(tg, chat, "en", "Rex", "Choco")  # Choco's age unanswered, Rex active
    await tg.say(chat, "/profile")
    await tg.say(chat, "she's 30 kg not 20")
    async with tg.rt.store.session() as s:
        user = await s.get_user("telegram", str(chat))
        assert user is not None
        dogs = {d.name: d for d in await s.list_dogs(user.id)}
    rex = dogs["Rex"]
    assert "age_months" not in rex.answers, rex.answers
    assert rex.answers.get("size") == "large", (rex.answers, tg.last_text(chat))
    assert _model_calls(fake_ollama) == 0


# First run at bace8037: failed (both questions pushed in the same pass).
async def test_two_dogs_check_ins_are_asked_one_at_a_time_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    fake_ollama.behaviour.analysis = analysis()
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=fake_ollama.url, **FAST
    )
    chat = 56002
    async with harness(fake_telegram, settings) as tg:
        await _two_dogs_tg(tg, chat, "en", "Rex", "Choco")
        reports = ("Rex keeps barking at the door whenever guests come", "Choco barks at the door all day")
        for shown, report in enumerate(reports, 1):
            await tg.say(chat, report)
            await eventually(lambda n=shown: sum(text.startswith("📌") for text in tg.sent(chat)) == n)  # type: ignore[misc]
        store = tg.rt.store
        await wait_for_rows(store, Channel.TELEGRAM, str(chat), lambda rows: len(rows) == 2)
        await travel(store, DAYS)
        rows = await wait_for_rows(
            store, Channel.TELEGRAM, str(chat), lambda rows: any(r.status == "sent" for r in rows)
        )
        await asyncio.sleep(0.5)  # ten scheduler passes
        rows = await checkins_of(store, Channel.TELEGRAM, str(chat))
        assert sorted(r.status for r in rows) == ["pending", "sent"], rows
        asked = [text for text in tg.sent(chat) if "How did it go?" in text]
        assert len(asked) == 1, asked
        await tg.tap(chat, t("en", "coaching-outcome-better"))
        # the note prompt names the dog of two (stop 57, flows57)
        notes = {t("en", "coaching-checkin-note-dog", name=name) for name in ("Rex", "Choco")}
        await eventually(lambda: tg.sent(chat)[-1] in notes)
        await tg.say(chat, "nope")
        async with store.session() as s:
            dogs = {d.id: d.name for d in await s.list_dogs(rows[0].user_id)}
        second = next(r for r in rows if r.status == "pending")
        assert second.dog_id is not None
        question = t("en", "coaching-checkin-question-dog", name=dogs[second.dog_id], text=STEP_EN)
        await eventually(lambda: question in tg.sent(chat))
        rows = await checkins_of(store, Channel.TELEGRAM, str(chat))
    by_id = {r.id: (r.status, r.outcome) for r in rows}
    first = next(r for r in rows if r.dog_id != second.dog_id and r.id < second.id)
    assert (by_id[first.id], by_id[second.id]) == (("answered", "better"), ("sent", None)), rows


# (lang, said in passing with "she's a bit"): read as an age's correction by the classifier
# (held-out 12: "fyi Otis had his vaccines yesterday so he's a bit sleepy", `correction`), which
# the correction flow reads no value from: no answer changes. Passed at 9878540e, kept as a guard
# (the reply was the "couldn't tell what your dog did" offer, not a health note: left). Stop 57
# (held12): read as health news, kept as the dog's health note and said so; no other answer changes.
IN_PASSING = (
    ("en", "fyi Choco had her vaccines yesterday so she's a bit sleepy"),
    ("en", "she's a bit off today, had her shots this morning"),
)


@pytest.mark.parametrize(("lang", "typed"), IN_PASSING)
async def test_a_state_said_in_passing_changes_no_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str
) -> None:
    user, _ = await _two_dogs_on_kakao(kakao, lang)
    ids = await _kakao_dog_ids(kakao, user.key)
    before = (await _kakao_dog(kakao, ids[TWO_DOGS[lang][2]])).answers
    await user.send(typed)
    after = (await _kakao_dog(kakao, ids[TWO_DOGS[lang][2]])).answers
    changed = {key: value for key, value in after.items() if before.get(key) != value}
    assert changed == {"health": typed}, user.texts
