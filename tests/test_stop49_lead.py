# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 49, the lead: reports the helpers' notes said were lost, reproduced through a real channel
first (Kakao skill webhook, Telegram over HTTP), what was kept read back from the store.

1. Appetite loss told with "hasn't been eating" or "barely eats" ("Rex hasn't been eating his food
   lately", "Rex barely eats his meals these days") was noise ("not sure what you mean"), nothing
   kept, no vet line, while "rex is not eating well" got both: a sign of illness, its card, kept.
2. Not eating only while the owner is away ("he doesnt eat when im not home") was noise too: the
   red flag rightly steps aside for it (`safety-term-pain-appetite-away`), and nothing else read a
   behaviour. It is separation distress told: a report, with no vet card.
"""

from __future__ import annotations

import pytest

from dogcoach.services.i18n import Messages
from dogcoach.services.safety import FlagKind, SafetyChecker
from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_reports, t, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (the `tg` fixture)

CHECKER = SafetyChecker(Messages())

APPETITE = (
    "Rex hasn't been eating his food lately",
    "Rex barely eats his meals these days",
    "she's hardly eating anything since monday",
)
AWAY = (
    "he doesnt eat when im not home",
    "she won't eat while I'm at work",
)


@pytest.mark.parametrize("typed", APPETITE)
def test_appetite_loss_in_everyday_words_is_a_sign_of_illness(typed: str) -> None:
    assert FlagKind.PAIN_ILLNESS in CHECKER.check(typed).kinds, typed


@pytest.mark.parametrize("typed", AWAY)
def test_not_eating_only_while_alone_is_no_sign_of_illness(typed: str) -> None:
    assert not CHECKER.check(typed).flags, typed


@pytest.mark.parametrize("typed", APPETITE)
async def test_appetite_loss_gets_the_vet_card_and_is_kept_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t("en", "safety-pain_illness")[:20] in shown, shown
    assert await kakao_reports(kakao, user.key) == [typed]


@pytest.mark.parametrize("typed", AWAY)
async def test_not_eating_while_alone_is_a_report_on_kakao(kakao: Server, typed: str) -> None:
    user = await kakao_owner(kakao, "en")
    await user.send(typed)
    shown = "\n".join(user.texts)
    assert t("en", "safety-pain_illness")[:20] not in shown, shown
    assert await kakao_reports(kakao, user.key) == [typed]


async def test_appetite_loss_and_eating_while_alone_on_telegram(tg: Harness) -> None:
    chat = 49101
    await tg_owner(tg, chat, "en")
    await tg.say(chat, APPETITE[0])
    shown = "\n".join(tg.sent(chat)[-3:])
    assert t("en", "safety-pain_illness")[:20] in shown, shown
    await tg.say(chat, AWAY[0])
    assert sorted(await tg_reports(tg, chat)) == sorted([APPETITE[0], AWAY[0]])
