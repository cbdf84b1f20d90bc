"""Form field types the web forms share: local dates and times typed in a browser's date
input or by hand, a group of check boxes, and the hidden version of a record edited in
place; and the bounds of every number a URL or a form carries (:data:`MAX_ID`,
:data:`MAX_PAGE`), so a number out of range is a 404 or a 400, never a database error."""

from __future__ import annotations

from datetime import date, datetime

from flask import abort, request
from werkzeug.routing import IntegerConverter
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

    #: Not free text: read by :func:`whole_number`, so no length limit (see bti.web.forms).
    free_text = False

    def process_formdata(self, valuelist):
        text = (valuelist[0] if valuelist else "").strip()
        self.data = whole_number(text, low=0)

    def _value(self):
        return "" if self.data is None else str(self.data)


# ---------------------------------------------------------------------------------------------
# Numbers in URLs and forms
# ---------------------------------------------------------------------------------------------

#: The largest id a URL or a form may name: ids are PostgreSQL integers.
MAX_ID = 2**31 - 1
#: The last page of a paged list one may ask for; beyond it is «not found».
MAX_PAGE = 10_000


class IdConverter(IntegerConverter):
    """Werkzeug's ``<int:…>`` bounded to an id: 1 to :data:`MAX_ID`, ASCII digits only, so a
    longer number matches no route (404) instead of overflowing the database."""

    def __init__(self, url_map, fixed_digits=0, min=1, max=MAX_ID, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def page_number(name: str = "side") -> int:
    """The page asked for in the query string (1 when none); 404 for anything but a whole
    number from 1 to :data:`MAX_PAGE`."""
    text = request.args.get(name)
    if text is None or text == "":
        return 1
    number = whole_number(text, high=MAX_PAGE)
    if number is None:
        abort(404)
    return number


def query_number(name: str, *, low: int = 0, high: int) -> int | None:
    """A whole number from ``low`` to ``high`` in the query string, or ``None`` when it is
    not there; 400 for anything else."""
    text = request.args.get(name)
    if text is None or text == "":
        return None
    number = whole_number(text, low=low, high=high)
    if number is None:
        abort(400)
    return number


def whole_number(text: str | None, *, low: int = 1, high: int = MAX_ID) -> int | None:
    """``text`` as a whole number from ``low`` to ``high`` (ASCII digits only: ``"²"`` is a
    digit to Python but no number), else ``None``."""
    text = (text or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > len(str(high)):
        return None
    number = int(text)
    return number if low <= number <= high else None


def an_id(value) -> int:
    """``coerce`` for a choice of ids: an id in range, else ``ValueError`` (which the field
    reports as an invalid choice)."""
    if isinstance(value, int) and 1 <= value <= MAX_ID:
        return value
    number = whole_number(value if isinstance(value, str) else None)
    if number is None:
        raise ValueError("not an id")
    return number
