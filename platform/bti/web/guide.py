"""(being written)"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("guide", __name__)
