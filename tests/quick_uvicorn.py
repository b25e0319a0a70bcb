"""uvicorn for the app under test, with the same start and stop but 5 ms waits instead of 0.1 s.

Stock uvicorn ticks every 0.1 s (so `should_exit` is seen up to 0.1 s late), sleeps 0.1 s after
asking open connections to close and polls every 0.1 s until they and their tasks are done:
0.15-0.25 s per server stop, paid by every test that serves the app. `QuickUvicorn` runs the
very same steps in the same order (stop accepting, close connections, wait for them and their
tasks up to `timeout_graceful_shutdown`, then the lifespan shutdown), only polling every 5 ms.
"""

from __future__ import annotations

import asyncio
import socket

import uvicorn

TICK = 0.005


class QuickUvicorn(uvicorn.Server):
    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(TICK)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        await asyncio.sleep(TICK)
        try:
            await asyncio.wait_for(self._quick_wait(), timeout=self.config.timeout_graceful_shutdown)
        except TimeoutError:
            for task in self.server_state.tasks:
                task.cancel(msg="Task cancelled, timeout graceful shutdown exceeded")
        if not self.force_exit:
            await self.lifespan.shutdown()

    async def _quick_wait(self) -> None:
        # uvicorn's state has no event to wait on: it polls too (every 0.1 s)
        while (self.server_state.connections or self.server_state.tasks) and not self.force_exit:  # noqa: ASYNC110
            await asyncio.sleep(TICK)
        for server in self.servers:
            await server.wait_closed()
