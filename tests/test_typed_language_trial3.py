"""Trial 3 (new owner on KakaoTalk without `lang`, typing English): "hi" got the Korean welcome
while "hello" got English; "I don't speak Korean" switched TO Korean; an English sentence at the
name question was analysed in English but the survey went on in Korean, with the appended notice
in Korean above an English analysis; "boy, neutered" at the name question became the dog's name.
Reproduced through the Kakao skill over HTTP, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from dogcoach.services.i18n import Messages
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_console import _chat
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import Server, kakao, serve  # noqa: F401  (the `kakao` fixture)

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: object) -> str:
    return MESSAGES.format(locale, msg_id, **args)


@pytest.mark.parametrize("hello", ["hi", "hey", "Hi!", "yo"])
async def test_a_latin_greeting_tells_english(kakao: Server, hello: str) -> None:  # noqa: F811
    user = kakao.user(lang=None)
    await user.send(hello)
    assert t("en", "start-welcome") in user.text, user.text
    assert user.text.endswith(t("en", "survey-q-name")), user.text


@pytest.mark.parametrize("hello", ["ㅎㅇ", "안녕", "OK"])  # "OK" alone tells nothing: Kakao's Korean
async def test_a_hangul_greeting_or_a_lone_ok_stays_korean(kakao: Server, hello: str) -> None:  # noqa: F811
    user = kakao.user(lang=None)
    await user.send(hello)
    assert t("ko", "start-welcome") in user.text, user.text


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("sorry i dont speak korean", "en"),
        ("i don't speak korean", "en"),
        ("I can't read korean", "en"),
        ("영어 못해요", "ko"),
        ("영어 몰라요", "ko"),
    ],
)
async def test_a_language_refused_picks_the_other(kakao: Server, said: str, lang: str) -> None:  # noqa: F811
    for first in ("안녕하세요", "hello there"):  # whichever language the owner was in
        user = kakao.user(lang=None)
        await user.send(first)
        await user.send(said)
        other = "ko" if lang == "en" else "en"
        assert t(other, "language-set") not in user.texts, user.texts
        await user.send("Choco" if lang == "en" else "초코")
        asked = t(lang, "survey-q-age_months", name="Choco" if lang == "en" else "초코")
        assert asked in user.text, user.texts


async def test_an_english_sentence_at_the_korean_name_question_tells_english(kakao: Server) -> None:  # noqa: F811
    user = kakao.user(lang=None)
    await user.send("OK")  # tells nothing: the Korean welcome and name question
    assert user.text.endswith(t("ko", "survey-q-name")), user.text
    await user.send("my dog barks at every noise at night and I can't sleep")
    assert "이름" not in user.text, user.texts  # the survey goes on in English from here
    await user.send("Choco")
    assert "How old is Choco?" in user.text, user.texts


async def test_a_korean_dog_name_in_latin_letters_tells_nothing(kakao: Server) -> None:  # noqa: F811
    user = kakao.user(lang=None)
    await user.send("OK")
    await user.send("Max Power")  # a name, not a sentence
    assert "몇 살" in user.text, user.text


@pytest.mark.parametrize(
    ("lang", "hello", "said", "name"),
    [
        ("ko", "안녕하세요", "남아 중성화했어요", "초코"),
        ("ko", "안녕하세요", "boy, neutered", "초코"),
        ("en", "hello there", "boy, neutered", "Choco"),
        ("en", "hello there", "girl spayed", "Choco"),
    ],
)
async def test_the_sex_answer_at_the_name_question_is_no_name(
    kakao: Server,  # noqa: F811
    lang: str,
    hello: str,
    said: str,
    name: str,
) -> None:
    user = kakao.user(lang=None)
    await user.send(hello)
    await user.send(said)
    field = t(lang, "survey-field-sex")
    # kept for the dog the name will make, said in a line (Korean trial 4: "I'll ask it later",
    # then asked again), and the name asked again
    kept = t(lang, "survey-answered-ahead", field=field, value="§").split("§")[0]
    assert kept in user.text, user.texts
    assert user.text.endswith(t(lang, "survey-q-name")), user.texts
    await user.send(name)
    assert t(lang, "survey-q-age_months", name=name) in user.text, user.texts
    assert t(lang, "survey-q-sex", name=name) not in user.text, user.texts


async def test_text_added_to_a_report_at_the_name_question_is_noticed_in_english(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    """The report was analysed in English, the "added" notice above it came in Korean: the
    English report at the Korean name question now makes the owner English, the notice too."""
    fake_ollama.behaviour.delay = 1.5
    settings = kakao_settings_for(tmp_path, fake_ollama.url, KAKAO_SYNC_BUDGET_SECONDS=0.2)
    async with serve(settings) as srv:
        user = srv.user(lang=None)
        await user.send("OK")
        assert user.text.endswith(t("ko", "survey-q-name")), user.texts
        await user.send("my dog barks every night at the window :(")
        await user.send("2-3 times a day")
        assert any(x.startswith(t("en", "kakao-added", wait="")[:12]) for x in user.texts), user.texts
        assert not any("덧붙여" in x for x in user.texts), user.texts
        assert user.text.endswith(t("en", "survey-q-name")), user.texts


def test_terminal_greeting_refusal_and_sex_at_the_name(tmp_path: Path) -> None:
    """`dogcoach chat` under a `C` locale reads the typing like Kakao without `lang`."""
    env = {"LANG": "C.UTF-8", "LC_ALL": ""}
    out = _chat(tmp_path, ["hi", "boy, neutered", "Choco"], "--user", "eve", env_extra=env)
    # the terminal asks the name at once (in Korean, nothing said yet): "hi" there tells English
    kept = t("en", "survey-answered-ahead", field=t("en", "survey-field-sex"), value="§").split("§")[0]
    assert kept in out, out[-1500:]
    assert "How old is Choco?" in out, out[-1500:]
    out = _chat(tmp_path, ["안녕하세요", "i don't speak korean", "Choco"], "--user", "kim", env_extra=env)
    assert t("ko", "language-set") not in out, out[-1500:]
    assert "How old is Choco?" in out, out[-1500:]
