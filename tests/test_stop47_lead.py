# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 47, the lead: what stop 46's landing CI found, each fault reproduced through a real channel
first, what was kept read back from the store.

1. A sick dog's lethargy or lost appetite told at a yes/no or "none" question ("어제부터 토를 세번
   했어요 기운도 없고요" at the children, "hes got no energy and keeps throwing up" too, "입맛도
   없어요" at the other pets) was read as the question's "no" ("기운도 없고요": no children), the
   report beside it kept with an invented answer. The dog's condition told as gone answers nothing.
2. A name quoted at the worst reaction ("해피라고 해요", "it's called Happy") was read as an answer
   said before with its insisting ending ("라고") taken off, and "해피 해요" then held "피해요"
   (avoiding): stored as "none". An insisting ending ends the message.
3. A bite when the dog is handled ("발만지면 물어요", "he bites when i touch his paws"; owner trial
   32) got an analysis with no safety line: no person was named beside the bite. The one handling
   the dog is the one bitten: the bite guidance first.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.test_kakao_skill import Server, kakao  # noqa: F401  (`kakao`)
from tests.test_stop35_profile import kakao_owner, tg_owner
from tests.test_survey_answers_misread import (
    asked,
    kakao_answers,
    kakao_at,
    kakao_reports,
    t,
    tg_answers,
    tg_at,
    tg_reports,
)
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

SICK = (
    ("ko", "children", "어제부터 토를 세번 했어요 기운도 없고요"),
    ("en", "children", "hes got no energy and keeps throwing up since yesterday"),
    ("ko", "other_pets", "어제부터 설사하고 입맛도 없어요"),
    ("en", "other_pets", "shes had diarrhea since monday and no appetite either"),
)


@pytest.mark.parametrize(("lang", "key", "typed"), SICK)
async def test_a_sick_dogs_lost_energy_is_no_answer_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    await asyncio.sleep(0.2)
    answers = await kakao_answers(kakao, user.key)
    assert key not in answers, (answers, user.texts)
    assert asked(lang, key) in user.text, user.texts  # the question still open, asked again
    assert await kakao_reports(kakao, user.key) == [typed], user.texts  # the illness kept


async def test_a_sick_dogs_lost_energy_is_no_answer_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed) in enumerate(SICK, 47001):
        await tg_at(tg, chat, lang, key)
        await tg.say(chat, typed)
        answers = await tg_answers(tg, chat)
        assert key not in answers, (answers, tg.sent(chat))
        assert await tg_reports(tg, chat) == [typed], tg.sent(chat)


@pytest.mark.parametrize(
    ("lang", "typed"), [("ko", "없어요"), ("ko", "애기 없고 기운도 없어요"), ("en", "no")]
)
async def test_a_plain_no_is_still_no_children_on_kakao(kakao: Server, lang: str, typed: str) -> None:
    user = await kakao_at(kakao, lang, "children")
    await user.send(typed)
    assert (await kakao_answers(kakao, user.key)).get("children") == "no", user.texts
    assert asked(lang, "other_pets") in user.text, user.texts


QUOTED = (("ko", "해피라고 해요"), ("ko", "콩이라고 해요 ㅎㅎ"))


@pytest.mark.parametrize(("lang", "typed"), QUOTED)
async def test_a_name_quoted_at_the_worst_reaction_is_no_answer_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, "worst_reaction")
    await user.send(typed)
    assert "worst_reaction" not in await kakao_answers(kakao, user.key), user.texts


async def test_an_insisting_ending_still_answers_on_kakao(kakao: Server) -> None:
    user = await kakao_at(kakao, "ko", "worst_reaction")
    await user.send("아니 으르렁이라니까요")
    assert (await kakao_answers(kakao, user.key)).get("worst_reaction") == "growl", user.texts


# -- 3. a bite when the dog is handled is a bite on a person (owner trial 32) --------------------

HANDLED = (
    ("ko", "두부랑 싸우는거 그리고 발만지면 물어요"),
    ("ko", "발톱 깎을 때 물어요 ㅠ"),
    ("en", "he bites when i touch his paws"),
    ("en", "she bit me when i tried to cut her nails"),
)


