"""Bærum's follow-up of the Tidlig innsatsteam: the indicators of the tiltaksplan «Sammen for
barn og unge» and the quarterly protocols for its coordinator.

Sources: shared/seeds/003_65c3f1b10dd6ab1f.txt, «Måling av effekt på kort sikt» («Andel
saker i tidlig innsatsteam der foreldre har deltatt, type saker og effekt av innsatsen»,
«Hvilke barnehager/skoler som bruker tidlig innsatsteam») and «… på lang sikt» («Foreldre
deltar i 100 % av sakene i tidlig innsatsteam»); shared/seeds/000_0e1a3820b93a5dea.txt,
«Dokumentasjon» («Protokoll (anonymisert). Arkiveres i TIT. Sendes til koordinator Sammen
for barn og unge, kvartalsvis»).

The types of case and which kindergartens and schools refer are tables on the indicator
page (``/baerum/indikatorer``), not single figures; the indicators here are what the plan
counts.
"""

from __future__ import annotations

import click

from bti import Figures, Indicator, Profile, Quarter, hookimpl, quarterly_report
from bti import lazy_gettext as _l

SHORT_TERM = "Sammen for barn og unge, «Måling av effekt på kort sikt»"
LONG_TERM = "Sammen for barn og unge, «Måling av effekt på lang sikt»"


def _participation(figures: Figures):
    return figures.participation()


# A quarter without a case discussed has nothing to count (the team did not meet, or was
# not in use yet): no figure, so it cannot become the 0-punkt.


def _discussed(figures: Figures):
    cases = figures.discussed()
    return cases if cases.raw else None


def _units(figures: Figures):
    return figures.units_using_team() if figures.discussed().raw else None


def _helped(figures: Figures):
    return figures.evaluations().helped


INDICATORS = (
    Indicator(
        code="tit_foreldre_deltatt",
        name=_l("Andel saker i tidlig innsatsteam der foreldre har deltatt"),
        compute=_participation,
        unit="%",
        target=100.0,
        source=(
            f"{SHORT_TERM}: «Andel saker i tidlig innsatsteam der foreldre har deltatt»; "
            f"{LONG_TERM}: «Foreldre deltar i 100 % av sakene i tidlig innsatsteam»"
        ),
        chart=True,
    ),
    Indicator(
        code="tit_saker",
        name=_l("Saker drøftet i tidlig innsatsteam"),
        compute=_discussed,
        source=f"{SHORT_TERM}: «type saker» (fordelingen står i tabellen under)",
        chart=True,
    ),
    Indicator(
        code="tit_barnehager_skoler",
        name=_l("Barnehager og skoler som har brukt tidlig innsatsteam"),
        compute=_units,
        source=f"{SHORT_TERM}: «Hvilke barnehager/skoler som bruker tidlig innsatsteam»",
    ),
    Indicator(
        code="tit_tiltak_hjalp",
        name=_l("Andel foreldreevalueringer der tiltakene har vært nyttige"),
        compute=_helped,
        unit="%",
        source=(
            f"{SHORT_TERM}: «effekt av innsatsen»; metodeboka, «Brukerevaluering»: "
            "«om tiltakene har vært opplevd som nyttige»"
        ),
    ),
)


@hookimpl
def bti_register_indicators(profile: Profile) -> list[Indicator]:
    return list(INDICATORS)


def _quarter(ctx, param, value: str | None) -> Quarter:
    if value is None:
        return None
    try:
        return Quarter.parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command(
    "quarterly-report",
    help="Write the quarter's anonymised team protocols for the coordinator of «Sammen for "
    "barn og unge» (default: the last quarter that has ended).",
)
@click.option("--quarter", metavar="YYYYQN", callback=_quarter, help="The quarter, e.g. 2026Q4.")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="Write to this file instead of standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html"]),
    default="md",
    show_default=True,
    help="Markdown, or a page to print or archive.",
)
@click.pass_obj
def quarterly_report_command(obj, quarter: Quarter | None, output, fmt: str) -> None:
    municipality = obj.municipality
    if quarter is None:
        quarter = Quarter.current(municipality).previous()
    output.write(quarterly_report(municipality, quarter, fmt=fmt))
    if getattr(output, "name", "-") not in ("-", "<stdout>"):
        click.echo(f"Wrote the protocols of {quarter} to {output.name}.", err=True)


@hookimpl
def bti_register_commands(profile: Profile) -> list[click.Command]:
    return [quarterly_report_command]
