"""Signing staff and citizens in through the real sign-in pages, and posting forms as staff
would."""

from __future__ import annotations

import re
from functools import cache

from sqlmodel import select

from bti.models import StaffUser
from bti.passwords import hash_password
from tests.support.world import World

PASSWORD = "riktig-passord-1"


@cache
def _password_hash() -> str:
    # argon2 is slow on purpose: hash PASSWORD once per test process, not once per user.
    return hash_password(PASSWORD)


def give_passwords(world: World) -> None:
    """Every employee in the world signs in with their first name, lower case, and PASSWORD."""
    with world.db.unscoped() as session, session.begin():
        for user in session.exec(select(StaffUser)):
            user.username = user.display_name.lower()
            user.password_hash = _password_hash()
            session.add(user)


def csrf(client, path: str) -> str:
    """The form token on the page at ``path`` (every form on a page carries the same one,
    whatever its prefix)."""
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"', page).group(1)


def sign_in(client, username: str = "kari", password: str = PASSWORD):
    token = csrf(client, "/logg-inn")
    return client.post(
        "/logg-inn",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=True,
    )


def sign_in_citizen(client, slug: str, username: str, password: str = PASSWORD):
    """Sign a citizen in on the citizen pages of municipality ``slug``; the response, a
    redirect when it worked."""
    path = f"/{slug}/innsyn/logg-inn"
    return client.post(
        path, data={"username": username, "password": password, "csrf_token": csrf(client, path)}
    )


def signed_in(world: World, username: str = "kari"):
    """A test client of the world's app, signed in as ``username``, the municipality chosen."""
    client = world.deployment.start().test_client()
    sign_in(client, username)
    client.get("/velg-kommune")
    return client


def case_path(world: World) -> str:
    """The case page of the world's case."""
    return f"/{world.kommune.slug}/sak/{world.case_id}"


def post(client, world: World, path: str, data: dict, *, token: bool = True):
    """Post ``data`` to ``path`` under the case page, with the page's form token unless
    ``token`` is false (to see the request refused)."""
    if token:
        data = {**data, "csrf_token": csrf(client, case_path(world))}
    return client.post(f"{case_path(world)}{path}", data=data)


def followed(client, response, anchor: str | None = None) -> str:
    """The page a successful action redirected to (at ``anchor``, when given)."""
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    if anchor is not None:
        assert response.headers["Location"].endswith(anchor)
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    return page.get_data(as_text=True)


class Tab:
    """A browser tab with a page open (the case page unless ``path`` says another): the
    form token and the version of each form as the page showed them when it was opened,
    for saving the same record from two tabs (see bti.services.versions)."""

    def __init__(self, world: World, username: str = "kari", path: str | None = None):
        self.world = world
        self.client = signed_in(world, username)
        self.path = path or case_path(world)
        self.page = self.client.get(self.path).get_data(as_text=True)
        self.token = re.search(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"', self.page)[1]

    def version(self, prefix: str) -> str:
        found = re.search(rf'name="{re.escape(prefix)}-version"[^>]*value="(\d+)"', self.page)
        assert found, f"the form {prefix} carries no version"
        return found[1]

    def save(self, action: str, prefix: str, data: dict):
        """Post the form ``prefix`` as the tab shows it (with the version it opened at) to
        ``action``: under the page's path, or from the root when it starts with ``//``."""
        fields = {**data, "csrf_token": self.token, f"{prefix}-version": self.version(prefix)}
        url = action[1:] if action.startswith("//") else f"{self.path}{action}"
        return self.client.post(url, data=fields)
