"""Nivå 2 and nivå 3: other services in, and the stafettlogg."""

from __future__ import annotations

from bti import Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_vestby.levels.common import (
    BARNET,
    FORESATTE,
    INVITASJON,
    KOORDINATOR,
    MOTEMAL,
    OTHER_SERVICES,
    REFERAT,
    SAMTYKKESKJEMA,
    TJENESTENE,
    TJENESTEOVERSIKT,
    follow_up,
    report,
)

NIVA_2 = Level(
    number=2,
    name=_l("Behov for samarbeid med andre tjenester"),
    purpose=_l(
        "Tverrfaglig innsats (1–2 tjenester): det er behov for samarbeid mellom flere "
        "tjenester. Her vil det være aktuelt med samarbeidsmøte."
    ),
    steps=(
        Step(
            _l("Møte med aktuelle instanser"),
            _l(
                "Ta kontakt med aktuell tjeneste for å drøfte saken og høre om tjenesten har "
                "noe den kan bidra med. Inviter barnet/ungdommen/foresatte og aktuelle "
                "tjenester til et samarbeidsmøte. I møtet planlegges søknad/henvisning og "
                "eventuelle tiltak. Det må avklares om det skal være et bytte av koordinator. "
                "Avtal nytt møte for evaluering av tiltak. Skriv referat fra møtet, hvor "
                "tiltak og ansvarlig for tiltak synliggjøres."
            ),
            who=(KOORDINATOR, TJENESTENE, FORESATTE, BARNET),
        ),
        Step(
            _l("Tiltak"),
            _l(
                "Alle involverte gjør sin del av det som er avtalt. Informer koordinator "
                "dersom det oppstår hindringer eller endringer. Koordinator har "
                "oversiktsansvar. Husk at alle har et samtidighetsansvar: du er ansvarlig for "
                "å følge opp barnet/den unge, også etter at bekymring er meldt til andre "
                "instanser."
            ),
            who=(TJENESTENE, KOORDINATOR),
        ),
        Step(
            _l("Evaluering"),
            _l("Evalueringsmøte: evaluer de tiltakene som er iverksatt."),
            who=(KOORDINATOR, TJENESTENE, FORESATTE, BARNET),
            questions=(
                _l("Er målene nådd?"),
                _l("Trengs det å bytte strategi?"),
                _l("Nye mål?"),
            ),
        ),
        Step(
            _l("Veien videre"),
            _l(
                "Avklar om tiltakene skal endres, videreføres eller avsluttes. Avklar behov "
                "for flere tjenester. Om flere tjenester skal inn, lag et nytt samtykkeskjema."
            ),
            who=(KOORDINATOR,),
        ),
    ),
    tools=(INVITASJON, REFERAT, SAMTYKKESKJEMA, MOTEMAL, TJENESTEOVERSIKT),
    outcomes=(
        Outcome("change", _l("Endre tiltakene"), to_level=2),
        Outcome("continue", _l("Videreføre tiltakene"), to_level=2),
        Outcome("close", _l("Avslutte tiltakene og saken"), closes_case=True),
        Outcome(
            "more_services",
            _l("Ta inn flere tjenester (nytt samtykkeskjema)"),
            to_level=2,
            names_services=True,
        ),
        Outcome(
            "level_3",
            _l(
                "Gå til nivå 3: omfattende samarbeid med 3 eller flere "
                "tjenester (nytt samtykkeskjema)"
            ),
            to_level=3,
            names_services=True,
        ),
        report(),
    ),
    service_span=(1, 2),
    service_examples=OTHER_SERVICES,
    clarify_coordinator=True,
)

