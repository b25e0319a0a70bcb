"""The one exception the store raises when the database cannot serve a session."""

from __future__ import annotations


class StoreUnavailable(Exception):
    """The database was not reachable within the session's `wait`, or the connection broke.

    Nothing of the session is committed, except when `outcome_unknown` is true: the connection
    broke while COMMIT was on its way, so the transaction may or may not have been applied (a caller
    that retries must be idempotent, as update-id de-duplication makes a turn). Upper layers answer
    it with "try again": HTTP 503 for a platform that re-delivers (Telegram), a "please send it
    again" reply where the platform does not (Kakao).
    """

    def __init__(self, reason: str, *, outcome_unknown: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.outcome_unknown = outcome_unknown


class StoreInUse(Exception):
    """A second server process on one SQLite database (`sqlite_lock.one_server`). The message is
    for the operator: what is wrong, then the fix (the wording of `dogcoach doctor`)."""

    def __init__(self, database: str, holder_pid: str = "") -> None:
        who = f"(pid {holder_pid}) " if holder_pid.isdigit() else ""
        super().__init__(
            f"another DogCoach process {who}is already running on the SQLite database {database} "
            "(a server, chat, or a dogcoach migrate or broadcast still writing): SQLite serves "
            "one process. Stop that one first (or let the command finish), or, to run several replicas, "
            'set DATABASE_URL to a PostgreSQL database (docs/deploy.md, "Several replicas")'
        )
        self.database = database
        self.holder_pid = holder_pid
