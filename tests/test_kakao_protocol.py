"""KakaoTalk skill protocol: request parsing, Incoming mapping, rendering limits, callback safety."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from dogcoach.channels.kakao import (
    MORE_CHOICE_ID,
    CallbackFailed,
    CallbackUrlRejected,
    ListEntry,
    SkillRequest,
    SkillResponse,
    callback_accepted,
    is_allowed_callback_url,
    list_card,
    page_choice,
    parse_hosts,
    parse_page_choice,
    post_callback,
    render,
    shorten_label,
    skill_response,
    split_text,
    text_card,
    to_incoming,
    validate_callback_url,
)
from dogcoach.channels.kakao.models import MAX_UTTERANCE, CallbackAccepted, CallbackAnswer
from dogcoach.channels.kakao.render import text_width
from dogcoach.domain.types import Attachment, Choice, Reply

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kakao"
MORE = "MORE"  # stand-ins for localized labels the caller would pass
MORE_OPTIONS = "OPTIONS"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture
def text_body() -> dict[str, Any]:
    return load("skill_text.json")


@pytest.fixture
def tap_body() -> dict[str, Any]:
    return load("skill_quickreply_with_callback.json")


def quick_replies(body: dict[str, Any]) -> list[dict[str, Any]]:
    qr: list[dict[str, Any]] = body["template"].get("quickReplies", [])
    return qr


def texts(body: dict[str, Any]) -> list[str]:
    return [o["simpleText"]["text"] for o in body["template"]["outputs"] if "simpleText" in o]


# --------------------------------------------------------------------------- requests


def test_text_fixture_parses(text_body: dict[str, Any]) -> None:
    req = SkillRequest.model_validate(text_body)
    ur = req.user_request
    assert ur.utterance.startswith("우리 콩이가")
    assert ur.user.id == text_body["userRequest"]["user"]["id"]
    assert ur.user.properties.plusfriend_user_key == "Qx7Lm2PaZ9tR"
    assert ur.user.properties.is_friend is True
    assert ur.params == {"surface": "Kakaotalk.plusfriend"}
    assert req.callback_url is None
    assert req.flow is not None and req.flow.trigger is not None
    assert req.flow.trigger.type == "TEXT_INPUT"


def test_tap_fixture_parses_from_json_bytes() -> None:
    raw = (FIXTURES / "skill_quickreply_with_callback.json").read_bytes()
    req = SkillRequest.model_validate_json(raw)
    assert req.action.client_extra == {"step": "neutered", "value": "yes"}
    assert req.callback_url is not None and req.callback_url.startswith("https://bot-api.kakao.com/")
    assert req.raw == json.loads(raw)


def test_unknown_fields_are_ignored_but_kept_in_raw(text_body: dict[str, Any]) -> None:
    body = copy.deepcopy(text_body)
    body["brandNewField"] = {"x": 1}
    body["userRequest"]["user"]["properties"]["somethingElse"] = "y"
    body["userRequest"]["user"]["properties"]["isFriend"] = None
    req = SkillRequest.model_validate(body)
    assert req.raw["brandNewField"] == {"x": 1}
    assert req.user_request.user.properties.is_friend is None


def test_minimal_body_is_enough() -> None:
    req = SkillRequest.model_validate({"userRequest": {"utterance": "hi", "user": {"id": "u1"}}})
    assert req.action.client_extra == {}
    assert req.contexts == []
    assert req.raw == {"userRequest": {"utterance": "hi", "user": {"id": "u1"}}}


@pytest.mark.parametrize("extra", [None, "null", "", "not json", [1, 2], 5])
def test_client_extra_loose_shapes_become_empty(text_body: dict[str, Any], extra: Any) -> None:
    body = copy.deepcopy(text_body)
    body["action"]["clientExtra"] = extra
    assert SkillRequest.model_validate(body).action.client_extra == {}


def test_client_extra_json_string_is_decoded(text_body: dict[str, Any]) -> None:
    body = copy.deepcopy(text_body)
    body["action"]["clientExtra"] = '{"choice": "yes"}'
    assert SkillRequest.model_validate(body).action.client_extra == {"choice": "yes"}


def _mutations() -> list[tuple[str, Any]]:
    def drop(*path: str) -> Any:
        def f(b: dict[str, Any]) -> None:
            node = b
            for key in path[:-1]:
                node = node[key]
            del node[path[-1]]

        return f

    def put(value: Any, *path: str) -> Any:
        def f(b: dict[str, Any]) -> None:
            node = b
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value

        return f

    return [
        ("missing userRequest", drop("userRequest")),
        ("missing user", drop("userRequest", "user")),
        ("missing user.id", drop("userRequest", "user", "id")),
        ("missing utterance", drop("userRequest", "utterance")),
        ("userRequest not an object", put("hello", "userRequest")),
        ("utterance a number", put(42, "userRequest", "utterance")),
        ("utterance a list", put(["a"], "userRequest", "utterance")),
        ("user.id a number", put(12345, "userRequest", "user", "id")),
        ("user.id empty", put("", "userRequest", "user", "id")),
        ("user.id huge", put("x" * 10_000, "userRequest", "user", "id")),
        ("utterance 100 kB", put("가" * 100_000, "userRequest", "utterance")),
        ("utterance over MAX_UTTERANCE", put("a" * (MAX_UTTERANCE + 1), "userRequest", "utterance")),
        ("params not an object", put([1], "userRequest", "params")),
        ("contexts not a list", put("x", "contexts")),
    ]


@pytest.mark.parametrize(("case", "mutate"), _mutations(), ids=[m[0] for m in _mutations()])
def test_malformed_bodies_raise(text_body: dict[str, Any], case: str, mutate: Any) -> None:
    body = copy.deepcopy(text_body)
    mutate(body)
    with pytest.raises(ValidationError):
        SkillRequest.model_validate(body)
    with pytest.raises(ValidationError):
        SkillRequest.model_validate_json(json.dumps(body))


def test_body_not_an_object_raises() -> None:
    with pytest.raises(ValidationError):
        SkillRequest.model_validate_json(b"[]")
    with pytest.raises(ValidationError):
        SkillRequest.model_validate_json(b"{not json")


def test_utterance_at_the_cap_is_accepted(text_body: dict[str, Any]) -> None:
    body = copy.deepcopy(text_body)
    body["userRequest"]["utterance"] = "a" * 1000
    assert len(SkillRequest.model_validate(body).user_request.utterance) == 1000


# --------------------------------------------------------------------------- incoming


def test_to_incoming_text(text_body: dict[str, Any]) -> None:
    inc = to_incoming(SkillRequest.model_validate(text_body))
    assert inc.user.channel == "kakao"
    assert inc.user.external_id == text_body["userRequest"]["user"]["id"]
    assert inc.text == text_body["userRequest"]["utterance"]
    assert inc.choice is None
    assert inc.locale_hint == "ko"
    assert inc.payload == text_body


def test_to_incoming_foreign_extra_falls_back_to_text(tap_body: dict[str, Any]) -> None:
    inc = to_incoming(SkillRequest.model_validate(tap_body))
    assert inc.choice is None
    assert inc.text == "중성화 했어요"
    assert inc.payload == tap_body


def test_to_incoming_our_choice(tap_body: dict[str, Any]) -> None:
    body = copy.deepcopy(tap_body)
    body["action"]["clientExtra"] = {"choice": "neutered.yes", "page": 2}
    inc = to_incoming(SkillRequest.model_validate(body))
    assert inc.choice == "neutered.yes"
    assert inc.text == "중성화 했어요"


@pytest.mark.parametrize("bad", [5, "", None, ["a"], "x" * 500])
def test_to_incoming_bad_choice_ignored(tap_body: dict[str, Any], bad: Any) -> None:
    body = copy.deepcopy(tap_body)
    body["action"]["clientExtra"] = {"choice": bad}
    assert to_incoming(SkillRequest.model_validate(body)).choice is None


@pytest.mark.parametrize(
    ("lang", "hint"), [("ko", "ko"), ("kr", "ko"), ("EN", "en"), (None, None), ("", None)]
)
def test_to_incoming_locale_hint(text_body: dict[str, Any], lang: str | None, hint: str | None) -> None:
    body = copy.deepcopy(text_body)
    body["userRequest"]["lang"] = lang
    assert to_incoming(SkillRequest.model_validate(body)).locale_hint == hint


def test_to_incoming_blank_utterance_is_no_text(text_body: dict[str, Any]) -> None:
    body = copy.deepcopy(text_body)
    body["userRequest"]["utterance"] = "   "
    assert to_incoming(SkillRequest.model_validate(body)).text is None


# --------------------------------------------------------------------------- text splitting


def test_split_short_and_exact() -> None:
    assert split_text("hello") == ["hello"]
    assert split_text("a" * 1000) == ["a" * 1000]
    assert split_text("") == []
    assert split_text("\n\n  \n") == []


def test_split_prefers_line_boundaries() -> None:
    lines = [f"{i:03d} " + "x" * 95 for i in range(25)]  # 25 lines of 99 chars
    chunks = split_text("\n".join(lines))
    assert all(text_width(c) <= 1000 for c in chunks)
    assert "\n".join(chunks).split("\n") == lines  # no line was cut
    assert len(chunks) == 3


def test_split_long_line_at_spaces_then_characters() -> None:
    words = [f"word{i:04d}" for i in range(300)]  # 300 * 9 - 1 chars on one line
    chunks = split_text(" ".join(words))
    assert all(text_width(c) <= 1000 for c in chunks)
    assert " ".join(chunks).split(" ") == words
    assert all(not c.startswith(" ") and not c.endswith(" ") for c in chunks)

    assert split_text("a" * 2500) == ["a" * 1000, "a" * 1000, "a" * 500]


def test_split_counts_astral_characters_twice() -> None:
    chunks = split_text("🐶" * 700)
    assert [len(c) for c in chunks] == [500, 200]
    assert all(text_width(c) <= 1000 for c in chunks)


# --------------------------------------------------------------------------- rendering


def test_render_simple_text_validates() -> None:
    out = render([Reply(text="안녕하세요")], more_label=MORE)
    assert out.body == {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": "안녕하세요"}}]}}
    assert out.overflow == []
    SkillResponse.model_validate(out.body)


def test_render_nothing_raises() -> None:
    with pytest.raises(ValueError, match="nothing to render"):
        render([], more_label=MORE)
    with pytest.raises(ValueError, match="nothing to render"):
        render([Reply(text="  ")], more_label=MORE)


def test_render_three_outputs_max_with_overflow_behind_more() -> None:
    paragraphs = [f"P{i} " + "가" * 900 for i in range(5)]
    out = render([Reply(text="\n".join(paragraphs))], more_label=MORE)
    outputs = texts(out.body)
    assert len(outputs) == 3
    assert all(len(t) <= 1000 for t in outputs)
    assert outputs + out.overflow == paragraphs
    qr = quick_replies(out.body)
    assert qr == [
        {"label": MORE, "action": "message", "messageText": MORE, "extra": {"choice": MORE_CHOICE_ID}}
    ]
    SkillResponse.model_validate(out.body)

    more = render(out.more_replies(), more_label=MORE)
    assert texts(more.body) == paragraphs[3:]
    assert more.overflow == []
    assert "quickReplies" not in more.body["template"]


def test_render_custom_more_choice_id() -> None:
    out = render([Reply(text="a" * 4500)], more_label=MORE, more_choice_id="srv.more")
    assert quick_replies(out.body)[0]["extra"] == {"choice": "srv.more"}
    assert len(out.overflow) == 2


def test_render_packs_many_short_replies() -> None:
    replies = [Reply(text=f"line {i}") for i in range(6)]
    out = render(replies, more_label=MORE)
    assert out.overflow == []
    assert len(out.body["template"]["outputs"]) <= 3
    joined = "\n".join(texts(out.body))
    assert all(f"line {i}" in joined for i in range(6))


def test_render_up_to_three_replies_stay_separate() -> None:
    out = render([Reply(text="a"), Reply(text="b"), Reply(text="c")], more_label=MORE)
    assert texts(out.body) == ["a", "b", "c"]


def test_render_choices_from_last_reply_with_choices() -> None:
    first = Reply(text="q1", choices=(Choice("old", "Old"),))
    second = Reply(text="q2", choices=(Choice("yes", "예"), Choice("no", "아니요")))
    out = render([first, second, Reply(text="tail")], more_label=MORE)
    qr = quick_replies(out.body)
    assert [q["extra"]["choice"] for q in qr] == ["yes", "no"]
    assert [q["label"] for q in qr] == ["예", "아니요"]
    assert all(q["action"] == "message" for q in qr)


def test_render_ten_choices_fit_without_paging() -> None:
    choices = tuple(Choice(f"c{i}", f"opt {i}") for i in range(10))
    out = render([Reply(text="q", choices=choices)], more_label=MORE, more_options_label=MORE_OPTIONS)
    assert [q["extra"]["choice"] for q in quick_replies(out.body)] == [c.id for c in choices]
    assert out.page_count == 1


def test_render_pages_long_choice_lists() -> None:
    choices = tuple(Choice(f"c{i}", f"opt {i}") for i in range(12))
    reply = Reply(text="q", choices=choices)
    first = render([reply], more_label=MORE, more_options_label=MORE_OPTIONS)
    qr = quick_replies(first.body)
    assert len(qr) == 10
    assert [q["extra"]["choice"] for q in qr[:9]] == [f"c{i}" for i in range(9)]
    assert qr[9]["label"] == MORE_OPTIONS
    assert qr[9]["extra"] == {"choice": page_choice(1), "page": 1}
    assert (first.page, first.page_count) == (0, 2)

    page = parse_page_choice(qr[9]["extra"]["choice"])
    assert page == 1
    second = render([reply], more_label=MORE, more_options_label=MORE_OPTIONS, page=page)
    qr2 = quick_replies(second.body)
    assert [q["extra"]["choice"] for q in qr2[:-1]] == ["c9", "c10", "c11"]
    assert qr2[-1]["extra"]["choice"] == page_choice(0)  # wraps around

    assert render([reply], more_label=MORE, page=7).page == 1  # stale pages wrap


def test_parse_page_choice() -> None:
    assert parse_page_choice(page_choice(3)) == 3
    assert parse_page_choice("kakao.page:x") is None
    assert parse_page_choice("kakao.page:-1") is None
    assert parse_page_choice("c1") is None
    assert parse_page_choice(None) is None
    assert parse_page_choice(page_choice(2, "p"), "p") == 2


def test_render_multi_choice_17_categories() -> None:
    cats = tuple(Choice(f"cat{i}", f"Behaviour category {i}", selected=i in (0, 12)) for i in range(17))
    done = Choice("done", "선택 완료")
    reply = Reply(text="어떤 행동이 고민인가요?", choices=(*cats, done), multi=True)
    seen: list[str] = []
    for page in range(3):
        out = render([reply], more_label=MORE, more_options_label=MORE_OPTIONS, page=page)
        qr = quick_replies(out.body)
        assert len(qr) <= 10
        ids = [q["extra"]["choice"] for q in qr]
        assert "done" in ids  # the done option is on every page
        assert ids[-1] == page_choice((page + 1) % out.page_count)
        seen += [i for i in ids if i.startswith("cat")]
        for q in qr:
            assert len(q["label"]) <= 14
        for q in qr:
            if q["extra"]["choice"] in ("cat0", "cat12"):
                assert q["label"].startswith("✓ ")
                assert not q["messageText"].startswith("✓")
            elif q["extra"]["choice"].startswith("cat"):
                assert not q["label"].startswith("✓")
        assert out.page_count == 3
    assert seen == [c.id for c in cats]


def test_render_multi_pinned_explicit() -> None:
    opts = tuple(Choice(f"o{i}", f"o{i}") for i in range(14))
    reply = Reply(text="q", choices=(Choice("done", "done"), *opts), multi=True)
    out = render([reply], more_label=MORE, pinned_choice_ids={"done"})
    ids = [q["extra"]["choice"] for q in quick_replies(out.body)]
    assert ids == [*(f"o{i}" for i in range(8)), "done", page_choice(1)]

    out = render([reply], more_label=MORE, pinned_choice_ids=())
    ids = [q["extra"]["choice"] for q in quick_replies(out.body)]
    assert ids == ["done", *(f"o{i}" for i in range(8)), page_choice(1)]


def test_render_overflow_and_choices_share_the_ten_slots() -> None:
    choices = tuple(Choice(f"c{i}", f"c{i}") for i in range(10))
    out = render([Reply(text="a" * 3500, choices=choices)], more_label=MORE, more_options_label=MORE_OPTIONS)
    qr = quick_replies(out.body)
    assert len(qr) == 10
    assert qr[0]["extra"]["choice"] == MORE_CHOICE_ID
    assert qr[-1]["extra"]["choice"] == page_choice(1)
    SkillResponse.model_validate(out.body)
    more = out.more_replies()
    assert more[-1].choices == choices  # the question stays answerable after "more"


def test_render_label_shortening() -> None:
    long = Choice("x", "산책할 때 다른 강아지를 보면 짖어요")
    out = render([Reply(text="q", choices=(long,))], more_label="더 보기가 아주 아주 긴 라벨입니다")
    qr = quick_replies(out.body)
    assert len(qr[0]["label"]) <= 14
    assert qr[0]["label"].endswith("…")
    assert qr[0]["messageText"] == long.label
    assert shorten_label("short") == "short"
    assert shorten_label("exactly 14 chr") == "exactly 14 chr"
    assert shorten_label("Category number 11") == "Category numb…"
    assert shorten_label("Barking at visitors") == "Barking at…"
    assert shorten_label("  spaced   out  ") == "spaced out"


def test_render_more_label_shortened_but_sent_in_full() -> None:
    label = "Show me the rest of it please"
    out = render([Reply(text="a" * 3500)], more_label=label)
    qr = quick_replies(out.body)[0]
    assert len(qr["label"]) <= 14
    assert qr["messageText"] == label


def test_render_images() -> None:
    img = Attachment(filename="chart.png", data=b"\x89PNG", mime_type="image/png")
    reply = Reply(text="chart", image=img)

    out = render([reply], more_label=MORE, image_url=lambda a: f"https://cdn.example/{a.filename}")
    assert out.body["template"]["outputs"] == [
        {"simpleText": {"text": "chart"}},
        {"simpleImage": {"imageUrl": "https://cdn.example/chart.png", "altText": "chart"}},
    ]  # without an alt sentence, the reply's first line describes it (issue 16: not the file name)
    described = Reply(
        text="chart", image=Attachment("chart.png", b"\x89PNG", "image/png", alt="A bar chart: 2.")
    )
    out = render([described], more_label=MORE, image_url=lambda a: "https://x/y")
    assert out.body["template"]["outputs"][1] == {
        "simpleImage": {"imageUrl": "https://x/y", "altText": "A bar chart: 2."}
    }
    out = render([reply], more_label=MORE, image_url=lambda a: None)
    assert out.body["template"]["outputs"] == [{"simpleText": {"text": "chart"}}]
    out = render([reply], more_label=MORE)
    assert out.body["template"]["outputs"] == [{"simpleText": {"text": "chart"}}]
    out = render(
        [Reply(text="", image=img)], more_label=MORE, image_url=lambda a: "https://x/y", image_alt="alt"
    )
    assert out.body["template"]["outputs"] == [{"simpleImage": {"imageUrl": "https://x/y", "altText": "alt"}}]


# --------------------------------------------------------------------------- other bodies


def test_callback_accepted_body() -> None:
    assert callback_accepted("잠시만요") == {
        "version": "2.0",
        "useCallback": True,
        "data": {"text": "잠시만요"},
    }
    assert callback_accepted() == {"version": "2.0", "useCallback": True}
    CallbackAccepted.model_validate(callback_accepted("x"))


def test_callback_answer_model() -> None:
    ok = CallbackAnswer.model_validate({"taskId": "t", "status": "SUCCESS", "message": "", "timestamp": 1})
    assert ok.ok and ok.task_id == "t"
    assert not CallbackAnswer.model_validate({"status": "FAIL"}).ok


def test_list_card_and_text_card() -> None:
    items = [ListEntry(title=f"report {i}", description=f"2026-01-0{i}", choice_id=f"r{i}") for i in range(5)]
    card = list_card("history", items, buttons=[Choice("older", "older")])
    body = skill_response([card], [{"label": "x", "action": "message", "messageText": "x"}])
    SkillResponse.model_validate(body)
    lc = body["template"]["outputs"][0]["listCard"]
    assert lc["header"] == {"title": "history"}
    assert lc["items"][0] == {
        "title": "report 0",
        "description": "2026-01-00",
        "action": "message",
        "messageText": "report 0",
        "extra": {"choice": "r0"},
    }
    assert lc["buttons"] == [
        {"label": "older", "action": "message", "messageText": "older", "extra": {"choice": "older"}}
    ]
    with pytest.raises(ValidationError):
        list_card("h", [*items, ListEntry(title="sixth")])
    with pytest.raises(ValidationError):
        list_card("h", [])
    tc = text_card("title", "desc", [Choice("a", "A")])
    assert tc == {
        "textCard": {
            "title": "title",
            "description": "desc",
            "buttons": [{"label": "A", "action": "message", "messageText": "A", "extra": {"choice": "a"}}],
        }
    }


def test_skill_response_limits() -> None:
    out = {"simpleText": {"text": "x"}}
    with pytest.raises(ValidationError):
        skill_response([out] * 4)
    with pytest.raises(ValidationError):
        skill_response([])
    with pytest.raises(ValidationError):
        skill_response([{"simpleText": {"text": "x" * 1001}}])
    with pytest.raises(ValidationError):
        skill_response([{"simpleText": {"text": "x"}, "simpleImage": {"imageUrl": "u", "altText": "a"}}])
    qr = {"label": "l", "action": "message", "messageText": "l"}
    with pytest.raises(ValidationError):
        skill_response([out], [qr] * 11)


# --------------------------------------------------------------------------- SSRF guard


@pytest.mark.parametrize(
    "url",
    [
        "https://bot-api.kakao.com/v1/bots/abc/callback/tok",
        "https://kakao.com/cb",
        "https://KAKAO.COM./cb",
        "https://a.b.kakao.com:443/cb?x=1",
    ],
)
def test_callback_url_allowed(url: str) -> None:
    assert validate_callback_url(url) == url
    assert is_allowed_callback_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://bot-api.kakao.com/cb",
        "ftp://kakao.com/cb",
        "//kakao.com/cb",
        "kakao.com/cb",
        "https://evil.com/cb",
        "https://kakao.com.evil.com/cb",
        "https://evilkakao.com/cb",
        "https://kakao.co/cb",
        "https://kakao.com@evil.com/",
        "https://user:pw@bot-api.kakao.com/cb",
        "https://evil.com\\@kakao.com/",
        "https://evil.com#@kakao.com",
        "https://evil.com?.kakao.com",
        "https://127.0.0.1/cb",
        "https://[::1]/cb",
        "https://169.254.169.254/latest/meta-data",
        "https://2130706433/",
        "https://0x7f.0.0.1/",
        "https://kakao%2ecom/",
        "https://bot-api.kakao.com:8443/cb",
        "https://bot-api.kakao.com:99999/cb",
        "https://bot api.kakao.com/cb",
        "https://bot-api.kakao.com/cb\r\nX: y",
        "https://카카오.com/",
        "https://" + "a" * 3000 + ".kakao.com/",
        "",
    ],
)
def test_callback_url_rejected(url: str) -> None:
    with pytest.raises(CallbackUrlRejected):
        validate_callback_url(url)
    assert not is_allowed_callback_url(url)


def test_callback_url_loopback_only_with_flag() -> None:
    url = "http://127.0.0.1:8080/cb"
    assert not is_allowed_callback_url(url, ["127.0.0.1"])
    assert is_allowed_callback_url(url, ["127.0.0.1"], allow_http=True)
    assert not is_allowed_callback_url("http://127.0.0.2:8080/cb", ["127.0.0.1"], allow_http=True)
    assert not is_allowed_callback_url("http://evil.com/cb", ["127.0.0.1"], allow_http=True)
    assert is_allowed_callback_url("https://127.0.0.1/cb", ["127.0.0.1"])


def test_parse_hosts() -> None:
    assert parse_hosts(None) == ("kakao.com",)
    assert parse_hosts("") == ("kakao.com",)
    assert parse_hosts(" Kakao.com, example.org. ") == ("kakao.com", "example.org")
    assert is_allowed_callback_url("https://x.example.org/", parse_hosts("kakao.com,example.org"))


# --------------------------------------------------------------------------- callback POST


@asynccontextmanager
async def receiver(
    status: int, answer: bytes, *, delay: float = 0.0, headers: str = ""
) -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    """A one-route HTTP/1.1 server on 127.0.0.1 standing in for Kakao's callback endpoint."""
    received: list[dict[str, Any]] = []
    release = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.decode("latin-1").split("\r\n"):
                name, _, value = line.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            received.append(json.loads(await reader.readexactly(length)))
            if delay:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(release.wait(), delay)
            writer.write(
                f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{headers}"
                f"Content-Length: {len(answer)}\r\nConnection: close\r\n\r\n".encode()
                + answer
            )
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/v1/bots/b/callback/token", received
    finally:
        release.set()
        server.close()
        await server.wait_closed()


