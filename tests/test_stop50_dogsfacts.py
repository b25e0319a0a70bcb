# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 50, helper "dogsfacts": profile facts told in one sentence, for one dog or for several, were
partly lost or put on the wrong dog (owner trials after stop 49). Each reproduced through a real
channel first (Kakao, Telegram, Korean and English), what was stored read back from the store.

1. "a lab called Bruno and a little jack russell called Pip" (first contact: nothing kept; at the
   name: only Pip, or "little" stored on Bruno): each dog's words read before its name
   (`understanding-dog-called`), Bruno surveyed first (his breed kept), Pip's breed and size kept
   for hers; in Korean each dog told before its name, joined by a particle on the first ("래브라도
   브루노랑 작은 잭러셀 핍이요", "3살 말티즈 콩이랑 1살 푸들 두부요"). "작은" is no size word yet.
2. Two dogs each told with its facts in brackets, at the first contact or the name ("콩이(4살 말티푸
   여아)랑 두부(1살 진도믹스 남아)", "Bella (3, spayed female lab) and Max (1yo neutered boy,
   beagle)"): "I didn't catch a name", every fact lost. Now both names are read
   (`Understander.two_with_facts`), the first dog's facts kept for its survey (not asked; the half
   of its sex kept, only the rest asked) and the second's kept for hers, said in one line.
3. Both dogs' facts at the first dog's age ("망고는 5살 수컷 푸들이고 키위는 1살 암컷 말티즈요", "Mango
   is a 5 year old male poodle and Kiwi is a 1 year old spayed female maltese"): 키위's facts all
   lost (only an age told alone was kept for her). Now the waiting dog's words are read for each
   fact of one dog (`waiting_dog.told_of_dog`: age, sex whole or its half, breed, size), all kept
   for her survey and said in one line (`newdog-after-survey-kept-beside-many`); her survey asks
   none of them (the half of the sex kept: only the rest asked).
4. "밤이는 사실 5살이에요" with nothing open, the owner having 밤이: "not sure what you mean" (noise).
   "사실" (actually) is a correction's word as "actually" is (`understanding-correction`), and the
   words that say a fact is corrected or added are read past after the dog's name
   (`understanding-fact-adverb`: "콩이 사실은 말티즈예요" stored the breed "사실은 말티즈").
5. An owner with a dog, nothing open, typing several facts in one sentence ("she's 5, spayed, and a
   beagle btw", "참고로 5살이고 중성화했고 비글이에요"): one fact stored (the sex, "that's what I have
   already"), the rest lost. Now each is stored and all said back in one line
   (`correction-done-many`); never the model.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_stop48_otherdog import _kakao_dogs, _tg_dogs
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

OWN = {"ko": "콩이", "en": "Rex"}

# -- 4. a fact corrected with "actually", idle ------------------------------------------------------

# (lang, typed, the key, its stored value after)
ACTUALLY: tuple[tuple[str, str, str, Any], ...] = (
    ("ko", "콩이는 사실 5살이에요", "age_months", 60),
    ("ko", "콩이 사실은 7살이에요", "age_months", 84),
    ("ko", "사실 5살이에요", "age_months", 60),
    ("ko", "우리 콩이 5살 됐어요", "age_months", 60),
    ("ko", "콩이 사실은 말티즈예요", "breed", "말티즈"),
    ("en", "actually she's 5 not 4", "age_months", 60),
    ("en", "Rex is actually 7", "age_months", 84),
    ("en", "she is actually a beagle", "breed", "beagle"),
)


@pytest.mark.parametrize(("lang", "typed", "key", "value"), ACTUALLY)
async def test_a_fact_corrected_with_actually_is_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, key: str, value: Any
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[OWN[lang]][key] == value, (dogs, user.texts)
    field = t(lang, f"survey-field-{key}")
    assert field in user.text and OWN[lang] in user.text, user.texts
    assert _model_calls(fake_ollama) == calls


async def test_a_fact_corrected_with_actually_is_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, key, value) in enumerate(ACTUALLY[::2], 50401):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        dogs = await _tg_dogs(tg, chat)
        assert dogs[OWN[lang]][key] == value, (dogs, tg.sent(chat)[-2:])


# -- 5. several facts in one sentence, idle ---------------------------------------------------------

# (lang, typed, {key: value} stored after); the owner's dog is a 3 year old female poodle, spayed
# (the Korean setup's sex typed "intact_female": the neuter part is told in the sentence)
SEVERAL: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("en", "female", "she's 5, spayed, and a beagle btw", {"age_months": 60, "breed": "beagle"}),
    (
        "en",
        "intact_female",
        "she is 6, spayed and a beagle",
        {"age_months": 72, "sex": "female_spayed", "breed": "beagle"},
    ),
    ("en", "female", "btw she is 6 and a beagle", {"age_months": 72, "breed": "beagle"}),
    (
        "ko",
        "intact_female",
        "참고로 5살이고 중성화했고 비글이에요",
        {"age_months": 60, "sex": "female_spayed", "breed": "비글"},
    ),
    ("ko", "female", "콩이는 6살이고 말티즈예요", {"age_months": 72, "breed": "말티즈"}),
)


