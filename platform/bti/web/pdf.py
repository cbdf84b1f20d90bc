"""HTML to PDF through WeasyPrint, for the printouts (:mod:`bti.web.panels.printable`).

WeasyPrint is imported when the first PDF is made, not when the app starts: importing it
(with Pango, Cairo's bindings and fontTools) takes longer than the rest of the start-up.

What cost most in a render was loading the fonts: each ``@font-face`` of the Inter
stylesheet is a woff2 file that WeasyPrint decompresses and hands to Fontconfig, anew for
every document. Each thread keeps one :class:`weasyprint.text.fonts.FontConfiguration`,
with the faces loaded into it, and the print stylesheets parsed (:data:`PRINT_STYLESHEETS`)
from its first PDF on; per thread, because Fontconfig and Pango objects are not to be
shared between threads. The stylesheets and
fonts are read from the package's static folder on disk (:func:`static_files`), never over
HTTP from the app itself.
"""

from __future__ import annotations

import atexit
import mimetypes
import threading
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

_local = threading.local()


#: The print stylesheets, under the static folder: the PDF's template (``print/base.html``)
#: leaves them out, and :func:`render` gives them to WeasyPrint already parsed.
PRINT_STYLESHEETS = ("vendor/inter/inter.css", "print.css")


def render(
    html: str, *, base_url: str, static_folder: str, static_url_path: str, script_root: str = ""
) -> bytes:
    """``html`` as a PDF with :data:`PRINT_STYLESHEETS`; its ``/static/...`` links are read
    from ``static_folder``."""
    from weasyprint import HTML

    fetcher = static_files()(static_folder, static_url_path, script_root)
    static_url = base_url.rstrip("/") + static_url_path.rstrip("/") + "/"
    fonts, sheets = _prepared(static_url, fetcher)
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
        stylesheets=sheets, font_config=fonts
    )


def _prepared(static_url: str, fetcher) -> tuple:
    """This thread's font configuration and parsed print stylesheets (their fonts loaded
    into it), made at its first PDF. The stylesheets are files of the package: they change
    only with a new version, which starts new processes."""
    prepared = getattr(_local, "prepared", None)
    if prepared is None or prepared[0] != static_url:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fonts = FontConfiguration()
        sheets = [
            CSS(url=static_url + name, url_fetcher=fetcher, font_config=fonts)
            for name in PRINT_STYLESHEETS
        ]
        if not hasattr(_local, "prepared"):
            atexit.register(_forget)
        prepared = _local.prepared = (static_url, fonts, sheets)
    return prepared[1], prepared[2]


def _forget() -> None:
    """Drop the main thread's fonts while the interpreter can still remove their
    temporary folder (at exit, WeasyPrint's clean-up would find its helpers gone)."""
    _local.__dict__.pop("prepared", None)


@cache
def static_files() -> type:
    """The URL fetcher class (WeasyPrint's base class is only there once it is imported)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFiles(URLFetcher):
        """Serves ``/static/...`` from the package's static folder and refuses everything
        else, so WeasyPrint never asks the app (or anyone) over the network."""

        def __init__(self, static_folder: str, static_url_path: str, script_root: str = ""):
            super().__init__(allowed_protocols=())
            self.root = Path(static_folder).resolve()
            self.prefix = script_root.rstrip("/") + static_url_path.rstrip("/") + "/"

        def fetch(self, url, headers=None):
            path = unquote(urlsplit(url).path)
            if not path.startswith(self.prefix):
                raise ValueError("only the app's static files are fetched")
            target = (self.root / path.removeprefix(self.prefix)).resolve()
            if not target.is_relative_to(self.root) or not target.is_file():
                raise ValueError("no such static file")
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, target.read_bytes(), {"Content-Type": kind})

    return StaticFiles
