"""The data a municipality's guide (handlingsveileder) is made of.

Plugins return these plain, frozen values from their hooks; the core reads them and never
asks which municipality it is dealing with. Text fields hold Norwegian source text, usually
wrapped in ``bti.i18n.lazy_gettext`` so a plugin's catalog can translate it.

The parts:

* :mod:`.profile` — the municipality (``Profile``, ``TargetGroup``, ``Malform``);
* :mod:`.levels` — the levels with their steps or rows, tools, decisions and deadlines;
* :mod:`.contacts` — whom to call and their opening hours;
* :mod:`.teams` — standing teams and the parts of their meeting;
* :mod:`.reminders` — when deadlines and consents running out are reminded of;
* :mod:`.sources` — the municipality's own written guides, for the rules pages;
* :mod:`.work` — meeting kinds, forms, tasks, citizens' access, routines, indicators.
"""

from bti.guide.contacts import Contact, OpeningHours
from bti.guide.levels import DeadlineRule, Level, Outcome, Step, Tool
from bti.guide.profile import OSLO, Malform, Profile, TargetGroup
from bti.guide.reminders import ReminderRules
from bti.guide.sources import GuideSource
from bti.guide.teams import AGENDA_PART_CODES, AgendaPart, Team, TeamSeat
from bti.guide.work import (
    FORM_KINDS,
    STRUCTURED_FORMS,
    BringsIn,
    CitizenAccess,
    FormVariant,
    Indicator,
    MeetingKindDef,
    NextOfKinRoutine,
    TaskRule,
)

__all__ = [
    "AGENDA_PART_CODES",
    "FORM_KINDS",
    "OSLO",
    "STRUCTURED_FORMS",
    "AgendaPart",
    "BringsIn",
    "CitizenAccess",
    "Contact",
    "DeadlineRule",
    "FormVariant",
    "GuideSource",
    "Indicator",
    "Level",
    "Malform",
    "MeetingKindDef",
    "NextOfKinRoutine",
    "OpeningHours",
    "Outcome",
    "Profile",
    "ReminderRules",
    "Step",
    "TargetGroup",
    "TaskRule",
    "Team",
    "TeamSeat",
    "Tool",
]
