"""The meta-test: every hook spec is documented and has its test.

For each function in :mod:`bti.hookspecs` whose name starts with ``bti_`` the docstring must
say what to return (``:return:``; for ``bti_on_*`` events, that return values are ignored;
for ``firstresult`` hooks, what ``None`` means), document every parameter (``:param name:``),
state the calling rule that matches the spec ("First non-None result wins", "Results are
concatenated", "Every implementation is called") and name the default; and
``tests/plugins/test_hooks.py`` must have a test named ``test_<hookname>``. A failure names
the hook and lists everything that is missing.

Every spec must also be used in production: implemented under ``platform/bti/defaults/`` or
``plugins/`` and called by the product (``platform/bti/``, plugins and templates; tests do
not count), unless its docstring has a line starting ``Provisional:`` that names the issue
that will use it. The scan is static and errs towards "used"; see :func:`called_hooks`.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bti import hookspecs
from bti.hookspecs import hookspec
from bti.plugins import build_plugin_manager

HOOK_TESTS = Path(__file__).with_name("test_hooks.py")
ROOT = Path(__file__).resolve().parents[2]
PROVISIONAL = re.compile(r"^Provisional: .*\bissue \d+", re.MULTILINE | re.DOTALL)


def spec_names() -> list[str]:
    return sorted(
        name
        for name, obj in vars(hookspecs).items()
        if name.startswith("bti_") and inspect.isfunction(obj)
    )


def hook_test_names(path: Path = HOOK_TESTS) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def calling_rule(name: str, firstresult: bool) -> str:
    """The sentence the docstring must contain, lower-case, without backticks."""
    if firstresult:
        return "first non-none result wins"
    if name.startswith("bti_on_"):
        return "every implementation is called"
    return "concatenated"


def problems(name: str, spec: Callable[..., object], tests: set[str]) -> list[str]:
    """Everything wrong with one hook spec, in words; empty when it is fine."""
    found: list[str] = []
    if f"test_{name}" not in tests:
        found.append(f"has no test named test_{name} in {HOOK_TESTS.name}")

    options = getattr(spec, "bti_spec", None)
    if options is None:
        return [*found, "is not marked with @hookspec"]
    firstresult = bool(options.get("firstresult"))
    is_event = name.startswith("bti_on_")
    if firstresult and (is_event or name.startswith("bti_register_")):
        found.append("is firstresult, but its name says its results are collected")
    if not firstresult and not (is_event or name.startswith("bti_register_")):
        found.append("is named like a single answer (bti_<thing>) but is not firstresult")

    doc = inspect.getdoc(spec)
    if not doc:
        return [*found, "has no docstring"]
    # Compare words, not markup: ``None`` and a line break inside a sentence must not matter.
    text = " ".join(doc.replace("`", "").split())
    lower = text.lower()

    if is_event:
        if "return values are ignored" not in lower:
            found.append("does not say that return values are ignored")
    elif ":return:" not in doc:
        found.append("does not describe its return value (:return:)")
    elif firstresult and "none" not in _return_section(text).lower():
        found.append("does not say what returning None means")

    rule = calling_rule(name, firstresult)
    if rule not in lower:
        found.append(f"does not state its calling rule ({rule!r})")
    if not re.search(r"\bDefault\b", text):
        found.append("does not say which built-in provides the default (or that none does)")

    parameters = set(inspect.signature(spec).parameters)
    for parameter in sorted(parameters):
        if f":param {parameter}:" not in doc:
            found.append(f"does not document its parameter {parameter!r} (:param {parameter}:)")
    for documented in re.findall(r":param (\w+):", doc):
        if documented not in parameters:
            found.append(f"documents a parameter it does not have: {documented!r}")
    return found


def _return_section(text: str) -> str:
    after = text.split(":return:", 1)[1]
    return re.split(r":param |:raises ", after, maxsplit=1)[0]


@pytest.mark.parametrize("name", spec_names())
def test_hook_spec_is_documented_and_tested(name):
    found = problems(name, getattr(hookspecs, name), hook_test_names())
    assert not found, f"{name}: " + "; ".join(found)


def test_the_specs_are_the_hooks_the_core_knows():
    pm = build_plugin_manager()
    known = sorted(n for n in dir(pm.hook) if n.startswith("bti_"))
    assert spec_names() == known
    assert len(known) >= 15


def test_the_meta_test_catches_a_poor_spec():
    @hookspec(firstresult=True)
    def bti_colour(profile, kind):
        """Return a colour.

        :param kind: which colour.
        :param shade: how dark.
        """

    @hookspec
    def bti_on_colour_chosen(colour):
        pass

    found = " | ".join(problems("bti_colour", bti_colour, tests=set()))
    for expected in (
        "no test named test_bti_colour",
        "does not describe its return value",
        "calling rule ('first non-none result wins')",
        "default",
        "parameter 'profile'",
        "does not have: 'shade'",
    ):
        assert expected in found
    assert problems(
        "bti_on_colour_chosen", bti_on_colour_chosen, {"test_bti_on_colour_chosen"}
    ) == ["has no docstring"]
    assert "not marked with @hookspec" in " ".join(problems("bti_x", lambda: None, set()))


# ---------------------------------------------------------------------------------------------
# Used in production: implemented and called, or marked provisional
# ---------------------------------------------------------------------------------------------


def _modules(*folders: Path) -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for folder in folders
        for path in sorted(folder.rglob("*.py"))
    ]


def implemented_hooks(root: Path = ROOT) -> set[str]:
    """Hooks with an ``@hookimpl`` function in the built-in defaults or a plugin."""
    return {
        node.name
        for _path, tree in _modules(root / "platform/bti/defaults", root / "plugins")
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.name.startswith("bti_")
        and any("hookimpl" in ast.unparse(d) for d in node.decorator_list)
    }


def _hooks_called_in(node: ast.AST) -> set[str]:
    """``bti_*`` names called as ``<something>.hook.bti_*`` inside ``node``."""
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute)
        and n.attr.startswith("bti_")
        and isinstance(n.value, ast.Attribute)
        and n.value.attr == "hook"
    }


def called_hooks(root: Path = ROOT) -> set[str]:
    """Hooks the product calls.

    The core calls hooks from the functions and the ``Municipality`` methods in
    ``bti/plugins.py``. Such a hook counts as called when its caller is reached: the
    constructor always; a method when its name is used as an attribute (``.teams``) in the
    product's code or templates; a function when its name is used at all; either through a
    reached sibling. A ``.hook.bti_*`` call elsewhere in the product counts directly.
    """
    platform = root / "platform/bti"
    registry = platform / "plugins.py"
    tree = ast.parse(registry.read_text(encoding="utf-8"))
    methods = {
        node.name
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for node in cls.body
        if isinstance(node, ast.FunctionDef)
    }
    # What each function of bti/plugins.py calls, and which names it uses.
    hooks_of: dict[str, set[str]] = {}
    uses_of: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            hooks_of.setdefault(node.name, set()).update(_hooks_called_in(node))
            uses_of.setdefault(node.name, set()).update(_names_used(node, methods))

    called: set[str] = set()
    used: set[str] = set()
    for path, module in _modules(platform, root / "plugins"):
        if path not in (registry, platform / "hookspecs.py"):
            called |= _hooks_called_in(module)
            used |= _names_used(module, methods)
    for folder in (platform, root / "plugins"):
        for template in folder.rglob("*.html"):
            used |= set(re.findall(r"\.(\w+)", template.read_text(encoding="utf-8")))

    reached = {"__init__"} | (used & hooks_of.keys())
    todo = list(reached)
    while todo:
        for sibling in uses_of[todo.pop()] & hooks_of.keys():
            if sibling not in reached:
                reached.add(sibling)
                todo.append(sibling)
    for name in reached:
        called |= hooks_of[name]
    return called


def _names_used(node: ast.AST, methods: set[str]) -> set[str]:
    """Names used in ``node``: a method only as an attribute (``x.teams``), anything else
    also as a plain name or an import (so the module ``bti.defaults.indicators`` does not
    count as a use of ``Municipality.indicators``)."""
    found = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Attribute):
            found.add(n.attr)
        elif isinstance(n, ast.Name) and n.id not in methods:
            found.add(n.id)
        elif isinstance(n, ast.alias) and (n.asname or n.name) not in methods:
            found.add(n.asname or n.name)
    return found


def unused(name: str, doc: str, implemented: set[str], called: set[str]) -> str | None:
    """What keeps hook ``name`` from being used in production, or ``None`` when it is used
    or honestly marked provisional."""
    missing = [
        what
        for what, found in (
            ("no implementation in bti/defaults or plugins/", name in implemented),
            ("no caller in the product", name in called),
        )
        if not found
    ]
    provisional = PROVISIONAL.search(doc) is not None
    if missing and not provisional:
        return (
            f"{name} has {' and '.join(missing)}: give it one, or add a docstring line "
            "'Provisional: … (issue N)' saying which issue will use it"
        )
    if provisional and not missing:
        return f"{name} is implemented and called, so it is no longer provisional"
    return None


def test_every_hook_is_used_in_production_or_marked_provisional():
    implemented, called = implemented_hooks(), called_hooks()
    found = [
        unused(name, inspect.getdoc(getattr(hookspecs, name)) or "", implemented, called)
        for name in spec_names()
    ]
    assert not [f for f in found if f], "\n".join(f for f in found if f)


def test_the_usage_scan_sees_the_core_s_own_hooks():
    # A hook implemented by a default and called from a view, one called from a service
    # through an event method, one implemented only by a plugin (Bærum's teams), and an
    # event no plugin reacts to yet.
    implemented, called = implemented_hooks(), called_hooks()
    assert {"bti_levels", "bti_register_meeting_kinds", "bti_citizen_access"} <= implemented
    assert {"bti_municipality_profile", "bti_levels", "bti_on_case_opened"} <= called
    assert "bti_register_teams" in implemented
    assert "bti_on_case_opened" not in implemented


def test_the_usage_check_catches_an_unused_hook_and_a_stale_marker():
    doc = "Return a colour.\n\nResults are concatenated. Default: none."
    marked = doc + "\n\nProvisional: nothing asks for colours yet; issue 99 will."
    assert "no implementation" in unused("bti_colour", doc, set(), {"bti_colour"})
    assert "no caller" in unused("bti_colour", doc, {"bti_colour"}, set())
    assert unused("bti_colour", marked, set(), set()) is None
    assert "no longer provisional" in unused("bti_colour", marked, {"bti_colour"}, {"bti_colour"})
    assert unused("bti_colour", doc, {"bti_colour"}, {"bti_colour"}) is None
    # The marker must name the issue that will use the hook.
    assert unused("bti_colour", doc + "\n\nProvisional: later.", set(), set())
