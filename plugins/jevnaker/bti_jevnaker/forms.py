"""Jevnaker's forms (filled in by the forms work)."""

from __future__ import annotations

VARIANTS: dict = {}
