"""What the tests stand on, apart from any one kind of test.

* :mod:`tests.support.databases` — a migrated database per test on SQLite and PostgreSQL
  (one reused PostgreSQL database per test process, emptied between tests).
* :mod:`tests.support.deployment` — :class:`Deployment`: the municipalities a test takes
  into use, and the platform once started.
* :mod:`tests.support.world` — :class:`World`: the people, children and case a test names,
  built and acted on through the services; :func:`case_about_ola`, the usual case.
* :mod:`tests.support.web` — signing staff in through the real sign-in page, form tokens,
  posting on the case page and following the redirect.

Tests reach these through the fixtures in ``tests/conftest.py`` (``database_url``,
``deployment``, ``world``, ``make_world``, ``world_with_case`` …) and import the helpers they
call directly (``signed_in``, ``post``, ``birth_date_for`` …). The Gherkin steps in
``tests/bdd`` build on the same support; no other test imports ``tests.bdd``.
"""
