# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""English acceptance trial 2 (issue 11 and issue 12's "safety comes before the model", corpus batch
59); each finding reproduced through a real channel first, then kept.

S1: "rex cries when i leave for work" got "Health first — vet within 24 hours". Crying, whining,
yelping when left alone is separation distress; the same cry with a touch, a move or a body part
("yelps when I touch his back", "만지면 깨갱거려요") stays a sign of pain.
S2: "i also have another dog named bruno" started adding a dog, asked the name again, and "yes"
got "I didn't catch a name". A name told with adding the dog is its name ("named", "called",
"이름은"), the survey goes on at the age; a capitalised word only ("add my other dog Luna") is
offered ("Is your dog's name Luna?") and "yes" takes it.
S3: at "start over?" on Kakao, "nevermind" got "There's nothing to cancel right now". A cancel word
("nevermind", "nah", "아냐 됐어", "취소", "그냥 둘래요") at any confirmation (start over, delete my
data, remove a dog, add a dog offered, the language question, add-or-new) is that confirmation's
"no" (`understanding-decline`), and the reply says what was kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_after_result import REPORT, texts_kept, until_which
from tests.test_command_words import _two_dogs_kakao
from tests.test_console import _chat
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_kind_words import _kakao_reports, _model_calls, _tg_reports
from tests.test_owner_trial import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# -- S1: a cry when left is distress, a cry when touched is pain ----------------------------------

DISTRESS = {
    "en": (
        "rex cries when i leave for work",
        "he yelps when I leave",
        "she screams when left alone in her crate",
    ),
    "ko": ("보리 cries when i leave for work 출근할때마다 낑낑거려요", "혼자 있으면 깽깽거려요"),
}
PAIN = {
    "en": ("he yelps when I touch his back", "rex cries when i pick him up"),
    "ko": ("만지면 깨갱거려요", "계단 오를 때 깨갱해요"),
}
DOG = {"en": "Rex", "ko": "보리"}


def _health_first(lang: str) -> str:
    return t(lang, "safety-header-within_24h")


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_cry_when_left_is_no_health_alarm_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user = kakao.user(lang=lang)
    for text in ("/start", DOG[lang], "/cancel"):
        await user.send(text)
    for text in DISTRESS[lang]:
        await user.send(text)
        assert _health_first(lang) not in user.text, (text, user.texts)
    for text in PAIN[lang]:
        await user.send(text)
        assert _health_first(lang) in user.text, (text, user.texts)
    assert await _kakao_reports(kakao, user.key)  # a behaviour report all the same


@pytest.mark.parametrize(("chat", "lang"), [(59001, "en"), (59002, "ko")])
async def test_a_cry_when_left_is_no_health_alarm_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    for text in ("/start", DOG[lang], "/cancel"):
        await tg.say(chat, text, language_code=lang)
    for text in DISTRESS[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        assert not any(_health_first(lang) in m for m in tg.sent(chat)[before:]), (
            text,
            tg.sent(chat)[before:],
        )
    for text in PAIN[lang]:
        before = len(tg.sent(chat))
        await tg.say(chat, text)
        assert any(_health_first(lang) in m for m in tg.sent(chat)[before:]), (text, tg.sent(chat)[before:])
    assert await _tg_reports(tg, chat)  # a behaviour report all the same


# -- S2: a dog's name told with adding it starts its survey with the name ------------------------

# (what the owner types, the name, sure: taken at once; else offered to confirm)
NAMED = {
    "en": (
        ("i also have another dog named bruno", "Bruno", True),
        ("i got a second dog called Max", "Max", True),
        # offered to confirm until owner trial 9 ("add rex": the name after the adding words is
        # taken, `understanding-newdog-before-name`)
        ("add my other dog Luna", "Luna", True),
    ),
    "ko": (
        ("강아지 한 마리 더 있어요 이름은 콩이", "콩이", True),
        ("둘째도 있어요 이름은 초코예요", "초코", True),
    ),
}
YES = {"en": "yes", "ko": "네"}


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_a_dog_added_with_its_name_on_kakao(kakao: Server, fake_ollama: FakeOllama, lang: str) -> None:
    for typed, name, sure in NAMED[lang]:
        user = kakao.user(lang=lang)
        for text in ("/start", DOG[lang], "/cancel"):
            await user.send(text)
        await user.send(typed)
        if not sure:
            assert t(lang, "survey-q-name-hint", name=name) in user.text, (typed, user.texts)
            await user.send(YES[lang])
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.texts)
        assert t(lang, "survey-q-name") not in user.text
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize(("chat", "lang"), [(59011, "en"), (59012, "ko")])
async def test_a_dog_added_with_its_name_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    for i, (typed, name, sure) in enumerate(NAMED[lang]):
        for text in ("/start", DOG[lang], "/cancel"):
            await tg.say(chat + 100 * i, text, language_code=lang)
        await tg.say(chat + 100 * i, typed)
        if not sure:
            assert t(lang, "survey-q-name-hint", name=name) in tg.last_text(chat + 100 * i), typed
            await tg.say(chat + 100 * i, YES[lang])
        assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat + 100 * i), (
            typed,
            tg.sent(chat + 100 * i)[-2:],
        )


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_dog_added_with_its_name_in_the_terminal(tmp_path: Path, lang: str) -> None:
    typed, name, _ = NAMED[lang][0]
    out = _chat(
        tmp_path, [DOG[lang], "cancel" if lang == "en" else "취소", typed], "--lang", lang, "--user", "add"
    )
    assert t(lang, "survey-q-age_months", name=name) in out, out[-600:]


