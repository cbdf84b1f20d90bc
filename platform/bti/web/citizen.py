"""The citizens' pages (``/<slug>/innsyn/``): guardians and youth sign in and read their own
stafettlogg, read-only.

Open only where the municipality's guide gives families access (``bti_citizen_access``);
elsewhere every page here is 404. The sign-in is a separate session from the staff's (its
own cookie key and table), so a citizen never reaches a staff page and the other way round.
The sign-in is ID-porten where the municipality has configured it (``citizen_oidc``,
:mod:`bti.web.oidc`: level high, the fødselsnummer in ``pid``), and a local username and
password (demo, tests, and beside ID-porten unless its ``passwords`` is off); everything
after it needs only the citizen's id (:func:`bti.services.citizens.start`). What a citizen
may read is the service's rule: :mod:`bti.services.citizens`.

«Varsler» (``/<slug>/innsyn/varsler``) lists the citizen's notices (a meeting planned,
changed or cancelled), also where no e-mail went because they gave no address, and holds the
address they give for notices by e-mail. A notice's link (``…/innsyn/varsler/<id>``, the one
their e-mail carries) marks it read and goes on to the stafettlogg, through the same check as
reading it; opened before signing in, it is kept for after the sign-in.
"""

from __future__ import annotations

from datetime import date
from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from wtforms import EmailField

from bti.db import get_db
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.labels import PLAN_KINDS, capitalised, unit_kind
from bti.services import citizens, signin_oidc
from bti.services.access_log import portal
from bti.services.access_log.who import WAYS
from bti.services.notifications import inbox
from bti.web import oidc
from bti.web.auth import (
    SignInForm,
    begin_session,
    keep_notice_for_sign_in,
    notice_after_sign_in,
    signed_out_message,
    unread_notices,
)
from bti.web.fields import page_number
from bti.web.forms import FlaskForm, failed_with, limit
from bti.web.notifications import notice_key
from bti.web.panels.stafettlogg import GOAL_REACHED, KINDS

bp = Blueprint("citizen", __name__)

COOKIE_KEY = "citizen"
#: ``request.environ`` key of the citizen's unread count, asked once a page by the menu.
UNREAD = "bti.citizen_unread_notifications"


class SignOutForm(FlaskForm):
    pass


class NoticeAddressForm(FlaskForm):
    email = EmailField(
        _l("E-mail address for notices"),
        validators=[limit(254)],
        render_kw={"autocomplete": "email"},
    )


NO_NOTICES = _l("No notices are sent by e-mail any more.")


@bp.before_request
def _only_where_open():
    if g.get("municipality") is None or g.municipality.citizen_access is None:
        abort(404)
    token = session.get(COOKIE_KEY)
    found = (
        citizens.current(get_db(), token=token, municipality_id=g.municipality_id)
        if token
        else None
    )
    g.citizen = found if isinstance(found, citizens.CitizenActor) else None
    if token and g.citizen is None:
        session.pop(COOKIE_KEY, None)
        flash(signed_out_message(found))


@bp.context_processor
def _menu() -> dict:
    return {"citizen_unread": _unread}


def _unread() -> int:
    """How many of the signed-in citizen's notices are unread (for the menu's «Varsler»)."""
    if g.get("citizen") is None:
        return 0
    return unread_notices(UNREAD, municipality_id=g.municipality_id, by=g.citizen)


def citizen_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.citizen is None:
            keep_notice_for_sign_in(citizen=True)
            return redirect(url_for("citizen.sign_in"))
        return view(*args, **kwargs)

    return wrapped


@bp.route("/innsyn/logg-inn", methods=["GET", "POST"])
def sign_in():
    provider = oidc.provider_for(g.municipality.slug, oidc.CITIZEN)
    passwords = provider is None or provider.passwords
    if request.method == "POST" and not passwords:
        abort(404)
    form = SignInForm()
    failed = False
    if form.validate_on_submit():
        token = citizens.sign_in(
            get_db(),
            municipality_id=g.municipality_id,
            username=form.username.data,
            password=form.password.data,
        )
        failed = not begin_session(COOKIE_KEY, token)
        if not failed:
            return _signed_in()
    page = render_template(
        "citizen/sign_in.html",
        form=form,
        failed=failed,
        sign_out=SignOutForm(),
        provider=provider,
        passwords=passwords,
    )
    return page, 401 if failed else 200


@bp.get("/innsyn/logg-inn/id-porten")
def idporten_begin():
    return oidc.begin(oidc.CITIZEN, "citizen.idporten_callback")


@bp.get("/innsyn/logg-inn/id-porten/svar")
def idporten_callback():
    """ID-porten's answer: the guardian or youth registered on a case here is signed in;
    anyone else, or a level below the one required, is refused (audited)."""
    received = oidc.receive(oidc.CITIZEN)
    if isinstance(received, str):
        return oidc.refused(oidc.CITIZEN, received)
    db = get_db()
    citizen_id = signin_oidc.citizen_for(
        db, municipality=g.municipality, municipality_id=g.municipality_id, pid=received.subject
    )
    if citizen_id is None:
        return oidc.refused(oidc.CITIZEN, "unknown")
    token = citizens.start(
        db,
        citizen_id=citizen_id,
        municipality_id=g.municipality_id,
        method="oidc",
        id_token=received.id_token,
    )
    begin_session(COOKIE_KEY, token)
    return _signed_in()