def _bite_line(lang: str) -> str:
    return t(lang, "safety-bite_person").split(".")[0]


@pytest.mark.parametrize(("lang", "typed"), HANDLED)
async def test_a_bite_when_handled_gets_the_bite_guidance_on_kakao(
    kakao: Server, lang: str, typed: str
) -> None:
    user = await kakao_owner(kakao, lang)
    await user.send(typed)
    assert _bite_line(lang) in "\n".join(user.texts), user.texts
    assert await kakao_reports(kakao, user.key) == [typed], user.texts


async def test_a_bite_when_handled_gets_the_bite_guidance_on_telegram(tg: Harness) -> None:
    for chat, (lang, typed) in enumerate(HANDLED, 47101):
        await tg_owner(tg, chat, lang)
        await tg.say(chat, typed)
        assert any(_bite_line(lang) in s for s in tg.sent(chat)), tg.sent(chat)


# -- 4. "back" inside a sentence is no Back (the illness helper's finding) ----------------------

BACK_WORD = (
    ("en", "children", "he's limping on his back leg since the walk", True),
    ("en", "sex", "when i got back he had torn up the couch", True),
    ("en", "concerns", "he barks when we come back from work", False),
)
GO_BACK = (
    ("en", "children", "sorry can we go back"),
    ("en", "sex", "i want to go back to the last question"),
    ("ko", "children", "아 이전 질문 다시요"),
    ("ko", "size", "앞에 질문 잘못 눌렀어요"),
)
BEFORE = {
    "children": "household",
    "concerns": "exercise_minutes",
    "sex": "age_months",
    "size": "breed",
}


@pytest.mark.parametrize(("lang", "key", "typed", "report"), BACK_WORD)
async def test_back_inside_a_sentence_keeps_the_question_on_kakao(
    kakao: Server, lang: str, key: str, typed: str, report: bool
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, BEFORE[key]) not in "\n".join(user.texts), user.texts  # never the one before
    if report:  # the same question asked again after the report's line
        assert asked(lang, key) in user.text, user.texts
        assert await kakao_reports(kakao, user.key) == [typed], user.texts


@pytest.mark.parametrize(("lang", "key", "typed"), GO_BACK)
async def test_asking_to_go_back_in_a_sentence_goes_back_on_kakao(
    kakao: Server, lang: str, key: str, typed: str
) -> None:
    user = await kakao_at(kakao, lang, key)
    await user.send(typed)
    assert asked(lang, BEFORE[key]) in user.text, user.texts


async def test_back_inside_a_sentence_keeps_the_question_on_telegram(tg: Harness) -> None:
    for chat, (lang, key, typed, _report) in enumerate(BACK_WORD, 47201):
        await tg_at(tg, chat, lang, key)
        shown = len(tg.sent(chat))
        await tg.say(chat, typed)
        assert not any(asked(lang, BEFORE[key]) in s for s in tg.sent(chat)[shown:]), tg.sent(chat)


# -- 5. every locale entry defined once (merging found one defined twice since stop 45) ---------


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_every_locale_entry_is_defined_once_and_parses(locale: str) -> None:
    """fluent.runtime keeps the first of two entries with one id and drops a stray attribute as
    junk, both silently: "understanding-household-alone" was defined twice in both locales since
    stop 45, the second one's words ("혼자삼", "just myself") never read."""
    seen: dict[str, str] = {}
    problems: list[str] = []
    folder = Path(__file__).parent.parent / "dogcoach" / "locales" / locale
    for path in sorted(folder.glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Junk):
                problems.append(f"{path.name}: junk {entry.content[:60]!r}")
            if isinstance(entry, ast.Message | ast.Term):
                name = entry.id.name
                if name in seen:
                    problems.append(f"{path.name}: {name} again (first in {seen[name]})")
                seen[name] = path.name
                attributes = [a.id.name for a in entry.attributes]
                if len(attributes) != len(set(attributes)):
                    problems.append(f"{path.name}: {name} has an attribute twice")
    assert problems == []
