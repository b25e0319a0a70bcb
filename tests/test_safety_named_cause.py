"""A change of behaviour with a named cause is a behaviour case, not "health first" (Korean owner
trial on main, batch 81): "처음엔 얌전했는데 요즘 들어 제가 외출 준비만 하면 …" (Kakao) and "모카가 온 뒤로
예민해졌어요" (Telegram) opened with the vet-first alarm. A new dog, a move, a baby, a new
schedule or the owner getting ready to leave explain the change; a change with no cause named, a
cause that is itself medical (surgery, an injury), a cause denied ("이사한 것도 아닌데") or signs of
pain stay flagged (pain first: Mills et al. 2020). Through Telegram (the webhook and the fake Bot
API) and KakaoTalk (the skill over HTTP), in both languages; the report reaches the model."""

from __future__ import annotations

from pathlib import Path

from dogcoach.domain.channel import Channel
from tests.fakes.ollama_server import FakeOllama, user_text
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import idle_user, until_owed
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_safety_channels import (
    PI,
    SC,
    Case,
    assert_no_safety_reply,
    assert_safety_reply,
    is_ack,
    stored_flags,
    telegram_bot,
    told_with_a_dog,
)
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import fake_ollama

__all__ = ["fake_ollama"]  # the fixture, registered in this module

# The trial's two reports (the Kakao one written out: weekdays, when the owner gets ready to go)
# and their siblings: a behaviour report each, analysed, no health alarm, nothing in `red_flags`.
NAMED_CAUSE = [
    Case("ko", "처음엔 얌전했는데 요즘 들어 제가 외출 준비만 하면 낑낑거리고 문을 긁어요 평일에 특히요"),
    Case("ko", "모카가 온 뒤로 예민해졌어요"),
    Case("ko", "예전엔 안 그랬는데 이사 온 뒤로 밤마다 짖어요"),
    Case(
        "en",
        "she was fine at first but lately whenever I get ready to leave she cries and scratches the door",
    ),
    Case("en", "he never used to growl, but since the new puppy came he growls at her over toys"),
]
# No cause, a medical cause, or pain beside the cause: still "health first".
STILL_FLAGGED = [
    Case("ko", "요즘 들어 갑자기 예민해졌어요", (SC,)),
    Case("ko", "중성화 수술하고 나서 예민해졌어요", (SC,)),
    Case("ko", "모카가 온 뒤로 예민해졌는데 만지면 깨갱거려요", (PI,)),
    Case("en", "since his surgery he has become aggressive", (SC,)),
    Case("en", "we didn't move or anything, he never used to growl", (SC,)),
]


def analysed(fake_ollama: FakeOllama, text: str) -> int:
    """How many model requests carried this report."""
    return sum(text in user_text(body) for body in fake_ollama.chat_bodies())


async def test_telegram_a_change_with_a_named_cause_is_a_behaviour_report(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, case in enumerate(NAMED_CAUSE):
            chat = 9810 + n
            turn = await told_with_a_dog(tg, chat, case)
            before = len(tg.sent(chat)) - len(turn)
            assert is_ack(case, turn[0]), (case.text, turn)
            await report_done(tg, chat)
            assert_no_safety_reply(case, tg.sent(chat)[before:])
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == []
            assert analysed(fake_ollama, case.text) == 1, case.text


async def test_telegram_a_change_without_a_plain_cause_is_still_flagged(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, case in enumerate(STILL_FLAGGED):
            chat = 9830 + n
            turn = await told_with_a_dog(tg, chat, case)
            assert_safety_reply(case, turn[0])
            assert is_ack(case, turn[1]), (case.text, turn)
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == sorted(case.flags)


async def test_telegram_an_older_dog_keeps_the_vet_check_despite_a_cause(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """In a dog in the last quarter of its life span (AAHA 2023) a change is checked by a vet even
    with a cause named: a move or a new dog can unmask pain or cognitive decline."""
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        chat = 9850
        await owner_with_dog(tg, chat, "ko")
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None
            [dog] = await s.list_dogs(user.id)
            dog.answers = {**dog.answers, "age_months": 150}
            await s.save_dog(dog)
        case = Case("ko", "예전엔 안 그랬는데 이사 온 뒤로 밤마다 짖어요", (SC,))
        await tg.say(chat, case.text, language_code="ko")
        assert_safety_reply(case, tg.sent(chat)[0])


async def test_kakao_a_change_with_a_named_cause_is_a_behaviour_report(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for case in NAMED_CAUSE:
            user = await idle_user(srv, english=case.lang == "en")
            await user.send(case.text)
            await until_owed(srv, user)
            assert_no_safety_reply(case, user.texts)
            assert await stored_flags(srv.app.state.runtime.store, Channel.KAKAO, user.key) == []
            assert analysed(fake_ollama, case.text) == 1, case.text


async def test_kakao_a_change_without_a_plain_cause_is_still_flagged(
    tmp_path: Path, fake_ollama: FakeOllama
) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for case in STILL_FLAGGED:
            user = await idle_user(srv, english=case.lang == "en")
            await user.send(case.text)
            assert_safety_reply(case, "\n".join(user.texts))
            assert await stored_flags(srv.app.state.runtime.store, Channel.KAKAO, user.key) == sorted(
                case.flags
            )
