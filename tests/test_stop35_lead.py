# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 35, the lead (issue 11): a bite told in Korean from the bitten side, and a pest's bite.

"콩이한테 물렸어요ㅠㅠ" (I got bitten by 콩이), "어제 콩이한테 손 물렸어요" were noise with an offer to
analyse them: the past passive "물렸" was no behaviour word (its present "물려" was), so the bite an
owner suffered was neither kept nor analysed until they tapped the offer — while "I got bitten by
Kong" was a report at once. Now the Korean passive is the behaviour, as in English. A pest's bite
("모기한테 물렸어요", "bitten by a tick") names no behaviour of the dog: never a report, never the
model, in either language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_after_result import t
from tests.test_dog_words import _kakao_dogs, _model_calls, _tg_dogs
from tests.test_kakao_reports import idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import telegram_bot
from tests.test_stop35_dogs import Filed, filed_under_on_kakao, filed_under_on_telegram
from tests.test_stop35_reports import _kinds, kept_or_dropped_on_kakao, kept_or_dropped_on_telegram
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

# The bite an owner suffered, told from the bitten side: each a report, analysed.
BITTEN = {
    "ko": ["콩이한테 물렸어요ㅠㅠ", "어제 콩이한테 손 물렸어요", "우리 개한테 물렷어요 ㅠㅠ"],
    "en": ["I got bitten by Kong ugh", "got nipped by kong again this morning"],
}
# A pest's bite: nothing kept, no model call.
PEST = {
    "ko": ["모기한테 물렸어요", "진드기한테 물린거 같아요"],
    "en": ["he got bitten by a mosquito", "i think she got bit by a tick"],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bite_told_from_the_bitten_side_is_a_report_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        await kept_or_dropped_on_kakao(srv, fake_ollama, lang, BITTEN[lang], PEST[lang])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_bite_told_from_the_bitten_side_is_a_report_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        await kept_or_dropped_on_telegram(tg, fake_ollama, lang, BITTEN[lang], PEST[lang], 35900)


# -- an objection or a message taken back at the name question is no name ---------------------------

# (typed at the name question, the name typed next)
TAKEN_BACK = {
    "ko": [("그게 아니라요", "콩이"), ("아 그게 아니고요", "보리"), ("버튼 잘못 눌렀어요", "두부")],
    "en": [("oops", "Kong"), ("wrong button", "Rex"), ("no that's not it", "Max")],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_objection_at_the_name_question_is_no_name_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for typed, name in TAKEN_BACK[lang]:
            user = srv.user()
            await user.send("English" if lang == "en" else "안녕하세요")
            await user.send(typed)
            assert await _kakao_dogs(srv, user.key) in ([], [""]), (typed, user.texts)
            await user.send(name)
            assert await _kakao_dogs(srv, user.key) == [name], (typed, user.texts)
        assert _model_calls(fake_ollama) == 0


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_an_objection_at_the_name_question_is_no_name_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, (typed, name) in enumerate(TAKEN_BACK[lang]):
            chat = 35950 + n
            await tg.say(chat, "/start", language_code=lang)
            await tg.say(chat, typed, language_code=lang)
            assert await _tg_dogs(tg, chat) in ([], [""]), (typed, tg.sent(chat))
            await tg.say(chat, name, language_code=lang)
            assert await _tg_dogs(tg, chat) == [name], (typed, tg.sent(chat))
        assert _model_calls(fake_ollama) == 0


# -- owner trial 17: the history and the help asked in words, not the coach model -------------------

# (a report, what was told asked back, the help asked for)
ASKED = {
    "ko": ("콩이가 밤마다 현관에서 짖어요", "내가 지금까지 뭐라고 했지?", "도와줄 수 있어요?"),
    "en": (
        "Kong barks at the door every night",
        "what have i told you so far",
        "can you help me with something",
    ),
}


def _help_line(lang: str) -> str:
    return t(lang, "help-text").splitlines()[0]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_history_and_help_asked_in_words_on_kakao(
    tmp_path: Path, fake_ollama: FakeOllama, lang: str
) -> None:
    told, history, helped = ASKED[lang]
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        store = srv.app.state.runtime.store
        user = await idle_user(srv, english=lang == "en")
        await user.send(told)
        await eventually(lambda: _model_calls(fake_ollama) == 1)
        await until_owed(srv, user)
        await user.send(history)
        assert told in user.text, user.texts  # the history quotes the report
        await user.send(helped)
        assert _help_line(lang) in user.text, user.texts
        assert _model_calls(fake_ollama) == 1
        assert await _kinds(store, Channel.KAKAO, user.key) == [("report", told)]


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_history_and_help_asked_in_words_on_telegram(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, lang: str
) -> None:
    told, history, helped = ASKED[lang]
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        chat = 35980
        await owner_with_dog(tg, chat, lang)
        await tg.say(chat, told, language_code=lang)
        await report_done(tg, chat)
        await tg.say(chat, history, language_code=lang)
        assert told in tg.last_text(chat), tg.sent(chat)
        await tg.say(chat, helped, language_code=lang)
        assert _help_line(lang) in tg.last_text(chat), tg.sent(chat)
        assert _model_calls(fake_ollama) == 1
        assert await _kinds(tg.rt.store, Channel.TELEGRAM, str(chat)) == [("report", told)]


# -- owner trial 17: one dog named only as the one growled at --------------------------------------

# (the dogs, registered in this order, the second active; the report; the dog it is filed under)
AIMED_AT: dict[str, list[Filed]] = {
    "en": [
        (("Bonnie", "Clyde"), "she growls at clyde when he gets near her food bowl", "Bonnie"),
        (("Clyde", "Bonnie"), "she keeps barking at clyde", "Bonnie"),
    ],
    "ko": [
        (("초코", "보리"), "초코한테 자꾸 으르렁거려요", "보리"),
        (("보리", "초코"), "밥 먹을때 초코한테 자꾸 달려들어요", "보리"),
    ],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_named_only_as_the_one_aimed_at_is_not_filed_under_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    await filed_under_on_kakao(kakao, lang, AIMED_AT[lang])


@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_dog_named_only_as_the_one_aimed_at_is_not_filed_under_on_telegram(
    tg: Harness, lang: str
) -> None:
    await filed_under_on_telegram(tg, 359900, lang, AIMED_AT[lang])
