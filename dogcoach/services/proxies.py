"""Proxies for outbound HTTP: traffic to this machine never goes through one.

A proxy set in the environment (`http_proxy`, `https_proxy`, `ALL_PROXY` and their other-case
forms, common on company machines) is meant for the internet. A request to a loopback address
sent through it fails, since the proxy's localhost is not ours: Ollama's default
http://localhost:11434, a local Bot API server, the test servers. `NO_PROXY` still applies to
every other host.
"""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Final
from urllib.parse import urlsplit

import httpx

LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})

# httpx `mounts=`: loopback hosts use the client's own direct transport whatever the environment
# says (the form httpx itself gives a `NO_PROXY` entry). ollama's clients pass it on to httpx.
LOOPBACK_DIRECT: Final[Mapping[str, None]] = MappingProxyType(
    {"all://localhost": None, "all://127.0.0.1": None, "all://[::1]": None}
)


@cache
def client_tls() -> ssl.SSLContext:
    """httpx's default TLS context (verification on, certifi's roots), made once per process and
    shared by every client (`verify=client_tls()`): each client making its own reads the CA bundle
    again, 20-70 ms of CPU, five times per runtime built (the test suite builds thousands)."""
    return httpx.create_ssl_context()


def proxy_for(url: str) -> str | None:
    """The environment's proxy for `url`, or None: loopback hosts and `NO_PROXY` matches go direct.

    aiohttp's `trust_env` rules: `<scheme>_proxy` (`all_proxy`, often SOCKS, which aiohttp cannot
    speak, is ignored as aiohttp ignores it). For a client that reads the environment once, at
    start, instead of on every request.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host in LOOPBACK_HOSTS or urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(parts.scheme) or None
