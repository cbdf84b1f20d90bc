"""``bti rules``: a municipality's rules (or its guide's coverage) as Markdown or HTML, for
attaching to a political case or a guide revision; ``--check`` checks every citation."""

from __future__ import annotations

import sys

import click
from flask import current_app, render_template
from flask.cli import with_appcontext

from bti.cli import _LANG, _OUTPUT, _municipality


@click.command("rules", help="Print a municipality's rules (the feature files) as a document.")
@click.argument("slug")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html"]),
    default="md",
    show_default=True,
    help="Markdown, or a standalone HTML page.",
)
@click.option("--coverage", is_flag=True, help="List the guide's headings and what cites them.")
@click.option("--check", is_flag=True, help="Check every citation instead; exit 1 on problems.")
@_LANG
@_OUTPUT
@with_appcontext
def rules_command(slug: str, fmt: str, coverage: bool, check: bool, lang: str, output) -> None:
    from bti.guide_text import in_language
    from bti.rules_doc import check as check_citations
    from bti.rules_doc import coverage as guide_coverage
    from bti.rules_doc import rules_document, rules_settings
    from bti.rules_doc.markdown import coverage_markdown, rules_markdown

    municipality = _municipality(slug)
    settings = rules_settings(current_app)
    if check:
        problems = check_citations(settings.features, settings.read_sources())
        for problem in problems:
            click.echo(problem)
        click.echo(f"{len(problems)} problem(s).", err=True)
        sys.exit(1 if problems else 0)
    document = rules_document(municipality.slug, municipality.name, settings)
    guides = guide_coverage(document, settings) if coverage else None
    with current_app.test_request_context(f"/{slug}/regler"), in_language(municipality, lang):
        if fmt == "md":
            text = coverage_markdown(document, guides) if coverage else rules_markdown(document)
        else:
            text = render_template(
                "rules_page/standalone.html", document=document, guides=guides, lang=lang
            )
    output.write(text)
