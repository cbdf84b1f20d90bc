"""Barnevern's help on the case page: a barnevern employee who takes part in the case records
that barnevern starts or ends giving help (hjelpetiltak). Nobody else sees the panel.

The rules are the service's (:func:`bti.services.barnevern_help.set_barnevern_help`):
while barnevern helps it holds the baton («Barnevernet skal alltid ha Stafettholderansvaret
når de er inne med hjelpetiltak», Tromsø «Stafettholder - Sampro»), the case moves to the
level the guide puts such children on, and when the help ends the baton stays with
barnevern until it is handed over and accepted.
"""

from __future__ import annotations

from flask import g
from flask_wtf import FlaskForm

from bti.i18n import lazy_gettext as _l
from bti.services import barnevern_help
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel

ANCHOR = "barnevern_help"
START, END = "bv-help-start", "bv-help-end"


class HelpForm(FlaskForm):
    """Only the CSRF token: the button says what is recorded."""


def _record(case_id: str, key: str, *, helping: bool, done):
    form = case_view.posted(HelpForm, key)

    def do(session, actor, case):
        barnevern_help.set_barnevern_help(
            session, municipality=g.municipality, by=actor, case_id=case.id, helping=helping
        )

    return case_view.act(
        case_id, key, form, action="case.barnevern_help", do=do, done=done, anchor=ANCHOR
    )


@bp.post("/sak/<case_id>/barnevern-hjelp")
@staff_required
def start_barnevern_help(case_id: str):
    return _record(
        case_id,
        START,
        helping=True,
        done=_l("Barnevern's help is recorded. Barnevern holds the baton while the help lasts."),
    )


@bp.post("/sak/<case_id>/barnevern-hjelp/avslutt")
@staff_required
def end_barnevern_help(case_id: str):
    return _record(
        case_id,
        END,
        helping=False,
        done=_l(
            "The end of barnevern's help is recorded. Barnevern keeps the baton until it "
            "hands it over and the receiver accepts."
        ),
    )


@panel(
    "barnevern_help",
    title=_l("Help from barnevern"),
    template="case/_barnevern_help.html",
    order=45,
)
def _barnevern_help(ctx: CaseContext) -> dict:
    takes_part = any(p.user_id == ctx.actor.user_id for p in ctx.people)
    if not (ctx.actor.is_barnevern and takes_part):
        return {"hidden": True}
    level = barnevern_help.barnevern_help_level(g.municipality)
    return {
        "helping": ctx.case.barnevern_help,
        "to_level": level if level is not None and ctx.case.level < level else None,
        "start_form": ctx.form(START, HelpForm),
        "end_form": ctx.form(END, HelpForm),
    }
