"""The one clock: services, views and default timestamps take the time from the application."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import bti
from bti import clock
from bti.models import Subject, SubjectKind

PACKAGE = Path(bti.__file__).parent
# Only the clock itself reads the computer's time.
SYSTEM_TIME = {("datetime", "now"), ("datetime", "utcnow"), ("date", "today"), (None, "utcnow")}


def _reads_system_time(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            key = (func.value.id, func.attr)
        elif isinstance(func, ast.Name):
            key = (None, func.id)
        else:
            continue
        if key in SYSTEM_TIME:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_no_service_view_or_rule_reads_the_system_clock():
    modules = [
        path
        for folder in ("services", "web", "rules", "models", "defaults")
        for path in (PACKAGE / folder).rglob("*.py")
    ] + [PACKAGE / "cli.py"]
    found = [hit for path in modules if path.name != "types.py" for hit in _reads_system_time(path)]
    assert found == []


def test_the_applications_clock_is_what_every_part_reads(app):
    at = datetime(2025, 3, 3, 14, 0, tzinfo=UTC)  # mandag 3. mars 2025 kl. 15.00 i Oslo
    with app.app_context(), clock.frozen(at) as frozen:
        assert clock.now() == at
        assert clock.today(app.extensions["bti"]["vestby"]) == at.date()
        subject = Subject(municipality_id=1, kind=SubjectKind.BARN, first_name="A", last_name="B")
        assert subject.created_at == at
        frozen.advance(timedelta(hours=10))  # 01.00 on Tuesday in Oslo
        assert clock.today(tz="Europe/Oslo").isoformat() == "2025-03-04"
    with app.app_context():
        assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_outside_an_application_the_system_clock_answers():
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)
