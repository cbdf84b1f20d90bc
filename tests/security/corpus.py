"""The fixed corpus of hostile text (``payloads.txt``) and what the platform must make of
it: the text as typed, without control characters (bar tab, LF, CR), without surrounding
white space (the services strip it), shown escaped."""

from __future__ import annotations

import html
import re
from pathlib import Path

from bti.web.forms import without_control_characters

PAYLOADS_FILE = Path(__file__).with_name("payloads.txt")


def _read(line: str) -> str:
    if line.startswith("esc:"):
        # Python escapes, around any non-ASCII letters written as they are.
        return line[4:].encode("latin-1", "backslashreplace").decode("unicode_escape")
    return line


PAYLOADS: list[str] = [
    _read(line)
    for line in PAYLOADS_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def stored(payload: str) -> str:
    """What a service keeps of ``payload`` typed into a text field."""
    return without_control_characters(payload).strip()


MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]")


def has_markup(text: str) -> bool:
    """Whether ``text`` would open or close an element if a page took it raw."""
    return bool(MARKUP.search(text))


def shown_escaped(text: str, page: str) -> bool:
    """Whether every line of ``text`` appears on ``page`` escaped as Jinja escapes it."""
    lines = [line.strip() for line in re.split(r"\r\n|\r|\n|\u2028|\u2029", text)]
    return all(_jinja_escape(line) in page for line in lines if line)


def _jinja_escape(text: str) -> str:
    # markupsafe: & < > " ' as &amp; &lt; &gt; &#34; &#39;
    return html.escape(text, quote=False).replace('"', "&#34;").replace("'", "&#39;")
