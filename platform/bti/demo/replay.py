"""The driver: every demo story replayed through the real services, at back-dated times.

A municipality's steps, from all its stories, are put in time order and replayed one by one
as the staff member would take them on the case page: signed in as the step's account,
in one transaction, with the application's clock stopped at the step's moment
(:func:`bti.clock.frozen`), so decisions, deadlines, audit events and every row carry that
moment. Nothing here decides what the guide allows: a step the service refuses stops the
load with :class:`DemoStoryError`, naming the story and the step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask
from sqlmodel import select

from bti import clock
from bti.db import BtiSession, Database
from bti.demo.context import DemoContext
from bti.demo.organisation import STAFF, unit_for
from bti.demo.story import ACTIONS, Story, StoryStep
from bti.demo.team_actions import TEAM_ACTIONS
from bti.models import ActionPlanItem, Case, Consent, Meeting, SubjectKind, UnitKind
from bti.rules.access import Actor
from bti.rules.child import voice_required
from bti.services import (
    barnevern_help,
    cases,
    consents,
    documents,
    guardians,
    handover,
    meetings,
    next_of_kin,
    participants,
    plans,
    refusals,
    stafettlogg,
    steps,
)
from bti.services.access import get_case
from bti.services.actors import load_actor

CONSENT_DAYS = 365
SCOPE = "Utveksle nødvendige opplysninger og samarbeide om tiltak i saken."
PLACE = "Møterom 1"
#: The minutes of a meeting whose step gives none; the child's part is the voice heard.
MINUTES = (
    ("Status", "Hver tjeneste fortalte kort hva den har sett og gjort siden sist."),
    ("Barnets stemme", ""),
    ("Mål og tiltak", "Vi ble enige om mål og tiltak; de står i handlingsplanen."),
    ("Veien videre", "Stafettholder kaller inn til neste møte."),
)
VOICE_MISSING = "Var ikke med i møtet; kontaktpersonen snakket med hen dagen før."
NOT_IN_WORDS = "Observasjoner fra hverdagen ble lagt fram."


class DemoStoryError(RuntimeError):
    """A story asks for a step the services refuse."""


@dataclass
class Scene:
    """What one step works with: its transaction, who acts, and the story's case."""

    session: BtiSession
    ctx: DemoContext
    story: Story
    by_key: str
    by: Actor
    case_id: str | None

    @property
    def kw(self) -> dict:
        return dict(session=self.session, municipality=self.ctx.municipality, by=self.by)

    @property
    def on_case(self) -> dict:
        return dict(self.kw, case_id=self.case_id)

    @property
    def case(self) -> Case:
        return self.session.get(Case, self.case_id)

    def user(self, key: str) -> int:
        return self.ctx.staff[key].id

    def unit(self, key: str) -> int:
        subject = self.ctx.subjects[self.story.subject]
        small = self.ctx.ages[self.story.subject] < 6 or subject.kind == SubjectKind.GRAVID
        return unit_for(self.ctx, key, small_child=small).id

    @property
    def heard(self) -> bool:
        """Whether the subject is old enough to be invited and heard (from 7)."""
        return voice_required(self.ctx.ages[self.story.subject])

    def missing(self, voice: str) -> str:
        return "" if voice or not self.heard else VOICE_MISSING


def replay(app: Flask, db: Database, ctx: DemoContext, stories: Sequence[Story]) -> None:
    """Replay ``stories`` in the municipality of ``ctx``, all steps in time order."""
    municipality_id = db.municipality_ids()[ctx.slug]
    timeline = sorted(
        (at, number, index, s)
        for number, story in enumerate(stories)
        for index, (at, s) in enumerate(_in_order(ctx, story))
    )
    case_ids: dict[int, str] = {}
    for at, number, _index, step in timeline:
        story = stories[number]
        with clock.frozen(at, app), db.transaction(municipality_id) as session:
            actor = load_actor(session, ctx.staff[step.by].id)
            scene = Scene(session, ctx, story, step.by, actor, case_ids.get(number))
            try:
                done = _ACTIONS[step.action](scene, **dict(step.args))
            except Exception as exc:
                raise DemoStoryError(_failed(ctx, story, step, exc)) from exc
            if step.action == "open":
                case_ids[number] = done.id


