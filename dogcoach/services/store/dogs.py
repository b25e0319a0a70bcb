"""Dogs: the survey answers, the queried ones in typed columns and the rest as JSON."""

from __future__ import annotations

from typing import Any

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import DOG_TYPED_FIELDS, Dog


class DogQueries(SessionCore):
    def _dog(self, row: Row) -> Dog:
        answers: dict[str, Any] = dict(self.d.json_out(row["profile"]) or {})
        for key in DOG_TYPED_FIELDS:
            if row[key] is not None:
                answers[key] = row[key]
        created = self.d.ts_out(row["created_at"])
        updated = self.d.ts_out(row["updated_at"])
        assert created is not None and updated is not None
        return Dog(
            id=int(row["id"]),
            user_id=int(row["user_id"]),
            answers=answers,
            completed_at=self.d.ts_out(row["completed_at"]),
            created_at=created,
            updated_at=updated,
        )

    async def create_dog(self, user_id: int, answers: dict[str, Any]) -> Dog:
        now = self.d.ts_in(utcnow())
        typed = [answers.get(k) for k in DOG_TYPED_FIELDS]
        rest = {k: v for k, v in answers.items() if k not in DOG_TYPED_FIELDS}
        row = await self.one(
            "INSERT INTO dogs (user_id, name, age_months, sex, breed, size, profile, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
            user_id,
            *typed,
            self.d.json_in(rest),
            now,
            now,
        )
        assert row is not None
        return self._dog(row)

    async def adopt_dogless(self, user_id: int, dog_id: int) -> None:
        """Give the owner's rows that belong to no dog — reports, questions, plans, check-ins,
        red flags and notes recorded before their first dog existed (a report typed at the name question) —
        to `dog_id`, so the per-dog views (/history, /week, /progress, /summary) show them.

        Called when a dog becomes the owner's first active one; only then can a row be dog-less,
        as every report is filed under the active dog."""
        for statement in (
            "UPDATE reports SET dog_id = ? WHERE user_id = ? AND dog_id IS NULL",
            "UPDATE plans SET dog_id = ? WHERE user_id = ? AND dog_id IS NULL",
            "UPDATE checkins SET dog_id = ? WHERE user_id = ? AND dog_id IS NULL",
            "UPDATE red_flags SET dog_id = ? WHERE user_id = ? AND dog_id IS NULL",
            "UPDATE notes SET dog_id = ? WHERE user_id = ? AND dog_id IS NULL",
        ):
            await self.execute(statement, dog_id, user_id)

    async def save_dog(self, dog: Dog) -> None:
        typed = [dog.answers.get(k) for k in DOG_TYPED_FIELDS]
        rest = {k: v for k, v in dog.answers.items() if k not in DOG_TYPED_FIELDS}
        dog.updated_at = utcnow()
        await self.execute(
            "UPDATE dogs SET name = ?, age_months = ?, sex = ?, breed = ?, size = ?, profile = ?, "
            "completed_at = ?, updated_at = ? WHERE id = ?",
            *typed,
            self.d.json_in(rest),
            self.d.ts_in(dog.completed_at),
            self.d.ts_in(dog.updated_at),
            dog.id,
        )

    async def get_dog(self, dog_id: int) -> Dog | None:
        row = await self.one("SELECT * FROM dogs WHERE id = ?", dog_id)
        return self._dog(row) if row else None

    async def list_dogs(self, user_id: int) -> list[Dog]:
        rows = await self.all("SELECT * FROM dogs WHERE user_id = ? ORDER BY id", user_id)
        return [self._dog(r) for r in rows]

    async def delete_dog(self, dog_id: int) -> None:
        """Erase one dog and the reports about it (the user and the transcript stay); a user
        whose active dog it was has none afterwards."""
        await self.execute("UPDATE users SET active_dog_id = NULL WHERE active_dog_id = ?", dog_id)
        await self.execute("DELETE FROM reports WHERE dog_id = ?", dog_id)
        await self.execute("DELETE FROM dogs WHERE id = ?", dog_id)
