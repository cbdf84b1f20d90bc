"""Default meeting kinds: the meetings every BTI guide describes."""

from __future__ import annotations

from bti.guide import MeetingKindDef, Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l

KINDS = (
    MeetingKindDef(
        "undringssamtale",
        _l("Conversation about a concern (undringssamtale)"),
        with_guardians=True,
    ),
    MeetingKindDef("samarbeidsmote", _l("Cooperation meeting")),
    MeetingKindDef("oppfolgingsmote", _l("Follow-up meeting")),
    MeetingKindDef("evalueringsmote", _l("Evaluation meeting")),
    MeetingKindDef("overgangsmote", _l("Transition meeting")),
)


@hookimpl(trylast=True)
def bti_register_meeting_kinds(profile: Profile) -> list[MeetingKindDef]:
    return list(KINDS)
