"""Who takes part in the case, and the baton: bringing in another service (under a consent
that names it), closing one's own part (samtidighetsansvar), and handing over the
stafettholder role — offered by the holder, passing only when the receiver accepts.

The rules live in :mod:`bti.services.participants`, :mod:`bti.services.handover` and
:func:`bti.services.cases.close_own_part`; this module only shows the forms to those who may
use them and passes on what the services say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import g, url_for
from flask_wtf import FlaskForm
from sqlmodel import Session, select
from wtforms import SelectField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, ValidationError

from bti import labels
from bti.i18n import lazy_gettext as _l
from bti.models import HandOver, Membership, StaffUser, Unit
from bti.services import access, cases, handover, participants
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel

NOTE_MAX = 2000


# ---------------------------------------------------------------------------------------------
# Forms
# ---------------------------------------------------------------------------------------------


def _person_and_unit(value: str | None) -> tuple[int, int] | None:
    """``"<user id>:<unit id>"`` → the two ids, or ``None`` when it is not that."""
    user, _, unit = (value or "").partition(":")
    if not (user.isdigit() and unit.isdigit()):
        return None
    return int(user), int(unit)


class AddParticipantForm(FlaskForm):
    # The choices (the municipality's staff, grouped by unit) are set by the panel builder;
    # the service checks that the person works in the unit.
    person = SelectField(
        _l("Person and the unit they take part for"),
        choices=[],
        validate_choice=False,
        validators=[InputRequired(message=_l("Choose the person to bring into the case."))],
    )

    def validate_person(self, field):
        if _person_and_unit(field.data) is None:
            raise ValidationError(_l("Choose the person to bring into the case."))


class CloseOwnPartForm(FlaskForm):
    pass


class OfferForm(FlaskForm):
    to_user = SelectField(
        _l("Offer the baton to"),
        choices=[],
        validate_choice=False,
        validators=[InputRequired(message=_l("Choose who you offer the baton to."))],
    )
    note = TextAreaField(
        _l("Note to the receiver (optional)"),
        validators=[
            Length(max=NOTE_MAX, message=_l("Write at most %(max)d characters.", max=NOTE_MAX))
        ],
    )

    def validate_to_user(self, field):
        if not (field.data or "").isdigit():
            raise ValidationError(_l("Choose who you offer the baton to."))


class AcceptForm(FlaskForm):
    pass


class DeclineForm(FlaskForm):
    note = TextAreaField(
        _l("Why you decline (optional, written in the stafettlogg)"),
        validators=[
            Length(max=NOTE_MAX, message=_l("Write at most %(max)d characters.", max=NOTE_MAX))
        ],
    )


class WithdrawForm(FlaskForm):
    pass


# ---------------------------------------------------------------------------------------------
# Routes
# ---------------------------------------------------------------------------------------------


@bp.post("/sak/<case_id>/deltakere")
@staff_required
def add_participant(case_id: str):
    form = case_view.posted(AddParticipantForm, "people-add")

    def do(session, actor, case):
        user_id, unit_id = _person_and_unit(form.person.data)
        participants.add(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            user_id=user_id,
            unit_id=unit_id,
        )

    return case_view.act(
        case_id,
        "people-add",
        form,
        action="case.add_participant",
        do=do,
        done=_l("The person now takes part in the case."),
        anchor="people",
        fields={"user_id": "person", "unit_id": "person"},
    )


@bp.post("/sak/<case_id>/deltakere/avslutt")
@staff_required
def close_own_part(case_id: str):
    """Afterwards the user may no longer see the case: then back to their list of cases
    instead of to a page that is no longer theirs."""
    form = case_view.posted(CloseOwnPartForm, "people-close")

    def do(session, actor, case):
        cases.close_own_part(session, by=actor, case_id=case.id)
        return access.may_see(session, by=actor, case=case)

    return case_view.act(
        case_id,
        "people-close",
        form,
        action="case.close_own_part",
        do=do,
        done=_l("Your part in the case is closed."),
        anchor="people",
        elsewhere=lambda still_visible: None if still_visible else url_for("cases.mine"),
    )


@bp.post("/sak/<case_id>/stafettholder/tilbud")
@staff_required
def offer_handover(case_id: str):
    form = case_view.posted(OfferForm, "handover-offer")

    def do(session, actor, case):
        handover.offer(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            to_user_id=int(form.to_user.data),
            note=form.note.data or "",
        )

    return case_view.act(
        case_id,
        "handover-offer",
        form,
        action="handover.offer",
        do=do,
        done=_l("The baton is offered. You hold it until the receiver accepts."),
        anchor="people",
        fields={"to_user_id": "to_user", "note": "note"},
    )


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/godta")
@staff_required
def accept_handover(case_id: str, handover_id: int):
    form = case_view.posted(AcceptForm, "handover-accept")

    def do(session, actor, case):
        handover.accept(
            session, municipality=g.municipality, by=actor, case_id=case.id, handover_id=handover_id
        )

    return case_view.act(
        case_id,
        "handover-accept",
        form,
        action="handover.accept",
        do=do,
        done=_l("You are now the stafettholder."),
        anchor="people",
    )


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/avslaa")
@staff_required
def decline_handover(case_id: str, handover_id: int):
    form = case_view.posted(DeclineForm, "handover-decline")

    def do(session, actor, case):
        handover.decline(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            handover_id=handover_id,
            note=form.note.data or "",
        )

    return case_view.act(
        case_id,
        "handover-decline",
        form,
        action="handover.decline",
        do=do,
        done=_l("You declined the baton. The stafettholder keeps it."),
        anchor="people",
        fields={"note": "note"},
    )


@bp.post("/sak/<case_id>/stafettholder/<int:handover_id>/trekk")
@staff_required
def withdraw_handover(case_id: str, handover_id: int):
    form = case_view.posted(WithdrawForm, "handover-withdraw")

    def do(session, actor, case):
        handover.withdraw(
            session, municipality=g.municipality, by=actor, case_id=case.id, handover_id=handover_id
        )

    return case_view.act(
        case_id,
        "handover-withdraw",
        form,
        action="handover.withdraw",
        do=do,
        done=_l("The offer of the baton is withdrawn."),
        anchor="people",
    )


# ---------------------------------------------------------------------------------------------
# The panel
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    user_id: int
    name: str
    unit: str  # "Nordby skole (school)"
    since: datetime
    is_holder: bool
    opened_case: bool


def _unit_label(unit: Unit | None) -> str:
    if unit is None:
        return ""
    return f"{unit.name} ({labels.unit_kind(unit.kind)})"


def _staff_choices(session: Session, *, exclude: set[int]) -> list[SelectChoice]:
    """The municipality's active staff, grouped by unit: ``"<user id>:<unit id>"``."""
    rows = session.exec(
        select(Unit, StaffUser)
        .join(Membership, Membership.unit_id == Unit.id)
        .join(StaffUser, StaffUser.id == Membership.user_id)
        .where(StaffUser.active)
        .order_by(Unit.name, StaffUser.display_name, StaffUser.id)
    ).all()
    choices = [SelectChoice("", str(_l("Choose a person")))]
    seen: set[tuple[int, int]] = set()
    for unit, user in rows:
        if user.id in exclude or (user.id, unit.id) in seen:
            continue  # one option per person and unit, whatever their roles there
        seen.add((user.id, unit.id))
        choices.append(
            SelectChoice(f"{user.id}:{unit.id}", user.display_name, optgroup=_unit_label(unit))
        )
    return choices


