"""A running server's admin API (`webhook/admin.py`), as `dogcoach broadcast` uses it beside
`dogcoach serve` on SQLite: the server is the database's one writer, so the command asks it to
preview, create and send the broadcast and only reads the counts back (docs/broadcasts.md,
"Beside a running server")."""

from __future__ import annotations

import time
from typing import Any

import httpx

from dogcoach.services.broadcast.preview import Preview, preview_from_dict
from dogcoach.services.broadcast.report import BroadcastReport
from dogcoach.services.store.broadcast_rows import BroadcastSpec

PREFIX = "/admin/broadcasts"
# A create is sent again with the same Idempotency-Key after a lost answer (no double send).
CREATE_ATTEMPTS = 3
FINISHED = ("done", "cancelled")


class ServerRefused(Exception):
    """The server did not answer, or refused: the message says which and why."""


def spec_body(spec: BroadcastSpec) -> dict[str, Any]:
    """The API's request body for `spec` (`admin.BroadcastRequest`)."""
    fields = {
        "tip": spec.tip_key,
        "text_ko": spec.text_ko,
        "text_en": spec.text_en,
        "channel": spec.channel,
        "locale": spec.locale,
    }
    return {k: v for k, v in fields.items() if v is not None}


class AdminClient:
    """The admin API at `url` with its bearer `token`."""

    def __init__(self, url: str, token: str, *, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.Client(
            base_url=self.url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ServerRefused(f"the server at {self.url} did not answer ({exc!r})") from exc
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code >= 400 and response.status_code != 404:
            why = data.get("error") or data.get("detail") if isinstance(data, dict) else response.text[:200]
            raise ServerRefused(f"the server at {self.url} answered {response.status_code}: {why}")
        return response.status_code, data

    def preview(self, spec: BroadcastSpec) -> Preview:
        _, data = self._call("POST", PREFIX, json={**spec_body(spec), "dry_run": True})
        return preview_from_dict(spec, data)

    def create(self, spec: BroadcastSpec, key: str) -> BroadcastReport:
        """Create `spec` once (`key` is its Idempotency-Key: a retry after a lost answer finds the
        broadcast the first attempt made); the server starts sending it at once."""
        for attempt in range(1, CREATE_ATTEMPTS + 1):
            try:
                _, data = self._call("POST", PREFIX, json=spec_body(spec), headers={"Idempotency-Key": key})
                return BroadcastReport.from_dict(data)
            except ServerRefused as exc:
                if attempt == CREATE_ATTEMPTS or not isinstance(exc.__cause__, httpx.TransportError):
                    raise
                time.sleep(attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    def report(self, broadcast_id: int) -> BroadcastReport | None:
        status, data = self._call("GET", f"{PREFIX}/{broadcast_id}")
        return None if status == 404 else BroadcastReport.from_dict(data)

    def unfinished(self) -> list[BroadcastReport]:
        _, data = self._call("GET", PREFIX, params={"limit": 100})
        reports = [BroadcastReport.from_dict(d) for d in data]
        return sorted(
            (r for r in reports if r.broadcast.status not in FINISHED), key=lambda r: r.broadcast.id
        )
