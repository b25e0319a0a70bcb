"""Liveness (`/healthz`: the process answers), readiness (`/readyz`: the database answers, Ollama
answers and holds or can load the model; a model that cannot load fails with its kind and fix;
with several Ollama hosts each is reported and one that can analyse is enough) and Prometheus
metrics (`/metrics`).

Readiness checks are short and bounded (`READY_TIMEOUT` each, run concurrently), so a load
balancer or Compose healthcheck gets its answer quickly even when a dependency hangs. A down
Ollama makes the process not ready but it keeps running: reports stay pending until it is back.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from dogcoach.services.analysis.errors import ModelUnavailable
from dogcoach.services.analysis.hosts import parse_hosts
from dogcoach.services.analysis.models import ModelManager
from dogcoach.services.observability import REGISTRY

router = APIRouter()

READY_TIMEOUT = 2.0


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


async def _timed(check: Any) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        detail = await asyncio.wait_for(check, READY_TIMEOUT)
    except TimeoutError:
        result: dict[str, Any] = {"ok": False, "error": "timeout", "seconds": READY_TIMEOUT}
    except ModelUnavailable as exc:  # the model cannot run: say why and what fixes it
        result = {"ok": False, "error": f"{exc.kind}: {exc}"[:300], "kind": str(exc.kind), "fix": exc.fix}
    except Exception as exc:  # any failure is "not ready"; the reason goes to the JSON
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    else:
        result = {"ok": True, **detail}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


class DatabaseNotReady(Exception):
    """Why the store cannot serve turns (`Store.check`: unreachable, authentication, Supabase's
    IPv6-only direct host, migrations missing)."""


async def _database(request: Request) -> dict[str, Any]:
    rt = getattr(request.app.state, "runtime", None)
    if rt is None:
        raise RuntimeError("runtime not started")
    # A plain read (probes must not run DDL or take locks), bounded under the probe's own timeout.
    reason = await rt.store.check(wait=READY_TIMEOUT * 0.75)
    if reason is not None:
        raise DatabaseNotReady(reason)
    async with rt.store.session(wait=READY_TIMEOUT * 0.75) as s:
        row = await s.one("SELECT MAX(version) AS version FROM schema_migrations")
    if not rt.ready.is_set():
        raise DatabaseNotReady("connected; the bot is still starting on it")
    return {"schema_version": row["version"] if row else 0}


async def _ollama(request: Request, host: str) -> dict[str, Any]:
    """Reachable, and the model in memory or loadable: a model that does not fit fails here."""
    settings = request.app.state.settings
    models = ModelManager(host, timeout=READY_TIMEOUT, load_timeout=READY_TIMEOUT)
    try:
        version = await models.version()
        state = await models.readiness(settings.ollama_model, keep_alive=settings.ollama_keep_alive_value)
        return {"version": version, "model": settings.ollama_model, "model_state": state}
    finally:
        await models.aclose()


async def _ollama_hosts(request: Request) -> dict[str, Any]:
    """One host: its check, as always. Several: each host's check under `hosts` (with its slots
    in use, `busy` of `parallel`, and the seconds it stays set aside after failures, from the
    running worker), ready when at least one host can analyse: the replica serves at the
    capacity of the hosts that answer, and reports wait only when none does."""
    urls = parse_hosts(request.app.state.settings.ollama_host)
    if len(urls) == 1:
        return await _timed(_ollama(request, urls[0]))
    started = time.perf_counter()
    results = await asyncio.gather(*(_timed(_ollama(request, url)) for url in urls))
    rt = getattr(request.app.state, "runtime", None)
    pool = rt.analysis.hosts if rt is not None and rt.analysis is not None else None
    live = {state.url: state for state in pool.states()} if pool is not None else {}
    hosts = []
    for url, result in zip(urls, results, strict=True):
        entry: dict[str, Any] = {"host": url, **result}
        if (state := live.get(url)) is not None:
            entry.update(busy=state.busy, parallel=state.parallel, aside_seconds=state.aside_seconds)
        hosts.append(entry)
    ready = sum(1 for result in results if result["ok"])
    return {
        "ok": ready > 0,
        "ready_hosts": ready,
        "hosts": hosts,
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    database, ollama = await asyncio.gather(_timed(_database(request)), _ollama_hosts(request))
    checks = {"database": database, "ollama": ollama}
    ready = all(c["ok"] for c in checks.values())
    body: dict[str, Any] = {"status": "ready" if ready else "not_ready", "checks": checks}
    if not ready:
        body["failed"] = [name for name, c in checks.items() if not c["ok"]]
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get("/metrics")
async def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
