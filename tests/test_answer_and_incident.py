# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""An answer that also tells an incident of its own (third owner trial): at the worst-reaction
question, "어제 저녁에 손님이 오니까 현관에서 으르렁거렸어요" answers "growl" *and* is an incident that
happened yesterday. Both are kept: the answer on the dog, the incident as a report, analysed. A
reaction told as history ("병원에서 한번 으르렁거렸어요") stays the answer alone
(tests/test_message_meaning.py); a bite told without saying whether it hurt is a report of its
own and the question comes again."""

from __future__ import annotations

from typing import Any

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.reading import kakao_dog_answers, owner_reports
from tests.test_kakao_skill import Server, kakao, open_store  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()

_TO_WORST = {
    "en": ("Rex", "3", "female spayed", "poodle", "small", "breeder", "2 years", "2", "no", "none", "4",
           "60", "barking", "done"),
    "ko": ("콩이", "3살", "여아 중성화", "푸들", "소형", "보호소", "2년", "2명", "아니요", "없어요", "4시간",
           "1시간", "짖음", "완료"),
}  # fmt: skip
_INCIDENTS = {
    "ko": ("어제 저녁에 손님이 오니까 현관에서 으르렁거렸어요", "growl"),
    "en": ("yesterday he snapped at my nephew when he reached for his bone", "snap"),
}


def t(locale: str, msg_id: str, **args: Any) -> str:
    return MESSAGES.format(locale, msg_id, **args)


async def test_a_dated_incident_at_the_worst_reaction_is_answer_and_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama
) -> None:
    for lang in ("ko", "en"):
        user = kakao.user(lang=lang)
        await user.send("/start")
        for text in _TO_WORST[lang]:
            await user.send(text)
        name = _TO_WORST[lang][0]
        assert user.text.endswith(t(lang, "survey-q-worst_reaction", name=name)), user.text
        incident, option = _INCIDENTS[lang]
        await user.send(incident)
        assert (await kakao_dog_answers(kakao, user.key))["worst_reaction"] == option
        async with open_store(kakao.settings.database_url) as store:
            reports = await owner_reports(store, "kakao", user.key)
        assert [r.text for r in reports] == [incident], lang
        assert t(lang, "survey-q-health", name=name) in "\n".join(user.texts), user.texts
    assert any(r.path == "/api/chat" for r in fake_ollama.requests)  # the incident was analysed


async def test_a_dated_incident_at_the_worst_reaction_is_answer_and_report_on_telegram(
    tg: Harness, fake_ollama: FakeOllama
) -> None:
    for chat, lang in ((14101, "en"), (14102, "ko")):
        await tg.say(chat, "/start", language_code=lang)
        for text in _TO_WORST[lang]:
            await tg.say(chat, text)
        name = _TO_WORST[lang][0]
        incident, option = _INCIDENTS[lang]
        await tg.say(chat, incident)
        reports = await owner_reports(tg.rt.store, "telegram", str(chat))
        assert [r.text for r in reports] == [incident], lang
        user = await tg.user(chat)
        assert user is not None and user.active_dog_id is not None
        async with tg.rt.store.session() as s:
            dog = await s.get_dog(user.active_dog_id)
        assert dog is not None and dog.answers["worst_reaction"] == option
        health = t(lang, "survey-q-health", name=name)
        await eventually(lambda c=chat, q=health: any(q in x for x in tg.sent(c)))
