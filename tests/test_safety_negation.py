# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Saying something did NOT happen raises no red flag (fresh owner trial, Kakao and Telegram,
Korean): at the worst-reaction question "그런 적 없어요" got the sudden-change reply ("며칠 안에
동물병원에서 진료를…"), a stored report and an analysis; at the health question "경련 같은 건
없었어요 건강해요" got the seizure emergency reply. A flag word negated in its own clause
("경련 같은 건 없었어요", "절뚝거리진 않아요", "다른 개한테 물린 적 없어요", "no seizures or anything")
is no flag; a negation elsewhere ("안 먹고 계속 토해요": not eating *and* vomiting) hides nothing.

Each owner walks the survey over the real channel (Telegram through the fake Bot API and the webhook,
KakaoTalk through the skill over HTTP) and types the trial's words at the trial's questions.
"""

from __future__ import annotations

from typing import Any

from dogcoach.domain.channel import Channel
from dogcoach.services.i18n import Messages
from dogcoach.services.store import Store
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

_TO_WORST = {
    "en": ("Rex", "3", "female spayed", "poodle", "small", "breeder", "2 years", "2", "no", "none", "4",
           "60", "barking", "done"),
    "ko": ("콩이", "3살", "여아 중성화", "푸들", "소형", "보호소", "2년", "2명", "아니요", "없어요", "4시간",
           "1시간", "짖음", "완료"),
}  # fmt: skip
# (the worst reaction, the health note): each says something did not happen.
_DENIALS = {
    "ko": [
        ("그런 적 없어요", "경련 같은 건 없었어요 건강해요"),
        ("그런 적 없어요", "다리 절거나 그런 건 없어요"),
        ("없어요", "절뚝거리진 않아요"),
        ("없어요", "다른 개한테 물린 적 없어요"),
    ],
    "en": [
        ("never", "no seizures or anything, he is healthy"),
        ("none", "he doesn't limp or anything"),
    ],
}
# At the health question, a negation elsewhere in the message, or of a verb that says the sign goes
# on: the red flag stands (the bleeding that does not stop was missed before this fix).
_REAL = {
    "ko": [("안 먹고 계속 토해요", "pain_illness"), ("물었는데 피가 안 멈춰요", "bite_injury")],
    "en": [
        ("he won't eat and keeps vomiting", "pain_illness"),
        ("he hasn't stopped vomiting since last night", "pain_illness"),
    ],
}
_SAFETY_IDS = (
    "safety-header-now",
    "safety-header-within_24h",
    "safety-header-soon",
    "safety-seizure",
    "safety-pain_illness",
    "safety-sudden_change",
    "safety-dog_bitten",
)


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def safety_texts(lang: str, texts: list[str]) -> list[str]:
    """The safety reply's parts found in `texts` (none expected for a denial)."""
    parts = [t(lang, msg_id) for msg_id in _SAFETY_IDS]
    return [p for p in parts if any(p in x for x in texts)]


async def flags_of(store: Store, channel: str, external_id: str) -> list[str]:
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        return sorted(f.kind for f in await s.user_red_flags(user.id))


async def test_denials_raise_no_red_flag_on_kakao(kakao: Server, fake_ollama: FakeOllama) -> None:
    for lang, denials in _DENIALS.items():
        for worst, health in denials:
            user = kakao.user(lang=lang)
            await user.send("/start")
            seen: list[str] = []
            for text in _TO_WORST[lang]:
                await user.send(text)
                seen += user.texts
            name = _TO_WORST[lang][0]
            assert user.text.endswith(t(lang, "survey-q-worst_reaction", name=name)), (worst, user.text)
            await user.send(worst)
            seen += user.texts
            assert t(lang, "survey-q-health", name=name) in user.text, (worst, user.texts)
            await user.send(health)
            seen += user.texts
            async with open_store(kakao.settings.database_url) as store:
                reports = await owner_reports(store, "kakao", user.key)
                flags = await flags_of(store, "kakao", user.key)
            assert safety_texts(lang, seen) == [], (worst, health, seen)
            assert [r.text for r in reports] == [], (worst, health)
            assert flags == [], (worst, health)
    assert not any(r.path == "/api/chat" for r in fake_ollama.requests)  # nothing analysed


async def test_a_negation_elsewhere_hides_no_red_flag_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang, cases in _REAL.items():
        for text, flag in cases:
            user = kakao.user(lang=lang)
            await user.send("/start")
            for answer in _TO_WORST[lang]:
                await user.send(answer)
            await user.send("none" if lang == "en" else "없음")
            await user.send(text)
            assert safety_texts(lang, user.texts), (text, user.texts)
            async with open_store(kakao.settings.database_url) as store:
                reports = await owner_reports(store, "kakao", user.key)
                flags = await flags_of(store, "kakao", user.key)
            assert [r.text for r in reports] == [text]
            assert flags == [flag], text


async def test_a_negation_elsewhere_hides_no_red_flag_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    chat = 14950
    for lang, cases in _REAL.items():
        for text, flag in cases:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            for answer in _TO_WORST[lang]:
                await tg.say(chat, answer)
            name = _TO_WORST[lang][0]
            await tg.say(chat, "none" if lang == "en" else "없음")
            health_q = t(lang, "survey-q-health", name=name)
            await eventually(lambda c=chat, q=health_q: any(q in x for x in tg.sent(c)))
            before = len(tg.sent(chat))
            await tg.say(chat, text)
            assert safety_texts(lang, tg.sent(chat)[before:]), (text, tg.sent(chat)[before:])
            reports = await owner_reports(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert [r.text for r in reports] == [text]
            assert await flags_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == [flag], text


async def test_denials_raise_no_red_flag_on_telegram(tg: Harness, fake_ollama: FakeOllama) -> None:
    chat = 14900
    for lang, denials in _DENIALS.items():
        for worst, health in denials:
            chat += 1
            await tg.say(chat, "/start", language_code=lang)
            for text in _TO_WORST[lang]:
                await tg.say(chat, text)
            name = _TO_WORST[lang][0]
            worst_q = t(lang, "survey-q-worst_reaction", name=name)
            assert tg.last_text(chat).endswith(worst_q), (worst, tg.sent(chat))
            await tg.say(chat, worst)
            health_q = t(lang, "survey-q-health", name=name)
            await eventually(lambda c=chat, q=health_q: any(q in x for x in tg.sent(c)))
            await tg.say(chat, health)
            assert safety_texts(lang, tg.sent(chat)) == [], (worst, health, tg.sent(chat))
            reports = await owner_reports(tg.rt.store, Channel.TELEGRAM, str(chat))
            assert [r.text for r in reports] == [], (worst, health)
            assert await flags_of(tg.rt.store, Channel.TELEGRAM, str(chat)) == [], (worst, health)
