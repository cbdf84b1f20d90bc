"""The case page's frame: the page read through :mod:`bti.services.case_page`, the panels'
forms, and one form's action as one call of one service.

An action route validates its form, calls :func:`perform` with the service and its keyword
arguments, and answers with :func:`respond`: back to the panel with a message when it is
done, or the whole page again (status 400) with the service's message beside the field it
named, or at the top, and what the user typed kept. The service loads the case, checks
access and writes the audit event; the view never does.

The panels are :class:`bti.case_panels.CasePanel` definitions from the
``bti_register_case_panels`` hook; :func:`register_panels` mounts their blueprints.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import (
    Flask,
    abort,
    current_app,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    url_for,
)

from bti import clock
from bti.case_panels import PanelForms
from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.plugins import Registry
from bti.services import case_page
from bti.services.versions import ChangedMeanwhile
from bti.web.forms import FlaskForm, failed_with


def render(
    case_id: str,
    *,
    failed: Mapping[str, FlaskForm] | None = None,
    status: int = 200,
    asked: Mapping[str, str] | None = None,
):
    """The whole case page; ``failed`` holds the form that was posted and did not pass.
    The panels are ``asked`` what was posted (:attr:`bti.case_panels.CaseRead.asked`), by
    default the request's form: never its query string, where a name would be logged."""
    failed = failed or {}
    if asked is None:
        asked = request.form.to_dict() if request.method == "POST" else {}
    with get_db().reading(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            page = case_page.read(
                session,
                municipality=g.municipality,
                by=actor,
                case_id=case_id,
                panels=g.municipality.case_panels,
                asked=asked,
            )
        except NotFound:
            abort(404)
    builder = PanelForms(failed=failed, today=page.summary.today, actor=actor)
    panels = [(shown.panel, shown.data, _forms(shown, builder)) for shown in page.panels]
    body = render_template(
        "case/show.html",
        page_address=url_for("case.show", case_id=page.case.id),
        ctx=page.summary,
        case=page.case,
        subject=page.subject,
        age=page.age,
        panels=panels,
        layout=_layout(panels),
        folded={p.name for p, data, _forms in panels if p.folds(data)},
        opened=_opened(panels, failed),
        failed=next(iter(failed.values()), None),
        now=clock.now(),
    )
    return body, status


#: Panels ordered below this go across the page above the columns (the summary, a
#: checklist); below :data:`SECOND_COLUMN` in the first column, the rest in the second.
ACROSS, SECOND_COLUMN = 10, 40


def _layout(panels) -> dict[str, list]:
    """Where each panel goes: ``top`` (across the page), the ``first`` and ``second``
    column at desktop widths, and ``folded`` (last, in a grid of headings)."""
    layout: dict[str, list] = {"top": [], "first": [], "second": [], "folded": []}
    for shown in panels:
        panel, data = shown[0], shown[1]
        if panel.folds(data):
            layout["folded"].append(shown)
        elif panel.order < ACROSS:
            layout["top"].append(shown)
        elif panel.order < SECOND_COLUMN:
            layout["first"].append(shown)
        else:
            layout["second"].append(shown)
    return layout


def _opened(panels, failed: Mapping[str, FlaskForm]) -> set[str]:
    """The folded panels to show open: the one whose form failed, and those with a message
    for the user (after a redirect back to them)."""
    sections = {category.partition(":")[2] for category, _ in get_flashed_messages(True)}
    posted = [id(form) for form in failed.values()]
    return {
        panel.name
        for panel, data, forms in panels
        if panel.folds(data) and (panel.name in sections or _holds(forms, posted))
    }


def _holds(forms: Any, posted: list[int]) -> bool:
    if isinstance(forms, Mapping):
        return any(_holds(form, posted) for form in forms.values())
    if isinstance(forms, list | tuple):
        return any(_holds(form, posted) for form in forms)
    return id(forms) in posted


def _forms(shown: case_page.PanelData, builder: PanelForms) -> Mapping[str, Any]:
    """The panel's forms: blank, or the one that failed with what the user typed."""
    return shown.panel.forms(shown.data, builder) if shown.panel.forms else {}


@dataclass(frozen=True)
class Done:
    """The service did its work; ``result`` is what it returned."""

    result: Any


@dataclass(frozen=True)
class Failed:
    """The service refused (:class:`Refused`) or named a field (:class:`InvalidInput`);
    ``error`` is ``None`` when the form itself did not validate."""

    error: InvalidInput | Refused | None = None


def perform(service: Callable[..., Any], **arguments: Any) -> Done | Failed:
    """Run ``service(session=…, municipality=…, by=<the signed-in user>, **arguments)`` in
    one transaction (``municipality`` only for a service that takes it; a page view's
    read-only one for a GET: a printout, a calendar file). A case (or a row of it) the user
    may not see is a 404 here."""
    try:
        with get_db().for_request(g.municipality_id) as session:
            actor = g.signed_in.actor(session)
            if "municipality" in inspect.signature(service).parameters:
                arguments["municipality"] = g.municipality
            result = service(session=session, by=actor, **arguments)
    except (InvalidInput, Refused) as error:
        return Failed(error)
    except NotFound:
        abort(404)
    return Done(result)


def look_up(service: Callable[..., Any], **arguments: Any) -> Any:
    """Run a read-only ``service(session=…, municipality=…, by=…, **arguments)`` that a
    form needs before it can be validated (a meeting's held-form); 404 when not found."""
    try:
        # A page view, so the read (or the denied attempt) is on record.
        with get_db().reading(g.municipality_id) as session:
            actor = g.signed_in.actor(session)
            return service(session=session, municipality=g.municipality, by=actor, **arguments)
    except NotFound:
        abort(404)


def respond(
    outcome: Done | Failed,
    *,
    case_id: str,
    key: str,
    form: FlaskForm,
    done,
    anchor: str,
    fields: Mapping[str, str] | None = None,
    to: str | None = None,
    section: str | None = None,
):
    """The answer to an action: on :class:`Done` the message ``done`` and back to the panel
    at ``#anchor`` (or to ``to``), the message shown in that panel (``section``, when the
    anchor is a part of it); on :class:`Failed` the page again, status 400, with the
    message beside the field the service named (``fields`` maps a service's field name to
    the form's) or at the top."""
    if isinstance(outcome, Done):
        if to:
            flash(done, "success")
            return redirect(to)
        tell(done, section or anchor)
        return redirect(url_for("case.show", case_id=case_id, _anchor=anchor))
    error = outcome.error
    if isinstance(error, InvalidInput):
        failed_with(form, error, fields)
    elif isinstance(error, Refused):
        refused_on(form, error)
    return render(case_id, failed={key: form}, status=400)


def refused_on(form: FlaskForm, error: Refused) -> None:
    """The service's refusal at the top of ``form``, which keeps what the user typed. After
    :class:`ChangedMeanwhile` the form carries the version now saved, so saving again (having
    seen what is there) is a deliberate choice."""
    form.form_errors.append(str(error.message))
    if isinstance(error, ChangedMeanwhile) and "version" in form._fields:
        form.version.data = error.current


def tell(message, panel: str, kind: str = "success") -> None:
    """A message for the user shown in ``panel`` of the case page (where the redirect puts
    them), after an action: ``kind`` is «success», «info» or «warning»."""
    flash(message, f"{kind}:{panel}")


def posted(cls: type[FlaskForm], key: str, **kwargs) -> FlaskForm:
    """The form posted under the prefix ``key``."""
    return cls(prefix=key, **kwargs)


def register_panels(app: Flask, registry: Registry) -> None:
    """Mount every municipality's panel blueprints under ``/<municipality>``, each distinct
    blueprint once; a panel's route answers 404 for a municipality without that panel."""
    mounted: dict[str, object] = {}
    for municipality in registry:
        for bp in (bp for panel in municipality.case_panels for bp in panel.blueprints):
            if mounted.get(bp.name) is bp:
                continue
            app.register_blueprint(bp, url_prefix="/<municipality>")
            mounted[bp.name] = bp
    app.extensions["bti_panel_blueprints"] = frozenset(mounted)
    app.before_request(_panel_of_this_municipality)


def _panel_of_this_municipality() -> None:
    if request.blueprint not in current_app.extensions["bti_panel_blueprints"]:
        return
    municipality = g.get("municipality")
    names = (
        {bp.name for p in municipality.case_panels for bp in p.blueprints} if municipality else ()
    )
    if request.blueprint not in names:
        abort(404)
