"""Dogs: the survey answers, the queried ones in typed columns and the rest as JSON."""

from __future__ import annotations

from typing import Any

from dogcoach.services.store.core import Row, SessionCore, utcnow
from dogcoach.services.store.models import DOG_TYPED_FIELDS, Dog

# How many removed dogs' names an owner's row keeps (`remember_removed_dog`).
REMOVED_KEPT = 10


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

    async def remember_removed_dog(self, user_id: int, name: str) -> None:
        """`name` kept among the names of the dogs the owner removed (`users.removed_dogs`, newest
        last, at most `REMOVED_KEPT`): only the name, so a later message naming that dog is
        answered as about a dog removed (stop 57)."""
        kept = [n for n in await self.removed_dog_names(user_id) if n.casefold() != name.casefold()]
        names = [*kept, name][-REMOVED_KEPT:]
        await self.execute("UPDATE users SET removed_dogs = ? WHERE id = ?", self.d.json_in(names), user_id)

    async def removed_dog_names(self, user_id: int) -> list[str]:
        """The names of the dogs the owner removed, newest last ([] for none)."""
        row = await self.one("SELECT removed_dogs FROM users WHERE id = ?", user_id)
        kept = self.d.json_out(row["removed_dogs"]) if row is not None else None
        return [str(n) for n in kept if n] if isinstance(kept, list) else []
