"""Liveness and readiness for operators and load balancers: no personal data.

``/healthz`` answers 200 only when the database answers a query (``database``) and would
take a write now (``writable``); otherwise 503, with the same two fields saying which failed.
"""

from __future__ import annotations

from flask import Blueprint, jsonify

from bti.db import get_db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    db = get_db()
    database = db.ping()
    writable = database and db.accepts_writes()
    healthy = database and writable
    body = {"status": "ok" if healthy else "error", "database": database, "writable": writable}
    return jsonify(body), 200 if healthy else 503
