"""``bti admin import-staff`` as an operator runs it: the documented example file on a
fresh database, the dry run's listing, the problems on standard error with nothing written,
and an import into the demo. The rules of the import itself are tested in
``tests/services/test_staff_import.py``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from bti.demo import load_demo_data
from bti.models import AuditEvent, Membership, StaffUser, Unit

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "staff-import.csv"
BTI = shutil.which("bti", path=str(Path(sys.executable).parent))


def row_counts(app) -> dict[str, int]:
    with app.extensions["bti_db"].engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in SQLModel.metadata.tables.items()
        }


def invoke(app, *args: str):
    return app.test_cli_runner().invoke(args=["admin", "import-staff", *args])


def test_the_documented_example_imports_on_a_fresh_database(db_app):
    assert row_counts(db_app)["unit"] == row_counts(db_app)["staffuser"] == 0
    result = invoke(db_app, str(EXAMPLE), "--municipality", "vestby")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Imported 8 row(s): 6 unit(s) created, 5 account(s) created, 0 updated, "
        "2 sign-in identit(ies) set, 8 membership(s) added, 0 updated, 0 removed, "
        "0 account(s) disabled."
    ]
    again = invoke(db_app, str(EXAMPLE), "--municipality", "vestby")
    assert again.exit_code == 0, again.output
    assert "Nothing to change: the database already holds what the file says." in again.output
    db = db_app.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        assert len(session.exec(select(Unit)).all()) == 6
        assert len(session.exec(select(Membership)).all()) == 8
        events = session.exec(select(AuditEvent.detail)).all()
    assert len(events) == 2 and "accounts_created=5" in events[0]


def test_a_dry_run_prints_the_changes_and_writes_nothing(app):
    before = row_counts(app)
    result = invoke(app, str(EXAMPLE), "--municipality", "vestby", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "+ unit 'Solsikken barnehage' (barnehage)"
    assert "+ account siri.lie" in lines
    assert "+ membership siri.lie: administrator in 'Oppvekstkontoret'" in lines
    assert lines[-1].startswith("Dry run, nothing written. Importing 8 row(s) would give: 6 unit")
    # Usernames and units only: no person's name or e-mail address on the screen.
    assert "Kari Nordmann" not in result.output and "@" not in result.output
    assert row_counts(app) == before


def test_bad_rows_go_to_stderr_with_their_lines_and_nothing_is_imported(app, tmp_path):
    bad = tmp_path / "ansatte.csv"
    good = EXAMPLE.read_text(encoding="utf-8").splitlines()
    bad.write_text(
        "\n".join([*good[:3], "tor;Tor;tor@x;Ny skole;;sjef;;;", *good[3:], good[1]]),
        encoding="utf-8",
    )
    before = row_counts(app)
    result = invoke(app, str(bad), "--municipality", "vestby")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{bad}: line 4: the e-mail is not an e-mail address (name@domain.no)",
        f"{bad}: line 4: unknown role 'sjef' (one of ansatt, leder, koordinator, administrator)",
        f"{bad}: line 11: repeats line 2 (same username, unit and role)",
        f"Error: 3 problem(s) in {bad}; nothing was imported.",
    ]
    assert result.stdout == ""
    assert row_counts(app) == before


def test_an_unknown_municipality_is_named_with_the_known_ones(app):
    result = invoke(app, str(EXAMPLE), "--municipality", "lillevik")
    assert result.exit_code == 1
    assert "No municipality 'lillevik' in the database (known: baerum, jevnaker, tromso, " in (
        result.output
    )


def test_the_demo_takes_an_import_and_keeps_its_administrators(app, tmp_path):
    load_demo_data(app)
    db = app.extensions["bti_db"]
    vestby = db.municipality_ids()["vestby"]
    with db.unscoped() as session:
        flere = session.exec(select(StaffUser).where(StaffUser.username == "demo.flere")).one()
    with db.scoped(vestby) as session:
        ppt = session.exec(select(Unit).where(Unit.kind == "ppt")).one()
    staff = tmp_path / "ansatte.csv"
    staff.write_text(
        "username,name,email,unit,unit_kind,role\n"
        f"demo.flere,{flere.display_name},,Ressursteamet,annet,ansatt\n"
        f"ny.ansatt,Ny Ansatt,ny@vestby.kommune.no,{ppt.name.upper()},,ansatt\n",
        encoding="utf-8",
    )
    result = invoke(app, str(staff), "--municipality", "vestby")
    assert result.exit_code == 0, result.output
    assert "1 unit(s) created, 1 account(s) created, 0 updated" in result.output
    assert "membership(s) in this municipality are not in the file and were kept" in (result.output)
    again = invoke(app, str(staff), "--municipality", "vestby")
    assert "Nothing to change" in again.output
    with db.scoped(vestby) as session:
        added = session.exec(select(Membership).where(Membership.unit_id == ppt.id)).all()
    assert len(added) == 3  # demo.vestby's PPT adviser, demo.flere, and the new one
    # The demo's staff is not in the file: removing them would leave no administrator.
    removing = invoke(app, str(staff), "--municipality", "vestby", "--remove-missing")
    assert removing.exit_code == 1
    assert "would leave the municipality without an administrator" in removing.stderr
    # With the administrator in the file, the dry run shows who would go, and nothing goes.
    with db.unscoped() as session:
        admin = session.exec(select(StaffUser).where(StaffUser.username == "vestby.admin")).one()
    with staff.open("a", encoding="utf-8") as more:
        more.write(f"vestby.admin,{admin.display_name},,Oppvekstkontoret,,administrator\n")
    before = row_counts(app)
    dry = invoke(app, str(staff), "--municipality", "vestby", "--remove-missing", "--dry-run")
    assert dry.exit_code == 0, dry.output
    lines = dry.output.splitlines()
    assert "- account vestby.laerer disabled (no membership left)" in lines
    assert any(line.startswith("- membership vestby.laerer: ansatt in ") for line in lines)
    # demo.flere loses the PPT membership the file does not name, but works in the other
    # municipalities too: Vestby's import never disables the account.
    assert f"- membership demo.flere: ansatt in {ppt.name!r}" in lines
    assert not any(line.startswith("- account demo.flere") for line in lines)
    assert row_counts(app) == before


@pytest.mark.skipif(BTI is None, reason="the bti script is not installed in this environment")
def test_an_operator_imports_from_standard_input_with_the_installed_command(tmp_path):
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BTI_") and k not in {"DATABASE_URL", "PORT"}
    }
    environment["BTI_INSTANCE_PATH"] = str(tmp_path / "instance")

    def bti(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
        return subprocess.run(
            [BTI, *args], input=stdin, capture_output=True, env=environment, timeout=120
        )

    assert bti("db", "upgrade").returncode == 0
    done = bti("admin", "import-staff", "-", "--municipality", "tromso", stdin=EXAMPLE.read_bytes())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("Imported 8 row(s): 6 unit(s) created")
    assert b"Traceback" not in done.stderr
