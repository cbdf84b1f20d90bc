"""The staff accounts: the list (filtered by name or username), a new account, and one
person's page: name and e-mail, the second factor, roles in units, the sign-in identity,
deactivation and reactivation."""

from __future__ import annotations

from flask import render_template, request, url_for

from bti.i18n import lazy_gettext as _l
from bti.labels import ROLES
from bti.services import password_reset
from bti.services.administration import access
from bti.services.administration import staff as service
from bti.services.administration import units as unit_service
from bti.web.administration import act, bp, run
from bti.web.administration.forms import (
    EmptyForm,
    IdentityForm,
    NewStaffForm,
    RoleForm,
    StaffForm,
    unit_options,
)
from bti.web.auth import staff_required
from bti.web.fields import page_number
from bti.web.forms import Forms


def _query() -> str:
    return (request.args.get("q") or "").strip()[:120]


@bp.get("/administrasjon/ansatte")
@staff_required
def staff():
    listing = run(service.staff, query=_query(), page=page_number())
    return render_template("administration/staff.html", listing=listing, roles=ROLES)


def _with_units(session, *, by):
    """The new-account page's data: the units to choose among (administrators only)."""
    access.require(session, by, "admin.staff.new")
    return unit_service.unit_choices(session)


def _new_page(failed: dict | None = None):
    choices = run(_with_units)
    form = Forms(failed).form("staff", NewStaffForm)
    form.unit_id.choices = unit_options(choices)
    return render_template("administration/new_staff.html", form=form)


@bp.get("/administrasjon/ansatte/ny")
@staff_required
def new_staff():
    return _new_page()


@bp.post("/administrasjon/ansatte/ny")
@staff_required
def create_staff():
    form = NewStaffForm(prefix="staff")
    return act(
        form, "staff", service.create_staff, _l("The account is created."),
        lambda user_id: url_for("administration.member", user_id=user_id),
        _new_page,
        username=form.username.data or "", display_name=form.display_name.data or "",
        email=form.email.data, unit_id=form.unit_id.data, role=form.role.data or "",
        subject=form.subject.data,
    )  # fmt: skip


def _member_data(session, *, by, user_id: int):
    return service.member(session, by=by, user_id=user_id), unit_service.unit_choices(session)


def _member_page(user_id: int, failed: dict | None = None, *, password_link: str | None = None):
    person, choices = run(_member_data, user_id=user_id)
    forms = Forms(failed)
    edit = forms.form("edit", StaffForm)
    if "edit" not in (failed or {}):
        edit.display_name.data = person.display_name
        edit.email.data = person.email
        edit.totp_required.data = person.totp_required
    role = forms.form("role", RoleForm)
    role.unit_id.choices = unit_options(choices)
    identity = forms.form("identity", IdentityForm)
    if "identity" not in (failed or {}):
        identity.subject.data = person.subject
    return render_template(
        "administration/member.html",
        person=person,
        roles=ROLES,
        forms={"edit": edit, "role": role, "identity": identity},
        button=lambda key: forms.form(key, EmptyForm),
        password_link=password_link,
        password_hours=f"{password_reset.lifetime().total_seconds() / 3600:g}",
    )


@bp.get("/administrasjon/ansatte/<int:user_id>")
@staff_required
def member(user_id: int):
    return _member_page(user_id)


def _back(user_id: int) -> str:
    return url_for("administration.member", user_id=user_id)


@bp.post("/administrasjon/ansatte/<int:user_id>")
@staff_required
def update_member(user_id: int):
    form = StaffForm(prefix="edit")
    return act(
        form, "edit", service.update_staff, _l("The account is saved."), _back(user_id),
        lambda f: _member_page(user_id, f), user_id=user_id,
        display_name=form.display_name.data or "", email=form.email.data,
        totp_required=bool(form.totp_required.data),
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/rolle")
@staff_required
def add_role(user_id: int):
    form = RoleForm(prefix="role")
    return act(
        form, "role", service.add_role, _l("The role is added."), _back(user_id),
        lambda f: _member_page(user_id, f), user_id=user_id, unit_id=form.unit_id.data,
        role=form.role.data or "",
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/rolle/<int:membership_id>/fjern")
@staff_required
def remove_role(user_id: int, membership_id: int):
    key = f"remove-{membership_id}"
    form = EmptyForm(prefix=key)
    return act(
        form, key, service.remove_role, _l("The role is removed."), _back(user_id),
        lambda f: _member_page(user_id, f), user_id=user_id, membership_id=membership_id,
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/identitet")
@staff_required
def set_identity(user_id: int):
    form = IdentityForm(prefix="identity")
    return act(
        form, "identity", service.set_identity, _l("The sign-in identity is saved."),
        _back(user_id), lambda f: _member_page(user_id, f), user_id=user_id,
        subject=form.subject.data or "",
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/identitet/fjern")
@staff_required
def remove_identity(user_id: int):
    form = EmptyForm(prefix="unregister")
    return act(
        form, "unregister", service.remove_identity, _l("The sign-in identity is removed."),
        _back(user_id), lambda f: _member_page(user_id, f), user_id=user_id,
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/deaktiver")
@staff_required
def deactivate(user_id: int):
    form = EmptyForm(prefix="deactivate")
    return act(
        form, "deactivate", service.deactivate,
        _l("The account is deactivated, and its sessions have ended."), _back(user_id),
        lambda f: _member_page(user_id, f), user_id=user_id,
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/aktiver")
@staff_required
def reactivate(user_id: int):
    form = EmptyForm(prefix="reactivate")
    return act(
        form, "reactivate", service.reactivate, _l("The account is active again."),
        _back(user_id), lambda f: _member_page(user_id, f), user_id=user_id,
    )  # fmt: skip


@bp.post("/administrasjon/ansatte/<int:user_id>/passordlenke")
@staff_required
def password_link(user_id: int):
    """The link is shown on the page that answers the form, once: it is not kept anywhere
    the administrator could open it again (the page is never cached)."""
    form = EmptyForm(prefix="password")
    if not form.validate_on_submit():
        return _member_page(user_id, {"password": form}), 400
    token = run(service.password_link, user_id=user_id)
    address = request.host_url.rstrip("/") + password_reset.link(token)
    return _member_page(user_id, password_link=address)
