"""Every user-facing string is in the catalogs, translated to bokmål and nynorsk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "platform" / "bti" / "translations"


def _catalog(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _ids(catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def test_the_template_holds_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable, "-m", "babel.messages.frontend", "extract",
            "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-k", "lazy_gettext",
            "--no-location", "-o", str(fresh), str(ROOT / "platform" / "bti"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    missing = _ids(_catalog(fresh)) - _ids(_catalog(CORE / "messages.pot"))
    assert not missing, f"run `make extract-messages` and translate: {sorted(missing)}"


@pytest.mark.parametrize("locale", ["nb", "nn"])
def test_every_message_is_translated(locale):
    template = _ids(_catalog(CORE / "messages.pot"))
    catalog = _catalog(CORE / locale / "LC_MESSAGES" / "messages.po")
    untranslated = sorted(m.id for m in catalog if m.id and (not m.string or "fuzzy" in m.flags))
    assert not untranslated, f"untranslated in {locale}: {untranslated}"
    assert template <= _ids(catalog), f"{locale} lacks: {sorted(template - _ids(catalog))}"


def test_placeholders_survive_translation():
    import re

    for locale in ("nb", "nn"):
        for message in _catalog(CORE / locale / "LC_MESSAGES" / "messages.po"):
            if message.id and message.string:
                wanted = set(re.findall(r"%\(\w+\)s", message.id))
                assert set(re.findall(r"%\(\w+\)s", message.string)) == wanted, message.id


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("nb", "Siden finnes ikke"), ("nn", "Sida finst ikkje"), ("en", "Page not found")],
)
def test_pages_speak_the_chosen_language(client, accept, expected):
    assert expected in client.get("/oslo/", headers={"Accept-Language": accept}).get_data(
        as_text=True
    )


def test_the_guide_is_in_bokmal_by_default(make_world):
    """«Eksempel kommune» runs the national model, whose message ids are English."""
    deployment = make_world().deployment
    deployment.database()  # migrated
    page = deployment.start().test_client().get("/eksempel/").get_data(as_text=True)
    assert "Identifisering og avklaring" in page
    assert "Eksempel kommune" in page
