"""The core's case-page panels: about the case, the acute contacts, child as next of kin,
the checklist of steps, notes and forms, the decision, the guardians' refusal of help,
consent, people, barnevern's help, meetings, the stafettlogg, plans, printouts, the
archive's copies, deadlines, who has seen the case and the notice of an emergency access."""

from __future__ import annotations

from bti.case_panels import CasePanel
from bti.guide import Profile
from bti.hookspecs import hookimpl


@hookimpl(trylast=True)
def bti_register_case_panels(profile: Profile) -> list[CasePanel]:
    # Imported here, not at the top: the panels are web modules, and the plugin manager is
    # built before the web layer exists.
    from bti.web import access_log, case
    from bti.web.panels import (
        archive,
        barnevern,
        consent,
        documents,
        guardians,
        meetings,
        next_of_kin,
        people,
        plans,
        refusal,
        stafettlogg,
        steps,
        team,
    )

    return [
        case.SUMMARY,
        case.ABOUT,
        guardians.PANEL,
        refusal.PANEL,
        case.ACUTE,
        next_of_kin.PANEL,
        steps.PANEL,
        documents.PANEL,
        case.DECISION,
        consent.PANEL,
        people.PANEL,
        barnevern.PANEL,
        meetings.PANEL,
        team.PANEL,
        stafettlogg.PANEL,
        plans.PANEL,
        archive.PANEL,
        case.DEADLINES,
        access_log.LOG_PANEL,
        access_log.NOTICE_PANEL,
    ]
