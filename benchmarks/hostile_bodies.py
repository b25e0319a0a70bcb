"""The server's memory under hostile request bodies: three 100 MB POSTs per route, unauthenticated
and authenticated, sent with a Content-Length and chunked.

Issue 14 saw three unauthenticated 100 MB POSTs to the admin API take the server from 83 MB to
879 MB (the Compose limit is 512 MB): the body was read and parsed before the token was checked.
The bot runs alone in its own process (`create_app` with every plugin, SQLite, uvicorn) and its
resident set size is printed before and after each batch; the answers' status codes too.

    .venv/bin/python benchmarks/hostile_bodies.py [--mb 100] [--code DIR]

`--code DIR` runs the bot from another checkout (its `dogcoach` package), to compare a "before".
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ADMIN_TOKEN = "bench-admin-token-0123456789"
KAKAO_SECRET = "bench-kakao-secret"
TELEGRAM_SECRET = "bench_telegram_secret"
CHUNK = 1 << 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident set size now (`VmRSS`) or at its peak so far (`VmHWM`), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bot_code(code_dir: Path, database: str, port: int) -> str:
    return f"""
import sys, logging
sys.path.insert(0, {str(code_dir)!r})
logging.basicConfig(level=logging.WARNING)
import uvicorn
from dogcoach.config import Settings
from dogcoach.webhook.app import create_app
settings = Settings(_env_file=None, DATABASE_URL="sqlite:///{database}", ADMIN_API_TOKEN={ADMIN_TOKEN!r},
    KAKAO_SKILL_SECRET={KAKAO_SECRET!r}, OLLAMA_HOST="http://127.0.0.1:9", DOGCOACH_OLLAMA_PULL="false")
uvicorn.run(create_app(settings), host="127.0.0.1", port={port}, log_config=None, access_log=False)
"""


async def post(port: int, path: str, headers: dict[str, str], size: int, chunked: bool) -> str:
    """Send a `size`-byte body (as fast as the server takes it); the status line, or how it ended."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {size}")
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
    # A well-formed JSON document, as an attacker who wants the parser to work would send.
    opening, closing = b'{"text_ko": "', b'"}'
    block = b"a" * CHUNK
    sent = 0
    try:
        while sent < size:
            data = block[: min(CHUNK, size - sent)]
            if sent == 0:
                data = opening + data[len(opening) :]
            if sent + len(data) >= size:
                data = data[: -len(closing)] + closing
            writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n" if chunked else data)
            await writer.drain()
            sent += len(data)
        if chunked:
            writer.write(b"0\r\n\r\n")
            await writer.drain()
    except (ConnectionError, OSError):
        pass  # the server answered and closed without reading the rest: what we want
    try:
        line = await asyncio.wait_for(reader.readline(), 60)
        status = line.decode(errors="replace").split(" ", 2)[1] if line else "closed"
    except (TimeoutError, ConnectionError, IndexError):
        status = "closed"
    finally:
        writer.close()
    return f"{status} after {sent / 2**20:.0f} MB sent"


async def main(mb: int, code_dir: Path) -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", bot_code(code_dir, f"{tmp}/bench.db", port), cwd=tmp
        )
        try:
            for _ in range(500):
                try:
                    _, w = await asyncio.open_connection("127.0.0.1", port)
                    w.close()
                    break
                except OSError:
                    await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)
            print(f"bot from {code_dir}; {mb} MB bodies, three at once per batch")
            print(f"{'batch':<48} {'RSS before':>10} {'after':>8}  answers")
            batches = [
                ("admin, no token, Content-Length", "/admin/broadcasts", {}, False),
                ("admin, no token, chunked", "/admin/broadcasts", {}, True),
                (
                    "admin, token, chunked",
                    "/admin/broadcasts",
                    {"Authorization": f"Bearer {ADMIN_TOKEN}"},
                    True,
                ),
                ("kakao skill, secret, chunked", "/kakao/skill", {"X-DogCoach-Secret": KAKAO_SECRET}, True),
                ("healthz, chunked", "/healthz", {}, True),
            ]
            for name, path, headers, chunked in batches:
                before = rss_mb(proc.pid)
                answers = await asyncio.gather(
                    *(post(port, path, headers, mb << 20, chunked) for _ in range(3))
                )
                await asyncio.sleep(0.5)
                print(f"{name:<48} {before:8.0f} MB {rss_mb(proc.pid):5.0f} MB  {'; '.join(answers)}")
            print(f"peak RSS of the bot: {rss_mb(proc.pid, 'VmHWM'):.0f} MB")
        finally:
            proc.send_signal(signal.SIGINT)
            await proc.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose dogcoach package runs")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    asyncio.run(main(args.mb, args.code.resolve()))
