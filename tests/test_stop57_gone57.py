# ruff: noqa: F811  (the channel fixtures are imported by name and used as parameters)
"""Stop 57, helper gone57: a dog the owner removed (one dog, confirmed; issue 11 item 8) named
afterwards (the stop 56 trial's fault 8: after 보리 was removed, "보리 없어졌어?" was sent to the coach
model as a question), each reproduced through a real channel first (KakaoTalk over the skill's HTTP,
Telegram through the fake Bot API), Korean and English, what was stored and replied read back.

The owner has two dogs (`PAIR` of test_stop56_names56: 보리 / Bruno the other, 초코 / Pip active)
and removes 보리 / Bruno with the confirmation. Before the fix the removal kept nothing of him:
- asked about ("보리 없어졌어?", "보리 삭제됐어요?", "where did bruno go", "is bruno deleted?"): a
  question for the coach model (stored, a leash answer);
- his views ("보리 기록 보여줘", "show bruno's history"): "no dog called 보리 is registered";
  glued ("보리기록보여줘") 초코's records; "show brunos history": no dog "brunos";
- switching ("보리로 바꿔줘", "switch to bruno"): "not registered yet, shall we add him?";
- a report about him ("보리가 손님이 오면 현관에서 계속 짖어요", "bruno barked again"): filed under
  초코 / Pip, without a word or as a dog "not registered yet".

Now the removed dog's name is kept on the owner's row (`users.removed_dogs`, migration 15) and a
message naming him is answered as about a dog removed (`handlers/removed.py`): that he was, who the
active dog is, adding him again offered (idle: its buttons, "네" / "yes" takes it); nothing sent to
the model. A report about him alone is kept and analysed under the active dog, said so, and moves
to him if he is added again (as a dog not registered, stop 50). A new dog given his name later is
a dog like any other.

First run at 1c249cdb (main): every test below failed but the new-dog ones (guards: worked before,
must keep working), see each test's comment; the only dog removed then told of, at b504ffad.
"""

from __future__ import annotations

import pytest

from tests.fakes.ollama_fixture import fake_ollama  # noqa: F401  (fixture)
from tests.fakes.ollama_server import FakeOllama
from tests.owners import tg_typed
from tests.test_kakao_skill import KakaoUser, Server, kakao, open_store  # noqa: F401  (fixture)
from tests.test_stop48_dogs2 import _kakao_report_dogs, _tg_report_dogs
from tests.test_stop56_names56 import ACTIVE, OTHER, PAIR, kakao_pair, tg_pair
from tests.test_survey_answers_misread import t
from tests.test_telegram_e2e import Harness, tg  # noqa: F401  (`tg`)

# lang: removing the other dog, confirmed with the confirmation's yes typed
REMOVE = {"ko": ("보리 삭제해줘", "네"), "en": ("remove bruno", "yes")}

# (lang, a question about the removed dog)
ASKED = (
    ("ko", "보리 없어졌어?"),
    ("ko", "보리 삭제됐어요?"),
    ("ko", "보리 어디 갔어?"),
    ("en", "where did bruno go"),
    ("en", "is bruno deleted?"),
    ("en", "did you delete bruno"),
)
# (lang, one of his views asked, glued or not)
VIEWS = (
    ("ko", "보리 기록 보여줘"),
    ("ko", "보리기록보여줘"),
    ("ko", "보리 프로필 보여줘"),
    ("en", "show bruno's history"),
    ("en", "show brunos history"),
)
SWITCHES = (("ko", "보리로 바꿔줘"), ("en", "switch to bruno"))
# (lang, a report about him alone)
REPORTS = (
    ("ko", "보리가 또 짖어요"),
    ("ko", "보리가 손님이 오면 현관에서 계속 짖어요"),
    ("en", "bruno barked again"),
    ("en", "bruno keeps barking at the door when guests come"),
)


def _removed(lang: str, msg_id: str) -> str:
    """What `msg_id` says of the removed dog, the active dog still there, adding offered."""
    name, active = PAIR[lang][0][0], ACTIVE[lang]
    if msg_id == "removed-dog-view":
        return t(lang, msg_id, name=name, dogs=active, offer="yes")
    if msg_id == "report-filed-removed":
        return t(lang, msg_id, typed=name, name=active, offer="yes")
    return t(lang, msg_id, name=name, active=active, offer="yes")


async def _kakao_removed(kakao: Server, lang: str) -> tuple[KakaoUser, dict[str, int]]:
    user, ids = await kakao_pair(kakao, lang)
    for text in REMOVE[lang]:
        await user.send(text)
    assert t(lang, "profile-removed", name=OTHER[lang]) in user.text, user.texts
    return user, ids


async def _tg_removed(tg: Harness, chat: int, lang: str) -> dict[str, int]:
    ids = await tg_pair(tg, chat, lang)
    for text in REMOVE[lang]:
        await tg.say(chat, text)
    assert t(lang, "profile-removed", name=OTHER[lang]) in " ".join(tg.sent(chat)[-2:]), tg.sent(chat)[-2:]
    return ids


