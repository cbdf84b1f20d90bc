"""The guide (handlingsveileder) as the platform encodes it: «Veileder».

Every level with its steps, who does them, the support questions, the tools, the allowed
decisions and the deadlines; then the contacts (those that answer now first) and the teams.
Staff learn the model here, and policy writers check that the encoding matches their
document; the page prints as a clean document.
"""

from __future__ import annotations

from flask import Blueprint, g, render_template
from flask_babel import format_decimal

from bti.guide_text import (
    event_text,
    form_titles,
    level_facts,
    outcome_effect,
    outcome_title,
    target_group_text,
)
from bti.web.auth import staff_required
from bti.web.contacts import contacts_now

bp = Blueprint("guide", __name__)


@bp.get("/veileder")
@staff_required
def show():
    municipality = g.municipality
    profile = municipality.profile
    return render_template(
        "guide/show.html",
        levels=municipality.levels,
        contacts=contacts_now(),
        teams=municipality.teams,
        target_group=profile.target_group,
        target_group_text=target_group_text(profile),
        event_text=lambda code: event_text(code, municipality),
        level_facts=level_facts,
        forms=form_titles(municipality),
        format_decimal=format_decimal,
        outcome_effect=outcome_effect,
        outcome_title=outcome_title,
        duties=municipality.stafettholder_duties,
        citizen_access=municipality.citizen_access,
        routine=municipality.next_of_kin_routine,
    )
