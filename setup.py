"""Build hook: the wheel carries what a production install cannot make itself.

``pyproject.toml`` holds the project's metadata; this file only extends setuptools'
``build_py`` so that every wheel (and every wheel built from the sdist):

* holds the compiled catalogs (``.mo``), core's and every plugin's, compiled here from the
  committed ``.po`` files with Babel (a build requirement, not a runtime tool); and
* holds Designsystemet's CSS and the Inter font under ``bti/web/static/vendor``, which
  ``make assets`` copies from npm. Node is needed once, where the wheel or sdist is built
  (``make dist``); a build without them stops with a message saying so, rather than
  producing an unstyled app.

An editable install (``pip install -e .``, ``make install``) is left alone: the developer's
``make assets translations`` fill the source tree.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

#: The files a styled page needs, relative to the package ``bti``.
VENDOR_FILES = (
    "web/static/vendor/designsystemet/index.css",
    "web/static/vendor/designsystemet/theme.css",
    "web/static/vendor/inter/inter.css",
)


class BuildWithCatalogsAndAssets(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        build = Path(self.build_lib)
        missing = [name for name in VENDOR_FILES if not (build / "bti" / name).is_file()]
        if missing:
            raise SystemExit(
                "The wheel needs Designsystemet's CSS and the Inter font, which are missing: "
                f"{', '.join(missing)}. Run `make assets` (Node.js 20 and npm) before "
                "building, or build from the sdist `make dist` made."
            )
        compiled = compile_catalogs(build)
        if not compiled:
            raise SystemExit("No translation catalogs (.po) found to compile into the wheel.")


def compile_catalogs(root: Path) -> int:
    """Compile every ``translations/<lang>/LC_MESSAGES/*.po`` under ``root`` beside itself;
    the number compiled. A catalog with errors stops the build."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    count = 0
    for po in sorted(root.glob("*/translations/*/LC_MESSAGES/*.po")):
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parents[1].name)
        errors = [(message.id, err) for message, err in catalog.check() if err]
        if errors:
            raise SystemExit(f"{po}: {errors[0]}")
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        count += 1
    return count


setup(cmdclass={"build_py": BuildWithCatalogsAndAssets})
