"""The units (tjenestesteder): the list with a form to add one, and one unit's page to
rename it or change its kind."""

from __future__ import annotations

from flask import render_template, url_for

from bti.i18n import lazy_gettext as _l
from bti.labels import unit_kind
from bti.services.administration import units as service
from bti.web.administration import act, bp, run
from bti.web.administration.forms import UnitForm
from bti.web.auth import staff_required
from bti.web.fields import page_number
from bti.web.forms import Forms


def _list(failed: dict | None = None):
    listing = run(service.units, page=page_number())
    form = Forms(failed).form("unit", UnitForm)
    return render_template(
        "administration/units.html", listing=listing, form=form, unit_kind=unit_kind
    )


@bp.get("/administrasjon/tjenestesteder")
@staff_required
def units():
    return _list()


@bp.post("/administrasjon/tjenestesteder")
@staff_required
def create_unit():
    form = UnitForm(prefix="unit")
    return act(
        form, "unit", service.create_unit, _l("The unit is created."),
        lambda _: url_for("administration.units"), _list,
        name=form.name.data or "", kind=form.kind.data or "",
    )  # fmt: skip


def _unit_page(unit_id: int, failed: dict | None = None):
    found = run(service.unit, unit_id=unit_id)
    form = Forms(failed).form("unit", UnitForm)
    if not failed:
        form.name.data = found.name
        form.kind.data = found.kind.value
    return render_template("administration/unit.html", unit=found, form=form, unit_kind=unit_kind)


@bp.get("/administrasjon/tjenestesteder/<int:unit_id>")
@staff_required
def unit(unit_id: int):
    return _unit_page(unit_id)


@bp.post("/administrasjon/tjenestesteder/<int:unit_id>")
@staff_required
def update_unit(unit_id: int):
    form = UnitForm(prefix="unit")
    return act(
        form, "unit", service.update_unit, _l("The unit is saved."),
        url_for("administration.units"), lambda f: _unit_page(unit_id, f),
        unit_id=unit_id, name=form.name.data or "", kind=form.kind.data or "",
    )  # fmt: skip
