"""The hook for a municipality's reminders, in a module of its own (``bti.hookspecs`` had
grown past 500 lines); :mod:`bti.hookspecs` imports it, so it is registered and documented
with every other hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pluggy import HookspecMarker

if TYPE_CHECKING:
    from bti.guide import Profile, ReminderRules

hookspec = HookspecMarker("bti")


@hookspec(firstresult=True)
def bti_reminder_rules(profile: Profile) -> ReminderRules | None:
    """Say when the municipality's staff are reminded of deadlines and of consents whose
    period is about to end.

    Called by ``bti reminders run`` (from cron or a systemd timer) for each municipality,
    once per run. Reminders go into the outbox as notifications that name no one.

    :param profile: the municipality's profile.
    :return: a :class:`bti.guide.ReminderRules`: how many days before a deadline its owner
        is reminded (a deadline's own ``DeadlineRule.remind_days`` comes first), whether the
        unit's leaders are told once it has run out, and how many days before a consent
        ends the stafettholder is told (``None``: no such reminder); ``None`` lets the next
        plugin answer.

    First non-``None`` result wins. Default (``bti.defaults.reminders``): reminded two days
    before, the leaders told when overdue, no reminder about consents (the national model
    sets no period for a consent).
    """
