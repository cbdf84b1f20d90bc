"""The bench runner (bench/run.py) on a tiny generated database: every page measured, the
floor beside the HTML pages, the entries it wrote really written, and the report (JSON,
Markdown table, PNG plot) on disk. No figure is judged here: the machine decides those.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from bench import generate, load, pages, run
from bench.pages import HTML

SIZE = 600  # small, and a Bærum team has referrals waiting in its queue
REQUESTS, WARMUP = 2, 1


def test_the_runner_measures_every_page_and_writes_its_report(tmp_path):
    # One test, not one per check: under pytest-xdist each test could generate and run
    # the bench again on a worker of its own.
    manifest = generate.generate("sqlite", SIZE, tmp_path / "data")
    assert manifest["coordinator"]["team_id"], "the data has no queue for the coordinator"
    results = tmp_path / "results"
    result = run.run(
        name="tiny",
        manifests=[manifest],
        requests=REQUESTS,
        warmup=WARMUP,
        load_seconds=0,
        startup_runs=0,
        results=results,
        log=lambda _line: None,
    )
    written = json.loads((results / "tiny.json").read_text(encoding="utf-8"))
    assert written["pages"] == result["pages"]
    every_page_is_measured(written)
    every_html_page_has_its_floor(written)
    the_entries_are_written_in_another_case_than_the_one_with_50(manifest, written)
    the_report_has_a_table_a_plot_and_the_targets(written, results)


def every_page_is_measured(result):
    """Each page with its time, its SQL statements and its size; the search, where the
    application has none, listed as absent."""
    rows = {row["page"]: row for row in result["pages"]}
    expected = {"mine_saker", "min_enhet", "case_page", "guide", "new_concern"}
    expected |= {"coordinator_queue", "pdf", "entry_post"}
    absent = {item["key"] for item in result["absent"]}
    assert expected <= set(rows)
    assert set(rows) | absent == expected | {"child_search"}
    for row in rows.values():
        assert (row["backend"], row["size"], row["requests"]) == ("sqlite", SIZE, REQUESTS)
        assert 0 < row["p50_ms"] <= row["p95_ms"], row
        assert row["queries"] > 0 and row["queries_max"] >= row["queries"], row
        assert row["bytes"] > 0, row


def every_html_page_has_its_floor(result):
    for row in result["pages"]:
        if row["kind"] == HTML:
            assert 0 < row["floor_p50_ms"] <= row["floor_p95_ms"], row
            ratio = row["p95_ms"] / row["floor_p95_ms"]
            assert row["ratio_p95"] == pytest.approx(ratio, rel=0.01, abs=0.005)  # rounded to 0.01
        else:
            assert row["floor_p50_ms"] is None and row["ratio_p95"] is None


def the_entries_are_written_in_another_case_than_the_one_with_50(manifest, result):
    post = next(row for row in result["pages"] if row["page"] == "entry_post")
    case_50 = manifest["case_50"]["case_id"]
    assert case_50 not in post["path"]
    engine = sa.create_engine(manifest["url"])
    with engine.connect() as db:
        texts = db.execute(
            sa.text("SELECT case_id, count(*) FROM stafettloggentry WHERE text = :t GROUP BY 1"),
            {"t": pages.ENTRY_TEXT},
        ).all()
        entries_50 = db.execute(
            sa.text("SELECT count(*) FROM stafettloggentry WHERE case_id = :c"), {"c": case_50}
        ).scalar()
    engine.dispose()
    assert [(f"/sak/{case}/" in post["path"], n) for case, n in texts] == [
        (True, WARMUP + REQUESTS)
    ]
    assert entries_50 == 50


def the_report_has_a_table_a_plot_and_the_targets(result, results):
    table = (results / "tiny.md").read_text(encoding="utf-8")
    assert "| page | cases | p50 | p95 | SQL |" in table
    for row in result["pages"]:
        assert f"| {row['label']} | {SIZE} |" in table
    assert "## Targets" in table
    png = (results / "tiny.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert any(t["target"].startswith("case page: SQL statements") for t in result["targets"])


def test_a_quarter_of_the_load_writes_and_the_rest_reads_every_page():
    kinds = [{"page": p, "kind": "html"} for p in ("a", "b", "c", "d", "e", "f")]
    kinds.append({"page": "w", "kind": "post"})
    split = load._split(kinds, 32)
    assert sum(k["connections"] for k in split) == 32
    assert [(k["page"], k["connections"]) for k in split] == [
        ("w", 8), ("a", 4), ("b", 4), ("c", 4), ("d", 4), ("e", 4), ("f", 4)
    ]  # fmt: skip


def test_the_child_search_is_found_on_a_page_whether_it_gets_or_posts():
    searched = (
        '<form method="post" novalidate><input name="csrf_token" value="t">'
        '<input autocomplete="off" id="find" name="find" type="search" value="">'
        '<button type="submit" name="sok" value="1">Søk</button>'
        '<button type="submit">Send</button></form>'
    )
    page = "/vestby/ny-bekymring/skjema"
    assert pages.find_search(searched, page) == pages.Search("POST", page, "find", "sok")
    got = '<form method="get" action="/p?x=1"><input type="search" name="q"></form>'
    assert pages.find_search(got, page) == pages.Search("GET", "/p", "q")
    assert pages.find_search(searched.replace('"search"', '"text"'), page) is None
