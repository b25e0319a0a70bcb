"""KakaoTalk broadcasts through the chatbot Event API (Kakao i Open Builder).

`POST {base}/v2/bots/{botId}/talk` with `Authorization: KakaoAK <REST API key>` asks Kakao to run
the block bound to an event name for up to 100 users; its `SUCCESS` only means the task was
accepted. `GET {base}/v1/tasks/{taskId}` then tells how many got it and which failed. The text
travels as event data (`event.data.text`), which the event block shows.

Users are addressed by `botUserKey`, the `userRequest.user.id` a skill request carries, which is
what the Kakao adapter stores as the user's external id.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import httpx

from dogcoach.domain.channel import Channel
from dogcoach.services.broadcast.outcome import NOT_SENT, OUTCOME_UNKNOWN, SENT, Attempt
from dogcoach.services.proxies import LOOPBACK_DIRECT

if TYPE_CHECKING:
    from dogcoach.config import Settings

log = logging.getLogger(__name__)

MAX_USERS_PER_CALL = 100
USER_KEY_TYPE = "botUserKey"
# Kept as the error of a delivery Kakao accepted but whose task result never came: counted sent.
UNCONFIRMED = "kakao_task_unconfirmed"


@dataclass(slots=True)
class KakaoBatch:
    """The answer for one call. `accepted`: `results` holds each user's outcome; otherwise the
    whole batch shares `kind` (retry, failed or unknown, as in `outcome.py`) and `error`."""

    kind: Literal["accepted", "retry", "failed", "unknown", "halt"]
    error: str | None = None
    task_id: str | None = None
    results: dict[str, Attempt] = field(default_factory=dict)


class KakaoEventSender:
    channel = Channel.KAKAO

    def __init__(
        self,
        base_url: str,
        rest_api_key: str,
        bot_id: str,
        event_name: str,
        *,
        poll_seconds: float = 2.0,
        timeout_seconds: float = 60.0,
        request_timeout: float = 10.0,
    ) -> None:
        self.bot_id = bot_id
        self.event_name = event_name
        self.poll_seconds = poll_seconds
        self.timeout_seconds = timeout_seconds
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"KakaoAK {rest_api_key}"},
            timeout=request_timeout,
            mounts=LOOPBACK_DIRECT,
        )

    @staticmethod
    def configured(settings: Settings) -> bool:
        """`KAKAO_REST_API_KEY`, `KAKAO_BOT_ID` and `KAKAO_EVENT_NAME` are all set: Kakao users
        can be sent a message first (a check-in at the time they chose)."""
        return bool(settings.kakao_rest_api_key and settings.kakao_bot_id and settings.kakao_event_name)

    @classmethod
    def from_settings(cls, settings: Settings) -> KakaoEventSender | None:
        """The sender `KAKAO_REST_API_KEY`, `KAKAO_BOT_ID` and `KAKAO_EVENT_NAME` configure;
        None when any of them is missing (Kakao users are then not pushed to)."""
        if not (settings.kakao_rest_api_key and settings.kakao_bot_id and settings.kakao_event_name):
            return None
        return cls(
            settings.kakao_bot_api_base_url,
            settings.kakao_rest_api_key.get_secret_value(),
            settings.kakao_bot_id,
            settings.kakao_event_name,
            poll_seconds=settings.kakao_task_poll_seconds,
            timeout_seconds=settings.kakao_task_timeout_seconds,
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def send(
        self, user_keys: Sequence[str], text: str, *, stopping: Callable[[], bool] = lambda: False
    ) -> KakaoBatch:
        if not 0 < len(user_keys) <= MAX_USERS_PER_CALL:
            raise ValueError(f"the Event API takes 1 to {MAX_USERS_PER_CALL} users a call")
        body = {
            "event": {"name": self.event_name, "data": {"text": text}},
            "user": [{"type": USER_KEY_TYPE, "id": key} for key in user_keys],
        }
        try:
            response = await self._client.post(f"/v2/bots/{self.bot_id}/talk", json=body)
        except NOT_SENT as exc:
            return KakaoBatch("retry", f"kakao: {exc.__class__.__name__}: {exc}")
        except httpx.HTTPError as exc:
            return KakaoBatch("unknown", f"{OUTCOME_UNKNOWN}kakao: {exc.__class__.__name__}: {exc}")
        if response.status_code == 429 or response.status_code >= 500:
            return KakaoBatch("retry", f"kakao: HTTP {response.status_code}")
        data = _json(response)
        if response.status_code in (401, 403):  # the REST API key or the bot id is refused
            return KakaoBatch("halt", f"kakao: HTTP {response.status_code}: {_message(data, response)}")
        if response.status_code >= 400:
            return KakaoBatch("failed", f"kakao: HTTP {response.status_code}: {_message(data, response)}")
        task_id = data.get("taskId")
        if data.get("status") != "SUCCESS" or not task_id:
            return KakaoBatch(
                "failed", f"kakao: {data.get('status') or 'no status'}: {_message(data, response)}"
            )
        results = await self._task_results(str(task_id), user_keys, stopping)
        return KakaoBatch("accepted", task_id=str(task_id), results=results)

    async def _task_results(
        self, task_id: str, user_keys: Sequence[str], stopping: Callable[[], bool]
    ) -> dict[str, Attempt]:
        """Poll the task until every user is accounted for. The messages are accepted already, so
        when the result never comes they count as sent, with a note (never sent again)."""
        deadline = time.monotonic() + self.timeout_seconds
        while True:
            try:
                response = await self._client.get(f"/v1/tasks/{task_id}")
                data = _json(response) if response.status_code == 200 else {}
            except httpx.HTTPError as exc:
                log.warning("kakao task %s: %s", task_id, exc)
                data = {}
            failures = _task_failures(data)
            if failures is not None:
                return {k: failures.get(k, SENT) for k in user_keys}
            if stopping() or time.monotonic() + self.poll_seconds > deadline:
                log.warning("kakao task %s: no final result; counting its users as sent", task_id)
                return dict.fromkeys(user_keys, Attempt("sent", UNCONFIRMED))
            await asyncio.sleep(self.poll_seconds)


def _task_failures(data: dict[str, Any]) -> dict[str, Attempt] | None:
    """Failed users of a finished task by key; None while the task is still running.

    A task is finished when its success and failure counts add up to the users asked for.
    """
    total, ok = data.get("allRequestCount"), data.get("successCount")
    fail = data.get("fail") or {}
    if not isinstance(total, int) or not isinstance(ok, int) or not isinstance(fail, dict):
        return None
    count = fail.get("count", 0)
    if not isinstance(count, int) or ok + count < total:
        return None
    failures: dict[str, Attempt] = {}
    for item in fail.get("list") or []:
        if not isinstance(item, dict):
            continue
        nested = item.get("user")
        user: dict[str, Any] = nested if isinstance(nested, dict) else {}
        key = item.get("userId") or item.get("userID") or item.get("id") or user.get("id")
        reason = item.get("errorMsg") or item.get("message") or item.get("reason") or "failed"
        if key:
            failures[str(key)] = Attempt("failed", f"kakao: {reason}")
    if len(failures) < count:
        log.warning("kakao task: %d failures reported, %d attributable to a user", count, len(failures))
    return failures


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _message(data: dict[str, Any], response: httpx.Response) -> str:
    return str(data.get("message") or data.get("msg") or response.text[:200] or "no detail")
