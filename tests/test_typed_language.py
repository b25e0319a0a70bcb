"""Issue 11 (new-owner trial): where the channel gives no language (KakaoTalk without `lang`, the
terminal without `--lang` under a `C` locale), a new owner's language follows the script of what
they type, stays put after that (a lone "OK" in a Korean chat flips nothing), and the language
command still switches it. Reproduced through the Kakao skill over HTTP and `dogcoach chat`."""

from __future__ import annotations

from pathlib import Path

from dogcoach.services.i18n import Messages, typed_locale
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama, refused_url
from tests.test_console import _chat
from tests.test_kakao_skill import KakaoUser, Server, kakao  # noqa: F401  (the `kakao` fixture)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

MESSAGES = Messages()
C_LOCALE = {"LANG": "C.UTF-8", "LC_ALL": ""}


def t(locale: str, msg_id: str) -> str:
    return MESSAGES.format(locale, msg_id)


def test_the_script_decides_only_when_it_is_clear() -> None:
    assert typed_locale("My dog barks at the door") == "en"
    assert typed_locale("2 years") == "en"
    assert typed_locale("우리 개가 짖어요") == "ko"
    assert typed_locale("OK 알겠어요") == "ko"  # one English word in Korean text
    assert typed_locale("ㅋㅋ") == "ko"
    assert typed_locale("OK") is None  # too little to tell
    assert typed_locale("hi") is None
    assert typed_locale("3") is None
    assert typed_locale("/start") is None  # a command's name is no language
    assert typed_locale("https://example.com/a") is None


async def test_kakao_owner_typing_english_is_answered_in_english(kakao: Server) -> None:  # noqa: F811
    for lang in (None, "ko", "kr"):  # Kakao's own "ko" is everyone's: it says nothing of the owner
        await _english_typist(kakao.user(lang=lang))
    user = kakao.user(lang="en")  # a language Kakao does say is the start
    await user.send("hello")
    assert t("en", "start-welcome") in user.text, user.text
    korean = kakao.user(lang="en")  # until the owner types Korean (owner trial 16: English until
    await korean.send("안녕하세요")  # the first Korean report; `language.follow_typed`)
    assert t("ko", "start-welcome") in korean.text, korean.text


async def _english_typist(user: KakaoUser) -> None:
    await user.send("hello there, my dog needs help")
    assert t("en", "start-welcome") in user.text, user.text
    await user.send("Choco")
    assert "How old is Choco?" in user.text, user.text
    await user.send("OK")  # a short English word changes nothing already decided
    assert "Choco" in user.text and "살" not in user.text, user.text


async def test_kakao_korean_owner_stays_korean_after_a_lone_ok(kakao: Server) -> None:  # noqa: F811
    user = kakao.user(lang=None)
    await user.send("안녕하세요")
    assert t("ko", "start-welcome") in user.text
    await user.send("초코")
    await user.send("ok thanks")
    assert "몇 살" in user.text, user.text
    await user.send("English")  # the command still switches
    assert user.texts[0] == t("en", "language-set")


def test_terminal_owner_typing_english_gets_english_and_keeps_it_after_delete(tmp_path: Path) -> None:
    out = _chat(tmp_path, ["Choco", "2 years", "/delete", "1", "hi"], "--user", "eve", env_extra=C_LOCALE)
    assert "Is Choco a boy or a girl" in out, out[-1500:]  # "Choco" told nothing, "2 years" did
    done = out.index(t("en", "delete-done"))
    # "hi" tells nothing either: the terminal keeps the language the owner was in (trial: Korean)
    assert t("en", "start-welcome") in out[done:], out[done:]


def test_a_report_queued_before_english_is_answered_in_english(
    tmp_path: Path,
    fake_ollama: FakeOllama,  # noqa: F811
) -> None:
    """Trial: a report saved while the model was away, then "English": the result came in Korean
    once the model was back. A report not analysed yet is analysed and shown in the language the
    owner has chosen since."""
    down = {"OLLAMA_HOST": refused_url()}
    first = _chat(
        tmp_path,
        ["/cancel", "손님만 오면 계속 짖어요", "English"],
        "--lang",
        "ko",
        "--user",
        "kim",
        env_extra=down,
    )
    assert t("ko", "analysis-delayed") in first, first[-800:]
    assert t("en", "language-set") in first
    second = _chat(tmp_path, [], "--lang", "ko", "--user", "kim", env_extra={"OLLAMA_HOST": fake_ollama.url})
    assert "🔍 ABC analysis" in second, second[-1500:]
    assert "ABC 분석" not in second


async def test_telegram_without_language_code_follows_the_typing(tg: Harness) -> None:  # noqa: F811
    """Telegram's `language_code` is a hint, followed until the owner types Korean; a user without
    one is read like Kakao's."""
    await tg.say(17001, "hello there, my dog needs help", language_code="")
    assert t("en", "start-welcome") in tg.sent(17001), tg.sent(17001)
    await tg.say(17002, "안녕하세요 도와주세요", language_code="")
    assert t("ko", "start-welcome") in tg.sent(17002), tg.sent(17002)
    # the platform said English, the owner types Korean: Korean from that first message (owner
    # trial 16: English until the first Korean report; `language.follow_typed`)
    await tg.say(17003, "안녕하세요 도와주세요", language_code="en")
    assert t("ko", "start-welcome") in tg.sent(17003), tg.sent(17003)
