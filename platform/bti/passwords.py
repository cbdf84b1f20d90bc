"""Passwords: argon2id hashing with a bound on how many hashes run at once, and the rules a
new password must meet.

Hashing
    argon2id through argon2-cffi, with OWASP's first recommended profile (Password Storage
    Cheat Sheet: m = 46 MiB, t = 1, p = 1), stronger than its minimum (19 MiB, t = 2). One
    lane (p = 1) keeps one hash on one core. A hash made with other parameters (the earlier
    RFC 9106 profile, m = 64 MiB, t = 3, p = 4) still verifies; :func:`needs_rehash` says
    so, and the sign-in stores a fresh hash after the next successful check.

The bound
    Every verification passes through one process-wide gate: at most ``BTI_HASH_CONCURRENCY``
    hashes at once (default half the cores, at least one), so threads guessing passwords
    cannot take every core from the people working. A verification waits at most
    ``BTI_HASH_WAIT_SECONDS`` (default 3) for its turn, then :class:`Busy` is raised: the
    sign-in answers «try again in a moment» without hashing.

New passwords
    :func:`check_new_password` gives the Norwegian messages for a password that may not be
    set: shorter than :data:`MIN_LENGTH` (12, ASVS 5.0 and NSM recommend 12 or more where
    8 is the minimum), longer than :data:`MAX_LENGTH`, on the list of common passwords
    (``data/common-passwords.txt.gz``, its source in ``data/README.md``), or containing the
    username.
"""

from __future__ import annotations

import gzip
import os
import re
import secrets
import threading
from contextlib import contextmanager
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bti.i18n import lazy_gettext as _l

# Stateless configuration, not application state: one hasher serves every app in the process.
_HASHER = PasswordHasher(time_cost=1, memory_cost=47104, parallelism=1)

MIN_LENGTH = 12
MAX_LENGTH = 128


class Busy(Exception):
    """Too many password checks are waiting: this one was refused without hashing."""


class _Gate:
    """A bounded semaphore that also counts: how many hashes run now, how many ran in all,
    the most that ever ran at once (for the tests), and how many were refused."""

    def __init__(self, bound: int, wait: float):
        self.configure(bound, wait)
        self._lock = threading.Lock()
        self.active = 0
        self.peak = 0
        self.turns = 0
        self.refused = 0

    def configure(self, bound: int, wait: float) -> None:
        self.bound = bound
        self.wait = wait
        self._slots = threading.BoundedSemaphore(bound) if bound > 0 else None

    @contextmanager
    def turn(self):
        """Hold one of the slots while the block runs; :class:`Busy` when none frees up
        within the wait."""
        slots = self._slots
        if slots is not None and not slots.acquire(timeout=self.wait):
            with self._lock:
                self.refused += 1
            raise Busy
        with self._lock:
            self.active += 1
            self.turns += 1
            self.peak = max(self.peak, self.active)
        try:
            yield
        finally:
            with self._lock:
                self.active -= 1
            if slots is not None:
                slots.release()


def default_concurrency() -> int:
    return max(1, (os.cpu_count() or 2) // 2)


#: The process-wide bound on argon2 work (:func:`configure_hashing`).
gate = _Gate(default_concurrency(), 3.0)
_configure_lock = threading.Lock()


def configure_hashing(concurrency: int | None = None, wait_seconds: float | None = None) -> None:
    """Set the bound (``0``: none) and the longest wait; ``None`` keeps the default. Called
    by the app factory from ``BTI_HASH_CONCURRENCY`` and ``BTI_HASH_WAIT_SECONDS``."""
    bound = default_concurrency() if concurrency is None else int(concurrency)
    wait = 3.0 if wait_seconds is None else float(wait_seconds)
    with _configure_lock:
        if gate.active == 0 and (bound, wait) != (gate.bound, gate.wait):
            gate.configure(bound, wait)


def hash_password(plain: str) -> str:
    """Hash ``plain`` with argon2id and a fresh random salt.

    The result is a self-describing string (``$argon2id$v=19$m=…``) to store as it is.
    Deliberately slow (tens of milliseconds): hash once, not in a loop. Setting a password
    is rare and done by someone already known, so it does not wait at the gate.

    :raises ValueError: ``plain`` is empty; an empty password is never a password.
    """
    if not plain:
        raise ValueError("An empty password cannot be hashed.")
    return _HASHER.hash(plain)


@cache
def dummy_hash() -> str:
    """The hash of a random password no one knows, to verify against when there is no
    account (so a wrong username takes as long as a wrong password). Made at the first
    need, once per process: making it at import cost every start-up a hash."""
    return hash_password(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, plain: str) -> bool:
    """Whether ``plain`` is the password ``password_hash`` was made from.

    Never raises for a wrong password, a missing (``None``/empty) hash or a hash that is
    not argon2 at all: all of them simply mean "not signed in". Waits for its turn at the
    gate (:data:`gate`).

    :raises Busy: the turn did not come within the configured wait.
    """
    if not password_hash or not plain:
        return False
    with gate.turn():
        try:
            return _HASHER.verify(password_hash, plain)
        except (VerificationError, InvalidHashError):
            return False


def needs_rehash(password_hash: str) -> bool:
    """Whether ``password_hash`` should be replaced after the next successful sign-in.

    True when it was made with other parameters than today's, and also when it is not a
    hash we can read at all (it cannot be kept as it is).
    """
    try:
        return _HASHER.check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, lower case."""
    data = resources.files("bti").joinpath("data/common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


# Digits and punctuation people add to a common word to get past a rule.
_DECORATION = re.compile(r"[\d\W_]+$")


def is_common(plain: str) -> bool:
    """Whether ``plain`` is on the list, ignoring case, or is a listed word with digits or
    punctuation added at the end («Passord2025!»)."""
    lowered = plain.strip().lower()
    listed = common_passwords()
    if lowered in listed:
        return True
    core = _DECORATION.sub("", lowered)
    return bool(core) and core != lowered and core in listed


def check_new_password(plain: str | None, *, username: str | None = None) -> list[str]:
    """What is wrong with ``plain`` as a new password, as messages for the person choosing
    it (translated lazily); an empty list when it may be set. Every place that sets a
    password (the CLI, the demo, citizens' accounts, the change and reset pages) asks this
    first."""
    plain = plain or ""
    problems: list[str] = []
    if len(plain) < MIN_LENGTH:
        problems.append(_l("Use at least %(count)d characters.", count=MIN_LENGTH))
    if len(plain) > MAX_LENGTH:
        problems.append(_l("Use at most %(count)d characters.", count=MAX_LENGTH))
    if plain and is_common(plain):
        problems.append(
            _l(
                "This password is among the most common ones, which are tried first. "
                "Choose another."
            )
        )
    name = (username or "").strip().lower()
    if len(name) >= 3 and name in plain.lower():
        problems.append(_l("The password must not contain your username."))
    return problems


class WeakPassword(ValueError):
    """A password that :func:`check_new_password` refuses; ``problems`` holds the messages."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def require_new_password(plain: str, *, username: str | None = None) -> str:
    """``plain`` hashed, if it may be set as a new password.

    :raises WeakPassword: it may not; the messages say why.
    """
    problems = check_new_password(plain, username=username)
    if problems:
        raise WeakPassword(problems)
    return hash_password(plain)
