"""The quarter's protocols as a document for the coordinator of «Sammen for barn og unge»
(«Sendes til koordinator Sammen for barn og unge, kvartalsvis»): Markdown or a standalone
HTML page, written by a municipality's command (Bærum's ``bti baerum quarterly-report``).

It reads through :func:`bti.services.reports.quarter_protocols` as the command line (no
user; audited as ``report.quarterly``), so it holds what that gives and nothing more: no
name, birth date, address or fødselsnummer.
"""

from __future__ import annotations

from flask import current_app, render_template

from bti.db import get_db
from bti.guide_text.words import in_language
from bti.i18n import DEFAULT_LOCALE
from bti.i18n import gettext as _
from bti.plugins import Municipality
from bti.services.figures import TeamCount
from bti.services.quarters import Quarter
from bti.services.reports import (
    ProtocolRow,
    QuarterProtocols,
    case_type_label,
    quarter_protocols,
    unit_kind_label,
)

FORMATS = ("md", "html")

#: The standalone page's own look: it is archived and printed away from the site's CSS.
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.protocol { white-space: pre-wrap; border-left: 4px solid #ccc; padding-left: 1rem; }
article { break-inside: avoid; margin-bottom: 2rem; }
"""


def quarterly_report(
    municipality: Municipality, quarter: Quarter, *, fmt: str = "md", lang: str = DEFAULT_LOCALE
) -> str:
    """The finalised protocols of the cases ``municipality``'s teams discussed in
    ``quarter``, as Markdown (``fmt="md"``) or HTML (``"html"``) in ``lang``. Needs an
    application context (a command has one)."""
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r}: choose one of {', '.join(FORMATS)}")
    db = get_db()
    ids = db.municipality_ids()
    if municipality.slug not in ids:  # a fresh database: the web pages would add it first
        ids = db.sync_municipalities(current_app.extensions["bti"])
    municipality_id = ids[municipality.slug]
    with db.transaction(municipality_id) as session:
        report = quarter_protocols(session, municipality=municipality, by=None, quarter=quarter)
    with in_language(municipality, lang):
        if fmt == "html":
            return render_template("reports/quarterly.html", report=report, words=_words, lang=lang)
        return _markdown(report)


def age_group(row: ProtocolRow | TeamCount) -> str:
    """The team's age band («6–12 år», «Gravide og 0–5 år»): never the child's own age."""
    band = _("%(min)s–%(max)s years", min=row.min_age, max=row.max_age)
    return _("Pregnant women and %(band)s", band=band) if row.includes_pregnant else band


def _words(row: ProtocolRow) -> dict[str, str]:
    return {
        "age_group": age_group(row),
        "referred_by": str(unit_kind_label(row.referred_by_kind)) or "–",
        "case_types": ", ".join(str(case_type_label(c)) for c in row.case_types) or "–",
        "took_part": _("Yes") if row.family_took_part else _("No"),
    }


def _markdown(report: QuarterProtocols) -> str:
    lines = [
        "# " + _("Team protocols, %(quarter)s", quarter=str(report.quarter.label)),
        "",
        _(
            "%(municipality)s, %(start)s to %(end)s. Anonymised protocols of the cases "
            "discussed, one per case.",
            municipality=report.municipality,
            start=report.quarter.start.isoformat(),
            end=report.quarter.end.isoformat(),
        ),
        "",
    ]
    if not report.rows:
        lines += [_("No protocol was finalised for a case discussed in this quarter."), ""]
    for row in report.rows:
        words = _words(row)
        lines += [
            "## " + _("Case no. %(number)s, %(team)s", number=row.number, team=row.team),
            "",
            f"- {_('Meeting date')}: {row.meeting_on.isoformat()}",
            f"- {_('Age group')}: {words['age_group']}",
            f"- {_('Referred by')}: {words['referred_by']}",
            f"- {_('Case types')}: {words['case_types']}",
            f"- {_('The family took part')}: {words['took_part']}",
            "",
            f"### {_('Protocol')}",
            "",
            row.protocol.strip() or "–",
            "",
        ]
    return "\n".join(lines)
