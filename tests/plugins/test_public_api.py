"""Plugins import only the public API that ``bti`` re-exports.

Every ``.py`` file under ``plugins/`` is parsed; ``import bti`` and ``from bti import X``
are allowed, anything from a submodule (``from bti.guide import Level``,
``import bti.web.fields``) is not. A failure names the file, the line and the import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import bti
from bti import hookspecs

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "plugins"


def private_imports(source: str) -> list[tuple[int, str]]:
    """``(line, module)`` for every import of a ``bti`` submodule in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        found += [(node.lineno, m) for m in modules if m.startswith("bti.")]
    return found


def test_plugins_import_only_what_bti_exports():
    files = sorted(PLUGINS.rglob("*.py"))
    assert files, f"no plugin modules found under {PLUGINS}"
    offences = [
        f"{path.relative_to(ROOT)}:{line}: imports {module}; import it from bti instead"
        for path in files
        for line, module in private_imports(path.read_text(encoding="utf-8"))
    ]
    assert not offences, "\n".join(offences)


def test_the_check_sees_every_kind_of_private_import():
    source = (
        "from bti import hookimpl\n"
        "import bti\n"
        "from bti.guide import Level\n"
        "import bti.web.fields as fields\n"
        "def later():\n"
        "    from bti.i18n import lazy_gettext\n"
        "from bti_vestby.levels import LEVELS\n"
    )
    assert private_imports(source) == [(3, "bti.guide"), (4, "bti.web.fields"), (6, "bti.i18n")]


def test_every_exported_name_exists():
    missing = [name for name in bti.__all__ if not hasattr(bti, name)]
    assert not missing, f"bti.__all__ names what bti does not have: {missing}"
    assert len(bti.__all__) == len(set(bti.__all__)), "bti.__all__ names something twice"


def test_bti_exports_every_value_a_hook_returns():
    # The guide types, the configuration, the youth rule and the refusal are what plugins
    # build and return; the models (Case, Consent …) they only receive, so those stay inside.
    tree = ast.parse(Path(hookspecs.__file__).read_text(encoding="utf-8"))
    returned = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module in ("bti.guide", "bti.config", "bti.errors", "bti.rules.consent")
        for alias in node.names
    }
    assert returned, "hookspecs.py names no guide types any more; update this test"
    missing = sorted(returned - set(bti.__all__))
    assert not missing, f"hooks use types bti does not export: {missing}"
    assert "hookimpl" in bti.__all__
