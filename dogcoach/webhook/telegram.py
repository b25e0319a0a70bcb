"""`POST /telegram/webhook`: Telegram's updates into the shared PTB application.

- The `X-Telegram-Bot-Api-Secret-Token` header must equal TELEGRAM_WEBHOOK_SECRET (constant-time
  comparison); otherwise 401 and nothing is read, processed or stored. No secret configured means
  every call is refused: an open webhook would let anyone speak as any user.
- Each update id is processed once: Telegram re-sends an update whose POST did not get a 2xx; a
  turn claims its update id in its own transaction (`Engine.handle`), so a re-delivery of a
  committed turn is acknowledged and skipped, and one of a turn that did not commit is taken.
- The database out (not connected yet, or not answering within the turn's `TURN_WAIT`): 503 with
  `Retry-After`, nothing kept and nothing said to the user; Telegram delivers the update again.
  A turn is settled as committed when its transaction commits (`Engine.run`'s `committed`), not
  when the work after it ends: a /week chart drawn cold once outlasted the wait and a committed
  turn was answered 503 (owner trial 7).
- The route waits for the turn up to `answer_budget` (its replies are usually sent within a few
  milliseconds, which keeps natural back-pressure), then answers 200 and lets slow work (a 429
  retry, a slow Bot API) finish in the background. Telegram never waits on the LLM: the analysis
  result arrives later through the outbox.
- Bodies are capped at `MAX_BODY_BYTES` while they stream in (`webhook.body`), read only once the
  secret matched, and parsed strictly: not JSON, 400; an update whose fields the bot reads have the
  wrong types (`channels.telegram.shape`), or of another kind that PTB cannot read, 422; all with
  a JSON error and before the update id is claimed. A well-formed update of a kind we do not use:
  200, ignored. Never a 500: a failing turn is logged.
- Messages and taps go to the adapter as JSON, without PTB's `Update` objects (a tenth of an
  update's CPU, for a dozen fields: `channels.telegram.incoming`).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from dogcoach.bot.wiring import Runtime
from dogcoach.channels.telegram.shape import update_errors
from dogcoach.channels.telegram.webhook_call import COMMITTED, CURRENT, DUPLICATE, UNAVAILABLE, WebhookCall
from dogcoach.domain.channel import Channel
from dogcoach.services.observability import UPDATES, child
from dogcoach.webhook.body import CompactJSONResponse, InvalidBody, error_response, parse_json
from dogcoach.webhook.lanes import LaneApp

if TYPE_CHECKING:  # PTB is imported only when Telegram is configured (Kakao-only deployments skip it)
    from dogcoach.channels.telegram.adapter import TelegramAdapter
    from dogcoach.channels.telegram.application import TelegramApp

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
OUTCOME_HEADER = "X-DogCoach-Update"  # done | background | duplicate (for logs and tests)
# Over the turn's own wait for the database, for the rest of its transaction to commit.
COMMIT_MARGIN = 2.0
RETRY_LATER = {"Retry-After": "5"}
# A text message holds 4,096 UTF-16 units, up to 6 bytes each as JSON escapes (24 kB); with a
# replied-to message of the same size, its entities and a quote, an update stays under 80 kB.
MAX_BODY_BYTES = 128 * 1024
# The update kinds whose fields `shape.update_errors` checks and the adapter reads as JSON.
READ_KINDS = ("message", "edited_message", "callback_query")

router = APIRouter()


class TelegramWebhook:
    """The state behind the route: the application, the adapter, the secret, in-flight turns."""

    def __init__(
        self,
        application: TelegramApp,
        adapter: TelegramAdapter,
        secret: str | None,
        *,
        answer_budget: float = 0.5,
    ) -> None:
        self.application = application
        self.adapter = adapter
        self._secret = secret.encode() if secret else None
        self.answer_budget = answer_budget
        self.ready = adapter.runtime.ready
        from telegram import Update

        self._parse = Update.de_json  # only to check update kinds the adapter ignores
        self._inflight: set[asyncio.Task[None]] = set()

    def authorized(self, header: str | None) -> bool:
        if self._secret is None or header is None:
            return False
        return hmac.compare_digest(header.encode("utf-8", "replace"), self._secret)

    async def receive(self, data: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """Process one update (type-checked: `shape.update_errors`): what happened to it ("done",
        "background", "duplicate", or "unavailable": not kept, the database did not answer in
        time), and the Bot API method to put in the HTTP answer, if the turn offered one.
        `InvalidBody` (422) when it is of another kind that PTB cannot read; nothing is claimed."""
        if all(data.get(kind) is None for kind in READ_KINDS):
            try:
                update = self._parse(data, self.application.bot)
            except Exception as exc:  # PTB raises whatever its parsing of a forged shape hits
                raise InvalidBody(422, "invalid_update", f"{type(exc).__name__}") from None
            if update is None:
                raise InvalidBody(422, "invalid_update")
        loop = asyncio.get_running_loop()
        started = loop.time()
        call = WebhookCall(data, settled=loop.create_future())
        token = CURRENT.set(call)
        try:  # the task copies the context: the turn sees `call`
            # Straight to the adapter, PTB's only handler: `Application.process_update` would add a
            # callback context (and per-chat dicts kept for ever) to every update.
            task = loop.create_task(self.adapter.handle(data))
        finally:
            CURRENT.reset(token)
        self._inflight.add(task)
        task.add_done_callback(self._done)
        settled = call.settled
        assert settled is not None
        # First what became of its transaction (bounded: the turn waits `turn_wait` for the database).
        waiting: set[asyncio.Future[Any]] = {task, settled}
        await asyncio.wait(
            waiting, timeout=self.adapter.turn_wait + COMMIT_MARGIN, return_when=asyncio.FIRST_COMPLETED
        )
        outcome = settled.result() if settled.done() else (COMMITTED if task.done() else UNAVAILABLE)
        if outcome != COMMITTED:
            call.answered = True
            return outcome, None
        # Then its replies, usually sent within milliseconds; slow ones go on in the background.
        left = self.answer_budget - (loop.time() - started)
        done = task.done() or (left > 0 and bool((await asyncio.wait({task}, timeout=left))[0]))
        call.answered = True
        return ("done" if done else "background"), call.method

    def _done(self, task: asyncio.Task[None]) -> None:
        self._inflight.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("telegram update failed", exc_info=task.exception())

    async def idle(self, within: float) -> bool:
        """Wait up to `within` seconds for the turns in flight (their replies included) to end,
        cancelling none: True when none is left. For callers that must see a turn's replies,
        not only its HTTP answer (which comes after `answer_budget` at the latest)."""
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=within)
        return not self._inflight

    async def drain(self, grace: float = 10.0) -> None:
        """On shutdown: let in-flight turns finish (their replies are still to be sent), then cancel."""
        if not self._inflight:
            return
        _, pending = await asyncio.wait(set(self._inflight), timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


_METRIC_OUTCOME = {
    "done": "processed",
    "background": "processed",
    DUPLICATE: "duplicate",
    UNAVAILABLE: "unavailable",
}


def _count(outcome: str) -> None:
    child(UPDATES, Channel.TELEGRAM, outcome).inc()


async def telegram_webhook(request: Request) -> JSONResponse:
    hook: TelegramWebhook | None = getattr(request.app.state, "telegram_webhook", None)
    if hook is None:
        return error_response(503, "telegram_not_running")
    if not hook.authorized(request.headers.get(SECRET_HEADER)):
        _count("unauthorized")
        return error_response(401, "unauthorized")
    if not hook.ready.is_set():  # the database is not connected yet: Telegram delivers it again
        _count(UNAVAILABLE)
        return error_response(503, "database_unavailable", headers=RETRY_LATER)
    try:
        data = parse_json(await request.body())
        errors = update_errors(data)
        if errors:
            raise InvalidBody(422, "invalid_update", errors)
        outcome, method = await hook.receive(data)
    except InvalidBody:
        _count("malformed")
        raise
    _count(_METRIC_OUTCOME[outcome])
    headers = {OUTCOME_HEADER: outcome}
    if outcome == UNAVAILABLE:  # nothing was kept: Telegram delivers it again
        return error_response(503, "database_unavailable", headers={**RETRY_LATER, **headers})
    # A method in the answer is run by Telegram (answering a tap, removing an old keyboard).
    return CompactJSONResponse(method or {"ok": True, "result": outcome}, headers=headers)


# A plain Starlette route: the endpoint reads the request itself, so FastAPI's parameter
# machinery (2-4 % of an update's CPU, py-spy) has nothing to do.
router.add_route(PATH, telegram_webhook, methods=["POST"], include_in_schema=False)


@asynccontextmanager
async def plugin(app: FastAPI, rt: Runtime) -> AsyncIterator[None]:
    """App plugin: start the Telegram application for webhook mode and mount the route.

    Does nothing without TELEGRAM_BOT_TOKEN (the route is then not mounted: 404).
    """
    settings = rt.settings
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        yield
        return
    # Lazy: PTB is imported only when Telegram is configured (Kakao-only deployments skip it).
    from dogcoach.channels.telegram.application import build_application, running

    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else None
    if not secret:
        log.error("TELEGRAM_WEBHOOK_SECRET is not set: the Telegram webhook refuses every update")
    application = build_application(settings, polling=False)
    async with running(application, rt) as adapter:
        hook = TelegramWebhook(application, adapter, secret)
        app.state.telegram_webhook = hook
        if not getattr(app.state, "telegram_route", False):
            app.include_router(router)
            if isinstance(app, LaneApp):
                app.add_lane(PATH, telegram_webhook, MAX_BODY_BYTES)
            app.state.telegram_route = True
        try:
            yield
        finally:
            app.state.telegram_webhook = None
            await hook.drain()
