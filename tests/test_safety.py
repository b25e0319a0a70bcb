"""The safety check's rules and reply: urgency order, referrals, the older-dog rule, both languages,
and vocabulary that really comes from the locale files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dogcoach.services.i18n import LOCALES, LOCALES_DIR, Messages, Translator
from dogcoach.services.safety import (
    SENIOR_MONTHS,
    FlagKind,
    Method,
    Referral,
    SafetyChecker,
    Urgency,
)


@pytest.fixture(scope="module")
def checker(messages: Messages) -> SafetyChecker:
    return SafetyChecker(messages)


def test_every_reply_id_exists_in_both_languages(messages: Messages) -> None:
    ids = {f"safety-{k}" for k in FlagKind} | {f"safety-header-{u}" for u in Urgency}
    ids |= {f"safety-referral-{r}" for r in Referral} | {f"safety-aversive-alt-{m}" for m in Method}
    ids |= {"safety-aversive-why"} | {f"safety-term-aversive-{m}" for m in Method}
    for locale in LOCALES:
        assert ids - messages.ids(locale) == set(), locale


def test_reply_order_header_actions_referrals_then_aversive(
    checker: SafetyChecker, messages: Messages
) -> None:
    result = checker.check("아이 손을 물어서 피가 났어요. 너무 화가 나서 때렸어요.")
    assert [f.kind for f in result.flags] == [FlagKind.BITE_INJURY, FlagKind.CHILD_BITTEN]
    assert result.urgency is Urgency.NOW
    assert result.message_ids() == (
        "safety-header-now",
        "safety-bite_injury",
        "safety-child_bitten",
        "safety-referral-behaviour",
        "safety-aversive-why",
        "safety-aversive-alt-hitting",
    )
    ko = result.render(Translator(messages, "ko"))
    en = result.render(Translator(messages, "en"))
    assert "15분" in ko and "비누" in ko and "AVSAB" in ko
    assert "15 minutes" in en and "soap" in en
    assert ko.index("🚨") < ko.index("🩹") < ko.index("👶") < ko.index("🧑‍🏫") < ko.index("💛")


def test_most_urgent_first_and_vet_referral_before_behaviour(checker: SafetyChecker) -> None:
    result = checker.check("He is limping, and yesterday he bit my hand and it bled. He also ate grapes.")
    assert [f.urgency for f in result.flags] == sorted(
        (f.urgency for f in result.flags), key=lambda u: u.rank
    )
    assert result.flags[0].urgency is Urgency.NOW
    assert result.kinds == {FlagKind.BITE_INJURY, FlagKind.TOXIN, FlagKind.PAIN_ILLNESS}
    assert result.referrals == (Referral.VET, Referral.BEHAVIOUR)
    assert result.message_ids()[0] == "safety-header-now"


def test_within_24h_header_for_pain_alone(checker: SafetyChecker) -> None:
    result = checker.check("밥을 안 먹고 축 처져 있어요")
    assert result.urgency is Urgency.WITHIN_24H
    assert result.message_ids() == ("safety-header-within_24h", "safety-pain_illness", "safety-referral-vet")


@pytest.mark.parametrize("text", ["갑자기 으르렁거려요", "He suddenly growls at us"])
def test_suddenly_counts_alone_only_in_an_older_dog(checker: SafetyChecker, text: str) -> None:
    assert not checker.check(text, age_months=SENIOR_MONTHS - 1)
    assert not checker.check(text)
    older = checker.check(text, age_months=SENIOR_MONTHS)
    assert older.kinds == {FlagKind.SUDDEN_CHANGE}
    assert older.urgency is Urgency.SOON


def test_senior_age_is_configurable(messages: Messages) -> None:
    strict = SafetyChecker(messages, senior_months=60)
    assert strict.check("갑자기 숨어요", age_months=60).kinds == {FlagKind.SUDDEN_CHANGE}


def test_mixed_language_message(checker: SafetyChecker) -> None:
    assert checker.check("우리 dog이 chocolate을 먹었어요").kinds == {FlagKind.TOXIN}


def test_evidence_names_the_words_found(checker: SafetyChecker) -> None:
    (flag,) = checker.check("쥐약을 핥았어요").flags
    assert flag.evidence == ("쥐약", "핥았")
    (method,) = checker.check("I use a spray bottle").aversive
    assert method.method is Method.SPRAY and method.evidence == "spray bottle"


def test_aversive_methods_in_order_of_mention_and_only_one_alternative(checker: SafetyChecker) -> None:
    result = checker.check("I yelled, then I put the prong collar back on")
    assert [a.method for a in result.aversive] == [Method.SHOUTING, Method.PRONG]
    assert result.message_ids() == ("safety-aversive-why", "safety-aversive-alt-shouting")


def test_clean_message_gives_no_reply(checker: SafetyChecker, messages: Messages) -> None:
    result = checker.check("손님이 오면 현관에서 짖어요")
    assert not result and result.message_ids() == () and result.render(Translator(messages, "ko")) == ""


def test_vocabulary_comes_from_the_locale_files(tmp_path: Path) -> None:
    """A word added to safety.ftl is recognized without touching the code."""
    shutil.copytree(LOCALES_DIR, tmp_path / "locales")
    before = SafetyChecker(Messages(tmp_path / "locales"))
    assert not before.check("he ate a tulip bulb")
    path = tmp_path / "locales" / "en" / "safety.ftl"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("alcohol, beer, wine, vodka", "alcohol, beer, wine, vodka, tulip bulb"), "utf-8"
    )
    after = SafetyChecker(Messages(tmp_path / "locales"))
    assert after.check("he ate a tulip bulb").kinds == {FlagKind.TOXIN}
