"""The case page's frame: loading a case for the signed-in user, the panels on the page, and
running one form's action as one audited transaction.

The page is made of *panels* (decision, consent, people, meetings, stafettlogg …). A panel
module registers itself with :func:`panel`; its builder gets a :class:`CaseContext` and
returns what its template needs, including its blank forms. An action posts one form;
:func:`act` validates it, runs the service in one transaction and redirects back to the
panel, or renders the whole page again with that form's errors beside its fields and the
values the user typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask import abort, flash, g, redirect, render_template, url_for
from flask_wtf import FlaskForm
from sqlmodel import Session, select

from bti import clock
from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.models import Case, CaseParticipant, Guardian, StaffUser, Subject
from bti.rules.access import Actor
from bti.rules.child import age_on
from bti.services import access, guardians, participants
from bti.services.actors import load_actor


@dataclass(frozen=True)
class Panel:
    name: str
    title: Any  # a lazy string: the section's heading, also in the page's contents
    template: str
    build: Callable[[CaseContext], dict]
    order: int


PANELS: dict[str, Panel] = {}


def panel(name: str, *, title, template: str, order: int):
    """Register a panel builder: ``build(ctx) -> dict`` (the template's ``data``)."""

    def register(build: Callable[[CaseContext], dict]):
        PANELS[name] = Panel(name, title, template, build, order)
        return build

    return register


@dataclass
class CaseContext:
    """What every panel may use: read in the page's one transaction."""

    session: Session
    actor: Actor
    case: Case
    subject: Subject
    age: int | None
    today: date
    guardians: list[Guardian]  # empty when guardians must not be involved
    people: list[CaseParticipant]  # active participants
    names: dict[int, str]  # staff user id -> display name, for everyone named on the page
    failed: dict[str, FlaskForm] = field(default_factory=dict)

    def form(self, key: str, cls: type[FlaskForm], **kwargs) -> FlaskForm:
        """The form that failed under ``key`` (with what the user typed), or a blank one.
        The key is also the form's prefix, so field ids are unique on the page."""
        if key in self.failed:
            return self.failed[key]
        return cls(formdata=None, prefix=key, **kwargs)

    @property
    def is_holder(self) -> bool:
        return self.case.stafettholder_id == self.actor.user_id

    @property
    def is_open(self) -> bool:
        return self.case.status == "open"

    def name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id not in self.names:
            user = self.session.get(StaffUser, user_id)
            self.names[user_id] = user.display_name if user else ""
        return self.names[user_id]


def load(session: Session, case_id: str, action: str) -> tuple[Actor, Case]:
    """The signed-in user and the case, audited as ``action``; 404 when not theirs."""
    try:
        actor = load_actor(session, g.signed_in.user_id)
        return actor, access.get_case(session, by=actor, case_id=case_id, action=action)
    except NotFound:
        abort(404)


def render(case_id: str, *, failed: dict[str, FlaskForm] | None = None, status: int = 200):
    """The whole case page; ``failed`` holds the form that was posted and did not pass."""
    failed = failed or {}
    today = clock.today(g.municipality)
    with get_db().transaction(g.municipality_id) as session:
        actor, case = load(session, case_id, "case.read")
        subject = session.get(Subject, case.subject_id)
        registered = session.exec(
            select(Guardian).where(Guardian.subject_id == subject.id).order_by(Guardian.id)
        ).all()
        people = participants.active(session, case.id)
        ids = {p.user_id for p in people} | {case.opened_by_id}
        names = {
            u.id: u.display_name
            for u in session.exec(select(StaffUser).where(StaffUser.id.in_(ids)))
        }
        ctx = CaseContext(
            session=session,
            actor=actor,
            case=case,
            subject=subject,
            age=age_on(subject.birth_date, today) if subject.birth_date else None,
            today=today,
            guardians=[] if guardians.excluded(case) else list(registered),
            people=people,
            names=names,
            failed=failed,
        )
        panels = sorted(PANELS.values(), key=lambda p: p.order)
        data = {p.name: p.build(ctx) for p in panels}
        body = render_template(
            "case/show.html",
            ctx=ctx,
            case=case,
            subject=subject,
            age=ctx.age,
            panels=panels,
            data=data,
            failed=next(iter(failed.values()), None),
            now=clock.now(),
        )
    return body, status


def act(
    case_id: str,
    key: str,
    form: FlaskForm,
    *,
    action: str,
    do: Callable[[Session, Actor, Case], object],
    done,
    anchor: str,
    fields: dict[str, str] | None = None,
    elsewhere: Callable[[Any], str | None] | None = None,
    warning: Callable[[Session, Case], object | None] | None = None,
):
    """Validate ``form`` (posted under the prefix ``key``) and run ``do`` in one
    transaction, audited as ``action``. Success: a flash message ``done`` and back to the
    panel at ``#anchor`` — or to the address ``elsewhere(result of do)`` gives, when it gives
    one — with ``warning(session, case)`` (read after the change) as a second message when
    it gives one. A mistake: the page again, status 400, the message beside the field the service
    named (``fields`` maps a service's field name to the form's) or at the top."""
    if form.validate_on_submit():
        try:
            with get_db().transaction(g.municipality_id) as session:
                actor, case = load(session, case_id, action)
                result = do(session, actor, case)
                caution = warning(session, case) if warning else None
        except InvalidInput as error:
            name = (fields or {}).get(error.field, error.field)
            target = form._fields.get(name)
            if target is not None and name != "csrf_token":
                target.errors = [str(error.message)]
            else:
                form.form_errors.append(str(error.message))
        except Refused as error:
            form.form_errors.append(str(error.message))
        except NotFound:
            abort(404)
        else:
            flash(done, "success")
            if caution:
                flash(caution, "warning")
            target = elsewhere(result) if elsewhere else None
            return redirect(target or url_for("case.show", case_id=case_id, _anchor=anchor))
    return render(case_id, failed={key: form}, status=400)


def posted(cls: type[FlaskForm], key: str, **kwargs) -> FlaskForm:
    """The form posted under the prefix ``key``."""
    return cls(prefix=key, **kwargs)


def of_case(session: Session, model, row_id: int, case_id: str):
    """The row ``row_id`` of ``model`` (a consent, a meeting …) when it belongs to the case;
    :class:`NotFound` otherwise: an id from another case in the URL looks missing."""
    row = session.get(model, row_id)
    if row is None or row.case_id != case_id:
        raise NotFound(model.__name__.lower())
    return row


def display_name(session: Session, user_id: int | None) -> str:
    user = session.get(StaffUser, user_id) if user_id is not None else None
    return user.display_name if user else ""


def case_level(case_id: str):
    """The case's current level (for forms whose choices depend on it), or 404. Not
    audited: the action that follows reads the case through :func:`load`."""
    with get_db().scoped(g.municipality_id) as session:
        case = session.get(Case, case_id)
        if case is None:
            abort(404)
        return g.municipality.level(case.level)
