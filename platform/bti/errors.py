"""Errors the service layer raises for the user to read.

Messages are lazy, translatable strings: the web layer shows them beside the field (or at the
top of the form), in the user's language.
"""

from __future__ import annotations


class InvalidInput(ValueError):
    """A value a person typed is wrong. ``field`` names the form field, ``message`` says
    why in words the UI can show (a lazy, translatable string)."""

    def __init__(self, field: str, message: object):
        # The message stays lazy: it is rendered where the user's language is known.
        super().__init__(field)
        self.field = field
        self.message = message


class Refused(Exception):
    """The action breaks a rule of the guide (a decision the level does not allow, sharing
    without consent …). ``reason`` is a code for tests and the audit trail, ``message`` the
    translatable text for the user. Nothing was written."""

    def __init__(self, reason: str, message: object):
        super().__init__(reason)
        self.reason = reason
        self.message = message


class NotFound(LookupError):
    """The case does not exist, or the user may not see it: the two look the same."""
