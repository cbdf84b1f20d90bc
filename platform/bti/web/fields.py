"""Form field types the web forms share: local dates and times typed in a browser's date
input or by hand, a group of check boxes, and the hidden version of a record edited in
place."""

from __future__ import annotations

from datetime import date, datetime

from wtforms import HiddenField, SelectMultipleField, StringField
from wtforms.widgets import CheckboxInput, DateInput, DateTimeLocalInput, ListWidget

from bti.i18n import lazy_gettext as _l


class _TypedDateField(StringField):
    """Read with the first of ``FORMATS`` that fits; what was typed is shown again when
    none does, with ``MESSAGE``."""

    FORMATS: tuple[str, ...] = ()
    SHOWN: str = ""  # how a stored value is written back into the input
    MESSAGE: object = ""

    def convert(self, parsed: datetime) -> date | datetime:
        return parsed

    def process_formdata(self, valuelist):
        self.raw_data = valuelist
        text = (valuelist[0] if valuelist else "").strip()
        self.data = None
        if not text:
            return
        for pattern in self.FORMATS:
            try:
                self.data = self.convert(datetime.strptime(text, pattern))
                return
            except ValueError:
                continue
        raise ValueError(self.MESSAGE)

    def _value(self):
        if self.raw_data:
            return self.raw_data[0]
        return self.data.strftime(self.SHOWN) if self.data else ""


class LocalDateField(_TypedDateField):
    """A date from a date input (``yyyy-mm-dd``) or typed by hand (``dd.mm.yyyy``)."""

    widget = DateInput()
    FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y")
    SHOWN = "%Y-%m-%d"
    MESSAGE = _l("Write the date as dd.mm.yyyy.")

    def convert(self, parsed: datetime) -> date:
        return parsed.date()


class LocalDateTimeField(_TypedDateField):
    """A local date and time from a ``datetime-local`` input (or typed by hand as
    ``dd.mm.yyyy hh:mm``); naive, for the service to read in the municipality's time zone."""

    widget = DateTimeLocalInput()
    FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M")
    SHOWN = "%Y-%m-%dT%H:%M"
    MESSAGE = _l("Write the date and time as dd.mm.yyyy hh:mm.")


class CheckboxesField(SelectMultipleField):
    """A group of check boxes; ``field()`` in macros/forms.html lays it out as a fieldset."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class VersionField(HiddenField):
    """The version of the record the user started from (see :mod:`bti.services.versions`),
    rendered beside ``csrf_token``. ``data`` is an int, or ``None`` when the form carried
    none or garbage (the service then compares nothing). A form shown again after someone
    else saved carries the version now saved (:func:`bti.web.case_view.respond`)."""

    def process_formdata(self, valuelist):
        text = (valuelist[0] if valuelist else "").strip()
        self.data = int(text) if text.isdigit() and len(text) < 10 else None

    def _value(self):
        return "" if self.data is None else str(self.data)
