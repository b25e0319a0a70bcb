"""Every foreign key is indexed, on both backends: deleting a row it points to (erasing a user, a
dog) must not scan the referencing table. Read from the migrated schema, not from a list."""

from __future__ import annotations

from dogcoach.services.store import Store, StoreSession


async def sqlite_foreign_keys(
    s: StoreSession,
) -> tuple[set[tuple[str, tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    tables = [
        r["name"]
        for r in await s.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    keys: set[tuple[str, tuple[str, ...]]] = set()
    indexes: dict[str, list[tuple[str, ...]]] = {}
    for table in tables:
        by_id: dict[int, list[tuple[int, str]]] = {}
        for r in await s.all(f"PRAGMA foreign_key_list({table})"):
            by_id.setdefault(int(r["id"]), []).append((int(r["seq"]), r["from"]))
        keys |= {(table, tuple(c for _, c in sorted(cols))) for cols in by_id.values()}
        columns = await s.all(f"PRAGMA table_info({table})")
        primary = tuple(r["name"] for r in sorted(columns, key=lambda r: r["pk"]) if r["pk"])
        indexes[table] = [primary] if primary else []
        for index in await s.all(f"PRAGMA index_list({table})"):
            info = await s.all(f"PRAGMA index_info({index['name']})")
            indexes[table].append(tuple(r["name"] for r in sorted(info, key=lambda r: r["seqno"])))
    return keys, indexes


async def postgres_foreign_keys(
    s: StoreSession,
) -> tuple[set[tuple[str, tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    fk_rows = await s.all(
        "SELECT c.conrelid::regclass::text AS tbl, array_agg(a.attname ORDER BY k.n) AS cols "
        "FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
        "JOIN pg_namespace ns ON ns.oid = c.connamespace "
        "WHERE c.contype = 'f' AND ns.nspname = 'public' GROUP BY c.oid, c.conrelid"
    )
    index_rows = await s.all(
        "SELECT i.indrelid::regclass::text AS tbl, array_agg(a.attname ORDER BY k.n) AS cols "
        "FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace "
        "WHERE ns.nspname = 'public' AND i.indpred IS NULL GROUP BY i.indexrelid, i.indrelid"
    )
    keys = {(r["tbl"], tuple(r["cols"])) for r in fk_rows}
    indexes: dict[str, list[tuple[str, ...]]] = {}
    for r in index_rows:
        indexes.setdefault(r["tbl"], []).append(tuple(r["cols"]))
    return keys, indexes


async def test_every_foreign_key_leads_an_index(store: Store) -> None:
    async with store.session() as s:
        if store.dialect.name == "sqlite":
            keys, indexes = await sqlite_foreign_keys(s)
        else:
            keys, indexes = await postgres_foreign_keys(s)
    # The schema has foreign keys on users, dogs, reports, messages, deliveries, ... (guards the query).
    assert {t for t, _ in keys} >= {
        "users",
        "dogs",
        "reports",
        "messages",
        "deliveries",
        "broadcast_outcomes",
        "red_flags",
    }
    unindexed = sorted(
        (table, columns)
        for table, columns in keys
        if not any(index[: len(columns)] == columns for index in indexes.get(table, []))
    )
    assert unindexed == []
