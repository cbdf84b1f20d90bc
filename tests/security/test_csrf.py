"""No form is taken without its token: every POST rule of ``app.url_map``, with real ids from
the demo and signed in as someone who may use it, is posted without a token, with a token
that is no token, and with another session's valid token. Each answer is 400 with the
«form has expired» page, and the database is byte for byte what it was."""

from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from bti import create_app
from tests.security.routes import citizen_case, copy_database, form_token, sign_in, targets

#: Something the forms could plausibly hold, so that only the token is wrong.
DATA = {
    "username": "tromso.foresatt",
    "password": "demo-bti-2026",
    "text": "Ny innføring",
    "municipality": "baerum",
    "locale": "nn",
}


@pytest.fixture(scope="module")
def app(demo_file, tmp_path_factory):
    directory = tmp_path_factory.mktemp("csrf")
    copy_database(demo_file, directory / "bti.sqlite3")
    app = create_app(
        {
            "BTI_ENV": "test",
            "INSTANCE_PATH": str(directory),
            "DATABASE_URL": f"sqlite:///{directory / 'bti.sqlite3'}",
            "WTF_CSRF_ENABLED": True,
        }
    )
    yield app
    app.extensions["bti_db"].dispose()


def database_digest(engine) -> str:
    """Every row of every table, as one hash."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(sa.select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_every_post_route_refuses_a_missing_or_wrong_token(app):
    """Per route, SQLite's ``data_version`` (it moves whenever another connection commits)
    shows any write; over the whole run, a hash of every row."""
    clients = {}
    other = app.test_client()
    others_token = form_token(other, "/logg-inn")  # valid, but another session's
    citizen = app.test_client()
    sign_in(citizen, "tromso.foresatt", "/tromso/innsyn/logg-inn")
    found = targets(app, "POST", citizen_case=citizen_case(citizen))
    for username in {target.username for target in found}:
        client = clients[username] = app.test_client()
        if username:
            sign_in(client, username, next(t for t in found if t.username == username).sign_in_page)
        else:
            client.get("/logg-inn")  # a session of its own, with its own token
    engine = app.extensions["bti_db"].engine
    watcher = engine.raw_connection()
    problems = []
    requests = 0
    first = database_digest(engine)
    for target in found:
        client = clients[target.username]
        before = _data_version(watcher)
        for label, token in (("no token", None), ("not a token", "x"), ("another's", others_token)):
            data = DATA if token is None else {**DATA, "csrf_token": token}
            response = client.post(target.path, data=data)
            requests += 1
            body = response.get_data(as_text=True)
            if response.status_code != 400 or "Skjemaet er utløpt" not in body:
                problems.append(f"{target.rule} ({label}): {response.status_code}")
        if _data_version(watcher) != before:
            problems.append(f"{target.rule}: the database changed")
    assert not problems, "\n".join(problems)
    assert database_digest(engine) == first
    # The watch sees a write: the same sign-out with its own token ends the session.
    staff = clients["baerum.koordinator"]
    before = _data_version(watcher)
    signed_out = staff.post("/logg-ut", data={"csrf_token": form_token(staff, "/baerum/saker")})
    assert signed_out.status_code == 302 and _data_version(watcher) != before
    watcher.close()
    rules = {r.rule for r in app.url_map.iter_rules() if "POST" in r.methods}
    assert {t.rule for t in found} == rules
    print(f"{len(found)} POST rules, {requests} refused requests")


def _data_version(connection) -> int:
    return connection.execute("PRAGMA data_version").fetchone()[0]
