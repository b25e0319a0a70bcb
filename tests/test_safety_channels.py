"""Safety first, through real channels (issue 13 item 1): every red flag and every aversive method,
in Korean and English and as people type them (no spacing, typos, 반말), as a report and as a
question, gets its safety reply in the same turn as the acknowledgement, before it — on Telegram
(the fake Bot API and the webhook), on KakaoTalk (the skill over HTTP, with and without a callback)
and in the terminal (`dogcoach chat` in a process) — with the model answering and with it down.
Every red flag raised is recorded in `red_flags`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store, make_store
from tests.fakes.ollama_server import FakeOllama, refused_url, request_language, sample_analysis
from tests.fakes.telegram_api import FakeTelegramServer
from tests.test_kakao_reports import idle_user, receiver
from tests.test_kakao_reports import settings_for as kakao_settings_for
from tests.test_kakao_skill import serve as serve_kakao
from tests.test_streaming_channels import owner_with_dog, report_done
from tests.test_telegram_e2e import MESSAGES, Harness, fake_ollama, harness, settings_for

__all__ = ["fake_ollama"]  # the fixture, registered in this module

BI, CB, SZ, TX, PI, SC = "bite_injury", "child_bitten", "seizure", "toxin", "pain_illness", "sudden_change"
FB = "foreign_body"
URGENCY = {BI: "now", CB: "now", SZ: "now", TX: "now", FB: "now", PI: "within_24h", SC: "soon"}
REFERRAL = {BI: "behaviour", CB: "behaviour", PI: "vet", SC: "vet"}


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    flags: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()  # in the order named; the reply explains the first
    question: bool = False


CASES = [
    # Korean, as typed on a phone
    Case("ko", "손님손을물었는데피났어요", (BI,)),
    Case("ko", "애기를물었어요ㅠㅠ", (CB,)),
    Case("ko", "아들 얼굴을 물어서 병원 갔어요", (BI, CB)),
    Case("ko", "갑자기 쓰러져서 경련을 했어요", (SZ,)),
    Case("ko", "쪼꼬렛 한봉지를 먹었어요", (TX,)),
    Case("ko", "포도를 몇알 삼켰어요", (TX,)),
    # an English noun with a Korean particle (owner trial: "sock을 먹었어요" raised nothing)
    Case("ko", "콩이가 sock을 먹었어요ㅠㅠ", (FB,)),
    Case("ko", "battery를 삼켰어요", (FB,)),
    Case("ko", "밥을안먹고 절뚝거려요", (PI,)),
    Case("ko", "요즘들어 갑자기 으르렁대요", (SC,)),
    Case("ko", "원래 순했는데 갑자기 물기시작했어요ㅠㅠ", (SC,)),
    Case("ko", "너무 화나서 때렷어요", methods=("hitting",)),
    Case("ko", "짖을때마다 혼냇어요", methods=("shouting",)),
    Case("ko", "전기목줄 채웠는데 계속 짖어요", methods=("shock",)),
    Case("ko", "핀치칼라로 바꿨어요", methods=("prong",)),
    Case("ko", "초크체인으로 바꿨어요", methods=("choke",)),
    Case("ko", "줄을홱 잡아챘어요", methods=("leash",)),
    # lead's trial (2026-11-30): the leash jerk of this report got no note
    Case(
        "ko", "산책할때 다른강아지만 보면 짖고 달려들어요ㅠㅠ 그래서 목줄을 확 당겼어요", methods=("leash",)
    ),
    Case("ko", "분무기로 물뿌렸어요", methods=("spray",)),
    Case("ko", "오줌싼데 코를박았어요", methods=("nose",)),
    Case("ko", "알파롤 했어요", methods=("force",)),  # short, but a method tells an incident: a report
    Case("ko", "물었는데 피가 나서 때렸어요", (BI,), ("hitting",)),
    # told as happened, with a question: a report (owner trial 26: no report, the amount told next
    # went to an older one); asked before it happens, a question
    Case("ko", "초콜릿을 먹었는데 어떻게 해요?", (TX,)),
    Case("ko", "초콜릿 먹으면 어떡해요?", (TX,), question=True),
    Case("ko", "전기목줄 써도 될까요?", methods=("shock",), question=True),
    # English, with and without apostrophes
    Case("en", "he bit my husband and broke the skin", (BI,)),
    Case("en", "help! my dog bit my son", (CB,)),
    Case("en", "she had a seizure this morning", (SZ,)),
    Case("en", "he ate a whole bar of chocolate", (TX,)),
    Case("en", "he ate a 양말 this morning", (FB,)),  # a Korean noun among English words
    Case("en", "hes limping and wont eat", (PI,)),
    Case("en", "suddenly started growling lately, he never used to", (SC,)),
    Case("en", "hes become aggressive out of nowhere", (SC,)),
    Case("en", "I smacked him on the nose", methods=("hitting",)),
    Case("en", "I yelled at him", methods=("shouting",)),
    Case("en", "I did an alpha roll", methods=("force",)),
    Case("en", "we use a shock collar", methods=("shock",)),
    Case("en", "we walk him on a choke chain", methods=("choke",)),
    Case("en", "I give a leash correction when he pulls", methods=("leash",)),
    Case("en", "I use a spray bottle", methods=("spray",)),
    Case("en", "my dog ate grapes what should i do?", (TX,)),
    Case("en", "what should i do if my dog eats grapes?", (TX,), question=True),
    Case("en", "is a prong collar ok for pulling?", methods=("prong",), question=True),
]
KO = [c for c in CASES if c.lang == "ko"]
EN = [c for c in CASES if c.lang == "en"]


def t(lang: str, msg_id: str) -> str:
    return MESSAGES.format(lang, msg_id)


def expected(case: Case) -> list[str]:
    """The parts the safety reply must hold, in order: the header of the most urgent flag, what to
    do now per flag, the referrals (vet first), then one explanation and the first method's
    alternative (a question is not thanked for its honesty: `tests/test_aversive_asked.py`)."""
    parts: list[str] = []
    if case.flags:
        ranks = ("now", "within_24h", "soon")
        urgency = min((URGENCY[f] for f in case.flags), key=ranks.index)
        # a days-away card whose plan goes on (a sudden change here) says the vet check goes
        # alongside, not before training (stop 64, trialA64: `SafetyCheck._header`)
        held = {"cognitive", "thirst"} & set(case.flags)
        header = (
            "safety-header-soon-alongside" if urgency == "soon" and not held else f"safety-header-{urgency}"
        )
        parts.append(t(case.lang, header))
        parts += [t(case.lang, f"safety-{f}") for f in case.flags if URGENCY[f] == "now"]
        parts += [t(case.lang, f"safety-{f}") for f in case.flags if URGENCY[f] != "now"]
        referrals = {REFERRAL[f] for f in case.flags if f in REFERRAL}
        parts += [t(case.lang, f"safety-referral-{r}") for r in ("vet", "behaviour") if r in referrals]
    if case.methods:
        why = "safety-aversive-why-asked" if case.question else "safety-aversive-why"  # asked, not confessed
        parts += [t(case.lang, why), t(case.lang, f"safety-aversive-alt-{case.methods[0]}")]
    return parts


def other_safety_texts(case: Case) -> list[str]:
    """Safety texts the reply must not hold (other flags' actions, other methods' alternatives)."""
    kinds = [k for k in URGENCY if k not in case.flags]
    methods = ("hitting", "shouting", "force", "shock", "prong", "choke", "leash", "spray", "nose")
    return [t(case.lang, f"safety-{k}") for k in kinds] + [
        t(case.lang, f"safety-aversive-alt-{m}") for m in methods if m not in case.methods[:1]
    ]


def assert_safety_reply(case: Case, text: str) -> None:
    position = -1
    for part in expected(case):
        found = text.find(part)
        assert found > position, (case.text, part, text)
        position = found
    for other in other_safety_texts(case):
        assert other not in text, (case.text, other)


ACK_IDS = {
    False: (
        "analysis-working",
        "analysis-queued",
        "analysis-held",
        "analysis-delayed",
        "analysis-unavailable",
    ),
    True: ("coach-working", "coach-queued", "coach-held", "coach-delayed", "coach-unavailable"),
}


def is_ack(case: Case, text: str) -> bool:
    """The acknowledgement of the case's report (or question): one of its texts, up to the first
    value it says (the place, the wait)."""
    stop = "\x00"
    for msg_id in ACK_IDS[case.question]:
        prefix = MESSAGES.format(case.lang, msg_id, place=stop, wait=stop, count=stop).split(stop)[0]
        if text.startswith(prefix):
            return True
    return False


async def stored_flags(store: Store, channel: Channel, external_id: str) -> list[str]:
    async with store.session() as s:
        user = await s.get_user(channel, external_id)
        assert user is not None
        return sorted(f.kind for f in await s.user_red_flags(user.id))


# --------------------------------------------------------------------------- Telegram


@asynccontextmanager
async def telegram_bot(
    fake_telegram: FakeTelegramServer, ollama: str, tmp_path: Path
) -> AsyncIterator[Harness]:
    """The Telegram bot on SQLite, its model at `ollama`, one short retry: what these tests share."""
    settings = settings_for(
        fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=ollama, DOGCOACH_ANALYSIS_RETRY_MAX=0.5
    )
    async with harness(fake_telegram, settings) as tg:
        yield tg


async def told_with_a_dog(tg: Harness, chat: int, case: Case) -> list[str]:
    """`case.text` told by a new owner who has a dog profile: the texts that turn sent."""
    await owner_with_dog(tg, chat, case.lang)
    before = len(tg.sent(chat))
    await tg.say(chat, case.text, language_code=case.lang)
    return tg.sent(chat)[before:]


@pytest.mark.parametrize("model", ["answering", "down"])
async def test_telegram_safety_reply_comes_first_in_the_same_turn(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path, model: str
) -> None:
    ollama = fake_ollama.url if model == "answering" else refused_url()
    async with telegram_bot(fake_telegram, ollama, tmp_path) as tg:
        for n, case in enumerate(CASES):
            chat = 9100 + n
            sent = await told_with_a_dog(tg, chat, case)  # the result, if any, comes after
            assert_safety_reply(case, sent[0])
            assert is_ack(case, sent[1]), (case.text, sent[1])
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == sorted(case.flags)


async def test_telegram_safety_reply_in_the_survey_and_at_first_contact(
    fake_telegram: FakeTelegramServer, tmp_path: Path
) -> None:
    """A red flag typed at a survey question or as a new owner's first message: answered at once,
    before the report is acknowledged and the question asked again (the model is down)."""
    settings = settings_for(fake_telegram, f"sqlite:///{tmp_path / 'tg.db'}", OLLAMA_HOST=refused_url())
    async with harness(fake_telegram, settings) as tg:
        case = CASES[1]  # 애기를물었어요ㅠㅠ
        await tg.say(9001, case.text, language_code="ko")  # first contact
        first = tg.sent(9001)
        assert_safety_reply(case, first[0])
        assert is_ack(case, first[1])
        assert first[2] == t("ko", "first-report-offer")
        await tg.say(9002, "/start", language_code="ko")
        await tg.say(9002, "콩이")
        before = len(tg.sent(9002))
        await tg.say(9002, "어제 손님손을물었는데피났어요")
        turn = tg.sent(9002)[before:]
        assert_safety_reply(Case("ko", "", (BI,)), turn[0])
        assert t("ko", "report-kept-back") in turn
        assert await stored_flags(tg.rt.store, Channel.TELEGRAM, "9002") == [BI]


async def test_telegram_follow_up_answer_is_checked_when_it_comes(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    """A message after "how often?" that answers it and tells a new incident with a red flag: its
    safety reply comes at once, first in the turn, and the incident is kept as a report of its
    own. (Until stop 63 the first report told the wound itself and the message waited at "add it
    or keep it apart?"; a bite that drew blood now asks no "how often?", a professional first.)"""
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        chat = 9300
        await owner_with_dog(tg, chat, "ko")
        first = "손님이 오면 현관에서 계속 짖어요"
        await tg.say(chat, first)
        await report_done(tg, chat)
        assert tg.last_text(chat) == t("ko", "analysis-followup-frequency")
        before = len(tg.sent(chat))
        second = "매일 그래요 어제는 손님손을물어서 피났어요"
        await tg.say(chat, second)
        turn = tg.sent(chat)[before:]
        assert_safety_reply(Case("ko", "", (BI,)), turn[0])
        async with tg.rt.store.session() as s:
            user = await s.get_user(Channel.TELEGRAM, str(chat))
            assert user is not None
            flags = await s.user_red_flags(user.id)
            reports = await s.list_reports(user.id)
        assert [f.kind for f in flags] == [BI]
        assert sorted(r.text for r in reports) == sorted([first, second])


# "Suddenly" telling how one action happened, not that the dog changed (new-owner trial, F3): no
# health warning, nothing in `red_flags` (the vet summary reads them).
SINGLE_ACTION = [
    Case("ko", "어제 산책하다가 지나가는 자전거 보고 갑자기 달려들었어요"),
    Case("ko", "어제갑자기 택배기사님한테 달려들었어요ㅠㅠ"),
    Case("en", "he suddenly lunged at the delivery guy yesterday"),
]


def assert_no_safety_reply(case: Case, texts: list[str]) -> None:
    headers = [t(case.lang, f"safety-header-{u}") for u in ("now", "within_24h", "soon")]
    for text in texts:
        assert not any(h in text for h in headers), (case.text, text)
        assert t(case.lang, "safety-sudden_change") not in text, (case.text, text)


async def test_telegram_suddenly_in_one_action_is_no_red_flag(
    fake_telegram: FakeTelegramServer, fake_ollama: FakeOllama, tmp_path: Path
) -> None:
    async with telegram_bot(fake_telegram, fake_ollama.url, tmp_path) as tg:
        for n, case in enumerate(SINGLE_ACTION):
            chat = 9500 + n
            turn = await told_with_a_dog(tg, chat, case)
            assert is_ack(case, turn[0]), (case.text, turn)
            assert_no_safety_reply(case, turn)
            assert await stored_flags(tg.rt.store, Channel.TELEGRAM, str(chat)) == []


async def test_kakao_suddenly_in_one_action_is_no_red_flag(tmp_path: Path, fake_ollama: FakeOllama) -> None:
    async with serve_kakao(kakao_settings_for(tmp_path, fake_ollama.url)) as srv:
        for case in SINGLE_ACTION:
            user = await idle_user(srv, english=case.lang == "en")
            await user.send(case.text)
            assert_no_safety_reply(case, user.texts)
            assert await stored_flags(srv.app.state.runtime.store, Channel.KAKAO, user.key) == []


# --------------------------------------------------------------------------- Kakao


@pytest.mark.parametrize("model", ["answering", "down"])
async def test_kakao_safety_reply_comes_first_in_the_same_answer(
    tmp_path: Path, fake_ollama: FakeOllama, model: str
) -> None:
    """Without a callback the answer holds the safety reply first; with a callback a red flag's
    turn still answers at once, whole (Kakao shows a callback answer's own text only as a waiting
    line), and the result is fetched with "Show result" or the next message. A note on a
    punishment alone waits for the result and comes first in its callback (stop 47)."""
    ollama = fake_ollama.url if model == "answering" else refused_url()
    async with receiver() as rx, serve_kakao(kakao_settings_for(tmp_path, ollama)) as srv:
        for n, case in enumerate(CASES):
            user = await idle_user(srv, english=case.lang == "en")
            callback = bool(n % 2) and model == "answering"
            before = len(rx.posts)
            body = await user.send(case.text, callback_url=rx.url if n % 2 else None)
            deferred = callback and not case.flags and not case.question
            assert bool(body.get("useCallback")) is deferred, case.text
            if deferred:
                [post] = (await rx.wait_posts(before + 1))[before:]
                said = "\n".join(
                    o["simpleText"]["text"] for o in post.body["template"]["outputs"] if "simpleText" in o
                )
                assert_safety_reply(case, said)
            else:
                assert_safety_reply(case, "\n".join(user.texts))
            assert await stored_flags(srv.app.state.runtime.store, Channel.KAKAO, user.key) == sorted(
                case.flags
            )
        assert len(rx.posts) == sum(
            1
            for n, c in enumerate(CASES)
            if n % 2 and model == "answering" and not c.flags and not c.question
        )


# --------------------------------------------------------------------------- terminal


def chat_process(cwd: Path, lang: str, lines: list[str], ollama: str) -> str:
    """`dogcoach chat` in a process: the owner names the dog, stops the survey, types `lines`."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(OLLAMA_HOST=ollama, DOGCOACH_ANALYSIS_RETRY_MAX="0.5", DOGCOACH_OLLAMA_PULL="false")
    name = "Kong" if lang == "en" else "콩이"
    result = subprocess.run(
        [sys.executable, "-m", "dogcoach", "chat", "--lang", lang, "--user", "ann"],
        input="\n".join([name, "/cancel", *lines]) + "\n",
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize("model", ["answering", "down"])
@pytest.mark.parametrize("cases", [KO, EN], ids=["ko", "en"])
async def test_terminal_safety_reply_comes_before_each_acknowledgement(
    tmp_path: Path, fake_ollama: FakeOllama, model: str, cases: list[Case]
) -> None:
    ollama = fake_ollama.url if model == "answering" else refused_url()
    fake_ollama.behaviour.analysis = lambda body: sample_analysis(request_language(body), missing=[])
    out = chat_process(tmp_path, cases[0].lang, [c.text for c in cases], ollama)
    position = 0
    for case in cases:
        for part in expected(case):
            found = out.find(part, position)
            assert found >= 0, (case.text, part, out[position:])
            position = found + len(part)
        # the acknowledgement follows, before the next message's safety reply
        acks = [found for p in ack_prefixes(case) if (found := out.find(p, position)) >= 0]
        assert acks, (case.text, out[position:])
        position = min(acks)
    store = make_store(f"sqlite:///{tmp_path / 'dogcoach.db'}")
    async with store:
        flags = await stored_flags(store, Channel.CONSOLE, "ann")
    assert flags == sorted(f for c in cases for f in c.flags)


def ack_prefixes(case: Case) -> list[str]:
    stop = "\x00"
    return [
        MESSAGES.format(case.lang, msg_id, place=stop, wait=stop, count=stop).split(stop)[0]
        for msg_id in ACK_IDS[case.question]
    ]
