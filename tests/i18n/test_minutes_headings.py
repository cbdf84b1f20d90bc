"""The headings of the minutes the platform proposes (the held-form's parts, the demo's
agenda) read in the reader's language, in whichever language they were written; a heading
someone typed stays as typed."""

from __future__ import annotations

import pytest

from bti.labels import minutes_heading


@pytest.mark.parametrize(
    ("written", "locale", "read"),
    [
        ("Barnets stemme", "nn", "Barnet si stemme"),
        ("Barnets stemme", "en", "The child's voice"),
        ("Barnet si stemme", "nb", "Barnets stemme"),
        ("Veien videre", "nn", "Vegen vidare"),
        ("Mål og tiltak", "en", "Goals and measures"),
        ("Hva ble drøftet", "nn", "Kva vart drøfta"),
        ("What was agreed", "nb", "Hva ble avtalt"),
        ("Skolevegring", "nn", "Skolevegring"),  # typed by someone: as typed
    ],
)
def test_a_proposed_heading_reads_in_the_readers_language(app, written, locale, read):
    with app.test_request_context(headers={"Accept-Language": locale}):
        assert str(minutes_heading(written)) == read
