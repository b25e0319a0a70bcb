"""The fresh owner trial's faults in the terminal (`dogcoach chat` in a process), the third channel
beside the Kakao and Telegram tests of each: a behaviour named alone asks for one time it happened
(tests/test_behaviour_labels.py), "what can u do" mid-survey is help and the survey keeps its place
(tests/test_commands_asked_in_survey.py), a simile raises no seizure emergency
(tests/test_safety_simile.py), "알림 꺼줘" turns off tips and check-ins (tests/test_notification_switches.py)."""

from __future__ import annotations

from pathlib import Path

from dogcoach.services.i18n import Messages
from tests.test_console import _chat

MESSAGES = Messages()


def t(locale: str, msg_id: str, **args: object) -> str:
    return MESSAGES.format(locale, msg_id, **args)


def test_the_trial_faults_in_the_terminal(tmp_path: Path) -> None:
    en = tmp_path / "en"
    en.mkdir()
    out = _chat(
        en, ["Max", "what can u do", "3 years", "/cancel", "leash pulling"], "--lang", "en", "--user", "ann"
    )
    assert t("en", "help-text").splitlines()[0] in out, out
    assert out.count(t("en", "survey-q-age_months", name="Max")) == 2, out  # asked again after help
    assert t("en", "survey-q-sex", name="Max") in out, out  # "3 years" was the age
    assert t("en", "label-ask-incident", category=t("en", "category-pulling")) in out, out

    ko = tmp_path / "ko"
    ko.mkdir()
    out = _chat(ko, ["/cancel", "발작하듯 짖었어", "알림 꺼줘"], "--lang", "ko", "--user", "bo")
    assert t("ko", "safety-seizure") not in out, out
    assert t("ko", "notifications-off-done") in out, out
