"""Errors the service layer raises for the user to read."""

from __future__ import annotations


class InvalidInput(ValueError):
    """A value a person typed is wrong. ``field`` names the form field, ``message`` says
    why in words the UI can show (a lazy, translatable string)."""

    def __init__(self, field: str, message: object):
        super().__init__(str(message))
        self.field = field
        self.message = message
