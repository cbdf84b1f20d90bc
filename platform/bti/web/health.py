"""Liveness and readiness for operators and load balancers: no personal data."""

from __future__ import annotations

from flask import Blueprint, jsonify

from bti.db import get_db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    database = get_db().ping()
    body = {"status": "ok" if database else "error", "database": database}
    return jsonify(body), 200 if database else 503
