"""Jevnaker's help services (filled in by the contacts work)."""

from __future__ import annotations

CONTACTS: tuple = ()
