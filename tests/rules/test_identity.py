"""Fødselsnummer and subject dates are checked before anything is saved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from bti import clock
from bti.errors import InvalidInput
from bti.models import SubjectCreate, SubjectKind
from bti.rules.identity import check_fodselsnummer, check_subject_dates


def _fnr(born: date, individual: int) -> str | None:
    """Build a fødselsnummer with correct check digits, or None when none exists."""
    digits = [int(c) for c in f"{born:%d%m%y}{individual:03d}"]
    k1 = 11 - sum(d * w for d, w in zip(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    digits.append(k1)
    k2 = 11 - sum(d * w for d, w in zip(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return "".join(map(str, [*digits, k2]))


@pytest.fixture(scope="module")
def valid_number() -> str:
    for individual in range(500, 999):
        number = _fnr(date(2015, 5, 1), individual)
        if number:
            return number
    raise AssertionError("no valid number found")


def test_a_valid_fodselsnummer_is_accepted_in_compact_form(valid_number):
    spaced = f"{valid_number[:6]} {valid_number[6:]}"
    assert check_fodselsnummer(spaced) == valid_number


@pytest.mark.parametrize("value", ["12345678901", "0105151238", "abcdefghijk", "31021512345"])
def test_an_invalid_fodselsnummer_names_the_field(value):
    with pytest.raises(InvalidInput) as error:
        check_fodselsnummer(value)
    assert error.value.field == "fodselsnummer"
    assert "11 digits" in str(error.value.message)


def test_a_wrong_check_digit_is_refused(valid_number):
    wrong = valid_number[:-1] + str((int(valid_number[-1]) + 1) % 10)
    with pytest.raises(InvalidInput):
        check_fodselsnummer(wrong)


def test_the_number_must_match_the_birth_date(valid_number):
    with pytest.raises(InvalidInput) as error:
        check_subject_dates(
            kind="barn", birth_date=date(2015, 5, 2), due_date=None, fodselsnummer=valid_number
        )
    assert error.value.field == "fodselsnummer"


def test_a_birth_date_in_the_future_is_refused():
    with pytest.raises(InvalidInput) as error:
        check_subject_dates(
            kind="barn",
            birth_date=clock.today() + timedelta(days=1),  # the municipality's day, not UTC's
            due_date=None,
            fodselsnummer=None,
        )
    assert error.value.field == "birth_date"


def test_a_pregnant_woman_needs_a_due_date_not_a_birth_date():
    check_subject_dates(kind="gravid", birth_date=None, due_date=date.today(), fodselsnummer=None)
    with pytest.raises(InvalidInput) as error:
        check_subject_dates(kind="gravid", birth_date=None, due_date=None, fodselsnummer=None)
    assert error.value.field == "due_date"


def test_subject_input_is_validated_as_a_whole(valid_number):
    subject = SubjectCreate(
        kind=SubjectKind.BARN,
        given_name="Kari",
        family_name="Nordmann",
        birth_date=date(2015, 5, 1),
        fodselsnummer=f"{valid_number[:6]} {valid_number[6:]}",
    )
    assert subject.fodselsnummer == valid_number
    with pytest.raises(ValidationError):
        SubjectCreate(
            kind=SubjectKind.BARN,
            given_name="Kari",
            family_name="Nordmann",
            birth_date=date(2015, 5, 1),
            fodselsnummer="12345678901",
        )


def test_a_synthetic_number_is_accepted_only_where_allowed():
    import random

    from bti.demo.identity import make_fodselsnummer
    from bti.rules.identity import birth_date_of, is_synthetic

    number = make_fodselsnummer(date(2015, 5, 1), female=True, rng=random.Random(1))
    assert is_synthetic(number) and number[2:4] == "85"
    assert check_fodselsnummer(number, allow_synthetic=True) == number
    assert birth_date_of(number) == date(2015, 5, 1)
    with pytest.raises(InvalidInput):
        check_fodselsnummer(number)
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(InvalidInput):
        check_fodselsnummer(broken, allow_synthetic=True)