def _in_order(ctx: DemoContext, story: Story) -> list[tuple[datetime, StoryStep]]:
    """The story's steps with their moments, never before the step written above them
    (two days moved back from a weekend onto the same Friday keep the story's order)."""
    timed, previous = [], None
    for s in story.steps:
        at = moment(ctx, s.ago, s.time)
        previous = at if previous is None else max(at, previous + timedelta(minutes=5))
        timed.append((previous, s))
    return timed


def moment(ctx: DemoContext, ago: int, at: str, *, ahead_ok: bool = False) -> datetime:
    """``at`` local time ``ago`` days before the load's day; a weekend day moves to the
    working day before it (a day ahead, ``ago`` < 1, to the one after)."""
    day = ctx.today - timedelta(days=ago)
    while day.weekday() >= 5:
        day += timedelta(days=1 if ago < 1 and ahead_ok else -1)
    hour, minute = (int(part) for part in at.split(":"))
    return ctx.local(day, hour, minute)


def _failed(ctx: DemoContext, story: Story, step: StoryStep, exc: Exception) -> str:
    reason = getattr(exc, "message", None) or exc
    return (
        f"{ctx.slug}: the story about {story.subject} cannot {step.action} "
        f"({step.by}, {step.ago} days ago): {type(exc).__name__}: {reason}"
    )


# --- the actions, one service call each (see bti.demo.story.ACTIONS) ----------------------


def _open(s: Scene, concern: str, arose: int | None = None, acute=False, recipient="") -> Case:
    arose_on = s.ctx.today - timedelta(days=arose) if arose else None
    subject_id, unit_id = s.ctx.subjects[s.story.subject].id, s.unit(s.by_key)
    return cases.open_concern(**s.kw, unit_id=unit_id, acute=acute, concern=concern,
                              subject_id=subject_id, concern_arose_on=arose_on,
                              report_recipient=recipient)  # fmt: skip


def _read(s: Scene) -> None:
    """Open the case page (through the access check: a leader without a part in the case
    reads it as the unit's leader, and «Tilgangskontroll» shows it)."""
    get_case(s.session, by=s.by, case_id=s.case_id, action="case.read")


def _add(s: Scene, people: Sequence[str]) -> None:
    for key in people:
        participants.add(**s.on_case, user_id=s.user(key), unit_id=s.unit(key))


def _consent(s: Scene, services: Sequence[str], signed="all") -> None:
    """Register the consent, then the signatures of the first way of signing the consent
    rules accept (``"first"``: only the first of several; ``"none"``: none yet; ``"every"``:
    everyone who may sign, both parents where one would do)."""
    today, named = clock.today(s.ctx.municipality), list(services)
    health = any(UnitKind(service).is_health for service in named)
    until = today + timedelta(days=CONSENT_DAYS)
    consent = consents.register(**s.on_case, services=named, valid_from=today, valid_to=until,
                                scope=SCOPE, includes_health_information=health)  # fmt: skip
    requirement = consents.requirement_for(s.session, municipality=s.ctx.municipality,
                                           case=s.case, includes_health_information=health,
                                           services=named)  # fmt: skip
    signers = sorted(requirement.alternatives[0], key=str)
    if signed == "every":
        signers = sorted(set().union(*requirement.alternatives), key=str)
    elif signed != "all":
        signers = signers[:1] if signed == "first" and len(signers) > 1 else []
    for signer in signers:
        consents.sign(**s.kw, consent_id=consent.id, signer=signer, signed_on=today)


def _latest_consent(s: Scene) -> int:
    query = select(Consent.id).where(Consent.case_id == s.case_id).order_by(Consent.id.desc())
    return s.session.exec(query).first()


def _refuse(s: Scene, note="") -> None:
    consents.refuse(**s.kw, consent_id=_latest_consent(s), note=note)


