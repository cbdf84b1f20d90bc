"""Identity rules: fødselsnummer and the dates that place a subject in time."""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer as fnr

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l

# Synthetic numbers (Skatteetaten's test data) add 80 to the month: they belong to nobody,
# so demo and test data use them.
SYNTHETIC_MONTH_OFFSET = 80
K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    """The check digit for ``digits``; ``None`` where it would be 10, which no number has."""
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    digit = (11 - remainder) % 11
    return None if digit == 10 else digit


def is_synthetic(number: str) -> bool:
    return len(number) == 11 and number.isdigit() and int(number[2:4]) > SYNTHETIC_MONTH_OFFSET


def _as_real(number: str) -> str:
    """A synthetic number's date digits as a real number would carry them."""
    month = int(number[2:4]) - SYNTHETIC_MONTH_OFFSET
    return f"{number[:2]}{month:02d}{number[4:]}"


def check_fodselsnummer(value: str, *, allow_synthetic: bool = False) -> str:
    """Return the fødselsnummer in compact form, or raise :class:`InvalidInput`.

    Both check digits are verified; D-numbers are accepted, and with ``allow_synthetic``
    (outside production) so are synthetic test numbers.
    """

    def invalid() -> InvalidInput:
        return InvalidInput(
            "fodselsnummer",
            _l("The national identity number is not valid. Check all 11 digits."),
        )

    compact = fnr.compact(value)
    if allow_synthetic and is_synthetic(compact):
        k1 = check_digit(compact[:9], K1_WEIGHTS)
        k2 = check_digit(compact[:10], K2_WEIGHTS)
        if (k1, k2) != (int(compact[9]), int(compact[10])) or birth_date_of(compact) is None:
            raise invalid()
        return compact
    try:
        return fnr.validate(compact)
    except ValidationError:
        raise invalid() from None


def birth_date_of(number: str) -> date | None:
    """The birth date a (valid) fødselsnummer carries, synthetic ones included."""
    try:
        return fnr.get_birth_date(_as_real(number) if is_synthetic(number) else number)
    except (ValidationError, ValueError):
        return None


def check_subject_dates(
    *,
    kind: str,
    birth_date: date | None,
    due_date: date | None,
    fodselsnummer: str | None,
    today: date | None = None,
) -> None:
    """Refuse dates a person would see are wrong."""
    today = today or clock.today()
    if kind == "gravid":
        if due_date is None:
            raise InvalidInput("due_date", _l("Give the due date."))
        return
    if birth_date is None:
        raise InvalidInput("birth_date", _l("Give the birth date."))
    if birth_date > today:
        raise InvalidInput("birth_date", _l("The birth date cannot be in the future."))
    if fodselsnummer:
        born = birth_date_of(fodselsnummer)
        if born is not None and born != birth_date:
            raise InvalidInput(
                "fodselsnummer",
                _l("The national identity number does not match the birth date."),
            )
