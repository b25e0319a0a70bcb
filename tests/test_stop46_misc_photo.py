# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Owner trial 30 (stop 46): a new owner whose FIRST message is a photo (a Telegram photo, sticker
or voice note; a Kakao utterance that is a signed image address with `action.params.media`) got
"I read text" and the welcome; their next text message got the welcome a second time. The
welcome shows once: the next text is read for what it is — a greeting gets the greeting's reply,
"네" / "yes" / "시작" answer the survey offer the welcome made (the survey's first question, no
welcome again), a report is analysed, and a second photo gets "I read text" alone. Nothing is
stored for a stranger who has sent only photos (issue 11): what the engine remembers lives in the
process only. Each reproduced through the real channel (Kakao skill over HTTP, Telegram through
the fake Bot API and the webhook), in Korean and English; the terminal has no photo.
"""

from __future__ import annotations

from typing import Any

import pytest

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_kakao_skill import KakaoUser, Server, kakao, skill_body, texts_of  # noqa: F401  (fixture)
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, eventually, tg  # noqa: F401  (`tg`)

LANGS = ["ko", "en"]
PHOTO_URL = "https://talk.kakaocdn.net/dc/abc/img.jpg?credential=x&expires=1"
HELLO = {"ko": "안녕하세요", "en": "hi there"}
YES = {"ko": "네", "en": "yes"}
START = {"ko": "시작", "en": "start"}
LATER = {"ko": "나중에 할게요", "en": "not now"}
REPORT = {
    "ko": "어제 밤에 초인종 소리에 계속 짖었어요",
    "en": "he barked at the doorbell all evening yesterday",
}


async def _kakao_photo(kakao: Server, key: str, lang: str) -> list[str]:
    body = skill_body(key, PHOTO_URL, lang=lang)
    body["action"]["params"] = {"media": {"type": "image", "url": "https://talk.kakaocdn.net/x.jpg"}}
    response = await kakao.post(body)
    assert response.status_code == 200
    return texts_of(response.json())


async def _kakao_user_row(kakao: Server, key: str) -> Any:
    async with kakao.app.state.runtime.store.session() as s:
        return await s.get_user(Channel.KAKAO, key)


def _welcomes(lang: str, texts: list[str]) -> list[str]:
    whole = (t(lang, "start-welcome"), t(lang, "start-welcome-media"))
    return [m for m in texts if any(w in m for w in whole)]


# -- Kakao -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
async def test_a_greeting_after_a_photo_first_gets_no_second_welcome_on_kakao(
    kakao: Server, lang: str
) -> None:
    key = f"s46-photo-hello-{lang}"
    assert await _kakao_photo(kakao, key, lang) == [
        t(lang, "unsupported-input"),
        t(lang, "start-welcome-media"),
    ]
    assert await _kakao_user_row(kakao, key) is None  # nothing stored for a photo
    user = KakaoUser(kakao, key, lang)
    await user.send(HELLO[lang])
    assert _welcomes(lang, user.texts) == [], user.texts
    assert t(lang, "talk-greeting") in user.texts, user.texts
    await user.send(YES[lang])  # the offer the welcome made, taken
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts
    assert _welcomes(lang, user.texts) == [], user.texts


@pytest.mark.parametrize(("lang", "typed"), [(lang, w[lang]) for lang in LANGS for w in (YES, START)])
async def test_the_offer_taken_after_a_photo_first_asks_without_a_second_welcome_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    key = f"s46-photo-yes-{lang}-{typed}"
    await _kakao_photo(kakao, key, lang)
    user = KakaoUser(kakao, key, lang)
    await user.send(typed)
    assert user.texts[-1].endswith(t(lang, "survey-q-name")), user.texts
    assert _welcomes(lang, user.texts) == [], user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_not_now_after_a_photo_first_is_the_offer_declined_on_kakao(kakao: Server, lang: str) -> None:
    key = f"s46-photo-later-{lang}"
    await _kakao_photo(kakao, key, lang)
    user = KakaoUser(kakao, key, lang)
    await user.send(LATER[lang])
    assert user.texts == [t(lang, "first-report-declined")], user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_a_second_photo_first_gets_i_read_text_alone_on_kakao(kakao: Server, lang: str) -> None:
    key = f"s46-photo-twice-{lang}"
    await _kakao_photo(kakao, key, lang)
    assert await _kakao_photo(kakao, key, lang) == [t(lang, "unsupported-input")]
    assert await _kakao_user_row(kakao, key) is None


@pytest.mark.parametrize("lang", LANGS)
async def test_a_report_after_a_photo_first_is_analysed_without_a_welcome_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    key = f"s46-photo-report-{lang}"
    await _kakao_photo(kakao, key, lang)
    user = KakaoUser(kakao, key, lang)
    await user.send(REPORT[lang])
    assert _welcomes(lang, user.texts) == [], user.texts
    assert t(lang, "first-report-offer") in user.text, user.texts


@pytest.mark.parametrize("lang", LANGS)
async def test_words_first_still_get_the_welcome_once_on_kakao(kakao: Server, lang: str) -> None:
    """The neighbour: no photo first, the greeting is first contact (the whole welcome)."""
    user = kakao.user(lang=lang)
    await user.send(HELLO[lang])
    assert t(lang, "start-welcome") in user.texts, user.texts


# -- Telegram: a photo, a sticker, a voice note ------------------------------------------------------


def _voice(tg: Harness, chat: int, lang: str) -> dict[str, Any]:
    update = tg.fake.make_message(chat, "x", language_code=lang)
    del update["message"]["text"]
    update["message"]["voice"] = {"file_id": "v1", "file_unique_id": "v1u", "duration": 3}
    return update


async def _first(tg: Harness, chat: int, lang: str, kind: str) -> None:
    if kind == "photo":
        await tg.fake.deliver_photo(chat, language_code=lang)
    elif kind == "sticker":
        await tg.fake.deliver_sticker(chat, language_code=lang)
    else:
        await tg.fake.deliver_update(_voice(tg, chat, lang))
    await eventually(lambda: len(tg.sent(chat)) == 2)
    assert tg.sent(chat) == [t(lang, f"telegram-media-{kind}"), t(lang, "start-welcome-media")]
    assert await tg.user(chat) is None


@pytest.mark.parametrize(
    ("chat", "lang", "kind"),
    [(46101, "ko", "photo"), (46102, "en", "photo"), (46103, "ko", "sticker"), (46104, "en", "voice")],
)
async def test_a_greeting_after_media_first_gets_no_second_welcome_on_telegram(
    tg: Harness, chat: int, lang: str, kind: str
) -> None:
    await _first(tg, chat, lang, kind)
    await tg.say(chat, HELLO[lang], language_code=lang)
    after = tg.sent(chat)[2:]
    assert _welcomes(lang, after) == [], after
    assert t(lang, "talk-greeting") in after, after
    await tg.say(chat, YES[lang], language_code=lang)
    assert tg.last_text(chat).endswith(t(lang, "survey-q-name")), tg.sent(chat)
    assert _welcomes(lang, tg.sent(chat)[2:]) == [], tg.sent(chat)


@pytest.mark.parametrize(("chat", "lang"), [(46111, "ko"), (46112, "en")])
async def test_start_after_a_photo_first_asks_without_a_second_welcome_on_telegram(
    tg: Harness, chat: int, lang: str
) -> None:
    await _first(tg, chat, lang, "photo")
    await tg.say(chat, START[lang], language_code=lang)
    assert tg.last_text(chat).endswith(t(lang, "survey-q-name")), tg.sent(chat)
    assert _welcomes(lang, tg.sent(chat)[2:]) == [], tg.sent(chat)


@pytest.mark.parametrize(("chat", "lang"), [(46121, "ko"), (46122, "en")])
async def test_a_second_photo_first_gets_its_answer_alone_on_telegram(
    tg: Harness, chat: int, lang: str
) -> None:
    await _first(tg, chat, lang, "photo")
    await tg.fake.deliver_sticker(chat, language_code=lang)
    await eventually(lambda: len(tg.sent(chat)) == 3)
    assert tg.sent(chat)[2:] == [t(lang, "telegram-media-sticker")], tg.sent(chat)
    assert await tg.user(chat) is None