def _signed_in():
    """Where a citizen goes once signed in: the notice whose link they came by, or their
    stafettlogs."""
    wanted = notice_after_sign_in(g.municipality.slug, citizen=True)
    return redirect(wanted or url_for("citizen.mine"))


@bp.post("/innsyn/logg-ut")
def sign_out():
    form = SignOutForm()
    if form.validate_on_submit():
        id_token = citizens.end(
            get_db(), token=session.get(COOKIE_KEY), municipality_id=g.municipality_id
        )
        session.pop(COOKIE_KEY, None)
        g.citizen = None
        there = oidc.sign_out_there(
            slug=g.municipality.slug,
            kind=oidc.CITIZEN,
            id_token=id_token,
            back=url_for("citizen.sign_in", _external=True),
        )
        flash(_l("You are signed out."))
        if there is not None:
            return there
    return redirect(url_for("citizen.sign_in"))


@bp.route("/innsyn/passord", methods=["GET", "POST"])
@citizen_required
def change():
    """«Bytt passord» for the signed-in citizen (:func:`bti.web.passwords.change_page`)."""
    from bti.web.passwords import change_page

    return change_page(
        kind="citizen",
        account_id=g.citizen.citizen_id,
        municipality_id=g.municipality_id,
        session_key=COOKIE_KEY,
    )


@bp.route("/innsyn/varsler", methods=["GET", "POST"])
@citizen_required
def notices():
    """«Varsler»: the citizen's notices, newest first, and the address they go to by e-mail,
    given or removed by themselves (a notice names no one, and says only that something
    happened)."""
    form, status = NoticeAddressForm(), 200
    if form.validate_on_submit():
        try:
            with get_db().transaction(g.municipality_id) as dbs:
                address = citizens.set_notice_address(dbs, by=g.citizen, email=form.email.data)
        except InvalidInput as error:
            failed_with(form, error)
            status = 400
        else:
            flash(_l("Notices go to this address.") if address else NO_NOTICES, "success")
            return redirect(url_for("citizen.notices"))
    elif form.is_submitted():
        status = 400
    with get_db().reading(g.municipality_id) as dbs:
        page = inbox.citizen_notices(dbs, by=g.citizen, key=notice_key(), page=page_number())
    if not form.is_submitted():
        form.email.data = page.address
    body = render_template(
        "citizen/notices.html", form=form, listing=page.listing, sign_out=SignOutForm()
    )
    return body, status


@bp.get("/innsyn/varsler/<int:notification_id>")
@citizen_required
def open_notice(notification_id: int):
    """Marks the notice read and goes on to its stafettlogg, where reading it is checked
    (and audited) as any reading is: a guardian kept out meets the same 404 as anyone."""
    try:
        with get_db().transaction(g.municipality_id) as dbs:
            case_id = inbox.open_notice(dbs, by=g.citizen, notification_id=notification_id)
    except NotFound:
        abort(404)
    if case_id is None:
        return redirect(url_for("citizen.notices"))
    return redirect(url_for("citizen.show", case_id=case_id))


@bp.get("/innsyn/")
@citizen_required
def mine():
    with get_db().reading(g.municipality_id) as dbs:
        found = citizens.my_stafettlogger(dbs, municipality=g.municipality, by=g.citizen)
    return render_template("citizen/mine.html", found=found, sign_out=SignOutForm())


@bp.get("/innsyn/stafettlogg/<case_id>")
@citizen_required
def show(case_id: str):
    try:
        with get_db().reading(g.municipality_id) as dbs:
            view = citizens.read(dbs, municipality=g.municipality, by=g.citizen, case_id=case_id)
            body = render_template(
                "citizen/show.html",
                view=view,
                kinds=KINDS,
                goal_reached=GOAL_REACHED,
                plan_kinds=PLAN_KINDS,
                service=lambda kind: capitalised(unit_kind(kind)) if kind else "",
                sign_out=SignOutForm(),
            )
    except NotFound:
        abort(404)
    response = current_app.make_response(body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/innsyn/stafettlogg/<case_id>/hvem-har-sett")
@citizen_required
def access_log(case_id: str):
    """Which services and roles have read the case, by day, a month at a time."""
    month = _month(request.args.get("maned", ""))
    try:
        with get_db().transaction(g.municipality_id) as dbs:
            log = portal.read(
                dbs, municipality=g.municipality, by=g.citizen, case_id=case_id, month=month
            )
    except NotFound:
        abort(404)
    body = render_template("citizen/access_log.html", log=log, ways=WAYS, sign_out=SignOutForm())
    return body, 200, {"Cache-Control": "no-store"}


def _month(typed: str) -> date | None:
    """``2026-12`` as the first of that month; anything else is the latest month."""
    try:
        year, month = (int(part) for part in typed.split("-"))
        return date(year, month, 1) if 2000 <= year <= 2100 else None
    except ValueError:
        return None
