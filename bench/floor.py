"""The floor: the least a page can cost on this machine and this database.

A bare Flask app (not the BTI app: no plugins, sessions, access checks or audit) on the same
database runs one indexed query (the 50 newest stafettlogg entries of one case, by its
municipality and ``case_id``, as every query of the platform's is) and renders a Jinja
template padded to a given byte size. A BTI page measured beside it at the same size and
backend is reported as a ratio to the floor's p50 and p95: what the platform costs above
"one indexed query and a template of that size".
"""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask, render_template_string, request

#: The one query: the ``(municipality_id, case_id)`` index serves it at any table size.
QUERY = sa.text(
    "SELECT id, kind, text, created_at FROM stafettloggentry "
    "WHERE municipality_id = :municipality_id AND case_id = :case_id "
    "ORDER BY id DESC LIMIT 50"
)
MUNICIPALITY_OF = sa.text('SELECT municipality_id FROM "case" WHERE id = :case_id')

TEMPLATE = """<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Stafettlogg</title></head>
<body><main><h1>Stafettlogg</h1>
{% for _ in range(repeat) %}<ol>
{% for entry in entries %}<li id="entry-{{ entry.id }}"><p><time>{{ entry.created_at }}</time>
{{ entry.kind }}</p><p>{{ entry.text }}</p></li>
{% endfor %}</ol>
{% endfor %}<p hidden>{{ padding }}</p></main></body></html>
"""


def create_floor_app(url: str, case_id: str) -> Flask:
    """The bare app on ``url``: ``GET /floor?bytes=N`` renders the case's entries in a page
    of N bytes (or the smallest page the entries fit in, when N is smaller)."""
    app = Flask("bench_floor")
    engine = sa.create_engine(url)
    app.extensions["floor_engine"] = engine
    with engine.connect() as connection:
        municipality_id = connection.execute(MUNICIPALITY_OF, {"case_id": case_id}).scalar_one()
    where = {"municipality_id": municipality_id, "case_id": case_id}
    sizes: dict[int, tuple[int, int]] = {}

    @app.get("/floor")
    def floor():
        target = int(request.args.get("bytes", 0))
        with engine.connect() as connection:
            entries = connection.execute(QUERY, where).mappings().all()
        if target not in sizes:
            sizes[target] = _fit(entries, target)
        repeat, padding = sizes[target]
        return render_template_string(
            TEMPLATE, entries=entries, repeat=repeat, padding="x" * padding
        )

    return app


def _fit(entries, target: int) -> tuple[int, int]:
    """How many times to repeat the list, and how many bytes of padding, for ``target``
    bytes: the list repeated as often as it fits (rendering costs what the items cost), the
    rest padding."""
    bare = len(render_template_string(TEMPLATE, entries=entries, repeat=0, padding="").encode())
    one = len(render_template_string(TEMPLATE, entries=entries, repeat=1, padding="").encode())
    per_list = max(one - bare, 1)
    repeat = max(target - bare, 0) // per_list
    padding = max(target - bare - repeat * per_list, 0)
    return repeat, padding


def dispose(app: Flask) -> None:
    app.extensions["floor_engine"].dispose()