async def post_local(url: str, body: Any, *, http_timeout: float = 5.0) -> CallbackAnswer:
    """post_callback with the test-only permission to reach the local receiver over http."""
    return await post_callback(
        url, body, allowed_hosts=["127.0.0.1"], allow_http=True, http_timeout=http_timeout
    )


BODY = render([Reply(text="분석 결과")], more_label=MORE).body


@pytest.mark.asyncio
async def test_post_callback_success() -> None:
    answer = b'{"taskId":"t1","status":"SUCCESS","message":"","timestamp":1700000000000}'
    async with receiver(200, answer) as (url, received):
        result = await post_local(url, BODY)
    assert result.ok and result.task_id == "t1"
    assert received == [BODY]


@pytest.mark.asyncio
async def test_post_callback_accepts_model_body() -> None:
    async with receiver(200, b'{"status":"SUCCESS"}') as (url, received):
        await post_local(url, SkillResponse.model_validate(BODY))
    assert received == [BODY]


@pytest.mark.asyncio
@pytest.mark.parametrize("status", ["FAIL", "ERROR"])
async def test_post_callback_fail_and_error(status: str) -> None:
    answer = json.dumps({"taskId": "t", "status": status, "message": "expired"}).encode()
    async with receiver(200, answer) as (url, _):
        with pytest.raises(CallbackFailed) as info:
            await post_local(url, BODY)
    assert info.value.reason == "rejected"
    assert info.value.status == status
    assert info.value.http_status == 200
    assert info.value.detail == "expired"


