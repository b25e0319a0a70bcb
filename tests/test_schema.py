"""Both backends and Supabase's migration folder describe one schema."""

from __future__ import annotations

from pathlib import Path

import psycopg

from dogcoach.services.store import make_store
from dogcoach.services.store.migrations import migration_files

ROOT = Path(__file__).resolve().parents[1]


def test_supabase_migrations_are_the_package_migrations() -> None:
    supabase = sorted((ROOT / "supabase" / "migrations").glob("*.sql"))
    package = migration_files("postgres")
    assert [p.read_text() for p in supabase] == [p.read_text() for _, p in package]
    assert [v for v, _ in migration_files("sqlite")] == [v for v, _ in package]


async def test_sqlite_and_postgres_have_the_same_tables_and_columns(pg_url: str, tmp_path: Path) -> None:
    lite = make_store(f"sqlite:///{tmp_path / 's.db'}")
    pg = make_store(pg_url)
    for s in (lite, pg):
        await s.open()
        await s.migrate()
    async with lite.session() as ls:
        tables = [r["name"] for r in await ls.all("SELECT name FROM sqlite_master WHERE type = 'table'")]
        lite_schema = {
            t: {r["name"] for r in await ls.all(f"PRAGMA table_info({t})")}
            for t in tables
            if not t.startswith("sqlite_")
        }
    async with pg.session() as ps:
        rows = await ps.all(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
        )
    pg_schema: dict[str, set[str]] = {}
    for r in rows:
        pg_schema.setdefault(r["table_name"], set()).add(r["column_name"])
    await lite.close()
    await pg.close()
    assert lite_schema == pg_schema


async def test_row_level_security_is_on_for_every_table(pg_url: str) -> None:
    store = make_store(pg_url)
    await store.open()
    await store.migrate()
    await store.close()
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT relname, relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname <> 'schema_migrations'"
        ).fetchall()
    assert rows
    assert {name for name, rls in rows if not rls} == set()
