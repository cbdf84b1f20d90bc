"""``bti admin create-user`` and ``bti admin list-users`` as an operator runs them: the first
administrator of a freshly upgraded database (SQLite and PostgreSQL, a real process), then
the refusals and the list, through the command runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from bti.models import AuditEvent, Membership, StaffIdentity, StaffUser, Unit
from bti.passwords import verify_password
from tests.support.web import sign_in

BTI = shutil.which("bti", path=str(Path(sys.executable).parent))
PASSWORD = "Fjellvann-og-Furu-42"


def run(tmp_path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BTI_") and k not in {"DATABASE_URL", "PORT"}
    }
    environment.update(BTI_INSTANCE_PATH=str(tmp_path / "instance"), **env)
    return subprocess.run(
        [BTI, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.database
def test_the_first_administrator_on_a_fresh_database_signs_in(
    tmp_path, empty_database_url, make_app
):
    env = {"DATABASE_URL": empty_database_url}
    assert run(tmp_path, "db", "upgrade", **env).returncode == 0
    result = run(
        tmp_path,
        "admin", "create-user", "Vera.Vestby", "--name", "Vera Vestby",
        "--municipality", "vestby", "--email", "vera@vestby.kommune.no", "--password-stdin",
        stdin=PASSWORD + "\n",
        **env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "vera.vestby (id 1) created: administrator in Administrasjon (unit created), vestby; "
        "password."
    )
    listed = run(tmp_path, "admin", "list-users", "--municipality", "vestby", **env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[1].split() == [
        "vera.vestby", "Vera", "Vestby", "yes", "off", "Administrasjon:", "administrator"
    ]  # fmt: skip
    assert listed.stdout.splitlines()[-1] == "Page 1 of 1 (1 account(s))."

    client = make_app(DATABASE_URL=empty_database_url).test_client()
    page = sign_in(client, "vera.vestby", PASSWORD)
    assert page.status_code == 200
    assert "Vera Vestby" in page.get_data(as_text=True)


def test_the_username_already_taken_is_an_error_not_an_overwrite(tmp_path):
    assert run(tmp_path, "db", "upgrade").returncode == 0
    first = ["admin", "create-user", "kari", "--name", "Kari", "--municipality", "vestby"]
    assert run(tmp_path, *first, "--subject", "k-1").returncode == 0
    again = run(tmp_path, *first, "--subject", "k-2", "--role", "leader")
    assert again.returncode == 1
    assert again.stderr.strip() == "Error: USERNAME: This username is already taken."
    assert "Traceback" not in again.stderr


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def _create(runner, *args: str, password: str | None = PASSWORD):
    stdin = None if password is None else password + "\n"
    extra = ["--password-stdin"] if password is not None else []
    return runner.invoke(args=["admin", "create-user", *args, *extra], input=stdin)


def test_a_member_of_a_named_unit_with_a_sign_in_identity(runner, db):
    result = _create(
        runner,
        "kari", "--name", "Kari Nordby", "--municipality", "vestby", "--unit", "Nordby skole",
        "--kind", "skole", "--role", "leader", "--subject", "00u-kari", password=None,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "leader in Nordby skole (unit created), vestby; no password, sign-in identity" in (
        result.output
    )
    vestby = db.municipality_ids()["vestby"]
    with db.scoped(vestby) as session:
        kari = session.exec(select(StaffUser).where(StaffUser.username == "kari")).one()
        assert kari.password_hash is None and kari.display_name == "Kari Nordby"
        unit = session.exec(select(Unit)).one()
        assert (unit.name, unit.kind) == ("Nordby skole", "skole")
        membership = session.exec(select(Membership)).one()
        assert (membership.user_id, membership.unit_id, membership.role) == (
            kari.id, unit.id, "leder"
        )  # fmt: skip
        identity = session.exec(select(StaffIdentity)).one()
        assert (identity.user_id, identity.subject) == (kari.id, "00u-kari")
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "account.create")).one()
    assert (event.purpose, event.actor_role) == ("administration", "drift")
    assert f"user={kari.id}" in event.detail and "Kari" not in event.detail


def test_a_second_member_joins_the_existing_unit(runner, db):
    assert _create(runner, "vera", "--name", "Vera", "--municipality", "vestby").exit_code == 0
    result = _create(runner, "olav", "--name", "Olav", "--municipality", "vestby")
    assert result.exit_code == 0, result.output
    assert "administrator in Administrasjon, vestby; password." in result.output
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        unit = session.exec(select(Unit)).one()
        assert (unit.name, unit.kind) == ("Administrasjon", "annet")
        assert len(session.exec(select(Membership)).all()) == 2


def test_the_password_is_asked_for_twice_when_not_on_stdin(runner, db):
    result = runner.invoke(
        args=["admin", "create-user", "vera", "--name", "Vera", "--municipality", "tromso"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Password") == 1 and "Repeat for confirmation" in result.output
    assert PASSWORD not in result.output
    with db.unscoped() as session:
        vera = session.exec(select(StaffUser)).one()
    assert verify_password(vera.password_hash, PASSWORD)
    assert vera.password_changed_at is not None


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("kort-1", "Use at least 12 characters."),
        ("passord123456", "among the most common ones"),
        ("vera-sitt-passord", "must not contain your username"),
    ],
)
def test_a_password_that_may_not_be_set_is_refused_and_nothing_is_made(runner, db, password, says):
    result = _create(
        runner, "vera", "--name", "Vera", "--municipality", "vestby", password=password
    )
    assert result.exit_code == 1
    assert "The password cannot be used:" in result.output and says in result.output
    with db.unscoped() as session:
        assert session.exec(select(StaffUser)).all() == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--municipality", "oslo"], "No municipality 'oslo' in this deployment"),
        ([], "Give either --municipality SLUG or --central."),
        (["--municipality", "vestby", "--central"], "Give either --municipality SLUG or"),
        (["--central", "--role", "leader"], "go with --municipality, not --central"),
        (["--municipality", "vestby", "--email", "ikke-epost"], "--email: Write an e-mail"),
        (["--municipality", "vestby", "--role", "boss"], "Invalid value for '--role'"),
        (["--central", "--subject", "x"], "--subject: A sign-in identity belongs to"),
    ],
)
def test_wrong_options_are_errors_in_english(runner, db, args, says):
    result = _create(runner, "vera", "--name", "Vera", *args)
    assert result.exit_code != 0
    assert says in result.output
    with db.unscoped() as session:
        assert session.exec(select(StaffUser)).all() == []


def test_a_bad_username_and_a_taken_sign_in_identity_are_refused(runner, db):
    bad = _create(runner, "Vera Vestby", "--name", "Vera", "--municipality", "vestby")
    assert bad.exit_code == 1 and "USERNAME: Use 2 to 120 characters" in bad.output
    first = ["--municipality", "vestby", "--subject", "same"]
    assert _create(runner, "vera", "--name", "Vera", *first, password=None).exit_code == 0
    taken = _create(runner, "olav", "--name", "Olav", *first, password=None)
    assert taken.exit_code == 1
    assert "--subject: This sign-in identity is already registered" in taken.output
    # The same claim value may name someone in another municipality (another provider).
    other = ["--municipality", "tromso", "--subject", "same"]
    assert _create(runner, "olav", "--name", "Olav", *other, password=None).exit_code == 0


def test_a_unit_that_exists_with_another_kind_is_an_error(runner):
    first = ["--municipality", "vestby", "--unit", "Nordby", "--kind", "skole"]
    assert _create(runner, "vera", "--name", "Vera", *first).exit_code == 0
    other = ["--municipality", "vestby", "--unit", "Nordby", "--kind", "barnehage"]
    result = _create(runner, "olav", "--name", "Olav", *other)
    assert result.exit_code == 1
    assert "--kind: This unit already exists with another kind." in result.output


def test_a_deployment_wide_administrator_is_recorded_in_every_trail(runner, db):
    result = _create(runner, "sentral", "--name", "Sentral Admin", "--central")
    assert result.exit_code == 0, result.output
    assert "a deployment-wide administrator; password." in result.output
    with db.unscoped() as session:
        user = session.exec(select(StaffUser)).one()
    assert user.central_admin
    for municipality_id in db.municipality_ids().values():
        with db.scoped(municipality_id) as session:
            assert session.exec(select(Membership)).all() == []
            event = session.exec(select(AuditEvent)).one()
            assert (event.action, event.detail) == (
                "account.create", f"user={user.id} central=1 password=1"
            )  # fmt: skip
    listed = runner.invoke(args=["admin", "list-users"])
    assert "sentral" in listed.output and "deployment-wide administrator" in listed.output


def test_a_municipality_configured_but_not_yet_in_the_database_says_to_upgrade(make_app):
    app = make_app()  # copied from the migrated template: no municipality rows yet
    result = app.test_cli_runner().invoke(
        args=["admin", "create-user", "vera", "--name", "V", "--municipality", "vestby"]
    )
    assert result.exit_code == 1
    assert "configured but not in the database yet: run `bti db upgrade`" in result.output


def test_list_users_shows_one_municipality_its_own_staff_with_roles(runner, db):
    _create(runner, "vera", "--name", "Vera Vestby", "--municipality", "vestby")
    _create(
        runner, "vera", "--name", "x", "--municipality", "tromso", password=None
    )  # taken: no second account
    _create(runner, "tore", "--name", "Tore Tromsø", "--municipality", "tromso")
    _create(
        runner, "kari", "--name", "Kari", "--municipality", "vestby", "--unit", "Nordby skole",
        "--kind", "skole", "--role", "Ansatt",
    )  # fmt: skip
    vestby = runner.invoke(args=["admin", "list-users", "--municipality", "vestby"])
    assert vestby.exit_code == 0, vestby.output
    lines = vestby.output.splitlines()
    assert [line.split()[0] for line in lines[1:-1]] == ["kari", "vera"]
    assert lines[1].endswith("Nordby skole: employee")
    assert "tore" not in vestby.output and "Tromsø" not in vestby.output
    everyone = runner.invoke(args=["admin", "list-users"])
    assert [line.split()[0] for line in everyone.output.splitlines()[1:-1]] == [
        "kari", "tore", "vera"
    ]  # fmt: skip
    assert "tromso/Administrasjon: administrator" in everyone.output
    assert everyone.output.splitlines()[-1] == "Page 1 of 1 (3 account(s))."
    beyond = runner.invoke(args=["admin", "list-users", "--page", "2"])
    assert beyond.output.splitlines()[-1] == "Page 2 of 1 (3 account(s))."
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        reads = session.exec(select(AuditEvent).where(AuditEvent.action == "account.list")).all()
    assert [e.detail for e in reads] == ["page=1 count=2", "page=1 count=3", "page=2 count=0"]
