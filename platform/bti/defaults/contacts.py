"""Default contacts: the national numbers that answer day and night, everywhere."""

from __future__ import annotations

from bti.guide import Contact, Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l


@hookimpl(trylast=True)
def bti_register_contacts(profile: Profile) -> list[Contact]:
    return [
        Contact(
            name=_l("Police, emergency"),
            phone="112",
            when_to_use=_l("When a child is in danger right now."),
            acute=True,
            kind="politi",
        ),
        Contact(
            name=_l("Alarmtelefonen for barn og unge"),
            phone="116 111",
            when_to_use=_l(
                "Open day and night for children and youth, and for adults worried about a child."
            ),
            acute=True,
            kind="alarmtelefon",
        ),
        Contact(
            name=_l("Police, non-emergency"),
            phone="02800",
            when_to_use=_l("To talk to the police when it is not an emergency."),
            kind="politi",
        ),
    ]
