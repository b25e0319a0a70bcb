# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 64, helper fix20c: held-out 20's misses, by kind, reproduced through a real channel first
(KakaoTalk over the skill's HTTP, Telegram through the fake Bot API), Korean and English (corpus
batch 781).

1. The name said, then the word it comes from ending in the name again ("보리요 보리차 할때 보리",
   "Max, like Mad Max" at the name question): "not understood", the name asked again. The name is
   the answer.

First run at 529f054c (this branch's tip, this file added): 2 failed (both name tests; the guard passed).
"""

from __future__ import annotations

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import t, tg_answers
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (fixture)

# (lang, typed at the name question, the name kept)
NAMED: list[tuple[str, str, str]] = [
    ("ko", "보리요 보리차 할때 보리", "보리"),
    ("ko", "콩이요 콩 할 때 콩이", "콩이"),
    ("en", "Max, like Mad Max", "Max"),
    ("en", "Bean, as in coffee bean", "Bean"),
]


async def test_name_with_the_word_it_comes_from_on_kakao(kakao: Server) -> None:
    """The name, then the word it comes from ending in it: the name kept, the age asked."""
    for lang, typed, name in NAMED:
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        assert t(lang, "survey-q-age_months", name=name) in user.text, (typed, user.text)


async def test_name_with_the_word_it_comes_from_on_telegram(tg: Harness) -> None:
    """As on Kakao, through the Telegram Bot API."""
    for chat, (lang, typed, name) in enumerate(NAMED, start=64781):
        await tg.say(chat, "/start", language_code=lang)
        await tg.say(chat, typed)
        assert t(lang, "survey-q-age_months", name=name) in tg.last_text(chat), (typed, tg.last_text(chat))
        assert (await tg_answers(tg, chat))["name"] == name


async def test_a_plain_sentence_is_still_no_name_on_kakao(kakao: Server) -> None:
    """Guard: a sentence without the name said again stays no name ("안녕하세요ㅎㅎ 강아지
    처음키워봐요"): the name asked again."""
    for lang, typed in (("ko", "안녕하세요ㅎㅎ 강아지 처음키워봐요"), ("en", "uh let me think")):
        user = kakao.user(lang=lang)
        await user.send("/start")
        await user.send(typed)
        assert t(lang, "survey-q-age_months", name=typed) not in user.text, (typed, user.text)
