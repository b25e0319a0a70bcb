"""`POST /kakao/skill`: the Kakao i Open Builder skill endpoint, and the channel's plugin.

HTTP concerns only; the turn itself is `dogcoach.channels.kakao.skill.KakaoSkill`.

- Kakao does not sign requests, so Open Builder is configured to send a secret header
  (`KAKAO_SKILL_SECRET_HEADER: KAKAO_SKILL_SECRET`), compared here in constant time before the
  body is even read. Without a configured secret the endpoint refuses everything (fail closed).
- Bodies are capped (`MAX_BODY_BYTES`) while they stream in (`webhook.body.BodyLimit`), then
  parsed and validated by the protocol models (strict JSON: no NaN, no lone surrogate). Errors
  are JSON with a 4xx status, never a 500: Kakao would show its generic error.
- An utterance over `MAX_UTTERANCE` (10,000 characters; a long report under it is kept and
  analysed) inside an otherwise valid body gets a localized "too long" skill answer rather than an
  error bubble; nothing is stored. A body over the cap
  (a 100 kB utterance) is refused with 413 before parsing.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.background import BackgroundTask

from dogcoach.bot.channel import connected
from dogcoach.bot.wiring import Runtime
from dogcoach.channels.kakao import SkillRequest
from dogcoach.channels.kakao.models import MAX_USER_ID, MAX_UTTERANCE
from dogcoach.channels.kakao.screen import FILES_PATH
from dogcoach.channels.kakao.skill import KakaoSkill
from dogcoach.domain.channel import Channel
from dogcoach.services.observability import UPDATES, child
from dogcoach.webhook.body import CompactJSONResponse, InvalidBody, error_response, parse_json

log = logging.getLogger(__name__)

SKILL_PATH = "/kakao/skill"
# A real skill request is 1-3 kB; 10,000 Hangul utterance characters are 30 kB as UTF-8 and 60 kB
# as JSON escapes, with room for the rest of the body.
MAX_BODY_BYTES = 96 * 1024

router = APIRouter()


def _authorized(request: Request, skill: KakaoSkill) -> bool:
    secret = skill.settings.kakao_skill_secret
    given = request.headers.get(skill.settings.kakao_skill_secret_header)
    if secret is None or given is None:
        return False
    return hmac.compare_digest(given.encode(), secret.get_secret_value().encode())


def _too_long_user(data: dict[str, Any], exc: ValidationError) -> tuple[str, str | None] | None:
    """(user key, lang) when the only fault is an over-long utterance of an identifiable user."""
    errors = exc.errors(include_url=False, include_context=False, include_input=False)
    if not errors or any(
        e["type"] != "string_too_long" or tuple(e["loc"]) != ("userRequest", "utterance") for e in errors
    ):
        return None
    ur = data["userRequest"]
    user_id = ur["user"]["id"]
    lang = ur.get("lang")
    return user_id, lang if isinstance(lang, str) else None


def _count(outcome: str) -> None:
    child(UPDATES, Channel.KAKAO, outcome).inc()


async def skill_endpoint(request: Request) -> Response:
    started = asyncio.get_running_loop().time()
    skill: KakaoSkill | None = getattr(request.app.state, "kakao", None)
    if skill is None:
        return error_response(503, "kakao_channel_not_running")
    if skill.settings.kakao_skill_secret is None:
        log.error("kakao skill called but KAKAO_SKILL_SECRET is not set; refusing")
        return error_response(503, "kakao_skill_secret_not_configured")
    if not _authorized(request, skill):
        _count("unauthorized")
        return error_response(401, "unauthorized")
    try:
        # Capped at MAX_BODY_BYTES while it streams in, then parsed strictly (`webhook.body`).
        data = parse_json(await request.body())
    except InvalidBody:
        _count("malformed")
        raise
    try:
        req = SkillRequest.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        _count("malformed")
        too_long = _too_long_user(data, exc)
        if too_long is not None and 0 < len(too_long[0]) <= MAX_USER_ID:
            return CompactJSONResponse(await skill.too_long(too_long[0], too_long[1], MAX_UTTERANCE))
        return error_response(
            422, "invalid_skill_request", [{"loc": e["loc"], "type": e["type"]} for e in errors[:5]]
        )
    answer = await skill.answer(req, started=started)
    _count("processed")
    background = BackgroundTask(answer.after_send) if answer.after_send is not None else None
    return CompactJSONResponse(answer.body, background=background)


# A plain Starlette route: the endpoint reads the request itself, so FastAPI's parameter
# machinery (2-4 % of an update's CPU, py-spy) has nothing to do.
router.add_route(SKILL_PATH, skill_endpoint, methods=["POST"], include_in_schema=False)


@router.get(FILES_PATH + "{token}")
async def file_endpoint(token: str, request: Request) -> Response:
    """A file offered to a Kakao user as a short-lived link (Kakao cannot carry attachments)."""
    skill: KakaoSkill | None = getattr(request.app.state, "kakao", None)
    attachment = await skill.file(token) if skill is not None and len(token) <= 64 else None
    if attachment is None:
        return error_response(404, "not_found")
    disposition = "inline" if attachment.mime_type.startswith("image/") else "attachment"
    return Response(
        attachment.data,
        media_type=attachment.mime_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{attachment.filename}"',
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


@asynccontextmanager
async def plugin(app: FastAPI, rt: Runtime) -> AsyncIterator[None]:
    """Start the Kakao channel: the skill handler on app state and its outbox sender."""
    skill = KakaoSkill(
        rt.engine, rt.store, rt.messages, rt.settings, analysis=lambda: rt.analysis, ready=rt.ready
    )
    app.state.kakao = skill
    if rt.settings.kakao_skill_secret is None:
        log.warning("KAKAO_SKILL_SECRET is not set: %s refuses every request", SKILL_PATH)
    try:
        async with connected(rt.outbox, skill):
            yield
    finally:
        app.state.kakao = None
        await skill.aclose()