def _withdraw(s: Scene, note="") -> None:
    consents.withdraw(**s.kw, consent_id=_latest_consent(s), note=note)


def _decide(s: Scene, outcome: str, why: str, services: Sequence[str] = (), recipient="",
            meeting_on: int | None = None, meeting_at="10:00", place=PLACE,
            took_part: Sequence[str] = (), child: bool | None = None,
            guardians: bool | None = None) -> None:  # fmt: skip
    """An outcome that agrees the next meeting (``Outcome.next_meeting``) gets it
    ``meeting_on`` days before the load (negative: ahead) at ``meeting_at``, in ``place``.
    A decision the level takes together names who took part: ``took_part`` (staff keys),
    and whether the ``child`` and the ``guardians`` did."""
    at = None
    if meeting_on is not None:
        at = moment(s.ctx, meeting_on, meeting_at, ahead_ok=True)
        at = at.astimezone(s.ctx.municipality.profile.tz).replace(tzinfo=None)  # local, naive
    cases.decide(**s.on_case, outcome=outcome, rationale=why, services=list(services),
                 recipient=recipient, next_meeting_at=at,
                 next_meeting_place=place if at else "",
                 took_part=[s.user(key) for key in took_part], child_took_part=child,
                 guardians_took_part=guardians)  # fmt: skip


def _report(s: Scene, recipient: str) -> None:
    cases.report_to_barnevern(**s.on_case, recipient=recipient)


def _help(s: Scene) -> None:
    barnevern_help.set_barnevern_help(**s.on_case, helping=True)


def _open_log(s: Scene, holder: str | None = None) -> None:
    stafettlogg.open_stafettlogg(**s.on_case, holder_id=s.user(holder or s.by_key))


def _invite(
    s: Scene, kind: str, on: int, at="10:00", place=PLACE, agenda: Sequence[str] = ()
) -> None:
    """Everyone taking part, the guardians (unless a report keeps them out, or the kind of
    meeting is without them) and the subject from 7; ``agenda`` the headings (those of
    :data:`MINUTES` if unsaid), ``place`` where (``"Telefon"`` for a call instead of a
    meeting)."""
    kind_def = next(k for k in s.ctx.municipality.meeting_kinds if k.code == kind)
    asked = kind_def.invites_guardians and not guardians.excluded(s.case)
    family = [g.id for g in s.ctx.guardians[s.story.subject]] if asked else []
    staff = [p.user_id for p in participants.active(s.session, s.case_id)]
    starts = moment(s.ctx, on, at, ahead_ok=True)
    agenda = "\n".join(agenda or (heading for heading, _text in MINUTES))
    meetings.plan(**s.on_case, kind=kind, starts_at=starts, ends_at=starts + timedelta(hours=1),
                  place=place, agenda=agenda, staff_ids=staff, guardian_ids=family,
                  invite_subject=s.heard)  # fmt: skip


def _hold(s: Scene, voice="", coordinator="", minutes: Sequence[tuple[str, str]] = ()) -> None:
    """The earliest meeting that has started, held: everyone invited took part, the child
    where its voice was heard in person; ``minutes`` (heading, text) pairs, or
    :data:`MINUTES` with the child's voice."""
    query = select(Meeting).where(Meeting.case_id == s.case_id, Meeting.held_at.is_(None))
    meeting = s.session.exec(query.order_by(Meeting.starts_at)).first()
    invitees = meetings.invitees(s.session, case=s.case, meeting_ids=[meeting.id])
    came = {i.id: bool(voice) if i.is_subject else True for i in invitees}
    if not coordinator and meetings.asks_coordinator(s.ctx.municipality, s.case):
        coordinator = "continues"
    minutes = list(minutes) or [(heading, text or voice or s.missing(voice) or NOT_IN_WORDS)
                                for heading, text in MINUTES]  # fmt: skip
    meetings.record_held(
        **s.kw, meeting_id=meeting.id, attended=came, minutes=minutes,
        guardians_present=any(came[i.id] for i in invitees if i.guardian_id),
        child_present=any(came[i.id] for i in invitees if i.is_subject),
        child_voice=voice, child_voice_missing_reason=s.missing(voice),
        coordinator_change=coordinator,
    )  # fmt: skip


