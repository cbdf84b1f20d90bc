"""Jevnaker's demo cases (filled in by the demo work)."""

from __future__ import annotations

STORIES: tuple = ()