# -- S3: a cancel word at a confirmation cancels that confirmation, and says so ------------------

CANCEL = {
    "en": ("nevermind", "never mind", "nah", "no", "cancel", "forget it"),
    "ko": ("아니요", "아냐 됐어", "취소", "그냥 둘래요", "됐어요", "아니 괜찮아요"),
}
# (what opens the confirmation, after "/start", the dog's name and "/cancel"; what says it was cancelled)
CONFIRMATIONS = {
    "restart": ({"en": "start over", "ko": "처음부터 다시"}, "restart-kept"),
    "delete": ({"en": "delete my data", "ko": "내 정보 삭제"}, "delete-kept"),
    "offer": ({"en": "switch to Bella", "ko": "콩이로 바꿔줘"}, "newdog-offer-declined"),
    "language": ({"en": "language", "ko": "언어"}, "language-kept"),
}


@pytest.mark.parametrize("flow", sorted(CONFIRMATIONS))
@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_cancel_words_cancel_the_open_confirmation_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, flow: str, lang: str
) -> None:
    opener, kept = CONFIRMATIONS[flow]
    for word in CANCEL[lang]:
        user = kakao.user(lang=lang)
        for text in ("/start", DOG[lang], "/cancel", opener[lang]):
            await user.send(text)
        asked = user.text
        await user.send(word)
        assert t(lang, kept, language=t(lang, f"language-name-{lang}")) in user.text, (
            word,
            asked,
            user.texts,
        )
        assert t(lang, "cancel-nothing") not in user.text
    assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_cancel_words_at_the_survey_restart_and_removing_a_dog_on_kakao(
    kakao: Server, lang: str
) -> None:
    for word in CANCEL[lang]:
        user = kakao.user(lang=lang)
        for text in ("/start", DOG[lang], "start over" if lang == "en" else "처음부터 다시"):
            await user.send(text)  # the survey open: "no" goes on with it
        await user.send(word)
        assert t(lang, "restart-kept") in user.text, (word, user.texts)
        assert t(lang, "survey-q-age_months", name=DOG[lang]) in user.text, (word, user.texts)
        other = {"en": "Choco", "ko": "초코"}[lang]
        user = kakao.user(lang=lang)
        await _two_dogs_kakao(user, DOG[lang], other)
        await user.send(f"remove {other}" if lang == "en" else f"{other} 삭제해줘")
        await user.send(word)
        assert t(lang, "profile-remove-kept") in user.text, (word, user.texts)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_cancel_words_at_add_or_new_drop_the_waiting_message_on_kakao(kakao: Server, lang: str) -> None:
    # a plain "no" / "아니요" there files it as a new report (batch 65): the cancel words only
    for word in {"en": ("nevermind", "never mind", "cancel"), "ko": ("아냐 됐어", "취소", "됐어요")}[lang]:
        user = kakao.user(lang=lang)
        await until_which(user, lang)
        await user.send(word)
        assert t(lang, "analysis-followup-which-cancelled") in user.text, (word, user.texts)
        assert await texts_kept(kakao, user) == [REPORT[lang]], word


@pytest.mark.parametrize(("chat", "lang"), [(59021, "en"), (59022, "ko")])
async def test_cancel_words_at_a_confirmation_on_telegram(tg: Harness, chat: int, lang: str) -> None:
    for i, word in enumerate(CANCEL[lang]):
        for flow, (opener, kept) in sorted(CONFIRMATIONS.items()):
            c = chat + 1000 * i + 100 * sorted(CONFIRMATIONS).index(flow)
            for text in ("/start", DOG[lang], "/cancel", opener[lang]):
                await tg.say(c, text, language_code=lang)
            before = len(tg.sent(c))
            await tg.say(c, word)
            said = "\n".join(tg.sent(c)[before:])
            assert t(lang, kept, language=t(lang, f"language-name-{lang}")) in said, (flow, word, said)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_cancel_words_at_a_confirmation_in_the_terminal(tmp_path: Path, lang: str) -> None:
    stop = "cancel" if lang == "en" else "취소"
    out = _chat(
        tmp_path,
        [DOG[lang], stop, CONFIRMATIONS["restart"][0][lang], CANCEL[lang][0]],
        "--lang",
        lang,
        "--user",
        "nvm",
    )
    assert t(lang, "restart-kept") in out, out[-600:]
    assert t(lang, "cancel-nothing") not in out, out[-600:]


@pytest.mark.parametrize(("lang", "rare"), [("en", "30"), ("ko", "30살")])
async def test_cancel_words_at_a_rare_number_waiting_to_be_confirmed_on_kakao(
    kakao: Server, lang: str, rare: str
) -> None:
    for word in CANCEL[lang]:
        user = kakao.user(lang=lang)
        for text in ("/start", DOG[lang], rare):
            await user.send(text)
        await user.send(word)
        assert t(lang, "survey-unlikely-dropped") in user.text, (word, user.texts)
        assert t(lang, "survey-q-age_months", name=DOG[lang]) in user.text, (word, user.texts)
        await user.send(rare)  # asked again from the start: not taken as the confirmation
        assert t(lang, "survey-q-sex", name=DOG[lang]) not in user.text, (word, user.texts)
