"""Answering a Kakao callback URL, safely.

`userRequest.callbackUrl` arrives in a request body that Kakao does not sign, so whoever can reach
the skill URL can name any URL there. Before POSTing we check it is https on a Kakao host (the
SSRF guard); redirects are not followed, since a redirect would undo that check.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from dogcoach.services.proxies import LOOPBACK_DIRECT

from .models import CallbackAnswer

DEFAULT_CALLBACK_HOSTS: tuple[str, ...] = ("kakao.com",)
MAX_URL_LENGTH = 2048
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_FORBIDDEN_CHARS = re.compile(r"[\s\\\x00-\x1f\x7f]")


class CallbackUrlRejected(ValueError):
    """The callback URL is not one we may POST to."""


class CallbackFailed(Exception):
    """Kakao did not accept the callback (FAIL/ERROR, non-2xx, bad answer, network error, timeout).

    `status` is Kakao's status when it answered one, `http_status` the HTTP code when there was a
    response, `reason` a short machine-readable cause for logs and metrics.
    """

    def __init__(
        self,
        reason: str,
        *,
        status: str | None = None,
        http_status: int | None = None,
        answer: CallbackAnswer | None = None,
        detail: str | None = None,
    ) -> None:
        self.reason = reason
        self.status = status
        self.http_status = http_status
        self.answer = answer
        self.detail = detail
        super().__init__(
            " ".join(
                x
                for x in (
                    reason,
                    f"status={status}" if status else "",
                    f"http={http_status}" if http_status else "",
                    detail or "",
                )
                if x
            )
        )


def parse_hosts(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Allowed hosts from `KAKAO_CALLBACK_HOSTS` (comma-separated) or a list; default kakao.com."""
    if value is None:
        return DEFAULT_CALLBACK_HOSTS
    items = value.split(",") if isinstance(value, str) else list(value)
    hosts = tuple(h.strip().lower().rstrip(".") for h in items if h and h.strip())
    return hosts or DEFAULT_CALLBACK_HOSTS


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def validate_callback_url(
    url: str,
    allowed_hosts: Iterable[str] = DEFAULT_CALLBACK_HOSTS,
    *,
    allow_http: bool = False,
) -> str:
    """Return `url` if it may receive our callback POST, else raise CallbackUrlRejected.

    Accepted: https, no user-info, a DNS host equal to an allowed host or a subdomain of one,
    default port. IP literals pass only when listed exactly. `allow_http` is for tests against a
    local receiver: it also permits http and any port, never other hosts.
    """
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        raise CallbackUrlRejected("empty or too long")
    if _FORBIDDEN_CHARS.search(url):
        raise CallbackUrlRejected("whitespace, backslash or control character")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise CallbackUrlRejected(f"unparsable: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme != "https" and not (allow_http and scheme == "http"):
        raise CallbackUrlRejected(f"scheme {scheme or '-'} not allowed")
    if "@" in parts.netloc or parts.username is not None or parts.password is not None:
        raise CallbackUrlRejected("user-info not allowed")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise CallbackUrlRejected("no host")
    if not allow_http and port not in (None, 443):
        raise CallbackUrlRejected(f"port {port} not allowed")
    allowed = parse_hosts(list(allowed_hosts))
    if _is_ip(host) or ":" in host:
        if host in allowed:
            return url
        raise CallbackUrlRejected("IP address host not allowed")
    if not all(_LABEL.match(label) for label in host.split(".")):
        raise CallbackUrlRejected("host is not a plain DNS name")
    for allowed_host in allowed:
        if _is_ip(allowed_host):
            continue
        if host == allowed_host or host.endswith("." + allowed_host):
            return url
    raise CallbackUrlRejected(f"host {host} not allowed")


def is_allowed_callback_url(
    url: str, allowed_hosts: Iterable[str] = DEFAULT_CALLBACK_HOSTS, *, allow_http: bool = False
) -> bool:
    """Boolean form of `validate_callback_url`, for deciding whether to use the callback at all."""
    try:
        validate_callback_url(url, allowed_hosts, allow_http=allow_http)
    except CallbackUrlRejected:
        return False
    return True


async def post_callback(
    url: str,
    body: Mapping[str, Any] | BaseModel,
    *,
    allowed_hosts: Iterable[str] = DEFAULT_CALLBACK_HOSTS,
    allow_http: bool = False,
    client: httpx.AsyncClient | None = None,
    http_timeout: float = 10.0,
) -> CallbackAnswer:
    """POST a skill response to a callback URL and return Kakao's SUCCESS answer.

    The URL is checked first (CallbackUrlRejected, nothing sent). Anything but a 2xx JSON answer
    with status SUCCESS raises CallbackFailed, so the caller can mark the result undelivered and
    let the user fetch it with their next message. A callback URL is valid once: do not retry
    after a FAIL/ERROR answer. Pass `client` to reuse a connection pool; redirects are never
    followed.
    """
    validate_callback_url(url, allowed_hosts, allow_http=allow_http)
    payload: Any = (
        body.model_dump(by_alias=True, exclude_none=True, mode="json")
        if isinstance(body, BaseModel)
        else dict(body)
    )
    own_client = client is None
    http = client or httpx.AsyncClient(timeout=http_timeout, mounts=LOOPBACK_DIRECT)
    try:
        response = await http.post(url, json=payload, timeout=http_timeout, follow_redirects=False)
    except httpx.TimeoutException as exc:
        raise CallbackFailed("timeout", detail=type(exc).__name__) from exc
    except httpx.HTTPError as exc:
        raise CallbackFailed("network", detail=type(exc).__name__) from exc
    finally:
        if own_client:
            await http.aclose()

    answer: CallbackAnswer | None
    try:
        answer = CallbackAnswer.model_validate_json(response.content)
    except ValidationError:
        answer = None
    if not response.is_success:
        raise CallbackFailed(
            "http",
            status=answer.status if answer else None,
            http_status=response.status_code,
            answer=answer,
        )
    if answer is None:
        raise CallbackFailed("bad_answer", http_status=response.status_code)
    if not answer.ok:
        raise CallbackFailed(
            "rejected",
            status=answer.status,
            http_status=response.status_code,
            answer=answer,
            detail=answer.message,
        )
    return answer
