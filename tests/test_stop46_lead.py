# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 46, the lead (owner trial 31 through Kakao and Telegram), each fault reproduced through a
real channel first, what was kept read back from the store.

1. The owner in crisis beside a report of the dog ("강아지가 밤마다 짖어서 잠을 못자요 그냥 사라지고
   싶어요", "해피가 밤마다 낑낑대서 한숨도 못잤어요 진짜 죽고싶다", "he barks all night, i cant sleep,
   i just want to disappear"): analysed, or offered to be, with no crisis line (the same words alone
   got it). Now the crisis line first, and the report kept and handled as before.
2. The punishment lecture with nobody punished: "some kind of terrier mix?? scruffy lol" at the
   breed ("scruff*" matched "scruffy"), the dog growling at someone ("she growled at her, is that
   normal": "growled at him/her" was listed as the owner's shouting), "진짜 혼났어요" (I had a hard
   time). The owner's own growl or scruffing still gets it.
3. Plain words not understood ("무슨 뜻인지 잘 모르겠어요") or sent to the model: "안녕하세요 오랜만이에요",
   "까미 엄마예요~ 다시 왔어요" (the owner named by their dog), "나갈게요 담에 봐요", "sorry gotta run,
   finish this later" (at the size: "pick small, medium or large"), "병원 다녀올게 이따 마저 할게" (at
   the concerns: "pick one or more"), "머 할수있는지 알려줘" and "지난번 분석 다시 보여주세요" (the
   model), "can u show me everything ive told u so far" (the model), "알림 이제 안 보내셔도 돼요"
   (the status shown, nothing turned off).
5. (merging the helpers) A seizure told right after a bite was added to the bite report as "a new
   sign of it" (stop 46's aftercare reading): a new emergency of another kind is its own report;
   after something eaten (a poisoning) a seizure is still its sign, added to that report.
4. "when do i get tips?" (a helper's finding): the "get tips" in it turned the tips on; now it is
   asked when they come, and told.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.test_dog_words import _model_calls
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (fixture)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import kakao_answers, kakao_at, kakao_reports, t, tg_reports
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

CRISIS = (
    ("ko", "강아지가 밤마다 짖어서 잠을 못자요 그냥 사라지고 싶어요"),
    ("ko", "요즘 애 짖는거땜에 잠도 못자고 그냥 다 그만 사라지고 싶어요"),
    ("en", "he barks all night and i cant sleep, i just want to disappear"),
    ("en", "she chewed the couch again and honestly i want to die"),
)


def _crisis_first(lang: str, said: str) -> None:
    assert said.startswith(t(lang, "talk-owner-crisis-beside")), said


# -- 1. the owner in crisis beside a report: the crisis line first, the report kept ----------------


@pytest.mark.parametrize(("lang", "typed"), CRISIS)
async def test_a_crisis_beside_a_report_is_said_first_and_the_report_kept_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    _crisis_first(lang, user.text)
    assert await kakao_reports(kakao, user.key) == [typed], user.text


@pytest.mark.parametrize(("lang", "typed"), CRISIS[:1] + CRISIS[2:3])
async def test_a_crisis_beside_a_report_as_the_first_message_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = kakao.user(lang=lang)
    await user.send(typed)
    _crisis_first(lang, user.text)
    assert await kakao_reports(kakao, user.key) == [typed], user.text


@pytest.mark.parametrize(
    ("chat", "lang", "typed"),
    [
        (46101, "ko", "해피가 밤마다 낑낑대서 한숨도 못잤어요 진짜 죽고싶다"),
        (46102, "en", "he barks all night and i cant sleep, i just want to disappear"),
    ],
)
async def test_a_crisis_beside_a_report_is_said_first_on_telegram(
    tg: Harness, chat: int, lang: str, typed: str
) -> None:
    await tg_owner(tg, chat, lang)
    before = len(tg.sent(chat))
    await tg.say(chat, typed)
    _crisis_first(lang, tg.sent(chat)[before])
    assert typed in await tg_reports(tg, chat)


async def test_a_crisis_beside_a_survey_answer_is_said_first_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "alone_hours")
    await user.send("출근하면 9시간이요 그동안 계속 짖는대요 진짜 죽고싶어요")
    _crisis_first("ko", user.text)


async def test_the_crisis_alone_keeps_its_own_line_on_kakao(kakao: Server) -> None:
    user = await kakao_owner(kakao, "ko")
    await user.send("그냥 다 그만 사라지고 싶어요")
    assert user.text.startswith(t("ko", "talk-owner-crisis")), user.text
    assert t("ko", "talk-owner-crisis-beside") not in user.text
    assert await kakao_reports(kakao, user.key) == []


# -- 2. no punishment lecture when nobody punished ----------------------------------------------


def _lectured(lang: str, said: str) -> bool:
    return t(lang, "safety-aversive-why") in said or t(lang, "safety-aversive-why-asked") in said


