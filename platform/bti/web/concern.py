"""A new concern: «Er situasjonen akutt?», then the acute report or the normal concern.

The first page asks whether the situation is acute and shows the municipality's numbers to
call now. The acute branch records the report to barnevern at once (the guardians are not
involved); the normal branch records the concern with the support questions. Both open a
case at level 0 about a child from one of the user's own units, found by a search in the
form (its «Søk» button shows the form again with the children found, keeping what was
typed) — or a child registered in the same form, in the same transaction as the case. The
service refuses a person outside the municipality's target group; its message goes beside
the birth date (a new child) or the choice of child.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from pydantic import ValidationError as PydanticError
from wtforms import BooleanField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, StopValidation

from bti import clock
from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.guide_text import target_group_text
from bti.i18n import gettext as _
from bti.i18n import lazy_gettext as _l
from bti.models import Subject, SubjectCreate, SubjectKind
from bti.rules.access import Actor
from bti.rules.identity import check_subject_dates
from bti.services import subjects
from bti.services.cases import open_concern
from bti.web.auth import staff_required
from bti.web.contacts import contacts_now
from bti.web.fields import LocalDateField, whole_number
from bti.web.forms import FlaskForm, limit

bp = Blueprint("concern", __name__)

NEW = "ny"  # the child-choice value for "not in the list: register the child below"
SEARCH = "sok"  # the name of the form's search button
YES, NO = "ja", "nei"

# The service's field names (``InvalidInput.field``) and the form's.
FIELD_NAMES = {"unit_id": "unit", "subject_id": "subject", "recipient": "report_recipient"}
LONG_TEXT = _l("Use at most %(max)s characters.")


def _not_in_future(form, field):
    if field.data and field.data > clock.today(g.municipality):
        raise StopValidation(_l("The date cannot be in the future."))


class StartForm(FlaskForm):
    acute = RadioField(
        _l("Is the situation acute?"),
        choices=[SelectChoice(YES, _l("Yes")), SelectChoice(NO, _l("No"))],
        invalid_choice_message=_l("Answer first whether the situation is acute."),
    )


class ConcernForm(FlaskForm):
    """The unit and the child: the part both branches share."""

    unit = SelectField(
        _l("Your unit"),
        choices=[],
        validators=[InputRequired(message=_l("Choose the unit you work in."))],
        invalid_choice_message=_l("Choose the unit you work in."),
    )
    subject = SelectField(
        _l("The child or youth"),
        choices=[],
        validators=[InputRequired(message=_l("Choose the child or youth the concern is about."))],
        invalid_choice_message=_l("Choose the child or youth the concern is about."),
    )
    find = StringField(
        _l("Find the child or youth"),
        [limit(60)],
        render_kw={"autocomplete": "off", "type": "search"},
    )
    given_name = StringField(_l("Given name"), [limit(120)], render_kw={"autocomplete": "off"})
    family_name = StringField(_l("Family name"), [limit(120)], render_kw={"autocomplete": "off"})
    birth_date = LocalDateField(_l("Birth date"))
    fodselsnummer = StringField(
        _l("National identity number (optional)"),
        render_kw={"autocomplete": "off", "inputmode": "numeric"},
    )

    new_subject: SubjectCreate | None = None
    allow_synthetic = False

    def searching(self) -> bool:
        """The user pressed «Søk»: show the children found, register nothing."""
        return self.is_submitted() and SEARCH in request.form

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        self.new_subject = None
        if self.subject.data != NEW:
            return valid
        data = {
            "kind": SubjectKind.BARN,
            "given_name": (self.given_name.data or "").strip(),
            "family_name": (self.family_name.data or "").strip(),
            "birth_date": self.birth_date.data,
            "fodselsnummer": (self.fodselsnummer.data or "").strip() or None,
        }
        if self.birth_date.errors:
            data.pop("birth_date")  # already explained beside the field
        try:
            subject = SubjectCreate.model_validate(
                data, context={"allow_synthetic_fodselsnummer": self.allow_synthetic}
            )
        except PydanticError as error:
            found = _subject_errors(error)
            if not self.birth_date.errors and all(name != "birth_date" for name, _m in found):
                # The model checks the dates only once the names are valid: say it now.
                try:
                    check_subject_dates(
                        kind=SubjectKind.BARN,
                        birth_date=self.birth_date.data,
                        due_date=None,
                        fodselsnummer=None,
                    )
                except InvalidInput as invalid:
                    found.append((invalid.field, invalid.message))
            for name, message in found:
                if name != "birth_date" or not self.birth_date.errors:
                    show_error(self, name, message)
            return False
        if not valid:
            return False
        self.new_subject = subject
        return True


def _subject_errors(error: PydanticError) -> list[tuple[str, object]]:
    """The pydantic errors of :class:`SubjectCreate` as (field, message) for a person."""
    found = []
    for item in error.errors():
        cause = (item.get("ctx") or {}).get("error")
        if isinstance(cause, InvalidInput):
            found.append((cause.field, cause.message))
            continue
        name = str(item["loc"][0]) if item.get("loc") else ""
        if item["type"] == "string_too_long":
            found.append((name, LONG_TEXT % {"max": item["ctx"]["max_length"]}))
        elif name == "given_name":
            found.append((name, _l("Write the child's given name.")))
        elif name == "family_name":
            found.append((name, _l("Write the child's family name.")))
        elif name == "birth_date":
            found.append((name, _l("Give the birth date.")))
        else:
            found.append((name, _l("Check this value.")))
    return found


class NormalForm(ConcernForm):
    concern = TextAreaField(
        _l("What are you worried about?"),
        validators=[InputRequired(message=_l("Describe what you are worried about."))],
        render_kw={"rows": 4},
    )
    seen_or_heard = TextAreaField(_l("What have you seen or heard?"), render_kw={"rows": 3})
    child_said_or_did = TextAreaField(
        _l("What has the child or youth said or done?"), render_kw={"rows": 3}
    )
    worried_for = StringField(
        _l("How long have you been worried?"),
        validators=[Optional(), Length(max=200, message=LONG_TEXT)],
    )
    earlier_concerns = TextAreaField(
        _l("Have there been earlier concerns about the child or youth?"), render_kw={"rows": 3}
    )
    concern_arose_on = LocalDateField(
        _l("When did the concern arise?"), validators=[Optional(), _not_in_future]
    )


class AcuteForm(ConcernForm):
    concern = TextAreaField(
        _l("Describe the situation briefly"),
        validators=[InputRequired(message=_l("Describe what you are worried about."))],
        render_kw={"rows": 4},
    )
    report_recipient = StringField(
        _l("Who at barnevern received the report?"),
        validators=[
            InputRequired(message=_l("Say who at barnevern received the report.")),
            Length(max=160, message=LONG_TEXT),
        ],
    )
    police_notified = BooleanField(_l("The police have been notified"))


def show_error(form: FlaskForm, name: str, message: object) -> None:
    """Put a message beside the field the service (or the model) named; one about no field
    of the form goes to the top of the form."""
    field = form._fields.get(FIELD_NAMES.get(name, name))
    text = str(message)
    if field is None or field.type == "CSRFTokenField":
        form.form_errors.append(text)
    else:
        field.errors = [*field.errors, text]


# -- pages --------------------------------------------------------------------------------------


@bp.route("/ny-bekymring", methods=["GET", "POST"])
@staff_required
def start():
    form = StartForm()
    if form.validate_on_submit():
        branch = "concern.acute" if form.acute.data == YES else "concern.normal"
        return redirect(url_for(branch))
    return render_template("concern/start.html", form=form, contacts=contacts_now())


@bp.route("/ny-bekymring/akutt", methods=["GET", "POST"])
@staff_required
def acute():
    return _concern_page(AcuteForm(), acute=True, template="concern/acute.html")


@bp.route("/ny-bekymring/skjema", methods=["GET", "POST"])
@staff_required
def normal():
    return _concern_page(NormalForm(), acute=False, template="concern/normal.html")


def _concern_page(form: ConcernForm, *, acute: bool, template: str):
    form.allow_synthetic = current_app.config.get("BTI_ENV") != "production"
    # Whom the guide covers, said before the service has to refuse anyone.
    form.birth_date.description = target_group_text(g.municipality.profile)
    try:
        # One user action, one transaction: the new child (if any) and the case together,
        # or nothing at all.
        with get_db().for_request(g.municipality_id) as session:
            try:
                actor = g.signed_in.actor(session)
            except NotFound:
                abort(404)
            found = _offer_choices(session, form, actor)
            if form.searching():
                form.csrf_token.validate(form)
            elif form.validate_on_submit():
                case = _open(session, form, actor, acute=acute)
                flash(
                    _l("The concern has been reported to barnevern.")
                    if acute
                    else _l("The concern is registered."),
                    "success",
                )
                # Straight to the new case: its next steps (consent, people) are there.
                return redirect(url_for("case.show", case_id=case.id))
    except InvalidInput as error:
        show_error(form, error.field, error.message)
    except Refused as error:
        form.form_errors.append(str(error.message))
    # The acute page shows whom to call now, as the first page does.
    return render_template(
        template, form=form, found=found, contacts=contacts_now() if acute else ()
    )


def _offer_choices(session, form: ConcernForm, actor: Actor) -> subjects.ConcernChoices:
    """The user's own units, and of the children registered at them only the one chosen and
    those found by the search."""
    chosen = form.subject.data if form.is_submitted() else None
    choices = subjects.concern_choices(
        session,
        by=actor,
        search=(form.find.data or "") if form.is_submitted() else "",
        chosen=whole_number(chosen) if chosen != NEW else None,
    )
    form.unit.choices = [SelectChoice(str(unit.id), unit.name) for unit in choices.units]
    if len(choices.units) == 1 and not form.unit.data:
        form.unit.data = str(choices.units[0].id)
    elif len(choices.units) > 1:
        form.unit.choices.insert(0, SelectChoice("", _("Choose the unit")))
    form.subject.choices = [
        SelectChoice("", _("Choose the child or youth")),
        *(SelectChoice(str(s.id), _subject_label(s)) for s in choices.subjects),
        SelectChoice(NEW, _("Not in the list: register the child below")),
    ]
    return choices


def _subject_label(subject: Subject) -> str:
    name = f"{subject.given_name} {subject.family_name}"
    born = subject.birth_date or subject.due_date
    return _("%(name)s, born %(year)s", name=name, year=born.year) if born else name


def _open(session, form: ConcernForm, actor: Actor, *, acute: bool):
    # A new child goes to the service with the case: it registers the child only if the
    # concern may be opened (the target group), in the same transaction.
    if form.subject.data == NEW:
        details = {"new_subject": form.new_subject}
    else:
        details = {"subject_id": int(form.subject.data)}
    details["concern"] = form.concern.data or ""
    if acute:
        details.update(
            report_recipient=form.report_recipient.data or "",
            police_notified=bool(form.police_notified.data),
        )
    else:
        details.update(
            seen_or_heard=form.seen_or_heard.data or "",
            child_said_or_did=form.child_said_or_did.data or "",
            worried_for=form.worried_for.data or "",
            earlier_concerns=form.earlier_concerns.data or "",
            concern_arose_on=form.concern_arose_on.data,
        )
    return open_concern(
        session,
        municipality=g.municipality,
        by=actor,
        unit_id=int(form.unit.data),
        acute=acute,
        **details,
    )
