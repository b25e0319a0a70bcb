"""Versioned schema files, one folder per backend: `NNNN_name.sql`, applied in order."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent


def migration_files(dialect: str) -> list[tuple[int, Path]]:
    """(version, path) pairs for a backend, oldest first."""
    found = []
    for path in (MIGRATIONS_DIR / dialect).glob("*.sql"):
        found.append((int(path.name.split("_", 1)[0]), path))
    return sorted(found)
