"""``bti retention run``: the operator's summary, the report file, one municipality at a
time, and a dry run that changes nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlmodel import select

from bti import clock
from bti.models import Case
from tests.support.past import case_opened_and_closed
from tests.support.world import birth_date_for


def _old_closed_case(world) -> str:
    world.employee("Kari", "Nordby skole")
    world.child("Ola", birth_date=birth_date_for(12))
    now = clock.now()
    return case_opened_and_closed(
        world,
        "Kari",
        "Ola",
        opened_at=now - timedelta(days=7 * 365),
        closed_at=now - timedelta(days=6 * 365),
    )


def test_the_report_goes_to_the_instance_folder_and_the_summary_to_the_terminal(app, runner):
    result = runner.invoke(args=["retention", "run"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["baerum", "jevnaker", "tromso", "vestby"]
    assert "anonymise 5 year(s) after closing" in lines[0]
    assert lines[0].endswith("0 case(s) anonymised, 0 deleted")
    [report] = (Path(app.instance_path) / "retention").glob("*.json")
    assert lines[-1] == f"Report: {report}"
    assert json.loads(report.read_text())["dry_run"] is False


def test_one_municipality_at_a_time_and_an_unknown_one_is_named(runner, tmp_path):
    path = tmp_path / "r.json"
    result = runner.invoke(args=["retention", "run", "--municipality", "vestby", "--report", path])
    assert result.exit_code == 0, result.output
    assert [m["slug"] for m in json.loads(path.read_text())["municipalities"]] == ["vestby"]
    wrong = runner.invoke(args=["retention", "run", "--municipality", "oslo"])
    assert wrong.exit_code == 2
    assert "no municipality 'oslo' is enabled" in wrong.output


def test_a_dry_run_lists_the_case_and_changes_nothing(make_world, tmp_path):
    world = make_world("Vestby")
    case_id = _old_closed_case(world)
    runner = world.deployment.start().test_cli_runner()
    path = tmp_path / "dry.json"
    result = runner.invoke(args=["retention", "run", "--dry-run", "--report", path])
    assert result.exit_code == 0, result.output
    assert "1 case(s) would be anonymised" in result.output
    [vestby] = json.loads(path.read_text())["municipalities"]
    assert vestby["cases"] == [
        {"case": case_id, "action": "anonymised", "rows": 0, "subject": False, "error": ""}
    ]
    with world.scoped() as session:
        case = session.exec(select(Case).where(Case.id == case_id)).one()
    assert case.anonymised_at is None and case.concern
    assert "Ola" not in path.read_text()
