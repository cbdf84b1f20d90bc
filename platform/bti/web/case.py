"""(being written)"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("case", __name__)
