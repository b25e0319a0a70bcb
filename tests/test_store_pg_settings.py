"""`DATABASE_PREPARED_STATEMENTS=auto` turns prepared statements off behind every transaction
pooler it can recognise, and only there; libpq defaults never override what the URL says."""

from __future__ import annotations

import pytest

from dogcoach.services.store.pg_settings import connect_kwargs, connection_settings


@pytest.mark.parametrize(
    ("url", "prepared"),
    [
        ("postgresql://u:p@db.example.com:5432/app", True),
        ("postgresql://u:p@127.0.0.1/app", True),
        ("postgresql://u:p@db.abcdefghijklmnopqrst.supabase.co:5432/postgres", True),  # direct host
        ("postgresql://u:p@127.0.0.1:6432/app", False),  # PgBouncer's port
        ("postgresql://u:p@aws-0-eu-central-1.pooler.supabase.com:6543/postgres", False),
        ("postgresql://u:p@aws-0-eu-central-1.pooler.supabase.com:5432/postgres", True),  # session mode
        ("postgresql://u:p@AWS-0-EU.POOLER.SUPABASE.COM/postgres", True),  # 5432 by default
        ("postgresql://u:p@AWS-0-EU.POOLER.SUPABASE.COM:7777/postgres", False),
        ("postgresql://u:p@bouncer.internal:7000/app?pgbouncer=true", False),
        ("postgresql://u:p@bouncer.internal:7000/app?sslmode=require&pgbouncer=1", False),
    ],
)
def test_auto_recognises_transaction_poolers(url: str, prepared: bool) -> None:
    clean, on = connection_settings(url, "auto")
    assert on is prepared
    assert "pgbouncer" not in clean  # our flag, unknown to libpq


def test_on_and_off_are_obeyed() -> None:
    assert connection_settings("postgresql://h:6543/db", "on")[1] is True
    assert connection_settings("postgresql://h:5432/db", "off")[1] is False


def test_connection_defaults_yield_to_the_url() -> None:
    assert (
        connect_kwargs("postgresql://h/db?connect_timeout=20", prepared=True).get("connect_timeout") is None
    )
    kwargs = connect_kwargs("postgresql://h/db", prepared=False)
    assert kwargs["connect_timeout"] == 5
    assert kwargs["prepare_threshold"] is None
    assert "prepare_threshold" not in connect_kwargs("postgresql://h/db", prepared=True)
