"""The rules a staff account obeys, whoever sets it up (the command line or the web pages).

Each check returns the cleaned value or raises :class:`~bti.errors.InvalidInput` naming the
field, with a message the web page shows beside it and the command line prints in English.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Role, StaffIdentity, StaffUser, Unit, UnitKind

#: Letters, digits and ``. _ @ -``: what a sign-in name in a municipality looks like
#: (``kari.nordby``, ``kn@vestby.kommune.no``), lower case.
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,119}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: A role by the name an administrator uses: the English names of the command line, and
#: the stored (Norwegian) values.
ROLE_NAMES = {
    "employee": Role.ANSATT,
    "leader": Role.LEDER,
    "coordinator": Role.KOORDINATOR,
    "administrator": Role.ADMINISTRATOR,
    **{role.value: role for role in Role},
}

#: The unit a first administrator is placed in when no unit is named.
ADMIN_UNIT_NAME = "Administrasjon"


def username(value: str | None) -> str:
    """``value`` as a username (lower case, trimmed), if it is one."""
    cleaned = (value or "").strip().lower()
    if not USERNAME.match(cleaned):
        raise InvalidInput(
            "username",
            _l(
                "Use 2 to 120 characters: letters a–z, digits and . _ @ -, starting with a "
                "letter or digit."
            ),
        )
    return cleaned


def username_free(session: Session, value: str) -> None:
    """Refuse a username another account has (usernames are unique in the deployment)."""
    if session.exec(select(StaffUser.id).where(StaffUser.username == value)).first():
        raise InvalidInput("username", _l("This username is already taken."))


def display_name(value: str | None) -> str:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise InvalidInput("display_name", _l("Write the person's name."))
    if len(cleaned) > 160:
        raise InvalidInput("display_name", _l("Use at most %(count)d characters.", count=160))
    return cleaned


def email(value: str | None, *, example=None) -> str | None:
    """An e-mail address, or ``None`` when none was given; ``example``: the message when it
    is not one (staff are shown a work address)."""
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if len(cleaned) > 254 or not EMAIL.match(cleaned):
        raise InvalidInput(
            "email", example or _l("Write an e-mail address such as navn@kommune.no.")
        )
    return cleaned


def subject(value: str | None) -> str | None:
    """The value of the identity provider's claim, or ``None`` when none was given."""
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if len(cleaned) > 255:
        raise InvalidInput("subject", _l("Use at most %(count)d characters.", count=255))
    return cleaned


def subject_free(session: Session, value: str) -> None:
    """Refuse a claim value already registered for an account of the session's
    municipality (the provider's claim names one person)."""
    if session.exec(select(StaffIdentity.id).where(StaffIdentity.subject == value)).first():
        raise InvalidInput(
            "subject", _l("This sign-in identity is already registered for another account.")
        )


def role(value: str | None) -> Role:
    found = ROLE_NAMES.get((value or "").strip().lower())
    if found is None:
        raise InvalidInput("role", _l("Choose a role."))
    return found


def unit_kind(value: str | None) -> UnitKind:
    try:
        return UnitKind((value or "").strip().lower())
    except ValueError:
        raise InvalidInput("kind", _l("Choose the kind of unit.")) from None


def unit_name(value: str | None) -> str:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise InvalidInput("name", _l("Write the unit's name."))
    if len(cleaned) > 160:
        raise InvalidInput("name", _l("Use at most %(count)d characters.", count=160))
    return cleaned


def unit_by_name(session: Session, name: str) -> Unit | None:
    """The session's municipality's unit of that name (names are unique there)."""
    return session.exec(select(Unit).where(Unit.name == name)).first()
