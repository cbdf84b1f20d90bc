"""Identity rules: fødselsnummer and the dates that place a subject in time."""

from __future__ import annotations

from datetime import date

from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer as fnr

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l


def check_fodselsnummer(value: str) -> str:
    """Return the fødselsnummer in compact form, or raise :class:`InvalidInput`.

    Both check digits are verified (python-stdnum); D-numbers are accepted.
    """
    try:
        return fnr.validate(value)
    except ValidationError:
        raise InvalidInput(
            "fodselsnummer",
            _l("The national identity number is not valid. Check all 11 digits."),
        ) from None


def check_subject_dates(
    *,
    kind: str,
    birth_date: date | None,
    due_date: date | None,
    fodselsnummer: str | None,
    today: date | None = None,
) -> None:
    """Refuse dates a person would see are wrong."""
    today = today or date.today()
    if kind == "gravid":
        if due_date is None:
            raise InvalidInput("due_date", _l("Give the due date."))
        return
    if birth_date is None:
        raise InvalidInput("birth_date", _l("Give the birth date."))
    if birth_date > today:
        raise InvalidInput("birth_date", _l("The birth date cannot be in the future."))
    if fodselsnummer:
        try:
            born = fnr.get_birth_date(fodselsnummer)
        except ValidationError:
            born = None
        if born is not None and born != birth_date:
            raise InvalidInput(
                "fodselsnummer",
                _l("The national identity number does not match the birth date."),
            )