async def test_a_scruffy_terrier_at_the_breed_gets_no_lecture_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "en", "breed")
    await user.send("some kind of terrier mix?? scruffy lol")
    assert not _lectured("en", user.text), user.text


@pytest.mark.parametrize(
    ("lang", "typed", "lecture"),
    [
        ("en", "our cat walked past her bowl and she growled at her, is that normal", False),
        ("en", "rex growled at him again at dinner when he walked past", False),
        ("ko", "산책하다가 진짜 혼났어요 ㅠㅠ 줄을 엄청 당겨서요", False),
        ("en", "he bit my sleeve so i growled at him and he stopped", True),
        ("en", "he nipped me so I scruffed him", True),
        ("ko", "물어서 크게 혼냈어요", True),
    ],
)
async def test_the_lecture_only_for_the_owners_own_punishment_on_kakao(
    kakao: Server, lang: str, typed: str, lecture: bool
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert _lectured(lang, user.text) is lecture, user.text


# -- 3. plain words: greetings, goodbyes, commands ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "typed", "reply"),
    [
        ("ko", "안녕하세요 오랜만이에요", "talk-greeting"),
        ("ko", "까미 엄마예요~ 다시 왔어요", "talk-greeting"),
        ("en", "kkamis mom here, back again", "talk-greeting"),
        ("en", "hey long time no see", "talk-greeting"),
        ("ko", "나갈게요 담에 봐요", "talk-bye"),
    ],
)
async def test_greetings_and_goodbyes_in_plain_words_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, reply: str
) -> None:
    user = await kakao_owner(kakao, lang)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert user.text.startswith(t(lang, reply)), user.text
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(
    ("lang", "key", "typed", "reply"),
    [
        ("en", "size", "sorry gotta run, finish this later", "talk-bye"),
        ("ko", "concerns", "병원 다녀올게 이따 마저 할게", "talk-to-vet"),
    ],
)
async def test_leaving_mid_survey_is_no_answer_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, key: str, typed: str, reply: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert t(lang, reply) in user.text, user.text
    assert key not in await kakao_answers(kakao, user.key)
    assert await kakao_reports(kakao, user.key) == []
    assert _model_calls(fake_ollama) == calls


@pytest.mark.parametrize(
    ("lang", "typed", "command"),
    [
        ("ko", "머 할수있는지 알려줘", "도움말"),
        ("ko", "지난번 분석 다시 보여주세요", "결과 보기"),
        ("ko", "알림 이제 안 보내셔도 돼요", "알림 꺼줘"),
        ("en", "can u show me everything ive told u so far", "history"),
    ],
)
async def test_commands_in_plain_words_do_what_the_command_does_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, typed: str, command: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(command)
    expected = user.texts
    calls = _model_calls(fake_ollama)
    await user.send(typed)
    assert user.texts == expected, (user.texts, expected)
    assert _model_calls(fake_ollama) == calls
    assert await kakao_reports(kakao, user.key) == []


# -- 4. asked when the tips come: told, never switched on -----------------------------------------


@pytest.mark.parametrize(("chat", "typed"), [(46111, "when do i get tips?"), (46112, "when will I get tips")])
async def test_when_the_tips_come_asked_turns_nothing_on_on_telegram(
    tg: Harness, fake_ollama: FakeOllama, chat: int, typed: str
) -> None:
    await tg_owner(tg, chat, "en")
    await tg.say(chat, "tips off")
    await tg.say(chat, typed)
    assert t("en", "tips-when-off") in tg.sent(chat)[-2:], tg.sent(chat)[-3:]
    user = await tg.user(chat)
    assert user is not None
    async with tg.rt.store.session() as s:
        assert await s.tips_opt_out(user.id)  # still off
    assert _model_calls(fake_ollama) == 0


# -- 5. a new emergency right after another: its own report, unless it is a sign of what was eaten --


@pytest.mark.parametrize(
    ("lang", "first", "then", "own"),
    [
        ("ko", "손님 손을 물었는데 피났어요", "갑자기 쓰러져서 경련을 했어요", True),
        ("en", "he bit a guest's hand and it bled", "he suddenly collapsed and had a seizure", True),
        ("ko", "초콜릿 한봉지를 먹었어요", "갑자기 쓰러져서 경련을 했어요", False),
    ],
)
async def test_a_new_emergency_after_another_is_its_own_report_on_kakao(
    kakao: Server, lang: str, first: str, then: str, own: bool
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(first)
    await user.send(then)
    assert t(lang, "safety-seizure") in user.text, user.text
    reports = await kakao_reports(kakao, user.key)
    if own:
        assert sorted(reports) == sorted([first, then]), (reports, user.text)
    else:
        assert len(reports) == 1 and then in reports[0], (reports, user.text)
