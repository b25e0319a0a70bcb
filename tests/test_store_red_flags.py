"""Red flags in the store, on SQLite and PostgreSQL: recorded, read back per dog since a time,
erased with their user or dog, kept (unlinked) when only the report goes, exported."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dogcoach.domain.channel import Channel
from dogcoach.services.store import Store
from dogcoach.services.store.base import utcnow


async def test_red_flags_are_recorded_and_read_back_per_dog_since_a_time(store: Store) -> None:
    now = utcnow()
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
        rex = await s.create_dog(user.id, {"name": "Rex"})
        kong = await s.create_dog(user.id, {"name": "Kong"})
        report = await s.add_report(user.id, rex.id, "He bit my son, it bled", "en")
        old = await s.add_red_flag(
            user.id, rex.id, None, "toxin", "now", ["chocolate", "ate"], raised_at=now - timedelta(days=40)
        )
        flag = await s.add_red_flag(user.id, rex.id, report.id, "child_bitten", "now", ["my son", "bit"])
        await s.add_red_flag(user.id, kong.id, None, "pain_illness", "within_24h", ["절뚝"])
        await s.add_red_flag(user.id, None, None, "seizure", "now", ["발작"])
    assert (flag.kind, flag.urgency, flag.evidence, flag.report_id) == (
        "child_bitten",
        "now",
        ["my son", "bit"],
        report.id,
    )
    async with store.session() as s:
        recent = await s.red_flags_since(rex.id, now - timedelta(days=30))
        everything = await s.red_flags_since(rex.id, now - timedelta(days=60))
        kongs = await s.red_flags_since(kong.id, now - timedelta(days=1))
    assert [f.id for f in recent] == [flag.id]
    assert [f.id for f in everything] == [old.id, flag.id]  # oldest first
    assert [(f.kind, f.evidence) for f in kongs] == [("pain_illness", ["절뚝"])]


async def test_urgency_outside_the_three_levels_is_refused(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
    with pytest.raises(Exception, match=r"(?i)check"):
        async with store.session() as s:
            await s.add_red_flag(user.id, None, None, "seizure", "later", [])


async def test_flags_go_with_their_user_or_dog_and_outlive_a_deleted_report(store: Store) -> None:
    since = utcnow() - timedelta(minutes=1)
    async with store.session() as s:
        user = await s.create_user(Channel.KAKAO, "k")
        rex = await s.create_dog(user.id, {"name": "Rex"})
        kong = await s.create_dog(user.id, {"name": "Kong"})
        report = await s.add_report(user.id, kong.id, "콩이가 초콜릿을 먹었어요", "ko")
        await s.add_red_flag(user.id, rex.id, None, "seizure", "now", ["발작"])
        await s.add_red_flag(user.id, kong.id, report.id, "toxin", "now", ["초콜릿", "먹"])
        await s.add_red_flag(user.id, None, None, "pain_illness", "within_24h", ["절뚝"])
    async with store.session() as s:
        await s.execute("DELETE FROM reports WHERE id = ?", report.id)
        [kept] = await s.red_flags_since(kong.id, since)
        assert kept.report_id is None  # the flag was raised whatever became of the report
        await s.delete_dog(rex.id)
        assert await s.red_flags_since(rex.id, since) == []
        assert len(await s.user_red_flags(user.id)) == 2
        await s.delete_user(user.id)
        assert await s.user_red_flags(user.id) == []
        assert await s.red_flags_since(kong.id, since) == []


async def test_the_export_lists_the_users_red_flags(store: Store) -> None:
    async with store.session() as s:
        user = await s.create_user(Channel.CONSOLE, "ann")
        dog = await s.create_dog(user.id, {"name": "Rex"})
        await s.add_red_flag(user.id, dog.id, None, "bite_injury", "now", ["bit", "blood"])
        doc = await s.export_user(user.id)
    [flag] = doc["red_flags"]
    assert (flag["dog_id"], flag["kind"], flag["urgency"], flag["evidence"]) == (
        dog.id,
        "bite_injury",
        "now",
        ["bit", "blood"],
    )
    assert flag["raised_at"]


async def test_the_first_dog_adopts_what_was_told_before_it_existed(store: Store) -> None:
    """A report (and its red flag, plan and check-in) made before the owner had a dog belongs to
    no dog; `adopt_dogless` gives them to the owner's first dog, and nothing of another owner."""
    now = utcnow()
    async with store.session() as s:
        user = await s.create_user(Channel.TELEGRAM, "1")
        other = await s.create_user(Channel.TELEGRAM, "2")
        report = await s.add_report(user.id, None, "애기를 물었어요", "ko")
        await s.add_red_flag(user.id, None, report.id, "child_bitten", "now", ["애기", "물었"])
        plan = await s.start_plan(
            user.id, None, "aggression", "Keep them apart", report_id=report.id, started_at=now,
            checkin_due_at=now + timedelta(days=3),
        )  # fmt: skip
        theirs = await s.add_report(other.id, None, "밤마다 짖어요", "ko")
        kong = await s.create_dog(user.id, {"name": "Kong"})
        await s.adopt_dogless(user.id, kong.id)
    async with store.session() as s:
        assert [r.dog_id for r in await s.list_reports(user.id)] == [kong.id]
        assert [f.report_id for f in await s.red_flags_since(kong.id, now - timedelta(days=1))] == [report.id]
        assert [p.id for p in await s.list_plans(user.id, kong.id)] == [plan.id]
        assert [c.dog_id for c in await s.list_checkins(user.id)] == [kong.id]
        assert [r.dog_id for r in await s.list_reports(other.id)] == [None]
        assert (await s.get_report(theirs.id)) is not None
