"""Service functions: the database work of the BTI flow, one user action each.

Each function takes keyword arguments (``session`` scoped to one municipality, the
``kommune`` — :class:`bti.plugins.Municipality` — whose guide applies, and the acting
``by`` :class:`bti.rules.access.Actor`), checks the rules in :mod:`bti.rules`, writes, audits
and calls the municipality's event hooks. They never commit: the caller's transaction
(``Database.transaction``) makes one user action all-or-nothing. No Flask here.
"""