@pytest.mark.parametrize(("lang", "sex", "typed", "want"), SEVERAL)
async def test_several_facts_in_one_sentence_all_stored_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, sex: str, typed: str, want: dict[str, Any]
) -> None:
    user = await kakao_owner(kakao, lang, sex)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    dogs = await _kakao_dogs(kakao, user.key)
    assert {k: dogs[OWN[lang]].get(k) for k in want} == want, (dogs, user.texts)
    said = [x for x in user.texts if OWN[lang] in x]
    assert len(said) == 1, user.texts  # one line
    assert all(t(lang, f"survey-field-{k}") in said[0] for k in want), user.texts
    assert _model_calls(fake_ollama) == calls


async def test_several_facts_in_one_sentence_all_stored_on_telegram(tg: Harness) -> None:
    for chat, (lang, sex, typed, want) in enumerate(SEVERAL, 50501):
        await tg_owner(tg, chat, lang, sex)
        await tg.say(chat, typed)
        dogs = await _tg_dogs(tg, chat)
        assert {k: dogs[OWN[lang]].get(k) for k in want} == want, (dogs, tg.sent(chat)[-2:])


# -- 3. the waiting dog's facts beside this dog's answer --------------------------------------------

# (lang, the messages typed, the second dog, what her survey stores before its sex, yes, the
# answer that completes her sex, her sex stored after)
BESIDE: tuple[tuple[str, tuple[str, ...], str, dict[str, Any], str, str, str], ...] = (
    (
        "ko",
        ("첫째는 망고 둘째는 키위에요", "망고는 5살 수컷 푸들이고 키위는 1살 암컷 말티즈요"),
        "키위",
        {"age_months": 12, "breed": "말티즈"},
        "네",
        "중성화 했어요",
        "female_spayed",
    ),
    (
        "en",
        (
            "the older one is Mango and the younger is Kiwi",
            "Mango is a 5 year old male poodle and Kiwi is a 1 year old spayed female maltese",
        ),
        "Kiwi",
        {"age_months": 12, "breed": "maltese", "sex": "female_spayed"},
        "yes",
        "",
        "female_spayed",
    ),
    (
        "en",
        ("the older one is Mango and the younger is Kiwi", "Mango is 5 and Kiwi is 1, a girl, a beagle"),
        "Kiwi",
        {"age_months": 12, "breed": "beagle"},
        "yes",
        "not spayed",
        "female_intact",
    ),
)


