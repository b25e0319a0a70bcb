"""Plans and check-ins: the coaching loop's rows.

A plan is the one change an owner tries for one behaviour of one dog; at most one is active per
(owner, dog, behaviour), which a partial unique index enforces. A check-in asks how it went:

    pending --claim (committed, leased)--> sending --settle--> sent | undelivered | blocked | skipped
    pending | undelivered --offered in the owner's own turn--> sent
    sent | undelivered --the owner answers--> answered

`claim_due_checkins` takes due rows `FOR UPDATE SKIP LOCKED` on PostgreSQL, so replicas never
claim the same row and never wait for each other; SQLite serves one process. A claim left
`sending` by a dead process is settled as sent with the outcome unknown once its lease has expired
(`settle_interrupted_checkins`): the platform may have shown it, so it is never sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time

from dogcoach.services.store.core import Row, utcnow
from dogcoach.services.store.models import CheckinRow, CheckinTarget, PlanRow
from dogcoach.services.store.users import UserQueries

# Check-ins the owner may still answer: shown to them, or waiting to be shown at their next message.
OPEN_STATUSES = ("sent", "undelivered")


# Claim due check-ins of one channel's owners, walking the due index (SQLite keeps a CROSS JOIN's
# order: without it, it walked every owner of the channel, 7 ms a pass at 10,000 owners);
# PostgreSQL skips rows another process is claiming.
_CLAIM_SQLITE = (
    "UPDATE checkins SET status = 'sending', attempts = attempts + 1, lease_owner = ?, lease_until = ? "
    "WHERE id IN (SELECT c.id FROM checkins c CROSS JOIN users u ON u.id = c.user_id "
    "WHERE c.status = 'pending' AND c.due_at <= ? AND u.channel = ? AND NOT EXISTS ("
    "SELECT 1 FROM checkins o WHERE o.user_id = c.user_id AND ((o.status = 'sent' AND o.sent_at > ?) "
    "OR (o.status = 'answered' AND o.answered_at > ?))) "
    "ORDER BY c.due_at, c.id LIMIT ?) RETURNING id"
)
_CLAIM_POSTGRES = (
    "UPDATE checkins SET status = 'sending', attempts = attempts + 1, lease_owner = ?, lease_until = ? "
    "WHERE id IN (SELECT c.id FROM checkins c JOIN users u ON u.id = c.user_id "
    "WHERE c.status = 'pending' AND c.due_at <= ? AND u.channel = ? AND NOT EXISTS ("
    "SELECT 1 FROM checkins o WHERE o.user_id = c.user_id AND ((o.status = 'sent' AND o.sent_at > ?) "
    "OR (o.status = 'answered' AND o.answered_at > ?))) "
    "ORDER BY c.due_at, c.id LIMIT ? FOR UPDATE OF c SKIP LOCKED) RETURNING id"
)


def _minute_time(minute: int | None) -> time | None:
    """`users.checkin_minute` (the minute of the local day) as a time; None stays None."""
    return None if minute is None else time(int(minute) // 60, int(minute) % 60)


def _utc(value: datetime) -> datetime:
    """Aware datetimes only, in UTC: SQLite compares timestamps as ISO text."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC)


# The owner's next check-in to ask (parameters: user id, now): due, not answered, check-ins on.
_DUE_CHECKIN = (
    "SELECT c.id FROM checkins c JOIN users u ON u.id = c.user_id WHERE c.user_id = ? "
    "AND c.status IN ('pending', 'undelivered') AND c.due_at <= ? AND NOT u.checkins_opt_out "
    "ORDER BY c.due_at, c.id LIMIT 1"
)


