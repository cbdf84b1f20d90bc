"""Password hashing: what a sign-in form relies on."""

import pytest
from argon2 import PasswordHasher

from bti.passwords import hash_password, needs_rehash, verify_password


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password("riktig-passord")


def test_the_right_password_verifies(stored):
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "riktig-passord")


def test_a_wrong_password_does_not(stored):
    assert not verify_password(stored, "galt-passord")
    assert not verify_password(stored, "")


@pytest.mark.parametrize(
    "malformed",
    ["", None, "not-a-hash", "$argon2id$v=19$m=65536,t=3,p=4$broken", "$2b$12$bcrypt-style"],
)
def test_a_malformed_or_missing_hash_is_false_not_an_error(malformed):
    assert verify_password(malformed, "riktig-passord") is False


def test_the_same_password_gets_a_new_salt_each_time(stored):
    assert hash_password("riktig-passord") != stored


def test_an_empty_password_is_refused():
    with pytest.raises(ValueError):
        hash_password("")


def test_rehash_is_wanted_for_old_parameters_and_unreadable_hashes(stored):
    assert not needs_rehash(stored)
    weaker = PasswordHasher(time_cost=1, memory_cost=8 * 1024).hash("riktig-passord")
    assert needs_rehash(weaker)
    assert needs_rehash("not-a-hash")
