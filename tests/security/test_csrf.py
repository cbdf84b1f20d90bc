"""No form is taken without its token: every POST rule of ``app.url_map``, with real ids from
the demo and signed in as someone who may use it, is posted without a token, with a token
that is no token, and with another session's valid token. Each answer is 400 with the
«form has expired» page, and the database is byte for byte what it was. With the session's
own token, every one of them is taken up (reachable: no 404, no «expired», no sign-in)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from bti import create_app
from tests.security.routes import (
    Target,
    citizen_case,
    copy_database,
    form_token,
    sign_in,
    targets,
)

#: Something the forms could plausibly hold, so that only the token is wrong.
DATA = {
    "username": "tromso.foresatt",
    "password": "demo-bti-2026",
    "text": "Ny innføring",
    "municipality": "baerum",
    "locale": "nb",
}
#: The heading of the page a refused form gets («The form has expired»).
EXPIRED = "Skjemaet er utløpt"


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


@dataclass
class Posting:
    """Every POST rule as a :class:`Target`, and a client signed in for each."""

    found: list[Target]
    clients: dict[str | None, object]


@pytest.fixture(scope="module")
def posting(app) -> Posting:
    citizen = app.test_client()
    sign_in(citizen, "tromso.foresatt", "/tromso/innsyn/logg-inn")
    found = targets(app, "POST", citizen_case=citizen_case(citizen))
    # Signing in again and signing out last: a new sign-in's session is lost when the
    # database is put back after a post, and signing out ends the session the other posts
    # need.
    found.sort(
        key=lambda target: (target.rule.endswith("/logg-ut"), target.rule.endswith("/logg-inn"))
    )
    clients = {}
    for username in {target.username for target in found}:
        client = clients[username] = app.test_client()
        if username:
            page = next(t for t in found if t.username == username).sign_in_page
            sign_in(client, username, page)
        else:
            client.get("/logg-inn")  # a session of its own, with its own token
    return Posting(found, clients)


def database_digest(engine) -> str:
    """Every row of every table, as one hash."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(sa.select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_every_post_route_refuses_a_missing_or_wrong_token(app, posting):
    """Per route, SQLite's ``data_version`` (it moves whenever another connection commits)
    shows any write; over the whole run, a hash of every row."""
    others_token = form_token(app.test_client(), "/logg-inn")  # valid, but another session's
    engine = app.extensions["bti_db"].engine
    watcher = engine.raw_connection()
    problems = []
    requests = 0
    first = database_digest(engine)
    for target in posting.found:
        client = posting.clients[target.username]
        before = _data_version(watcher)
        for label, token in (("no token", None), ("not a token", "x"), ("another's", others_token)):
            data = DATA if token is None else {**DATA, "csrf_token": token}
            response = client.post(target.path, data=data)
            requests += 1
            body = response.get_data(as_text=True)
            if response.status_code != 400 or EXPIRED not in body:
                problems.append(f"{target.rule} ({label}): {response.status_code}")
        if _data_version(watcher) != before:
            problems.append(f"{target.rule}: the database changed")
    watcher.close()
    assert not problems, "\n".join(problems)
    assert database_digest(engine) == first
    rules = {r.rule for r in app.url_map.iter_rules() if "POST" in r.methods}
    assert {t.rule for t in posting.found} == rules
    print(f"{len(posting.found)} POST rules, {requests} refused requests")


def test_with_its_token_every_post_route_is_taken_up(app, posting):
    """The same addresses, users and data with the session's own token: no route answers
    «not found», «expired» or «sign in», so the refusals above came from the token alone.
    The database is put back after each post, so no post changes what the next one finds;
    and the watch of the test above does see a write (one post at least writes)."""
    engine = app.extensions["bti_db"].engine
    path = Path(engine.url.database)
    engine.dispose()
    pristine = path.with_name("pristine.sqlite3")
    copy_database(path, pristine)
    problems = []
    writes = 0
    for target in posting.found:
        client = posting.clients[target.username]
        watcher = engine.raw_connection()
        before = _data_version(watcher)
        # A sign-in starts a new session with a new token: read it for each post.
        token = form_token(client, "/logg-inn")
        response = client.post(target.path, data={**DATA, "csrf_token": token})
        wrote = _data_version(watcher) != before
        watcher.close()
        body = response.get_data(as_text=True)
        location = response.headers.get("Location", "")
        # Signing out, and the second factor's code page without a sign-in waiting for
        # it, lead back to the sign-in page.
        signing_out = target.rule.endswith("/logg-ut") or target.rule == "/logg-inn/kode"
        if (
            response.status_code in (404, 405)
            or response.status_code >= 500
            or (response.status_code == 400 and EXPIRED in body)
            or (target.username and location.endswith("/logg-inn") and not signing_out)
        ):
            problems.append(f"{target.rule} as {target.username}: {response.status_code}")
        if wrote:
            writes += 1
            engine.dispose()
            copy_database(pristine, path)
    assert not problems, "\n".join(problems)
    assert writes > 0
    print(f"{len(posting.found)} POST rules taken up with their token, {writes} wrote")


def _data_version(connection) -> int:
    return connection.execute("PRAGMA data_version").fetchone()[0]
