"""Shared Norwegian step definitions (loaded for every test via ``-p tests.bdd.steps``)."""