async def _kakao_active(kakao: Server, key: str) -> int | None:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return user.active_dog_id


# -- asked about him: never the coach model ---------------------------------------------------------


# First run at 1c249cdb: 6 of 6 failed (a question stored and answered by the coach model; "did you
# delete bruno": no dog called "did you").
@pytest.mark.parametrize(("lang", "text"), ASKED)
async def test_asked_about_a_removed_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user, _ids = await _kakao_removed(kakao, lang)
    await user.send(text)
    assert _removed(lang, "removed-dog-asked") in user.text, user.texts
    assert await _kakao_report_dogs(kakao, user.key) == [], user.texts  # no question stored
    assert not any(r.path == "/api/chat" for r in fake_ollama.requests), user.texts


# First run at 1c249cdb: failed (a question for the coach model).
async def test_asked_about_a_removed_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, text) in enumerate(ASKED, 57101):
        await _tg_removed(tg, chat, lang)
        said = await tg_typed(tg, chat, text)
        assert _removed(lang, "removed-dog-asked") in said, (text, said)
        assert await _tg_report_dogs(tg, chat) == [], (text, said)


# -- his views -------------------------------------------------------------------------------------


# First run at 1c249cdb: 5 of 5 failed ("no dog called 보리 is registered", 초코's records for the
# glued one, no dog "brunos").
@pytest.mark.parametrize(("lang", "text"), VIEWS)
async def test_a_removed_dogs_view_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user, _ids = await _kakao_removed(kakao, lang)
    await user.send(text)
    assert _removed(lang, "removed-dog-view") in user.text, user.texts


# First run at 1c249cdb: failed (as on Kakao).
async def test_a_removed_dogs_view_on_telegram(tg: Harness) -> None:
    for chat, (lang, text) in enumerate(VIEWS, 57111):
        await _tg_removed(tg, chat, lang)
        said = await tg_typed(tg, chat, text)
        assert _removed(lang, "removed-dog-view") in said, (text, said)


# -- switching to him ------------------------------------------------------------------------------


# First run at 1c249cdb: 2 of 2 failed ("not registered yet, shall we add him?").
@pytest.mark.parametrize(("lang", "text"), SWITCHES)
async def test_switching_to_a_removed_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user, ids = await _kakao_removed(kakao, lang)
    await user.send(text)
    assert _removed(lang, "removed-dog-switch") in user.text, user.texts
    assert await _kakao_active(kakao, user.key) == ids[ACTIVE[lang]]


# First run at 1c249cdb: failed ("not registered yet").
async def test_switching_to_a_removed_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, text) in enumerate(SWITCHES, 57121):
        await _tg_removed(tg, chat, lang)
        said = await tg_typed(tg, chat, text)
        assert _removed(lang, "removed-dog-switch") in said, (text, said)


# -- a report about him alone: kept under the active dog, said so, adding him again offered --------


# First run at 1c249cdb: 4 of 4 failed (filed under 초코 / Pip without a word, or as a dog "not
# registered yet").
@pytest.mark.parametrize(("lang", "text"), REPORTS)
async def test_a_report_about_a_removed_dog_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str, text: str
) -> None:
    user, ids = await _kakao_removed(kakao, lang)
    await user.send(text)
    assert await _kakao_report_dogs(kakao, user.key) == [ids[ACTIVE[lang]]], user.texts  # kept
    assert _removed(lang, "report-filed-removed") in "\n".join(user.texts), user.texts


# First run at 1c249cdb: failed (as on Kakao).
async def test_a_report_about_a_removed_dog_on_telegram(tg: Harness) -> None:
    for chat, (lang, text) in enumerate(REPORTS, 57131):
        ids = await _tg_removed(tg, chat, lang)
        said = await tg_typed(tg, chat, text)
        assert await _tg_report_dogs(tg, chat) == [ids[ACTIVE[lang]]], (text, said)
        assert _removed(lang, "report-filed-removed") in said, (text, said)


# -- adding him again ------------------------------------------------------------------------------

# lang: the offer's yes, then the new dog's answers (his name confirmed as offered)
AGAIN = {
    "ko": ("네", "네", "4살", "남아 중성화", "진돗개"),
    "en": ("yes", "yes", "4", "male neutered", "husky"),
}


# First run at 1c249cdb: failed (the offer said "not registered yet"; after adding him the report
# moved, as for any dog not registered). A guard for the way back: "네" at the offer adds him
# under his name and the report told moves to him.
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_removed_dog_added_again_takes_the_report_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user, _ids = await _kakao_removed(kakao, lang)
    await user.send(dict(REPORTS)[lang])
    assert _removed(lang, "report-filed-removed") in "\n".join(user.texts), user.texts
    for text in AGAIN[lang]:
        await user.send(text)
    now = await _kakao_dog_ids_by_name(kakao, user.key)
    assert set(now) == {OTHER[lang], ACTIVE[lang]}, (now, user.texts)
    assert await _kakao_report_dogs(kakao, user.key) == [now[OTHER[lang]]], user.texts