def _measure(s: Scene, goal: str, measure: str, responsible: str | None = None, weeks=6) -> None:
    """``responsible`` is a staff key, or in words («Foresatte»); the one acting if unsaid."""
    key = responsible or s.by_key
    user_id = s.user(key) if key in s.ctx.staff else None
    follow_up = clock.today(s.ctx.municipality) + timedelta(weeks=weeks)
    stafettlogg.add_measure(**s.on_case, goal=goal, measure=measure, follow_up_on=follow_up,
                            responsible_id=user_id,
                            responsible_text="" if user_id else key)  # fmt: skip


def _evaluate(s: Scene, text: str, reached=True, voice="") -> None:
    """Every measure not yet evaluated."""
    query = select(ActionPlanItem.id).where(
        ActionPlanItem.case_id == s.case_id, ActionPlanItem.evaluated_at.is_(None)
    )
    for item_id in s.session.exec(query.order_by(ActionPlanItem.id)).all():
        stafettlogg.evaluate_measure(**s.on_case, item_id=item_id, evaluation=text,
                                     goal_reached=reached, child_voice=voice,
                                     child_voice_missing_reason=s.missing(voice))  # fmt: skip


def _help_declined(s: Scene, offer: str) -> None:
    refusals.record_guardians_decline(**s.on_case, offer=offer)


def _log(s: Scene, text: str, kind="note", health=False, meeting=False) -> None:
    """``meeting``: part of the minutes of the meeting held last."""
    query = select(Meeting.id).where(Meeting.case_id == s.case_id, Meeting.held_at.is_not(None))
    held = s.session.exec(query.order_by(Meeting.held_at.desc())).first() if meeting else None
    stafettlogg.add_entry(**s.on_case, kind=kind, text=text, meeting_id=held,
                          health_internal=health)  # fmt: skip


def _offer(s: Scene, to: str, note="") -> None:
    handover.offer(**s.on_case, to_user_id=s.user(to), note=note)


def _accept(s: Scene) -> None:
    offer = handover.pending(s.session, case=s.case)
    handover.accept(**s.on_case, handover_id=offer.id)


def _decline(s: Scene, note="") -> None:
    offer = handover.pending(s.session, case=s.case)
    handover.decline(**s.on_case, handover_id=offer.id, note=note)


def _plan(s: Scene, kind: str, kept_in: str, responsible: str) -> None:
    """A plan beside the stafettlogg; ``responsible`` a staff key (named with the title)
    or words."""
    if responsible in s.ctx.staff:
        title = next(spec.title for spec in STAFF if spec.key == responsible)
        responsible = f"{s.ctx.staff[responsible].display_name}, {title.lower()}"
    plans.register(**s.on_case, kind=kind, kept_in=kept_in, responsible=responsible)


def _form(s: Scene, kind: str, answers: Sequence[tuple[str, str | int]]) -> None:
    """A whole number among the answers is a day, that many days before the load."""
    today = s.ctx.today
    filled = {
        name: (today - timedelta(days=value)).isoformat() if isinstance(value, int) else value
        for name, value in answers
    }
    documents.fill(**s.on_case, kind=kind, answers=filled)


def _tick(s: Scene, numbers: Sequence[int]) -> None:
    for number in numbers:
        steps.tick(**s.on_case, step=number)


def _next_of_kin(s: Scene, relation: str, reason: str) -> None:
    next_of_kin.mark(**s.on_case, relation=relation, reason=reason)


#: Each action of :data:`bti.demo.story.ACTIONS` is the function of its name above, or a
#: standing team's step (:mod:`bti.demo.team_actions`).
_ACTIONS = {name: TEAM_ACTIONS.get(name) or globals()[f"_{name}"] for name in ACTIONS}
