"""Password hashing: argon2id through argon2-cffi.

The hasher's parameters are argon2-cffi's defaults (RFC 9106's low-memory profile); when
they change in a later release, :func:`needs_rehash` says so, and the sign-in code stores a
fresh hash after the next successful check.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Stateless configuration, not application state: one hasher serves every app in the process.
_HASHER = PasswordHasher()


def hash_password(plain: str) -> str:
    """Hash ``plain`` with argon2id and a fresh random salt.

    The result is a self-describing string (``$argon2id$v=19$m=…``) to store as it is.
    Deliberately slow (tens of milliseconds): hash once, not in a loop.

    :raises ValueError: ``plain`` is empty; an empty password is never a password.
    """
    if not plain:
        raise ValueError("An empty password cannot be hashed.")
    return _HASHER.hash(plain)


def verify_password(password_hash: str | None, plain: str) -> bool:
    """Whether ``plain`` is the password ``password_hash`` was made from.

    Never raises for a wrong password, a missing (``None``/empty) hash or a hash that is
    not argon2 at all: all of them simply mean "not signed in".
    """
    if not password_hash or not plain:
        return False
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