NIVA_3 = Level(
    number=3,
    name=_l("Omfattende behov for samarbeid med flere tjenester"),
    purpose=_l(
        "Omfattende samarbeid mellom flere tjenester (3 eller flere). Samarbeidsmøter er "
        "vesentlige, og det kan komme opp spørsmål om individuell plan. Skriftlig "
        "dokumentasjon og koordinator er fortsatt svært viktig."
    ),
    steps=(
        Step(
            _l("Avklaring av aktuell hjelp"),
            _l(
                "Det er behov for et bredt samarbeid med barnet/ungdommen og foresatte. "
                "Avklar hvilke instanser som skal involveres videre, og inviter til et "
                "tverrfaglig møte (invitasjon og møte som på nivå 1). Bruk tidligere "
                "forsøkte tiltak og målsettinger som utgangspunkt."
            ),
            who=(KOORDINATOR, TJENESTENE, FORESATTE, BARNET),
            questions=(
                _l("Bør barnevernet kobles på?"),
                _l("Spesialisthelsetjeneste?"),
                _l("Hva er den unges rett til helsehjelp?"),
                _l("Hvilke behov er ikke blitt dekket?"),
                _l("Bør det endres strategi?"),
            ),
        ),
        Step(
            _l("Dokumentasjon og evt. IP"),
            _l(
                "Avklar om det bør være et skifte av koordinator. Det bør være tjenesten/"
                "personen som er nærmest barnet som koordinerer. Om barnevernet er involvert, "
                "vil det være naturlig at de koordinerer. Barnet/ungdommen kan ha rett på, og "
                "ønske seg, individuell plan."
            ),
            who=(KOORDINATOR, TJENESTENE, FORESATTE, BARNET),
        ),
        Step(
            _l("Tiltak"),
            _l(
                "Planlegg tiltak og eventuell søknad/henvisning i møtet, og avtal hvem som "
                "gjør hva. Etter det tverrfaglige møtet følger tjenestene opp sine tiltak. "
                "Informer koordinator om endringer i tjenestetilbudet, og dokumenter "
                "tiltakene. Husk at alle har et samtidighetsansvar: du er ansvarlig for å "
                "følge opp barnet/den unge, også etter at bekymring er meldt til andre "
                "instanser."
            ),
            who=(TJENESTENE, KOORDINATOR),
        ),
        Step(
            _l("Evaluering"),
            _l(
                "Arbeidet evalueres jevnlig, og det holdes oppfølgingsmøter. Første "
                "oppfølgingsmøte skal gjennomføres innen 2–4 uker etter det tverrfaglige møtet."
            ),
            who=(KOORDINATOR, TJENESTENE, FORESATTE, BARNET),
            questions=(
                _l("Har tiltakene ønsket effekt?"),
                _l("Bør vi endre måten vi jobber på?"),
            ),
        ),
        Step(
            _l("Veien videre"),
            _l(
                "Har tiltakene ønsket effekt, vurder om tjenestene kan avsluttes, eller om "
                "saken kan gå ned til nivå 2 eller 1."
            ),
            who=(KOORDINATOR,),
        ),
    ),
    tools=(TJENESTEOVERSIKT, SAMTYKKESKJEMA, INVITASJON),
    outcomes=(
        Outcome("continue", _l("Fortsette det omfattende samarbeidet"), to_level=3),
        Outcome(
            "more_services",
            _l("Ta inn flere tjenester (nytt samtykkeskjema)"),
            to_level=3,
            names_services=True,
        ),
        Outcome("level_2", _l("Gå ned til nivå 2: tiltakene har ønsket effekt"), to_level=2),
        Outcome("level_1", _l("Gå ned til nivå 1: tiltakene har ønsket effekt"), to_level=1),
        Outcome("close", _l("Avslutte tjenestene og saken"), closes_case=True),
        report(),
    ),
    deadlines=(
        follow_up(
            "oppfolgingsmote_niva_3",
            _l("Første oppfølgingsmøte innen 2–4 uker etter det tverrfaglige møtet"),
            trigger="meeting_held:tverrfaglig_mote",
        ),
    ),
    service_span=(3, None),
    service_examples=OTHER_SERVICES,
    clarify_coordinator=True,
)