@pytest.mark.asyncio
async def test_post_callback_http_500() -> None:
    async with receiver(500, b"oops") as (url, _):
        with pytest.raises(CallbackFailed) as info:
            await post_local(url, BODY)
    assert info.value.reason == "http"
    assert info.value.http_status == 500


@pytest.mark.asyncio
async def test_post_callback_non_json_answer() -> None:
    async with receiver(200, b"<html>") as (url, _):
        with pytest.raises(CallbackFailed) as info:
            await post_local(url, BODY)
    assert info.value.reason == "bad_answer"


@pytest.mark.asyncio
async def test_post_callback_does_not_follow_redirects() -> None:
    async with receiver(302, b"", headers="Location: http://169.254.169.254/\r\n") as (url, _):
        with pytest.raises(CallbackFailed) as info:
            await post_local(url, BODY)
    assert info.value.http_status == 302


@pytest.mark.asyncio
async def test_post_callback_timeout() -> None:
    async with receiver(200, b'{"status":"SUCCESS"}', delay=2.0) as (url, _):
        with pytest.raises(CallbackFailed) as info:
            await post_local(url, BODY, http_timeout=0.2)
    assert info.value.reason == "timeout"


@pytest.mark.asyncio
async def test_post_callback_connection_refused() -> None:
    async with receiver(200, b"") as (url, _):
        pass  # server now closed: nothing listens on that port
    with pytest.raises(CallbackFailed) as info:
        await post_local(url, BODY)
    assert info.value.reason in ("network", "timeout")


@pytest.mark.asyncio
async def test_post_callback_refuses_disallowed_url_before_sending() -> None:
    async with receiver(200, b'{"status":"SUCCESS"}') as (url, received):
        with pytest.raises(CallbackUrlRejected):
            await post_callback(url, BODY)  # default: https kakao.com only
        with pytest.raises(CallbackUrlRejected):
            await post_local(url.replace("127.0.0.1", "localhost"), BODY)
    assert received == []
