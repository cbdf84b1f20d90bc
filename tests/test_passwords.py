"""Password hashing: what a sign-in form relies on."""

import pytest
from argon2 import PasswordHasher

from bti.passwords import (
    WeakPassword,
    check_new_password,
    common_passwords,
    hash_password,
    needs_rehash,
    verify_password,
)
from bti.services import citizens


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


def test_the_parameters_are_owasps_argon2id_profile(stored):
    # OWASP Password Storage Cheat Sheet: argon2id, m=47104 (46 MiB), t=1, p=1.
    assert stored.startswith("$argon2id$v=19$m=47104,t=1,p=1$")


def test_a_hash_from_the_earlier_profile_still_verifies_and_is_renewed():
    earlier = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("riktig-passord")
    assert verify_password(earlier, "riktig-passord")
    assert needs_rehash(earlier)


@pytest.mark.parametrize(
    "common",
    ["passordpassord", "Sommer2024!", "Qwertyuiopå", "Passord12345678", "1234567890ab"],
)
def test_a_common_password_is_refused_even_when_long(common):
    problems = [str(p) for p in check_new_password(common)]
    assert any("most common" in p for p in problems), problems


def test_the_shipped_list_has_the_published_and_the_norwegian_favourites():
    listed = common_passwords()
    assert len(listed) > 60_000
    assert {"123456", "password", "passord", "sommer2024", "qwerty123"} <= listed


def test_a_short_password_and_one_holding_the_username_are_refused():
    assert [str(p) for p in check_new_password("kort-pass")] == ["Use at least 12 characters."]
    problems = [str(p) for p in check_new_password("kari.nordmann-vinter-7", username="Kari")]
    assert problems == ["The password must not contain your username."]
    assert check_new_password("x" * 129) and not check_new_password("fjord-lys-kaffe-9")


def test_a_good_long_password_passes():
    assert check_new_password("riktig-hest-batteri-stift") == []


def test_the_check_speaks_norwegian_on_a_page(app):
    with app.test_request_context(headers={"Accept-Language": "nb"}):
        assert [str(p) for p in check_new_password("sommer2024")] == [
            "Bruk minst 12 tegn.",
            "Dette passordet er blant de vanligste, som prøves først. Velg et annet.",
        ]


def test_a_citizen_account_cannot_get_a_common_password(app):
    db = app.extensions["bti_db"]
    mid = db.municipality_ids()["tromso"]
    with db.transaction(mid) as session, pytest.raises(WeakPassword) as refused:
        citizens.add_local_account(
            session,
            fodselsnummer="01017012345",
            display_name="Per",
            username="per",
            password="passordpassord",
        )
    assert refused.value.problems
