"""Nynorsk as Språkrådet writes it, in the core's catalog and every plugin's: no bokmål-only
words, «bekymring» and «bekymringsmelding» (the municipalities' own terms, in nynorsk too)
rather than «uro» and «uromelding», and «ungdomen», never «ungdommen».

«Uro» stays only where the guide itself says it (Vestby's «Uro/bekymring/dårlig
magefølelse»): in a translation whose source has the word as well.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = [
    ROOT / "platform/bti/translations/nn/LC_MESSAGES/messages.po",
    *sorted(ROOT.glob("plugins/*/bti_*/translations/nn/LC_MESSAGES/messages.po")),
]

#: Bokmål forms a nynorsk text never has (nynorsk: ikkje, kva, korleis, kven, viss,
#: kva for, kvar, eining, teneste, føresette, dagleg, berre, frå, vart, vere, gjere,
#: opplysningar, avgjerd, ungdomen …).
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvordan|hvem|hvis|hvilke|hvilken|hvor|hver|hvert|enhet\w*|tjeneste\w*"
    r"|foresatte\w*|daglig\w*|bare|noen|mye|selv|fra|ble|være|vært|gjøre|uten|jeg|meg"
    r"|tidligere|opplysninger|beslutning\w*|mulig|nødvendig|skriftlig|ungdommen\w*)\b",
    re.IGNORECASE,
)
URO = re.compile(r"\buro\w*", re.IGNORECASE)


def messages():
    for path in CATALOGS:
        for message in read_po(path.open("rb")):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                yield path.relative_to(ROOT), " ".join(ids), text


def test_there_are_nynorsk_catalogs():
    assert len(CATALOGS) >= 2 and all(path.exists() for path in CATALOGS)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-5])
def test_no_bokmal_only_words(path):
    found = [
        f"{BOKMAL_ONLY.findall(text)}: {text[:90]}"
        for where, _id, text in messages()
        if where == path.relative_to(ROOT) and BOKMAL_ONLY.search(text)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-5])
def test_a_concern_is_a_bekymring_not_an_uro(path):
    found = [
        f"{URO.findall(text)}: {text[:90]}"
        for where, msgid, text in messages()
        if where == path.relative_to(ROOT) and URO.search(text) and not URO.search(msgid)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Kva er du uroa for?", "uro"),
        ("Send uromelding til barnevernet.", "uro"),
        ("Barnet eller ungdommen", "bokmål"),
        ("Foresatte blir ikke inviterte.", "bokmål"),
        ("Kva er du bekymra for? Ungdomen og dei føresette.", None),
    ],
)
def test_the_checks_catch_what_they_should(text, wrong):
    assert bool(URO.search(text)) == (wrong == "uro")
    assert bool(BOKMAL_ONLY.search(text)) == (wrong == "bokmål")