@pytest.mark.parametrize(("lang", "typed", "second", "kept", "yes", "rest", "sex"), BESIDE)
async def test_the_waiting_dogs_facts_all_kept_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    typed: tuple[str, ...],
    second: str,
    kept: dict[str, Any],
    yes: str,
    rest: str,
    sex: str,
) -> None:
    user = kakao.user(lang=lang)
    for text in typed:
        await user.send(text)
    said = [x for x in user.texts if second in x and t(lang, "survey-field-breed") in x]
    assert len(said) == 1 and t(lang, "survey-field-age_months") in said[0], user.texts
    dogs = await _kakao_dogs(kakao, user.key)
    assert list(dogs) == ["망고" if lang == "ko" else "Mango"] and dogs[next(iter(dogs))]["age_months"] == 60
    await user.send("/cancel")
    await user.tap("profile:newdog")
    await user.send(yes)  # her name offered, taken
    dogs = await _kakao_dogs(kakao, user.key)
    assert {k: dogs[second].get(k) for k in kept} == kept, (dogs, user.texts)
    if rest:
        assert t(lang, "survey-q-sex", name=second) in user.text, user.texts
        await user.send(rest)
    dogs = await _kakao_dogs(kakao, user.key)
    assert dogs[second].get("sex") == sex, (dogs, user.texts)
    assert _model_calls(fake_ollama) == 0


async def test_the_waiting_dogs_facts_all_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed, second, kept, yes, rest, sex) in enumerate(BESIDE, 50301):
        await tg.say(chat, typed[0], language_code=lang)
        for text in typed[1:]:
            await tg.say(chat, text)
        for text in ("/cancel", yes, yes, *([rest] if rest else [])):
            await tg.say(chat, text)
        dogs = await _tg_dogs(tg, chat)
        assert {k: dogs[second].get(k) for k in kept} == kept, (dogs, tg.sent(chat)[-3:])
        assert dogs[second].get("sex") == sex, (dogs, tg.sent(chat)[-3:])


# -- 2. two dogs each with its facts in brackets ----------------------------------------------------

# (lang, typed before, the message, the first dog and its answers, the second and hers, yes)
BRACKETS: tuple[tuple[str, tuple[str, ...], str, str, dict[str, Any], str, dict[str, Any], str], ...] = (
    (
        "ko",
        (),
        "콩이(4살 말티푸 여아)랑 두부(1살 진도믹스 남아)",
        "콩이",
        {"age_months": 48, "breed": "말티푸"},
        "두부",
        {"age_months": 12, "breed": "진도 믹스"},  # a mix in the breed reader's form (options50)
        "네",
    ),
    (
        "ko",
        ("안녕하세요",),
        "콩이(4살 말티푸 여아)랑 두부(1살 진도믹스 남아)",
        "콩이",
        {"age_months": 48, "breed": "말티푸"},
        "두부",
        {"age_months": 12, "breed": "진도 믹스"},  # a mix in the breed reader's form (options50)
        "네",
    ),
    (
        "en",
        (),
        "Bella (3, spayed female lab) and Max (1yo neutered boy, beagle)",
        "Bella",
        {"age_months": 36, "sex": "female_spayed", "breed": "lab"},
        "Max",
        {"age_months": 12, "sex": "male_neutered", "breed": "beagle"},
        "yes",
    ),
    (
        "en",
        ("hi",),
        "Bella (3, spayed female lab) and Max (1yo neutered boy, beagle)",
        "Bella",
        {"age_months": 36, "sex": "female_spayed", "breed": "lab"},
        "Max",
        {"age_months": 12, "sex": "male_neutered", "breed": "beagle"},
        "yes",
    ),
)


CALLED = tuple(
    ("en", before, typed, "Bruno", {"breed": "lab"}, "Pip", {"breed": "jack russell", "size": "small"}, "yes")
    for before, typed in (
        ((), "a lab called Bruno and a little jack russell called Pip"),
        (("hi",), "a lab called Bruno and a little jack russell called Pip"),
        (("hi",), "we have a lab called Bruno and a little jack russell called Pip"),
        ((), "I have two dogs, a lab called Bruno and a little jack russell called Pip"),
    )
)
BRACKETS += CALLED


