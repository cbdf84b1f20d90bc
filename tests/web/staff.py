"""Signing staff in through the real sign-in page, for the web tests."""

from __future__ import annotations

import re
from functools import cache

from sqlmodel import select

from bti.models import StaffUser
from bti.passwords import hash_password
from tests.bdd.world import World

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
