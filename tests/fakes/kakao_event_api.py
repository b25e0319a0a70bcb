"""A fake of the Kakao chatbot Event API (bot-api.kakao.com) for the broadcast tests.

Why: Kakao broadcasts go through `POST /v2/bots/{botId}/talk` (at most 100 users a call, an event
name bound to a block, `Authorization: KakaoAK <REST API key>`) and are confirmed through
`GET /v1/tasks/{taskId}`. This server checks those rules over real HTTP, records what each user
received, and can fail users, whole calls, or keep a task unfinished for a few polls.

Shapes follow Kakao's documentation: the talk answer is `{"taskId", "status": "SUCCESS",
"timestamp"}`; a finished task is `{"taskId", "status", "allRequestCount", "successCount",
"fail": {"count", "list": [{"userId", "errorMsg"}]}}`. Error answers carry `status` and `message`.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

JSON = dict[str, Any]

REST_API_KEY = "fake-kakao-rest-api-key"
BOT_ID = "64f0c0ffee0000000000dog1"
EVENT_NAME = "dogcoach_broadcast"
MAX_USERS = 100
USER_TYPES = frozenset({"botUserKey", "plusfriendUserKey", "appUserId"})


@dataclass(frozen=True)
class TalkCall:
    """One POST to /v2/bots/{botId}/talk and how it was answered."""

    bot_id: str
    authorization: str | None
    body: Any
    status: int
    response: JSON


@dataclass
class _Task:
    task_id: str
    users: list[str]
    failed: dict[str, str]
    polls_left: int
    polled: int = 0


@dataclass
class _State:
    talks: list[TalkCall] = field(default_factory=list)
    tasks: dict[str, _Task] = field(default_factory=dict)
    received: dict[str, list[str]] = field(default_factory=dict)
    fail_users: dict[str, str] = field(default_factory=dict)
    faults: list[tuple[int, JSON]] = field(default_factory=list)
    pending_polls: int = 0


class _Quick(uvicorn.Server):
    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.005)


class FakeKakaoEventApi:
    def __init__(
        self,
        *,
        rest_api_key: str = REST_API_KEY,
        bot_id: str = BOT_ID,
        event_names: Iterable[str] = (EVENT_NAME,),
    ) -> None:
        self.rest_api_key = rest_api_key
        self.bot_id = bot_id
        self.event_names = frozenset(event_names)
        self._lock = threading.Lock()
        self._state = _State()
        self._server: _Quick | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = 0
        self.app = Starlette(
            routes=[
                Route("/v2/bots/{bot_id}/talk", self._talk, methods=["POST"]),
                Route("/v1/tasks/{task_id}", self._task, methods=["GET"]),
            ]
        )

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FakeKakaoEventApi:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self._socket = sock
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, loop="asyncio", http="h11", lifespan="off", log_config=None, access_log=False
        )
        self._server = _Quick(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="fake-kakao", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 5
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake Kakao Event API did not start")
            time.sleep(0.002)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()

    # -- test controls -----------------------------------------------------------------------

    def fail_user(self, user_key: str, message: str = "user blocked the channel") -> None:
        """This user's delivery fails inside an accepted task (reported by the task result)."""
        with self._lock:
            self._state.fail_users[user_key] = message

    def inject(self, status: int, n: int = 1, message: str = "injected") -> None:
        """The next `n` talk calls answer this HTTP status (a 200 here means `status: FAIL`)."""
        with self._lock:
            for _ in range(n):
                self._state.faults.append(
                    (status, {"status": "FAIL" if status == 200 else "ERROR", "message": message})
                )

    def keep_tasks_pending(self, polls: int) -> None:
        """New tasks answer without counts for this many polls, like a task still running."""
        with self._lock:
            self._state.pending_polls = polls

    # -- inspection --------------------------------------------------------------------------

    @property
    def talks(self) -> list[TalkCall]:
        with self._lock:
            return list(self._state.talks)

    def received(self, user_key: str | None = None) -> dict[str, list[str]] | list[str]:
        with self._lock:
            if user_key is not None:
                return list(self._state.received.get(user_key, []))
            return {k: list(v) for k, v in self._state.received.items()}

    def polls(self) -> int:
        with self._lock:
            return sum(t.polled for t in self._state.tasks.values())

    # -- HTTP side ---------------------------------------------------------------------------

    async def _talk(self, request: Request) -> JSONResponse:
        bot_id = request.path_params["bot_id"]
        auth = request.headers.get("authorization")
        try:
            body: Any = await request.json()
        except ValueError:
            body = None
        status, answer = self._answer_talk(bot_id, auth, body)
        with self._lock:
            self._state.talks.append(TalkCall(bot_id, auth, body, status, answer))
        return JSONResponse(answer, status_code=status)

    def _answer_talk(self, bot_id: str, auth: str | None, body: Any) -> tuple[int, JSON]:
        if auth != f"KakaoAK {self.rest_api_key}":
            return 401, {"status": "ERROR", "message": "invalid REST API key"}
        if bot_id != self.bot_id:
            return 404, {"status": "ERROR", "message": "bot not found"}
        with self._lock:
            if self._state.faults:
                return self._state.faults.pop(0)
        if not isinstance(body, dict):
            return 400, {"status": "ERROR", "message": "invalid body"}
        event = body.get("event")
        users = body.get("user")
        if not isinstance(event, dict) or event.get("name") not in self.event_names:
            return 400, {"status": "ERROR", "message": "unknown event name"}
        if not isinstance(users, list) or not 0 < len(users) <= MAX_USERS:
            return 400, {"status": "ERROR", "message": f"user must hold 1 to {MAX_USERS} users"}
        keys = []
        for user in users:
            if not isinstance(user, dict) or user.get("type") not in USER_TYPES or not user.get("id"):
                return 400, {"status": "ERROR", "message": "invalid user"}
            keys.append(str(user["id"]))
        if len(set(keys)) != len(keys):
            return 400, {"status": "ERROR", "message": "duplicate users"}
        text = str((event.get("data") or {}).get("text", ""))
        task_id = str(uuid.uuid4())
        with self._lock:
            failed = {k: m for k, m in self._state.fail_users.items() if k in keys}
            for key in keys:
                if key not in failed:
                    self._state.received.setdefault(key, []).append(text)
            self._state.tasks[task_id] = _Task(task_id, keys, failed, self._state.pending_polls)
        return 200, {"taskId": task_id, "status": "SUCCESS", "timestamp": int(time.time() * 1000)}

    async def _task(self, request: Request) -> JSONResponse:
        if request.headers.get("authorization") != f"KakaoAK {self.rest_api_key}":
            return JSONResponse({"status": "ERROR", "message": "invalid REST API key"}, status_code=401)
        with self._lock:
            task = self._state.tasks.get(request.path_params["task_id"])
            if task is None:
                return JSONResponse({"status": "ERROR", "message": "task not found"}, status_code=404)
            task.polled += 1
            if task.polls_left > 0:
                task.polls_left -= 1
                return JSONResponse({"taskId": task.task_id, "status": "PROCESSING"})
            failed = [{"userId": k, "errorMsg": m} for k, m in task.failed.items()]
            ok = len(task.users) - len(failed)
            return JSONResponse(
                {
                    "taskId": task.task_id,
                    "status": "ALL SUCCESS" if not failed else ("ALL FAIL" if not ok else "PARTIAL SUCCESS"),
                    "allRequestCount": len(task.users),
                    "successCount": ok,
                    "fail": {"count": len(failed), "list": failed},
                }
            )
