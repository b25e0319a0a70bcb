# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 43 (owner trial through Kakao and Telegram): safety misses, each reproduced through a real
channel first, what was kept read back from the store.

1. Emergencies with no safety line at all, idle, as the first message or mid-survey: choking ("he's
   choking on something help", "뭐가 목에 걸렸나봐요 켁켁거려요": the coach model asked), heavy
   bleeding ("his paw is bleeding a lot", "발바닥에서 피가 안멈춰요"), hit by a car ("차에 치였어요ㅠㅠ";
   "my dog got hit by a car, he's limping and bleeding" got only the within-24-hours line), a sting
   with the face swelling, a snake bite, antifreeze drunk, hand warmers eaten. Now the right line,
   urgent now, first.
2. "우리애가 … 아저씨 다리를 물었어요", "애가 남편 손을 콱 물었어요" (the dog called "애" bit an adult) got
   the bitten child's line: an adult's part said, no child.
3. A second trial: poisons missed ("바퀴벌레약 먹었어요" even kept as the health note only; weed gummies,
   a bottle of supplements, a grape fed, an AirPod "씹어먹음", a sanitary pad), an eye out of its
   socket, near-drowning, a cut paw bleeding (read as a survey answer corrected), blood in the pee or
   stool and an eye kept shut (within 24 hours), a child called 작은애 (the wound line though no blood:
   the dog 해피's "피가"). Heatstroke had no line at all, "straining to pee and nothing comes out" got
   the retching line, an electric shock none: three new kinds, now. Look-alikes (더위를 많이 타요,
   house soiling, a cord chewed with nothing happened, a treat fed) get none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import make_store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_safety_channels import chat_process, stored_flags
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    asked,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# (lang, typed, the flag whose line comes first)
EMERGENCIES = (
    ("en", "he's choking on something help", "choking"),
    ("en", "my dog is choking", "choking"),
    ("en", "his paw is bleeding a lot", "trauma"),
    ("en", "she got hit by a car", "trauma"),
    ("en", "he drank antifreeze", "toxin"),
    ("en", "he got stung by a bee and his face is swelling", "venom"),
    ("ko", "뭐가 목에 걸렸나봐요 켁켁거려요", "choking"),
    ("ko", "발바닥에서 피가 안멈춰요", "trauma"),
    ("ko", "차에 치였어요ㅠㅠ", "trauma"),
    ("ko", "벌에 쏘여서 얼굴이 퉁퉁 부었어요", "venom"),
    ("ko", "뱀한테 물렸어요", "venom"),
    ("ko", "핫팩 뜯어먹었어요", "toxin"),
)


def _first_line(lang: str, said: str, flag: str) -> None:
    """The urgent header, then `flag`'s line right under it."""
    assert said.startswith(t(lang, "safety-header-now")), said
    assert said.split("\n\n")[1].startswith(t(lang, f"safety-{flag}")), said


# -- 1. emergencies: the line, urgent now, first -----------------------------------------------------


@pytest.mark.parametrize(("lang", "typed", "flag"), EMERGENCIES)
async def test_an_emergency_told_idle_gets_its_line_first_on_kakao(
    kakao: Server, lang: str, typed: str, flag: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    _first_line(lang, user.text, flag)
    assert await kakao_reports(kakao, user.key) == [typed], user.text


@pytest.mark.parametrize(
    ("lang", "typed", "flag"),
    [("en", "he's choking on something help", "choking"), ("ko", "차에 치였어요ㅠㅠ", "trauma")],
)
async def test_an_emergency_as_the_first_message_gets_its_line_on_kakao(
    kakao: Server, lang: str, typed: str, flag: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    _first_line(lang, user.text, flag)


@pytest.mark.parametrize(
    ("chat", "lang", "typed", "flag"),
    [
        (43101, "en", "my dog got hit by a car, he's limping and bleeding", "trauma"),
        (43102, "en", "my dog is choking", "choking"),
        (43103, "ko", "뭐가 목에 걸렸나봐요 켁켁거려요", "choking"),
        (43104, "ko", "핫팩 뜯어먹었어요", "toxin"),
    ],
)
async def test_an_emergency_mid_survey_is_kept_and_first_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str, flag: str
) -> None:
    await tg_at(tg, chat, lang, "owned_months")
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    _first_line(lang, sent[0], flag)
    # urgent now: no "within 24 hours" line under it (the limping is the injury's)
    assert t(lang, "safety-pain_illness") not in "\n".join(sent), sent
    assert asked(lang, "owned_months") in tg.last_text(chat), sent  # the question again
    assert typed in await tg_reports(tg, chat), sent


async def test_an_emergency_mid_survey_is_first_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "owned_months")
    await user.send("my dog got hit by a car, he's limping and bleeding")
    _first_line("en", user.text, "trauma")
    assert t("en", "safety-pain_illness") not in user.text, user.text


async def test_hit_by_a_car_gets_the_injury_line_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    out = chat_process(
        tmp_path, "en", ["my dog got hit by a car, he's limping and bleeding"], fake_ollama.url
    )
    assert t("en", "safety-trauma") in out, out
    store = make_store(f"sqlite:///{tmp_path / 'dogcoach.db'}")
    async with store:
        assert await stored_flags(store, Channel.CONSOLE, "ann") == ["trauma"]


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_look_alikes_get_no_safety_line_on_telegram(tg: Harness, lang: str) -> None:
    typed = {"en": "car rides make him bark", "ko": "목줄이 목에 걸려서 불편해해요"}[lang]
    chat = 43200 + (lang == "ko")
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    said = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-header-now") not in said, said
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == [], said


# -- 2. the dog called "애" bit an adult: no bitten child's line ------------------------------------

ADULT_BITTEN = (
    "우리애가 산책하다 지나가는 아저씨 다리를 물었어요",
    "아 잠깐 우리애가 택배기사님 손을 물었어요",
    "애가 남편 손을 콱 물었어요",
)


@pytest.mark.parametrize("typed", ADULT_BITTEN)
async def test_the_dog_called_ae_biting_an_adult_is_no_child_bitten_on_kakao(
    kakao: Server, typed: str
) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send(typed)
    assert t("ko", "safety-child_bitten") not in user.text, user.text
    # what a bite on an adult's hand gets with no "애가" before it
    plain = await kakao_owner(kakao, "ko")
    await plain.send(typed.split("애가 ", 1)[1])
    assert (t("ko", "safety-header-now") in user.text) == (t("ko", "safety-header-now") in plain.text)
    assert await kakao_reports(kakao, user.key) == [typed], user.text


async def test_a_child_bitten_still_gets_the_childs_line_on_telegram(tg: Harness) -> None:
    chat = 43300
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, ADULT_BITTEN[2])
    assert not any(t("ko", "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    await tg.say(chat, "애가 물렸어요")
    assert any(t("ko", "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    # the adult's bite, no wound: its guidance (stop 45); the child's: the child's line
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["bite_person", "child_bitten"]


# -- 3. a second trial: poisons, an eye, a cut, blood in the pee or stool, 작은애, heat, pee, a shock

SECOND_TRIAL = (
    ("en", "my dog got into the weed gummies", "toxin"),
    ("en", "my kid fed him a grape", "toxin"),
    ("en", "she's been panting hard, drooling, and wobbly after the hike, it's 35 degrees out", "heatstroke"),
    ("en", "she's been straining to pee and nothing comes out", "urinary_block"),
    ("en", "his eye popped out", "trauma"),
    ("en", "my puppy chewed a phone charger and got shocked", "electric_shock"),
    ("ko", "바퀴벌레약 먹었어요", "toxin"),
    ("ko", "영양제 한통 다 먹었어요", "toxin"),
    ("ko", "뭉뭉이 방금 내 에어팟 씹어먹음 ㅅㅂ", "foreign_body"),
    ("ko", "생리대 먹었어요", "foreign_body"),
    ("ko", "밖에서 더위먹은거 같아요 침을 질질 흘리고 비틀거려요", "heatstroke"),
    ("ko", "애가 오줌을 못눠요 계속 자세만 잡아요", "urinary_block"),
    ("ko", "강아지 눈이 튀어나왔어요", "trauma"),
    ("ko", "전선 씹다가 감전된거같아요", "electric_shock"),
    ("ko", "물에 빠졌다 건졌는데 숨을 이상하게 쉬어요", "breathing"),
    ("ko", "산책하다 유리 밟아서 피나요", "trauma"),
)


@pytest.mark.parametrize(("lang", "typed", "flag"), SECOND_TRIAL)
async def test_a_second_trial_emergency_told_idle_gets_its_line_first_on_kakao(
    kakao: Server, lang: str, typed: str, flag: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    _first_line(lang, user.text, flag)
    assert t(lang, "safety-retching") not in user.text, user.text  # "nothing comes out" is the pee's
    assert await kakao_reports(kakao, user.key) == [typed], user.text


@pytest.mark.parametrize(
    ("chat", "lang", "key", "typed", "flag"),
    [
        (43401, "ko", "health", "바퀴벌레약 먹었어요", "toxin"),  # no health note either (stop 44)
        (43402, "ko", "owned_months", "산책하다 유리 밟아서 피나요", "trauma"),  # was a survey answer corrected
        (43403, "en", "owned_months", "she's been straining to pee and nothing comes out", "urinary_block"),
        (43404, "en", "owned_months", "she's been panting hard, drooling, and wobbly after the hike, it's 35 degrees out", "heatstroke"),
    ],
)  # fmt: skip
async def test_a_second_trial_emergency_mid_survey_is_first_on_telegram(
    tg: Harness, chat: int, lang: str, key: str, typed: str, flag: str
) -> None:
    await tg_at(tg, chat, lang, key)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    sent = tg.sent(chat)[before:]
    _first_line(lang, sent[0], flag)
    # an emergency is never an answer, the health note's neither (stop 44): the question again
    assert key not in await tg_answers(tg, chat), sent
    assert asked(lang, key) in tg.last_text(chat), sent
    assert typed in await tg_reports(tg, chat), sent
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == [flag]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("en", "he's peeing blood"), ("ko", "똥에 피가 섞여 나와요"), ("ko", "갑자기 한쪽 눈을 못떠요")],
)
async def test_blood_in_the_pee_or_stool_or_an_eye_kept_shut_is_a_vet_within_24_hours_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert user.text.startswith(t(lang, "safety-header-within_24h")), user.text
    assert t(lang, "safety-pain_illness") in user.text, user.text
    assert await kakao_reports(kakao, user.key) == [typed], user.text


async def test_a_child_called_jageunae_bitten_gets_the_childs_line_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("아 잠깐만요 지금 해피가 작은애 손을 물었어요 피는 안나요")
    _first_line("ko", user.text, "child_bitten")
    assert t("ko", "safety-bite_injury") not in user.text, user.text  # no blood: "해피가" is the dog


async def test_a_child_called_jageunae_bitten_is_kept_on_telegram(tg: Harness) -> None:
    chat = 43410
    await tg_owner(tg, chat, "ko")
    await tg.say(chat, "작은애 손을 물었어요")
    assert any(t("ko", "safety-child_bitten") in m for m in tg.sent(chat)), tg.sent(chat)[-3:]
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == ["child_bitten"]  # no adult


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [
        (43501, "ko", "더위를 많이 타요"),
        (43502, "ko", "오줌을 아무데나 싸요"),
        (43503, "ko", "전선을 자꾸 씹어요"),  # a chewing habit, nothing happened: coaching
        (43504, "en", "he pees on the carpet"),
        (43505, "en", "hot day so we walked early"),
        (43506, "en", "fed him a treat"),
        (43507, "ko", "알약을 먹였어요"),  # a pill the owner gave: medicine
        (43508, "ko", "눈치를 봐요"),
    ],
)
async def test_second_trial_look_alikes_get_no_safety_line_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    said = "\n".join(tg.sent(chat)[before:])
    assert t(lang, "safety-header-now") not in said, said
    assert t(lang, "safety-header-within_24h") not in said, said
    assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == [], said


async def test_an_electric_shock_gets_its_line_in_the_terminal(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    out = chat_process(tmp_path, "en", ["my puppy chewed a phone charger and got shocked"], fake_ollama.url)
    assert t("en", "safety-electric_shock") in out, out
    store = make_store(f"sqlite:///{tmp_path / 'dogcoach.db'}")
    async with store:
        assert await stored_flags(store, Channel.CONSOLE, "ann") == ["electric_shock"]
