"""The national model's reminders: a deadline's owner two days before it runs out, the
unit's leaders once it has (DESIGN.md «Deadlines are data»: «overdue ones are shown to
whoever owns them»; the leaders answer for the unit's cases). No reminder about consents:
the national model sets no period for a consent."""

from __future__ import annotations

from bti.guide import Profile, ReminderRules
from bti.hookspecs import hookimpl


@hookimpl(trylast=True)
def bti_reminder_rules(profile: Profile) -> ReminderRules:
    return ReminderRules()