async def _kakao_dog_ids_by_name(kakao: Server, key: str) -> dict[str, int]:
    async with open_store(kakao.settings.database_url) as store, store.session() as s:
        user = await s.get_user("kakao", key)
        assert user is not None
        return {d.name or "": d.id for d in await s.list_dogs(user.id)}


# -- a new dog given his name later: a dog like any other ------------------------------------------

# lang: a new dog named as the removed one, his answers
NEW = {
    "ko": ("/newdog", "보리", "1살", "여아 중성화", "말티즈", "/cancel"),
    "en": ("/newdog", "Bruno", "1", "female spayed", "maltese", "/cancel"),
}
ABOUT_NEW = {"ko": ("보리 기록 보여줘", "보리로 바꿔줘"), "en": ("show bruno's history", "switch to bruno")}


# A guard (worked at 1c249cdb, the name was forgotten): the new 보리 / Bruno is registered, his
# records shown and switched to, never said to be removed.
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_a_new_dog_with_a_removed_dogs_name_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    user, _ids = await _kakao_removed(kakao, lang)
    for text in NEW[lang]:
        await user.send(text)
    now = await _kakao_dog_ids_by_name(kakao, user.key)
    assert OTHER[lang] in now, (now, user.texts)
    removed_line = t(lang, "removed-dog-view", name=OTHER[lang], dogs="\x00", offer="yes").split("\x00")[0]
    view, switch = ABOUT_NEW[lang]
    await user.send(view)
    assert removed_line not in user.text and OTHER[lang] in user.text, user.texts
    await user.send(switch)
    assert await _kakao_active(kakao, user.key) == now[OTHER[lang]], user.texts


# A guard on Telegram (as on Kakao).
async def test_a_new_dog_with_a_removed_dogs_name_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 57141):
        await _tg_removed(tg, chat, lang)
        for text in NEW[lang]:
            await tg.say(chat, text)
        view, switch = ABOUT_NEW[lang]
        said = await tg_typed(tg, chat, view)
        removed_line = t(lang, "removed-dog-view", name=OTHER[lang], dogs="\x00", offer="yes").split("\x00")[
            0
        ]
        assert removed_line not in said and OTHER[lang] in said, said
        said = await tg_typed(tg, chat, switch)
        assert t(lang, "profile-switched", name=OTHER[lang]) in said, said


# -- the only dog removed, then told of ---------------------------------------------------------------

# lang: one dog's survey (then cancelled), removing him, confirmed, and a report about him
ONLY = {
    "ko": (
        ("/start", "보리", "3살", "남아 중성화", "비글", "/cancel", "보리 삭제해줘", "네"),
        "보리가 또 짖어요",
    ),
    "en": (
        ("/start", "Bruno", "3", "male neutered", "beagle", "/cancel", "remove bruno", "yes"),
        "bruno barked again",
    ),
}


def _only(lang: str, msg_id: str) -> str:
    """What `msg_id` says of the only dog, removed, up to how to add it again (offered with its
    buttons idle, told in words while a result's question is open)."""
    name = PAIR[lang][0][0]
    yes, no = (t(lang, msg_id, typed=name, name=name, offer=offer) for offer in ("yes", "no"))
    same = next((i for i, (a, b) in enumerate(zip(yes, no, strict=False)) if a != b), len(yes))
    return yes[:same]


# First run at b504ffad (this branch before the only-dog case): 2 of 2 failed (the report kept with no
# dog under 'Tip: send "start" to tell me about your dog', never said he was removed; asked about
# him, the none-left line was already said then).
@pytest.mark.parametrize("lang", ["ko", "en"])
async def test_the_only_dog_removed_then_told_of_on_kakao(
    kakao: Server, fake_ollama: FakeOllama, lang: str
) -> None:
    before, report = ONLY[lang]
    user = kakao.user(lang=lang)
    for text in before:
        await user.send(text)
    assert t(lang, "profile-removed", name=OTHER[lang]) in "\n".join(user.texts), user.texts
    await user.send(report)
    assert await _kakao_report_dogs(kakao, user.key) == [None], user.texts  # kept
    assert _only(lang, "report-kept-removed") in "\n".join(user.texts), user.texts
    await user.send(dict(ASKED)[lang])
    assert _only(lang, "removed-dog-none") in user.text, user.texts


# First run at b504ffad: failed (as on Kakao).
async def test_the_only_dog_removed_then_told_of_on_telegram(tg: Harness) -> None:
    for chat, lang in enumerate(("ko", "en"), 57151):
        before, report = ONLY[lang]
        for i, text in enumerate(before):
            await tg.say(chat, text, **({"language_code": lang} if not i else {}))
        said = await tg_typed(tg, chat, report)
        assert await _tg_report_dogs(tg, chat) == [None], said
        assert _only(lang, "report-kept-removed") in said, said
