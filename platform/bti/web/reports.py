"""The reports pages: «Indikatorer» (coordinators and leaders) and «Protokoller» (the
coordinator), each for one quarter chosen with ``?kvartal=2026Q4`` (default: the current
one). Anyone else gets 404, like any page they may not see; the header links to them only
for those roles.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal
from flask import Blueprint, abort, g, render_template, request
from flask_babel import get_locale

from bti.db import get_db
from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.report_text import age_group
from bti.services import reports
from bti.services.quarters import InvalidQuarter, Quarter
from bti.web.auth import staff_required

bp = Blueprint("reports", __name__)

#: How many quarters the page offers to choose from.
CHOICES = 8

BAD_QUARTER = _l("Write the quarter as the year, Q and its number, for example 2026Q4.")


def _quarter() -> tuple[Quarter, str, object | None]:
    """The quarter asked for, what was typed, and the error to show (then the current one)."""
    typed = request.args.get("kvartal", "").strip()
    current = Quarter.current(g.municipality)
    if not typed:
        return current, "", None
    try:
        return Quarter.parse(typed), typed, None
    except InvalidQuarter:
        return current, typed, BAD_QUARTER


@bp.get("/indikatorer")
@staff_required
def indicators():
    quarter, typed, error = _quarter()
    with get_db().reading(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            page = reports.indicators_page(
                session, municipality=g.municipality, by=actor, quarter=quarter
            )
        except NotFound:
            abort(404)
    charts = {row.code: bar_chart(row) for row in page.rows if row.chart}
    return render_template(
        "reports/indicators.html",
        page=page,
        charts=charts,
        choices=_choices(quarter),
        typed=typed,
        error=error,
        number=number,
        age_group=age_group,
        case_type=reports.case_type_label,
        unit_kind=reports.unit_kind_label,
    ), (400 if error else 200)


@bp.get("/protokoller")
@staff_required
def protocols():
    quarter, typed, error = _quarter()
    with get_db().reading(g.municipality_id) as session:
        try:
            actor = g.signed_in.actor(session)
            report = reports.quarter_protocols(
                session, municipality=g.municipality, by=actor, quarter=quarter
            )
        except NotFound:
            abort(404)
    return render_template(
        "reports/protocols.html",
        report=report,
        choices=_choices(quarter),
        typed=typed,
        error=error,
        age_group=age_group,
        case_type=reports.case_type_label,
        unit_kind=reports.unit_kind_label,
    ), (400 if error else 200)


def _choices(chosen: Quarter) -> list[Quarter]:
    """The last quarters up to the current one, newest first, with the chosen one."""
    recent = Quarter.current(g.municipality).last(CHOICES)
    return sorted({*recent, chosen}, reverse=True)


def number(value: float | None) -> str:
    """«82,5» in bokmål and nynorsk, «82.5» in English; «–» for nothing."""
    if value is None:
        return "–"
    return format_decimal(value, format="#,##0.#", locale=str(get_locale() or "nb"))


# -- the chart --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    label: str  # the quarter, «K4 2026»
    text: str  # the value as read aloud and printed above the bar
    x: float
    y: float
    height: float
    suppressed: bool


@dataclass(frozen=True)
class Chart:
    """An SVG bar chart's geometry, in the viewBox's units (``WIDTH`` × ``HEIGHT``)."""

    bars: list[Bar]
    bar_width: float
    baseline: float
    #: The y of the target line, when the indicator has one within the scale, and the
    #: target as text.
    target_y: float | None
    target_text: str
    maximum: float


WIDTH, HEIGHT, TOP, BOTTOM = 400.0, 200.0, 24.0, 32.0


def bar_chart(row: reports.IndicatorRow) -> Chart:
    """Bars for the indicator's last quarters, scaled to the largest value (100 for a
    percentage), a suppressed or empty quarter drawn as an outline at the baseline."""
    numbers = [value.number for _q, value in row.series if value.number is not None]
    maximum = 100.0 if row.unit == "%" else max([*numbers, row.target or 0, 1])
    plot = HEIGHT - TOP - BOTTOM
    baseline = HEIGHT - BOTTOM
    slot = WIDTH / max(len(row.series), 1)
    bars = []
    for index, (quarter, value) in enumerate(row.series):
        height = plot * (value.number or 0) / maximum
        if value.suppressed:
            text = str(_l("hidden (small numbers)") if row.unit == "%" else _l("under 5"))
        elif value.number is None:
            text = "–"
        else:
            text = f"{number(value.number)}{' %' if row.unit == '%' else ''}"
        bars.append(
            Bar(
                label=str(quarter.label),
                text=text,
                x=index * slot + slot * 0.2,
                y=baseline - height,
                height=height,
                suppressed=value.suppressed,
            )
        )
    target_y = (
        baseline - plot * row.target / maximum
        if row.target is not None and row.target <= maximum
        else None
    )
    target_text = (
        f"{number(row.target)}{' %' if row.unit == '%' else ''}" if row.target is not None else ""
    )
    return Chart(
        bars=bars,
        bar_width=slot * 0.6,
        baseline=baseline,
        target_y=target_y,
        target_text=target_text,
        maximum=maximum,
    )
