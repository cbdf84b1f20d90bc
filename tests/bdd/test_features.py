"""Every Gherkin feature under ``features/`` (core and each municipality) runs as a test.

Paths are relative to ``bdd_features_base_dir`` (``features``) and ``scenarios()`` recurses,
so a new ``.feature`` file in any folder is collected without touching this module. The
steps live in :mod:`tests.bdd.steps`.
"""

from pytest_bdd import scenarios

scenarios(".")