@panel("people", title=_l("Taking part"), template="case/_people.html", order=30)
def _people(ctx: CaseContext) -> dict:
    session, case, me = ctx.session, ctx.case, ctx.actor.user_id
    units = {p.unit_id: session.get(Unit, p.unit_id) for p in ctx.people if p.unit_id}
    rows = [
        Row(
            user_id=p.user_id,
            name=ctx.name(p.user_id),
            unit=_unit_label(units.get(p.unit_id)),
            since=p.joined_at,
            is_holder=p.user_id == case.stafettholder_id,
            opened_case=p.user_id == case.opened_by_id,
        )
        for p in ctx.people
    ]
    taking_part = {p.user_id for p in ctx.people}
    pending: HandOver | None = (
        handover.pending(session, case=case) if case.stafettholder_id is not None else None
    )

    add_form = ctx.form("people-add", AddParticipantForm)
    add_form.person.choices = _staff_choices(session, exclude=taking_part)

    others = [r for r in rows if r.user_id != me]
    offer_form = ctx.form("handover-offer", OfferForm)
    offer_form.to_user.choices = [SelectChoice("", str(_l("Choose a person")))] + [
        SelectChoice(str(r.user_id), f"{r.name} – {r.unit}" if r.unit else r.name) for r in others
    ]

    kinds = {p.user_id: units[p.unit_id].kind for p in ctx.people if units.get(p.unit_id)}
    advice = (
        g.municipality.coordinator_advice(
            level=case.level,
            holder_service=kinds.get(case.stafettholder_id),
            services=frozenset(str(kind) for kind in kinds.values()),
        )
        if ctx.is_open
        else None
    )

    return {
        "rows": rows,
        "advice": advice,
        "opened_by": ctx.name(case.opened_by_id),
        "holder": ctx.name(case.stafettholder_id),
        "has_holder": case.stafettholder_id is not None,
        "pending": pending,
        "pending_to": ctx.name(pending.to_user_id) if pending else "",
        "pending_from": ctx.name(pending.from_user_id) if pending else "",
        "add_form": add_form,
        "may_add": ctx.is_open and len(add_form.person.choices) > 1,
        "takes_part": me in taking_part,
        "close_form": ctx.form("people-close", CloseOwnPartForm),
        "may_offer": ctx.is_open and ctx.is_holder and pending is None and bool(others),
        "offer_form": offer_form,
        "to_answer": pending if pending and pending.to_user_id == me and ctx.is_open else None,
        "accept_form": ctx.form("handover-accept", AcceptForm),
        "decline_form": ctx.form("handover-decline", DeclineForm),
        "to_withdraw": pending if pending and pending.from_user_id == me else None,
        "withdraw_form": ctx.form("handover-withdraw", WithdrawForm),
    }
