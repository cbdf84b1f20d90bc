"""The base of every form in the platform and its plugins: what any posted text goes through.

* Control characters are stripped from everything posted (NUL and the rest of C0, DEL and
  C1), apart from tab, line feed and carriage return: they cannot be typed, print as
  nothing and break exports, and PostgreSQL refuses a NUL outright. This happens once, as
  the form reads the request (:meth:`FlaskForm.Meta.wrap_formdata`), for every field kind.
* Every free-text field has a length limit: the one it declares with ``Length``, or else
  :data:`SHORT_TEXT` for a line and :data:`LONG_TEXT` for a text area. Longer text gets a
  message beside the field, and the text stays in the form.

``bti.FlaskForm`` is this class, so a municipality's forms get the same; a test walks every
form class and checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import flask_wtf
from werkzeug.datastructures import MultiDict
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length

from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l

#: The most a one-line text field takes (names, places, phone numbers have their own, lower).
SHORT_TEXT = 200
#: The most a text area takes: a stafettlogg entry, minutes, a form's answer.
LONG_TEXT = 20_000
#: A hidden field (a return address, a version) is never typed by a person.
HIDDEN_TEXT = 2_000

TOO_LONG = _l("Use at most %(max)s characters.")

# C0 controls but tab, LF and CR; DEL; C1 controls.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_control_characters(text: str) -> str:
    """``text`` with every control character but tab, line feed and carriage return gone."""
    return CONTROL_CHARACTERS.sub("", text)


def limit(length: int) -> Length:
    """A length limit with the platform's message, for a field whose column is shorter than
    the default."""
    return Length(max=length, message=TOO_LONG)


def _default_limit(field) -> int | None:
    if isinstance(field, TextAreaField):
        return LONG_TEXT
    if isinstance(field, HiddenField):
        return HIDDEN_TEXT
    kind = getattr(field.widget, "input_type", None)
    if type(field) is StringField or kind in ("text", "email", "tel", "password", "search"):
        return SHORT_TEXT
    return None  # a date typed by hand and the like: read by its own parser


def _clean(formdata) -> MultiDict:
    return MultiDict(
        (key, without_control_characters(value) if isinstance(value, str) else value)
        for key in formdata
        for value in formdata.getlist(key)
    )


def options(pairs) -> list[SelectChoice]:
    """Choices as WTForms wants them (``SelectChoice``; its tuples are deprecated and go in
    3.4) from ``(value, label)`` pairs: a service's list, a mapping's ``items()``."""
    return [SelectChoice(value, label) for value, label in pairs]


class FlaskForm(flask_wtf.FlaskForm):
    """Flask-WTF's form, with control characters stripped and free text limited."""

    class Meta(flask_wtf.FlaskForm.Meta):
        def wrap_formdata(self, form, formdata):
            wrapped = super().wrap_formdata(form, formdata)
            return _clean(wrapped) if wrapped is not None else None

        def bind_field(self, form, unbound_field, options):
            field = super().bind_field(form, unbound_field, options)
            # A field that reads its own value into a number (``free_text = False``, e.g. the
            # record's version) is bounded by its own parser, not by a length.
            if not isinstance(field, StringField) or not getattr(field, "free_text", True):
                return field
            if not any(isinstance(v, Length) for v in field.validators):
                length = _default_limit(field)
                if length is not None:
                    field.validators = [*field.validators, limit(length)]
                    field.flags.maxlength = length
            return field


class Forms:
    """The page's forms by key: the one that failed (with what the user typed), or blank."""

    def __init__(self, failed: Mapping[str, FlaskForm] | None = None):
        self.failed = failed or {}

    def form(self, key: str, cls: type[FlaskForm], **kwargs) -> FlaskForm:
        if key in self.failed:
            return self.failed[key]
        return cls(formdata=None, prefix=key, **kwargs)


def failed_with(
    form: FlaskForm, error: InvalidInput, fields: Mapping[str, str] | None = None
) -> None:
    """The service's message beside the field it named, or at the top of the form."""
    name = (fields or {}).get(error.field, error.field)
    target = form._fields.get(name)
    if target is not None and name != "csrf_token":
        target.errors = [str(error.message)]
    else:
        form.form_errors.append(str(error.message))
