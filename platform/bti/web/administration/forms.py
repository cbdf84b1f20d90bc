"""The forms of the administration pages."""

from __future__ import annotations

from wtforms import BooleanField, EmailField, SelectField, StringField
from wtforms.validators import InputRequired

from bti.i18n import lazy_gettext as _l
from bti.labels import ROLES, UNIT_KINDS, capitalised
from bti.web.forms import FlaskForm, limit, options
from bti.web.teams.forms import CHOOSE, int_or_none


def kind_choices():
    return options(
        [("", CHOOSE), *((k.value, capitalised(label)) for k, label in UNIT_KINDS.items())]
    )


def role_choices():
    return options([("", CHOOSE), *((r.value, capitalised(label)) for r, label in ROLES.items())])


def unit_options(units: list[tuple[int, str]]):
    return options([("", CHOOSE), *units])


class EmptyForm(FlaskForm):
    """A button that posts (remove, deactivate …): only the form token."""


class UnitForm(FlaskForm):
    name = StringField(
        _l("Name of the unit"),
        validators=[InputRequired(message=_l("Write the unit's name.")), limit(160)],
    )
    kind = SelectField(_l("Kind of unit"), choices=[], validate_choice=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = kind_choices()


class StaffForm(FlaskForm):
    """The name and e-mail of an account, and whether it must use the second factor."""

    display_name = StringField(
        _l("Name"),
        validators=[InputRequired(message=_l("Write the person's name.")), limit(160)],
        render_kw={"autocomplete": "off"},
    )
    email = EmailField(_l("Work e-mail (optional)"), validators=[limit(254)])
    totp_required = BooleanField(_l("Must sign in with a second factor (code from an app)"))


class NewStaffForm(FlaskForm):
    username = StringField(
        _l("Username"),
        validators=[InputRequired(message=_l("Write a username.")), limit(120)],
        render_kw={"autocapitalize": "none", "spellcheck": "false", "autocomplete": "off"},
    )
    display_name = StringField(
        _l("Name"),
        validators=[InputRequired(message=_l("Write the person's name.")), limit(160)],
        render_kw={"autocomplete": "off"},
    )
    email = EmailField(_l("Work e-mail (optional)"), validators=[limit(254)])
    unit_id = SelectField(_l("Unit"), coerce=int_or_none, validate_choice=False, choices=[])
    role = SelectField(_l("Role"), choices=[], validate_choice=False)
    subject = StringField(
        _l("Sign-in identity from the identity provider (optional)"), validators=[limit(255)]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.role.choices = role_choices()


class RoleForm(FlaskForm):
    unit_id = SelectField(_l("Unit"), coerce=int_or_none, validate_choice=False, choices=[])
    role = SelectField(_l("Role"), choices=[], validate_choice=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.role.choices = role_choices()


class IdentityForm(FlaskForm):
    subject = StringField(
        _l("Sign-in identity from the identity provider"),
        validators=[
            InputRequired(message=_l("Write the value of the sign-in identity.")),
            limit(255),
        ],
        render_kw={"autocapitalize": "none", "spellcheck": "false", "autocomplete": "off"},
    )
