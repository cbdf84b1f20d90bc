"""The bench's data for the runner: a manifest per backend and size, generated when missing
or made for an older schema, and the case the bench writes in.

A manifest (``bench/data/<backend>-<size>.json``, written by :mod:`bench.generate`) is
reused while its database is at the migrations' head revision; otherwise, with
``generate``, :func:`manifest_for` runs ``python -m bench.generate`` for it again.
PostgreSQL is left out, with the reason, when no server answers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]


def manifest_for(
    backend: str, size: int, data: Path, *, generate: bool
) -> tuple[dict[str, Any] | None, str]:
    """The manifest for ``backend`` and ``size``, or ``None`` and why there is none."""
    if backend == "postgresql":
        from tests.support.databases import postgres_unavailable

        reason = postgres_unavailable()
        if reason:
            return None, f"PostgreSQL does not answer ({reason})"
    path = data / f"{backend}-{size}.json"
    stale = "no manifest" if not path.exists() else stale_reason(_read(path))
    if not stale:
        return _read(path), ""
    if not generate:
        return None, f"{stale}: run python -m bench.generate --backend {backend} --size {size}"
    command = [sys.executable, "-m", "bench.generate", "--backend", backend, "--size", str(size)]
    subprocess.run([*command, "--out", str(data)], cwd=ROOT, check=True)
    return _read(path), ""


def stale_reason(manifest: dict[str, Any]) -> str:
    """Why the manifest's database cannot be used as it is, or ``""``."""
    engine = sa.create_engine(manifest["url"])
    try:
        with engine.connect() as connection:
            revision = connection.execute(sa.text("SELECT version_num FROM alembic_version"))
            found = {row[0] for row in revision}
    except sa.exc.SQLAlchemyError:
        return "its database is gone or unreadable"
    finally:
        engine.dispose()
    head = head_revisions()
    if found != head:
        return f"its database is at revision {sorted(found)}, the migrations at {sorted(head)}"
    return ""


def head_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bti.migrate import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return set(ScriptDirectory.from_config(config).get_heads())


def write_case(manifest: dict[str, Any]) -> str:
    """The case the bench writes its stafettlogg entries in: another open case of the
    «50 entries» user with an open stafettlogg, so that case keeps its 50 entries run after
    run; the «50 entries» case itself when the user has no other."""
    case = manifest["case_50"]
    engine = sa.create_engine(manifest["url"])
    try:
        with engine.connect() as connection:
            found = connection.execute(
                sa.text(
                    'SELECT p.case_id FROM caseparticipant p JOIN "case" c ON c.id = p.case_id '
                    "JOIN staffuser u ON u.id = p.user_id WHERE u.username = :username "
                    "AND p.own_part_closed_at IS NULL AND c.status = 'open' "
                    "AND c.stafettholder_id IS NOT NULL AND p.case_id <> :case_id "
                    "AND EXISTS (SELECT 1 FROM stafettloggentry e WHERE e.case_id = p.case_id) "
                    "ORDER BY p.case_id LIMIT 1"
                ),
                {"username": case["username"], "case_id": case["case_id"]},
            ).scalar()
    finally:
        engine.dispose()
    return found or case["case_id"]


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
