"""Every hook a plugin can implement, documented.

A plugin is a module (or object) with functions marked ``@bti.hookimpl`` whose names match
the specs below. Each municipality gets its own plugin manager holding the built-in defaults
(``bti.defaults.*``, all ``trylast``) and the plugin that municipality enables, so an
implementation never needs to ask which municipality it serves.

Hooks are always called with keyword arguments; an implementation may accept any subset of
them, so adding an argument later breaks nobody.

Families:

* ``bti_<thing>()`` with ``firstresult=True`` returns one answer; the first non-``None``
  wins, and the municipality's plugin is asked before the defaults.
* ``bti_register_<things>()`` returns a list; the lists of all plugins are concatenated,
  the municipality's plugin first.
* ``bti_on_<event>()`` reacts to an event and returns nothing.

The core calls each hook from exactly one method of ``bti.plugins.Municipality``.

A hook that the core calls but nothing implements yet (or that is implemented but not yet
called) says so in a docstring line starting ``Provisional:``, naming the issue that will use
it; ``tests/plugins/test_hookspecs_meta.py`` holds every other hook to a production
implementation (``bti.defaults`` or a plugin) and a production caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pluggy import HookimplMarker, HookspecMarker

if TYPE_CHECKING:
    from flask import Blueprint
    from sqlmodel import Session

    from bti.case_panels import CasePanel
    from bti.config import MunicipalityConfig
    from bti.demo.story import Story
    from bti.errors import Refused
    from bti.guide import (
        AgendaPart,
        CitizenAccess,
        Contact,
        FormVariant,
        Indicator,
        Level,
        MeetingKindDef,
        NextOfKinRoutine,
        Profile,
        TaskRule,
        Team,
    )
    from bti.models import Case, Consent, HandOver, Meeting
    from bti.rules.consent import YouthRule

hookspec = HookspecMarker("bti")
hookimpl = HookimplMarker("bti")

# Reminders (``bti reminders run``): a module of its own, registered with this one.
from bti.hookspecs_reminders import bti_reminder_rules  # noqa: E402, F401

# The municipality's own guides on the rules pages: a module of its own, registered here.
from bti.hookspecs_rules import bti_register_guide_sources  # noqa: E402, F401

# ---------------------------------------------------------------------------------------------
# Municipality profile
# ---------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def bti_municipality_profile(config: MunicipalityConfig) -> Profile | None:
    """Describe the municipality this plugin serves.

    Called once per enabled municipality when the application starts, before any other hook.

    :param config: the deployment's entry for this municipality (slug, plugin name, and any
        ``name``/``kommunenummer`` the operator wrote in the configuration).
    :return: a :class:`bti.guide.Profile`; ``None`` lets the next plugin answer.

    First non-``None`` result wins. Default (``bti.defaults.profile``): a profile built from
    the configuration entry alone, so a municipality without a plugin of its own can run on
    the national model. A municipality plugin should return its real name, kommunenummer
    and målform and keep the ``slug`` from ``config``.
    """


# ---------------------------------------------------------------------------------------------
# Workflow rules: the guide
# ---------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def bti_levels(profile: Profile) -> list[Level] | None:
    """Return the municipality's levels (nivå 0–3) with their steps, tools, allowed
    decisions and deadlines.

    Called when the application starts; the result is kept for the life of the process.

    :param profile: the municipality's profile.
    :return: the complete list of levels, lowest first; ``None`` keeps the national model.

    First non-``None`` result wins: a municipality replaces the whole guide rather than
    patching single levels. Default (``bti.defaults.levels``): the national BTI model.
    """


@hookspec
def bti_register_contacts(profile: Profile) -> list[Contact]:
    """Return phone numbers to call, with opening hours and when to use them.

    Called when the application starts.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.guide.Contact` (empty when the plugin has none).

    Results are concatenated, the municipality's first. Default (``bti.defaults.contacts``):
    the national numbers that always answer (police 112, Alarmtelefonen for barn og unge
    116 111).
    """


@hookspec
def bti_register_teams(profile: Profile) -> list[Team]:
    """Return standing teams, such as Bærum's Tidlig innsatsteam per age group.

    Called when the application starts.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.guide.Team`.

    Results are concatenated. Default: none (the national model has no standing teams).

    The teams are the defaults: the first time the municipality is set up they are written
    to the database, and from then on an administrator keeps them (members, coordinator,
    deputy, meeting days). A municipality with teams gets the team pages (the coordinator's
    queue, the meeting, the protocol) and the team section on the case page.
    """


@hookspec
def bti_register_team_agenda(profile: Profile) -> list[AgendaPart]:
    """Return the parts of a standing team's meeting, in order, with their times and
    guidance (Bærum's six: presentasjon, framlegg, drøfting, avrunding, metarefleksjon,
    protokoll).

    Called when the application starts.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.guide.AgendaPart`; each ``code`` one of
        :data:`bti.guide.AGENDA_PART_CODES`, which the core records something for.

    Results are concatenated. Default: none.
    """


@hookspec(firstresult=True)
def bti_youth_consent_rule(profile: Profile) -> YouthRule | None:
    """Say how a youth of 15–17 signs a consent together with the guardians («og/eller»).

    Called whenever the core computes who must sign a consent for a subject aged 15–17.

    :param profile: the municipality's profile.
    :return: ``YouthRule.AND`` (the youth and the guardians sign) or ``YouthRule.OR`` (the
        youth or the guardians); ``None`` lets the next plugin answer.

    First non-``None`` result wins. Default (``bti.defaults.rules``): ``YouthRule.AND``, as
    Bærum's samtykkeerklæring has lines for both.
    """


@hookspec(firstresult=True)
def bti_guardians_decline_task(profile: Profile) -> TaskRule | None:
    """Say what the guardians declining the offered help asks of the unit's leaders.

    Called when a case records that the guardians decline help (their right: «anerkjenn
    deres rett til å takke nei til tilbud om hjelp», Jevnaker nivå 3). The refusal is kept in
    the stafettlogg either way; the task goes to the leaders of the unit where the case was
    opened and waits on their «Mine saker», without a deadline, until one of them records
    an assessment with a reason.

    :param profile: the municipality's profile.
    :return: a :class:`bti.guide.TaskRule` (Jevnaker: «Vurder om tiltaksplan skal
        utarbeides for barnet i virksomheten»); ``None`` when a refusal gives no task.

    First non-``None`` result wins. Default: none (the national model gives no task).
    """


@hookspec(firstresult=True)
def bti_handover_refusal(
    case: Case, from_user_id: int, to_user_id: int, session: Session
) -> Refused | None:
    """Refuse a hand-over of the baton that the municipality's rules forbid.

    Called when a stafettholder offers the baton and again when the receiver accepts it
    (the case may have changed in between), before anything is written.

    :param case: the :class:`bti.models.Case`.
    :param from_user_id: the current stafettholder.
    :param to_user_id: the proposed new stafettholder.
    :param session: the database session, scoped to the case's municipality.
    :return: a :class:`bti.errors.Refused` saying why; ``None`` when this plugin has no
        objection (the next plugin is asked).

    First non-``None`` result wins, so a plugin can add refusals but never lift the
    default's. Default (``bti.defaults.rules``): while barnevern gives help in the case,
    the baton stays with barnevern.
    """


@hookspec(firstresult=True)
def bti_coordinator_advice(
    level: int, holder_service: str | None, services: frozenset[str]
) -> str | None:
    """Advise who should coordinate (hold the baton), as the guide words it.

    Called when the case page shows the stafettholder and the people taking part.

    :param level: the case's level.
    :param holder_service: the service (unit kind) of the current stafettholder; ``None``
        when the stafettlogg is not opened.
    :param services: the services (unit kinds) of everyone with an open part in the case.
    :return: a sentence to show (lazy text), or ``None`` when there is nothing to advise.

    First non-``None`` result wins. Default: none. Vestby advises that barnevern coordinates
    when it is involved («Om barnevernet er involvert vil det være naturlig at de
    koordinerer»). This is advice only; refusals belong to ``bti_handover_refusal``.
    """


@hookspec
def bti_register_stafettholder_duties(profile: Profile) -> list[str]:
    """Return the stafettholder's duties as the guide lists them.

    Called when the case page shows the stafettlogg to its stafettholder.

    :param profile: the municipality's profile.
    :return: sentences (lazy text), in the guide's order.

    Lists are concatenated, the municipality's plugin first. Default: none. Tromsø lists
    seven («Stafettholderens oppgaver»).
    """


@hookspec(firstresult=True)
def bti_citizen_access(profile: Profile) -> CitizenAccess | None:
    """Let guardians and youth sign in to read their own stafettlogg.

    Called when the citizens' sign-in page or their stafettlogg is asked for.

    :param profile: the municipality's profile.
    :return: a :class:`bti.guide.CitizenAccess` (who may read, and from which age the
        youth may); ``None`` keeps the citizens' pages closed (404).

    First non-``None`` result wins. Default: none, so only a municipality that opens its
    stafettlogg to families (Tromsø: «Foreldre og ungdom har tilgang Stafettloggen på lik
    linje med de tjenesteytere som er involvert») has these pages.
    """


@hookspec(firstresult=True)
def bti_next_of_kin_routine(profile: Profile) -> NextOfKinRoutine | None:
    """Return the municipality's routine for children as next of kin (barn som pårørende).

    Called when the case page shows a case marked as concerning a child as next of kin.

    :param profile: the municipality's profile.
    :return: a :class:`bti.guide.NextOfKinRoutine` (its text and the contact to turn to);
        ``None`` when the municipality has none.

    First non-``None`` result wins. Default: none; the case can still be marked, and the
    page then names the duty in helsepersonelloven alone.
    """


@hookspec
def bti_register_meeting_kinds(profile: Profile) -> list[MeetingKindDef]:
    """Return the kinds of meeting the municipality holds, such as Bærum's TIT meeting.

    Called when the application starts.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.guide.MeetingKindDef`.

    Results are concatenated, the municipality's first; a later kind with a code already
    given is ignored. Default (``bti.defaults.meetings``): undringssamtale, samarbeidsmøte,
    oppfølgingsmøte, evalueringsmøte and overgangsmøte.
    """


# ---------------------------------------------------------------------------------------------
# Forms and UI
# ---------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    """Return the municipality's variant of a form.

    Called whenever the core needs a form of ``kind`` (one of ``bti.guide.FORM_KINDS`` or a
    kind the plugin introduced itself).

    :param kind: the form kind, e.g. ``"consent"`` or ``"invitation"``.
    :param profile: the municipality's profile.
    :return: a :class:`bti.guide.FormVariant`; ``None`` when this plugin has no variant.

    First non-``None`` result wins. Default (``bti.defaults.forms``): the national form's
    title for every core kind; the core renders its generic form for it. A kind no plugin
    knows gives ``None``.
    """


@hookspec
def bti_register_blueprints(profile: Profile) -> list[Blueprint]:
    """Return extra Flask blueprints for the municipality's own pages.

    Called once per municipality when the application starts. Each blueprint is mounted
    under ``/<slug>/`` for this municipality only; the plugin never touches the app.

    :param profile: the municipality's profile.
    :return: a list of :class:`flask.Blueprint`.

    Results are concatenated. Default: none.

    """


@hookspec
def bti_register_case_panels(profile: Profile) -> list[CasePanel]:
    """Return panels for the case page: Bærum's TIT, Jevnaker's undringssamtale …

    Called once per municipality when the application starts; the web layer mounts each
    panel's blueprint then, and the case page asks every panel's ``read`` on each view.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.case_panels.CasePanel` (empty when the plugin adds
        none). A panel with the name of another replaces it (the municipality's first).

    Results are concatenated, the municipality's first; the page orders the panels by
    their ``order``. Default (``bti.defaults.panels``): the core's panels — about the case,
    the acute contacts, next of kin, steps, notes and forms, the decision, consent, people,
    barnevern's help, meetings, the stafettlogg, plans, printouts and deadlines.
    """


@hookspec
def bti_register_translation_dirs() -> list[str]:
    """Return directories holding Babel catalogs (``<dir>/<locale>/LC_MESSAGES/*.mo``).

    Called when the application starts. A plugin's catalog is consulted before the core's,
    so a municipality can add strings and override the core's wording.

    :return: a list of absolute paths.

    Results are concatenated, the municipality's first. Default (``bti.defaults.translations``):
    the core's own ``bti/translations``.
    """


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------


@hookspec
def bti_register_indicators(profile: Profile) -> list[Indicator]:
    """Return figures the municipality follows up in its reports.

    Called when a report is built.

    :param profile: the municipality's profile.
    :return: a list of :class:`bti.guide.Indicator`.

    Results are concatenated. Default (``bti.defaults.indicators``): the number of open
    cases per level.

    The indicator page (``/<slug>/indikatorer``) shows each with the plan's columns (Hva /
    0-punkt / Mål / Status / Forbedring), per quarter.
    """


@hookspec
def bti_register_commands(profile: Profile) -> list[Any]:
    """Return the municipality's own command-line commands (``click`` commands).

    Called when ``bti`` starts; each command is run as ``bti <slug> <name>`` (Bærum's
    ``bti baerum quarterly-report``). A command gets the application as its click context
    object's ``app`` and the municipality as its ``municipality``
    (:class:`bti.cli.CommandContext`, e.g. through ``@click.pass_obj``), and runs inside its
    application context.

    :param profile: the municipality's profile.
    :return: a list of :class:`click.Command`.

    Results are concatenated. Default: none.
    """


# ---------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------


@hookspec
def bti_register_demo_stories(profile: Profile, levels: Sequence[Level]) -> list[Story]:
    """Return the demo cases of the municipality, each told as what the staff did and when.

    Called by ``bti demo`` (:func:`bti.demo.load_demo_data`) once per municipality, after
    its units, demo accounts and people exist. Every step is replayed through the services
    as the step's staff account, with the clock stopped at the step's moment; a step a
    service refuses stops the load (the story is wrong, not the service).

    :param profile: the municipality's profile.
    :param levels: the municipality's levels (``bti_levels``): a story uses their outcome
        codes, so a set of stories fits one guide.
    :return: a list of :class:`bti.Story`; an empty list for none.

    Results are concatenated, the municipality's first. Default
    (``bti.defaults.demo_stories``): the national model's stories, where the municipality
    runs the national model's levels, and none otherwise.
    """


# ---------------------------------------------------------------------------------------------
# Events. Called after the change is flushed, inside the same transaction: raising aborts
# the user's action. None of them may send personal data out of the system.
# ---------------------------------------------------------------------------------------------


@hookspec
def bti_on_case_opened(case: Case, session: Session) -> None:
    """React to a new case (a concern registered at level 0, or an acute report).

    Called when a case has been opened (a concern registered at level 0, or an acute
    report), after the case is flushed and inside the same transaction. Raising aborts the
    user's action.

    :param case: the new :class:`bti.models.Case`.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_level_changed(case: Case, from_level: int, to_level: int, session: Session) -> None:
    """React to a case moving between levels (up or down).

    Called when a decision has moved the case to another level, after the change is flushed
    and inside the same transaction. Raising aborts the user's action.

    :param case: the case, already at ``to_level``.
    :param from_level: the level it left.
    :param to_level: the level it is now at.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_consent_given(case: Case, consent: Consent, session: Session) -> None:
    """React to a consent becoming valid (all required signatures present).

    Called when the last required signature makes a consent valid, inside the same
    transaction. Raising aborts the user's action.

    :param case: the case the consent belongs to.
    :param consent: the :class:`bti.models.Consent`.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_consent_withdrawn(case: Case, consent: Consent, session: Session) -> None:
    """React to a consent being withdrawn; from now on nothing more is shared under it.

    Called when a consent has been withdrawn, inside the same transaction. Raising aborts
    the user's action.

    :param case: the case the consent belongs to.
    :param consent: the withdrawn :class:`bti.models.Consent`.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_meeting_held(case: Case, meeting: Meeting, session: Session) -> None:
    """React to a meeting being registered as held (attendance and minutes recorded).

    Called when a meeting is registered as held, inside the same transaction. Raising
    aborts the user's action.

    :param case: the case.
    :param meeting: the :class:`bti.models.Meeting`.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_handover_offered(case: Case, handover: HandOver, session: Session) -> None:
    """React to the stafettholder offering the baton to someone else.

    Called when the stafettholder has offered the baton, inside the same transaction.
    Raising aborts the user's action.

    :param case: the case.
    :param handover: the :class:`bti.models.HandOver`, not yet answered.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """


@hookspec
def bti_on_handover_accepted(case: Case, handover: HandOver, session: Session) -> None:
    """React to a hand-over being accepted: the receiver now holds the baton.

    Called when the receiver has accepted the baton, inside the same transaction. Raising
    aborts the user's action.

    :param case: the case, with its new stafettholder.
    :param handover: the accepted :class:`bti.models.HandOver`.
    :param session: the database session, scoped to the case's municipality.

    Every implementation is called; return values are ignored. Default: none.

    Provisional: the core announces the event, but no plugin listens yet; the notifications
    outbox (issue 20) will be the first.
    """