class CoachingQueries(UserQueries):
    # -- rows -------------------------------------------------------------------------------------

    def _plan(self, row: Row) -> PlanRow:
        started = self.d.ts_out(row["started_at"])
        due = self.d.ts_out(row["checkin_due_at"])
        updated = self.d.ts_out(row["updated_at"])
        assert started is not None and due is not None and updated is not None
        return PlanRow(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            dog_id=row["dog_id"],
            category=row["category"],
            next_step=row["next_step"],
            report_id=row["report_id"],
            status=row["status"],
            started_at=started,
            checkin_due_at=due,
            updated_at=updated,
            adoption=row["adoption"],
        )

    def _checkin(self, row: Row) -> CheckinRow:
        due = self.d.ts_out(row["due_at"])
        created = self.d.ts_out(row["created_at"])
        assert due is not None and created is not None
        return CheckinRow(
            id=int(row["id"]),
            plan_id=int(row["plan_id"]),
            user_id=int(row["user_id"]),
            dog_id=row["dog_id"],
            category=row["category"],
            due_at=due,
            status=row["status"],
            attempts=int(row["attempts"]),
            sent_at=self.d.ts_out(row["sent_at"]),
            outcome=row["outcome"],
            note=row["note"],
            answered_at=self.d.ts_out(row["answered_at"]),
            error=row["error"],
            created_at=created,
        )

    # -- owner settings ---------------------------------------------------------------------------

    async def set_checkins_opt_out(self, user_id: int, opt_out: bool) -> None:
        await self.execute("UPDATE users SET checkins_opt_out = ? WHERE id = ?", opt_out, user_id)

    async def checkins_opt_out(self, user_id: int) -> bool:
        row = await self.one("SELECT checkins_opt_out FROM users WHERE id = ?", user_id)
        return bool(row and self.d.bool_out(row["checkins_opt_out"]))

    async def set_checkin_time(self, user_id: int, at: time | None) -> None:
        """The local time of day the owner wants their check-ins at (minutes kept, seconds
        dropped); None: no preference, the operator's quiet hours alone decide."""
        minute = None if at is None else at.hour * 60 + at.minute
        await self.execute("UPDATE users SET checkin_minute = ? WHERE id = ?", minute, user_id)

    async def checkin_time(self, user_id: int) -> time | None:
        row = await self.one("SELECT checkin_minute FROM users WHERE id = ?", user_id)
        return _minute_time(row["checkin_minute"]) if row else None

    async def set_timezone(self, user_id: int, timezone: str | None) -> None:
        """The owner's IANA zone (quiet hours and dates); None: the bot's `DOGCOACH_TIMEZONE`."""
        await self.execute("UPDATE users SET timezone = ? WHERE id = ?", timezone, user_id)

    async def user_timezone(self, user_id: int) -> str | None:
        row = await self.one("SELECT timezone FROM users WHERE id = ?", user_id)
        return row["timezone"] if row else None

    async def tell_zone_once(self, user_id: int) -> bool:
        """True the first time it is asked for an owner with no zone of their own (the line
        saying which zone their times are in is said then), False ever after, or with a zone set."""
        row = await self.one("SELECT zone_told, timezone FROM users WHERE id = ?", user_id)
        if row is None or row["timezone"] or self.d.bool_out(row["zone_told"]):
            return False
        await self.execute("UPDATE users SET zone_told = ? WHERE id = ?", True, user_id)
        return True

    # -- plans ------------------------------------------------------------------------------------

    async def latest_plan(self, user_id: int, dog_id: int | None, category: str) -> PlanRow | None:
        """The newest plan for one behaviour of one dog (any status)."""
        row = await self.one(
            "SELECT * FROM plans WHERE user_id = ? AND coalesce(dog_id, 0) = coalesce(?, 0) AND category = ? "
            "ORDER BY started_at DESC, id DESC LIMIT 1",
            user_id,
            dog_id,
            category,
        )
        return self._plan(row) if row else None

    async def plan_for_report(self, report_id: int) -> PlanRow | None:
        row = await self.one("SELECT * FROM plans WHERE report_id = ? ORDER BY id LIMIT 1", report_id)
        return self._plan(row) if row else None

    async def get_plan(self, plan_id: int) -> PlanRow | None:
        row = await self.one("SELECT * FROM plans WHERE id = ?", plan_id)
        return self._plan(row) if row else None

    async def list_plans(self, user_id: int, dog_id: int | None = None) -> list[PlanRow]:
        """One owner's plans (one dog's, when given), oldest first."""
        if dog_id is None:
            rows = await self.all("SELECT * FROM plans WHERE user_id = ? ORDER BY started_at, id", user_id)
        else:
            rows = await self.all(
                "SELECT * FROM plans WHERE user_id = ? AND dog_id = ? ORDER BY started_at, id",
                user_id,
                dog_id,
            )
        return [self._plan(r) for r in rows]

    async def set_plan_status(self, plan_id: int, status: str) -> None:
        await self.execute(
            "UPDATE plans SET status = ?, updated_at = ? WHERE id = ?",
            status,
            self.d.ts_in(utcnow()),
            plan_id,
        )

    async def start_plan(
        self,
        user_id: int,
        dog_id: int | None,
        category: str,
        next_step: str,
        *,
        report_id: int | None,
        started_at: datetime,
        checkin_due_at: datetime,
        replaces: int | None = None,
        adoption: str = "adopt",
    ) -> PlanRow:
        """A new active plan and its first check-in. `replaces`: the active plan it takes over
        from (set `replaced`, its unsent check-ins skipped), in the same transaction; `adoption`:
        "override" when a red flag put it in that plan's place. Two results of one owner's
        reports delivered at once (two replicas) may both start the plan for the same dog and
        behaviour: the second finds the first's (`plans_one_active`) and returns it."""
        if replaces is not None:
            await self.set_plan_status(replaces, "replaced")
            await self.skip_plan_checkins(replaces, "replaced")
        row = await self.one(
            "INSERT INTO plans (user_id, dog_id, category, next_step, report_id, status, adoption, started_at, "
            "checkin_due_at, updated_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING *",
            user_id,
            dog_id,
            category,
            next_step,
            report_id,
            adoption,
            self.d.ts_in(_utc(started_at)),
            self.d.ts_in(_utc(checkin_due_at)),
            self.d.ts_in(utcnow()),
        )
        if row is None:  # started a moment ago by another delivery: that plan
            row = await self.one(
                "SELECT * FROM plans WHERE user_id = ? AND coalesce(dog_id, 0) = ? AND category = ? "
                "AND status = 'active'",
                user_id,
                dog_id or 0,
                category,
            )
            assert row is not None
            return self._plan(row)
        plan = self._plan(row)
        await self.add_checkin(plan, checkin_due_at)
        return plan

    async def set_plan_step(self, plan_id: int, next_step: str) -> None:
        """The plan's report was analysed again (a follow-up answer): its step is the new one."""
        await self.execute(
            "UPDATE plans SET next_step = ?, updated_at = ? WHERE id = ?",
            next_step,
            self.d.ts_in(utcnow()),
            plan_id,
        )

    async def renew_plan(self, plan_id: int, checkin_due_at: datetime) -> None:
        """Keep going with the plan: it stays active and is asked about again at `checkin_due_at`."""
        await self.execute(
            "UPDATE plans SET status = 'active', checkin_due_at = ?, updated_at = ? WHERE id = ?",
            self.d.ts_in(_utc(checkin_due_at)),
            self.d.ts_in(utcnow()),
            plan_id,
        )

    # -- check-ins: scheduling --------------------------------------------------------------------

    async def add_checkin(self, plan: PlanRow, due_at: datetime) -> CheckinRow | None:
        """A check-in for `plan` at `due_at`; None when that one exists already (idempotent)."""
        row = await self.one(
            "INSERT INTO checkins (plan_id, user_id, dog_id, category, due_at, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (plan_id, due_at) DO NOTHING RETURNING *",
            plan.id,
            plan.user_id,
            plan.dog_id,
            plan.category,
            self.d.ts_in(_utc(due_at)),
            self.d.ts_in(utcnow()),
        )
        return self._checkin(row) if row else None

    async def skip_plan_checkins(self, plan_id: int, reason: str) -> int:
        """The plan ended before its check-in: pending ones are skipped (never asked)."""
        return await self.change(
            "UPDATE checkins SET status = 'skipped', error = ? WHERE plan_id = ? AND status = 'pending'",
            reason,
            plan_id,
        )

    async def get_checkin(self, checkin_id: int) -> CheckinRow | None:
        row = await self.one("SELECT * FROM checkins WHERE id = ?", checkin_id)
        return self._checkin(row) if row else None

    async def list_checkins(self, user_id: int, dog_id: int | None = None) -> list[CheckinRow]:
        """One owner's check-ins (one dog's, when given), by due date."""
        if dog_id is None:
            rows = await self.all("SELECT * FROM checkins WHERE user_id = ? ORDER BY due_at, id", user_id)
        else:
            rows = await self.all(
                "SELECT * FROM checkins WHERE user_id = ? AND dog_id = ? ORDER BY due_at, id", user_id, dog_id
            )
        return [self._checkin(r) for r in rows]

    async def answered_checkins(self, user_id: int, dog_id: int | None, category: str) -> list[CheckinRow]:
        """Answered check-ins about one behaviour of one dog, oldest answer first (across plans)."""
        rows = await self.all(
            "SELECT * FROM checkins WHERE user_id = ? AND coalesce(dog_id, 0) = coalesce(?, 0) "
            "AND category = ? AND status = 'answered' ORDER BY answered_at, id",
            user_id,
            dog_id,
            category,
        )
        return [self._checkin(r) for r in rows]

    # -- check-ins: the scheduler's claims --------------------------------------------------------

    async def claim_due_checkins(
        self,
        now: datetime,
        holder: str,
        until: datetime,
        channels: Sequence[str],
        limit: int = 100,
        *,
        open_since: datetime | None = None,
        noted_since: datetime | None = None,
    ) -> list[CheckinTarget]:
        """Due pending check-ins of owners on `channels`, oldest first, claimed by `holder` until
        `until` (pending -> sending, attempts + 1). Commit before calling the platform.
        `open_since`: an owner with a check-in sent after it and not answered is left out (one
        question at a time); `noted_since`: so is one who answered a check-in after it (its
        "anything to add?" may be open). None: no one is."""
        claim = _CLAIM_POSTGRES if self.d.name == "postgres" else _CLAIM_SQLITE
        ids: list[int] = []
        for channel in channels:
            if len(ids) >= limit:
                break
            rows = await self.all(
                claim,
                holder,
                self.d.ts_in(_utc(until)),
                self.d.ts_in(_utc(now)),
                channel,
                self.d.ts_in(_utc(open_since if open_since is not None else now)),
                self.d.ts_in(_utc(noted_since if noted_since is not None else now)),
                limit - len(ids),
            )
            ids += [int(r["id"]) for r in rows]
        return await self._targets(ids)

    async def _targets(self, ids: Sequence[int]) -> list[CheckinTarget]:
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = await self.all(
            "SELECT c.*, p.next_step AS plan_step, u.id AS u_id, u.channel AS u_channel, "
            "u.external_id AS u_external_id, u.locale AS u_locale, u.locale_hint AS u_locale_hint, "
            "u.name AS u_name, u.is_admin AS u_is_admin, u.active_dog_id AS u_active_dog_id, "
            "u.blocked_at AS u_blocked_at, u.created_at AS u_created_at, u.last_seen_at AS u_last_seen_at, "
            "u.timezone AS u_timezone, u.checkins_opt_out AS u_opt_out, u.checkin_minute AS u_checkin_minute "
            "FROM checkins c JOIN plans p ON p.id = c.plan_id JOIN users u ON u.id = c.user_id "
            f"WHERE c.id IN ({marks}) ORDER BY c.due_at, c.id",
            *ids,
        )
        found = []
        for r in rows:
            user = self._user({k.removeprefix("u_"): r[k] for k in r.keys() if k.startswith("u_")})  # noqa: SIM118
            found.append(
                CheckinTarget(
                    self._checkin(r),
                    r["plan_step"],
                    user,
                    r["u_timezone"],
                    self.d.bool_out(r["u_opt_out"]),
                    _minute_time(r["u_checkin_minute"]),
                )
            )
        return found

    async def settle_checkin(
        self, checkin_id: int, holder: str, status: str, error: str | None = None
    ) -> bool:
        """sending -> sent | undelivered | blocked | skipped, right after the platform answered;
        False when the claim is no longer `holder`'s (it expired and was settled elsewhere)."""
        row = await self.one(
            "UPDATE checkins SET status = ?, error = ?, sent_at = ?, lease_owner = NULL, lease_until = NULL "
            "WHERE id = ? AND status = 'sending' AND lease_owner = ? RETURNING id",
            status,
            error,
            self.d.ts_in(utcnow()) if status == "sent" else None,
            checkin_id,
            holder,
        )
        return row is not None

    async def defer_checkin(
        self, checkin_id: int, holder: str, due_at: datetime, error: str | None = None
    ) -> bool:
        """sending -> pending at a later `due_at` (the owner's quiet hours; a platform that
        certainly did not take it): nothing was sent, so it may be sent later."""
        row = await self.one(
            "UPDATE checkins SET status = 'pending', due_at = ?, error = ?, lease_owner = NULL, "
            "lease_until = NULL WHERE id = ? AND status = 'sending' AND lease_owner = ? RETURNING id",
            self.d.ts_in(_utc(due_at)),
            error,
            checkin_id,
            holder,
        )
        return row is not None

    async def renew_checkin_leases(self, checkin_ids: Sequence[int], holder: str, until: datetime) -> int:
        """Extend `holder`'s claims that are still being sent; how many it still holds."""
        if not checkin_ids:
            return 0
        marks = ", ".join("?" for _ in checkin_ids)
        return await self.change(
            f"UPDATE checkins SET lease_until = ? WHERE id IN ({marks}) AND status = 'sending' AND lease_owner = ?",
            self.d.ts_in(_utc(until)),
            *checkin_ids,
            holder,
        )

    async def settle_interrupted_checkins(self, now: datetime, error: str) -> int:
        """Claims whose lease expired before they were settled (their process died with the
        message possibly at the platform): settled as sent with `error`, never sent again."""
        return await self.change(
            "UPDATE checkins SET status = 'sent', error = ?, sent_at = lease_until, lease_owner = NULL, "
            "lease_until = NULL WHERE status = 'sending' AND lease_until < ?",
            error,
            self.d.ts_in(_utc(now)),
        )

    # -- check-ins: in the owner's own turn -------------------------------------------------------

    async def take_due_checkin(self, user_id: int, now: datetime) -> CheckinTarget | None:
        """The owner's oldest due check-in not shown yet (pending, or left undelivered), now
        marked sent: it is shown in this turn, which commits with the mark. None when nothing is
        due or the owner turned check-ins off. One statement when nothing is due (every turn
        asks)."""
        row = await self.one(
            "UPDATE checkins SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ("
            f"{_DUE_CHECKIN}) AND status IN ('pending', 'undelivered') RETURNING id",
            self.d.ts_in(utcnow()),
            user_id,
            self.d.ts_in(_utc(now)),
        )
        if row is None:
            return None
        targets = await self._targets([int(row["id"])])
        return targets[0] if targets else None

    async def due_checkin(self, user_id: int, now: datetime) -> CheckinTarget | None:
        """The check-in `take_due_checkin` would take, left as it is (not marked sent): a turn
        reads the owner's message against it first (a progress statement answers it)."""
        row = await self.one(
            _DUE_CHECKIN,
            user_id,
            self.d.ts_in(_utc(now)),
        )
        if row is None:
            return None
        targets = await self._targets([int(row["id"])])
        return targets[0] if targets else None

    async def open_checkins(self, user_id: int) -> list[CheckinRow]:
        """Check-ins shown (or waiting to be shown) and not answered yet, newest first; one being
        pushed (`sending`) counts: the platform may have shown it before the push is settled."""
        rows = await self.all(
            "SELECT * FROM checkins WHERE user_id = ? AND status IN ('sending', 'sent', 'undelivered') "
            "ORDER BY due_at DESC, id DESC",
            user_id,
        )
        return [self._checkin(r) for r in rows]

    async def answer_checkin(self, checkin_id: int, user_id: int, outcome: str, at: datetime) -> bool:
        """Record the owner's answer once; False when it was answered already or is not theirs."""
        row = await self.one(
            "UPDATE checkins SET status = 'answered', outcome = ?, answered_at = ? "
            "WHERE id = ? AND user_id = ? AND status IN ('pending', 'sending', 'sent', 'undelivered') "
            "RETURNING id",
            outcome,
            self.d.ts_in(_utc(at)),
            checkin_id,
            user_id,
        )
        return row is not None

    async def correct_checkin_outcome(self, checkin_id: int, user_id: int, outcome: str) -> bool:
        """Change an answered check-in's outcome (its note says another one: "해볼 시간이 없었어요"
        after "better"); False when it is not answered or not theirs."""
        row = await self.one(
            "UPDATE checkins SET outcome = ? WHERE id = ? AND user_id = ? AND status = 'answered' RETURNING id",
            outcome,
            checkin_id,
            user_id,
        )
        return row is not None

    async def set_checkin_note(self, checkin_id: int, user_id: int, note: str | None) -> bool:
        row = await self.one(
            "UPDATE checkins SET note = ? WHERE id = ? AND user_id = ? AND status = 'answered' RETURNING id",
            note,
            checkin_id,
            user_id,
        )
        return row is not None
