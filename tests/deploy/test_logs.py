"""The logs in production: one JSON object per line, with the request's id and municipality,
and nothing about the people (names, fødselsnummer, usernames, query strings)."""

from __future__ import annotations

import json
import logging
import re

import pytest
from sqlmodel import select

from bti import create_app
from bti.config import ConfigurationError
from bti.demo import DEMO_PASSWORD, load_demo_data
from bti.migrate import upgrade_database
from bti.models import Case, Guardian, StaffUser, Subject

FIELDS = {"time", "level", "logger", "message", "request_id", "municipality"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Vestby's demo on SQLite, logging as production does (JSON)."""
    path = tmp_path_factory.mktemp("logs")
    app = create_app(
        {
            "BTI_ENV": "test",
            "BTI_LOG_FORMAT": "json",
            "INSTANCE_PATH": str(path),
            "DATABASE_URL": f"sqlite:///{path / 'bti.sqlite3'}",
            "BTI_MUNICIPALITIES": "vestby",
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        upgrade_database(app)
    load_demo_data(app)
    yield app
    app.extensions["bti_db"].dispose()


def personal_data(app) -> set[str]:
    """Every name (and part of a name), fødselsnummer and username in the demo."""
    db = app.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        found: set[str] = set()
        for subject in session.exec(select(Subject)):
            found |= {subject.given_name, subject.family_name, subject.fodselsnummer or ""}
            found.add(f"{subject.given_name} {subject.family_name}")
        for guardian in session.exec(select(Guardian)):
            found.add(guardian.name)
        for user in session.exec(select(StaffUser)):
            found |= {user.display_name, user.username, *user.display_name.split()}
    return {text for text in found if text and len(text) >= 3}


def a_case_and_its_child(app) -> tuple[str, Subject, str]:
    """The address of a case on the demo's teacher's «Mine saker», its child, and the
    teacher's username."""
    client = app.test_client()
    client.post("/logg-inn", data={"username": "vestby.laerer", "password": DEMO_PASSWORD})
    page = client.get("/velg-kommune", follow_redirects=True).get_data(as_text=True)
    path = re.search(r'href="(/vestby/sak/[\w-]+)"', page).group(1)
    db = app.extensions["bti_db"]
    with db.scoped(db.municipality_ids()["vestby"]) as session:
        user = session.exec(select(StaffUser).where(StaffUser.username == "vestby.laerer")).one()
        cases = session.exec(select(Case).where(Case.opened_by_id == user.id)).all()
        shown = client.get(path).get_data(as_text=True)
        child = next(
            subject
            for subject in (session.get(Subject, case.subject_id) for case in cases)
            if f"{subject.given_name} {subject.family_name}" in shown
        )
        return path, child, user.username


def test_a_request_cycle_logs_one_json_object_per_line_and_no_personal_data(demo, capsys):
    case_path, child, username = a_case_and_its_child(demo)
    secrets = personal_data(demo)
    assert child.given_name in secrets and username in secrets
    capsys.readouterr()

    client = demo.test_client()
    # A failed sign-in (the username typed is a person's), then the right password.
    refused = client.post("/logg-inn", data={"username": username, "password": "feil-passord"})
    assert refused.status_code == 401
    client.post("/logg-inn", data={"username": username, "password": DEMO_PASSWORD})
    client.get("/velg-kommune", follow_redirects=True)
    # The case page, with the child's name in a query string.
    page = client.get(f"{case_path}?navn={child.given_name}+{child.family_name}")
    assert page.status_code == 200
    assert child.given_name in page.get_data(as_text=True)
    # A form that fails: a concern about the child with a fødselsnummer that is not one.
    failed = client.post(
        "/vestby/ny-bekymring/skjema",
        data={
            "given_name": child.given_name,
            "family_name": child.family_name,
            "fodselsnummer": "12345678901",
            "concern": "",
        },
    )
    assert 'class="ds-validation-message"' in failed.get_data(as_text=True)
    # A case that is not there (404), under the request id the proxy gave.
    missing = client.get("/vestby/sak/finnes-ikke", headers={"X-Request-Id": "nginx-req-1234"})
    assert missing.status_code == 404
    assert missing.headers["X-Request-Id"] == "nginx-req-1234"

    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all(set(record) >= FIELDS for record in records), records[:3]
    requests = [r for r in records if r["logger"] == "bti.request"]
    assert len(requests) >= 6
    case_line = next(r for r in requests if r["message"].startswith(f"GET {case_path} "))
    assert case_line["municipality"] == "vestby"
    assert case_line["message"].startswith(f"GET {case_path} 200")
    assert len({r["request_id"] for r in requests}) == len(requests)
    assert any(r["request_id"] == "nginx-req-1234" for r in requests)
    everything = "\n".join(lines)
    assert "?" not in "".join(r["message"] for r in requests)
    leaked = sorted(
        text for text in secrets if re.search(rf"\b{re.escape(text)}\b", everything, re.I)
    )
    assert not leaked, f"personal data in the logs: {leaked}"


def test_an_exception_is_logged_without_its_message(demo, capsys):
    capsys.readouterr()
    try:
        raise ValueError("Ola Nordmann 01010112345")
    except ValueError:
        logging.getLogger("bti.test").exception("something failed")
    line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert line["message"] == "something failed"
    assert "ValueError" in line["exc_info"] and "test_logs.py" in line["exc_info"]
    assert "Ola" not in json.dumps(line) and "01010112345" not in json.dumps(line)


def test_text_logs_outside_production_and_json_in_production(make_app, tmp_path):
    from bti.config import load_settings
    from bti.logs import settings_of

    assert settings_of(load_settings(tmp_path, {"BTI_ENV": "development"}, {}))[0] == "text"
    production = {
        "BTI_ENV": "production",
        "BTI_SECRET_KEY": "x" * 40,
        "BTI_AUDIT_KEY": "y" * 40,
        "BTI_MUNICIPALITIES": "vestby",
    }
    assert settings_of(load_settings(tmp_path, production, {}))[0] == "json"
    assert settings_of(load_settings(tmp_path, production, {"BTI_LOG_FORMAT": "text"}))[0] == (
        "text"
    )
    with pytest.raises(ConfigurationError, match="BTI_LOG_FORMAT"):
        make_app(BTI_LOG_FORMAT="xml")
    with pytest.raises(ConfigurationError, match="BTI_LOG_LEVEL"):
        make_app(BTI_LOG_LEVEL="loud")
