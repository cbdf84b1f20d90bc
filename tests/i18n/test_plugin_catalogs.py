"""A plugin's own catalogs (``bti_*/translations``): every string it wraps is in its template,
translated into every language the platform offers besides the one it is written in, and its
municipality's pages use them.

A plugin writes its strings in its municipality's language (Vestby: bokmål), so it has no
catalog for that language: an untranslated msgid is shown as it stands, in bokmål.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from markupsafe import escape

from bti import i18n

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_TRANSLATIONS = sorted(ROOT.glob("plugins/*/bti_*/translations"))
TRANSLATED_INTO = ("nn", "en")
PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sdifr]")


def _catalog(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _key(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _ids(catalog) -> set[str]:
    return {_key(m) for m in catalog if m.id}


def _strings(value) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value or ())


def _untranslated(catalog) -> list[str]:
    return sorted(
        _key(m)
        for m in catalog
        if m.id and (not all(_strings(m.string)) or not m.string or "fuzzy" in m.flags)
    )


def _plugin_id(translations: Path) -> str:
    return translations.parent.name


def test_the_vestby_plugin_has_catalogs():
    assert ROOT / "plugins/vestby/bti_vestby/translations" in PLUGIN_TRANSLATIONS


@pytest.mark.parametrize("translations", PLUGIN_TRANSLATIONS, ids=_plugin_id)
def test_the_template_holds_every_string_in_the_plugin(tmp_path, translations):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable, "-m", "babel.messages.frontend", "extract",
            "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-k", "lazy_gettext",
            "--no-location", "-o", str(fresh), str(translations.parent),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    missing = _ids(_catalog(fresh)) - _ids(_catalog(translations / "messages.pot"))
    assert not missing, f"run `make extract-messages` and translate: {sorted(missing)}"


@pytest.mark.parametrize("locale", TRANSLATED_INTO)
@pytest.mark.parametrize("translations", PLUGIN_TRANSLATIONS, ids=_plugin_id)
def test_every_plugin_message_is_translated(translations, locale):
    po = translations / locale / "LC_MESSAGES" / "messages.po"
    assert po.is_file(), f"{po.relative_to(ROOT)} is missing"
    template = _ids(_catalog(translations / "messages.pot"))
    catalog = _catalog(po)
    assert template <= _ids(catalog), f"{locale} lacks: {sorted(template - _ids(catalog))}"
    untranslated = _untranslated(catalog)
    assert not untranslated, f"untranslated or fuzzy in {locale}: {untranslated}"


@pytest.mark.parametrize("locale", TRANSLATED_INTO)
@pytest.mark.parametrize("translations", PLUGIN_TRANSLATIONS, ids=_plugin_id)
def test_plugin_placeholders_survive_translation(translations, locale):
    for message in _catalog(translations / locale / "LC_MESSAGES" / "messages.po"):
        if not message.id:
            continue
        wanted = sorted(PLACEHOLDER.findall(" ".join(_strings(message.id))))
        for string in _strings(message.string):
            if string:
                assert sorted(PLACEHOLDER.findall(string)) == wanted, message.id


# Vestby's texts as its pages show them in each language: level 0 and when to call Follo
# barnevernsvakt.
VESTBY = {
    "nb": (
        "Tidlig identifisering og avklaring på eget tjenestested",
        "Etter kl. 15.00, og når barnevernstjenesten er stengt.",
    ),
    "nn": (
        "Tidleg identifisering og avklaring på eigen tenestestad",
        "Etter kl. 15.00, og når barnevernstenesta er stengd.",
    ),
    "en": (
        "Early identification and clarification in your own service",
        "After 15.00, and whenever the barnevern office is closed.",
    ),
}


@pytest.mark.parametrize("locale", sorted(VESTBY))
def test_vestby_text_is_in_the_chosen_language(make_app, locale):
    app = make_app()
    vestby = app.extensions["bti"]["vestby"]
    with app.test_request_context("/vestby/", headers={"Accept-Language": locale}):
        i18n.use_domain(i18n.municipality_domain(vestby.translation_dirs))
        assert str(vestby.level(0).name) == VESTBY[locale][0]
        (follo,) = (c for c in vestby.contacts if c.phone == "917 19 615")
        assert str(follo.when_to_use) == VESTBY[locale][1]


@pytest.mark.parametrize("locale", sorted(VESTBY))
def test_vestby_page_is_in_the_chosen_language(client, locale):
    page = client.get("/vestby/", headers={"Accept-Language": locale})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for text in VESTBY[locale]:
        assert str(escape(text)) in html
    for other, texts in VESTBY.items():
        if other != locale:
            for text in texts:
                assert str(escape(text)) not in html, f"{other} text on the {locale} page"
