"""The meta-test: every hook spec is documented and has its test.

For each function in :mod:`bti.hookspecs` whose name starts with ``bti_`` the docstring must
say what to return (``:return:``; for ``bti_on_*`` events, that return values are ignored;
for ``firstresult`` hooks, what ``None`` means), document every parameter (``:param name:``),
state the calling rule that matches the spec ("First non-None result wins", "Results are
concatenated", "Every implementation is called") and name the default; and
``tests/plugins/test_hooks.py`` must have a test named ``test_<hookname>``. A failure names
the hook and lists everything that is missing.
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
