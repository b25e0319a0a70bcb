"""Days passing, for tests of the coaching loop: every stored timestamp is moved back by the same
amount, so for the running bot (whose clock is the real one) the history is that much older: a
check-in planned three days ahead is due now, two weeks of reports lie in the past.

Every timestamp column is moved (PostgreSQL: the `timestamptz` columns; SQLite, whose schema has
the same columns: those named `*_at` or `*_until`), including the flows' own stamps in
`conversation_state.data` (`STAMPS`), so nothing keeps a trace of the present."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from dogcoach.services.store import Store

# The flows' own stamps in `conversation_state.data`: a check-in's question, the survey's reminder.
STAMPS = ("asked_at", "reminded_at")


async def travel(store: Store, delta: timedelta) -> None:
    """Everything stored happened `delta` earlier."""
    async with store.session() as s:
        if store.dialect.name == "postgres":
            rows = await s.all(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type = 'timestamp with time zone'"
            )
            for r in rows:
                table, column = r["table_name"], r["column_name"]
                await s.execute(
                    f"UPDATE {table} SET {column} = {column} - make_interval(secs => ?)",
                    delta.total_seconds(),
                )
        else:
            tables = [
                r["name"]
                for r in await s.all(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                columns = [
                    r["name"]
                    for r in await s.all(f"PRAGMA table_info({table})")
                    if r["name"].endswith(("_at", "_until"))
                ]
                if not columns:
                    continue
                for row in await s.all(f"SELECT rowid AS _r, {', '.join(columns)} FROM {table}"):
                    values = [
                        None
                        if row[c] is None
                        else (datetime.fromisoformat(row[c]) - delta).isoformat(timespec="microseconds")
                        for c in columns
                    ]
                    assignments = ", ".join(f"{c} = ?" for c in columns)
                    await s.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", *values, row["_r"])
        for row in await s.all("SELECT user_id, data FROM conversation_state"):
            data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"] or "{}")
            stamps = [key for key in STAMPS if key in data]
            if stamps:
                for key in stamps:
                    data[key] = (datetime.fromisoformat(data[key]) - delta).isoformat()
                await s.execute(
                    "UPDATE conversation_state SET data = ? WHERE user_id = ?",
                    s.d.json_in(data),
                    row["user_id"],
                )