@pytest.mark.parametrize(("lang", "before", "typed", "first", "own", "second", "hers", "yes"), BRACKETS)
async def test_two_dogs_with_facts_in_brackets_each_kept_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    lang: str,
    before: tuple[str, ...],
    typed: str,
    first: str,
    own: dict[str, Any],
    second: str,
    hers: dict[str, Any],
    yes: str,
) -> None:
    user = kakao.user(lang=lang)
    for text in (*before, typed):
        await user.send(text)
    dogs = await _kakao_dogs(kakao, user.key)
    assert list(dogs) == [first] and {k: dogs[first].get(k) for k in own} == own, (dogs, user.texts)
    assert "size" in hers or "size" not in dogs[first], dogs  # Pip's "little" never Bruno's
    said = [x for x in user.texts if second in x and t(lang, "survey-field-breed") in x]
    assert len(said) == 1, user.texts  # the second dog's facts in one line
    if lang == "ko":  # "여아": the half kept, the rest completes it
        assert t(lang, "survey-q-sex", name=first) in user.text, user.texts
        await user.send("중성화 했어요")
        assert (await _kakao_dogs(kakao, user.key))[first]["sex"] == "female_spayed", user.texts
    await user.send("/cancel")
    await user.tap("profile:newdog")
    await user.send(yes)
    dogs = await _kakao_dogs(kakao, user.key)
    assert {k: dogs[second].get(k) for k in hers} == hers, (dogs, user.texts)
    if lang == "ko":  # "남아": only the neutering asked
        await user.send("중성화 안 했어요")
        assert (await _kakao_dogs(kakao, user.key))[second]["sex"] == "male_intact", user.texts
    assert _model_calls(fake_ollama) == 0


async def test_two_dogs_with_facts_in_brackets_each_kept_on_telegram(tg: Harness) -> None:
    for chat, (lang, before, typed, first, own, second, hers, yes) in enumerate(BRACKETS, 50201):
        sent = (*before, typed)
        await tg.say(chat, sent[0], language_code=lang)
        for text in sent[1:]:
            await tg.say(chat, text)
        dogs = await _tg_dogs(tg, chat)
        assert list(dogs) == [first] and {k: dogs[first].get(k) for k in own} == own, (
            dogs,
            tg.sent(chat)[-3:],
        )
        for text in ("/cancel", yes, yes):
            await tg.say(chat, text)
        dogs = await _tg_dogs(tg, chat)
        assert {k: dogs[second].get(k) for k in hers} == hers, (dogs, tg.sent(chat)[-3:])


# (typed before, the message, the first dog and its answers, the second and hers)
KOREAN_TOLD = (
    (
        (),
        "래브라도 브루노랑 작은 잭러셀 핍이요",
        "브루노",
        {"breed": "래브라도"},
        "핍이",
        {"breed": "잭러셀"},
    ),
    (
        ("안녕하세요",),
        "3살 말티즈 콩이랑 1살 푸들 두부요",
        "콩이",
        {"age_months": 36, "breed": "말티즈"},
        "두부",
        {"age_months": 12, "breed": "푸들"},
    ),
)


@pytest.mark.parametrize(("before", "typed", "first", "own", "second", "hers"), KOREAN_TOLD)
async def test_two_dogs_told_before_their_names_in_korean_on_kakao(
    kakao: Server,
    fake_ollama: FakeOllama,
    before: tuple[str, ...],
    typed: str,
    first: str,
    own: dict[str, Any],
    second: str,
    hers: dict[str, Any],
) -> None:
    user = kakao.user(lang="ko")
    for text in (*before, typed):
        await user.send(text)
    dogs = await _kakao_dogs(kakao, user.key)
    assert list(dogs) == [first] and {k: dogs[first].get(k) for k in own} == own, (dogs, user.texts)
    for text in ("/cancel", "네", "네"):
        await user.send(text)
    dogs = await _kakao_dogs(kakao, user.key)
    assert {k: dogs[second].get(k) for k in hers} == hers, (dogs, user.texts)


async def test_two_dogs_told_before_their_names_in_korean_on_telegram(tg: Harness) -> None:
    for chat, (before, typed, first, own, second, hers) in enumerate(KOREAN_TOLD, 50251):
        sent = (*before, typed)
        await tg.say(chat, sent[0], language_code="ko")
        for text in (*sent[1:], "/cancel", "네", "네"):
            await tg.say(chat, text)
        dogs = await _tg_dogs(tg, chat)
        assert {k: dogs[first].get(k) for k in own} == own, (dogs, tg.sent(chat)[-3:])
        assert {k: dogs[second].get(k) for k in hers} == hers, (dogs, tg.sent(chat)[-3:])
