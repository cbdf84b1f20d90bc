"""Nivå 0 and nivå 1: the concern in one's own service."""

from __future__ import annotations

from bti import Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_vestby.levels.common import (
    AKUTT,
    ANSATT,
    BARNET,
    FAKTORER,
    FORESATTE,
    INVITASJON,
    KOLLEGA_LEDER,
    MOTEMAL,
    OBSERVASJONSSKJEMA,
    OTHER_SERVICES,
    REFERAT,
    SAMTYKKESKJEMA,
    STOTTEARK,
    TJENESTEOVERSIKT,
    UNDRINGSNOTAT,
    UNDRINGSSAMTALEN,
    follow_up,
    report,
)

NIVA_0 = Level(
    number=0,
    name=_l("Tidlig identifisering og avklaring på eget tjenestested"),
    purpose=_l(
        "Uro/bekymring: du lurer på om et barn eller en ungdom trenger hjelp, og avklarer "
        "uroen på eget tjenestested. Ansatte plikter å følge opp bekymringen sin."
    ),
    steps=(
        AKUTT,
        Step(
            _l("Undring og observasjon"),
            _l(
                "Uro/bekymring/dårlig magefølelse og observasjon fra deg selv eller andre. "
                "Konkretiser bekymringen for deg selv og drøft med kollega eller leder; "
                "drøftingen kan skje uten hinder av taushetsplikt, jf. forvaltningsloven "
                "§ 13 b. Bruk observasjonsskjemaet og observer barnet/ungdommen i en kort "
                "periode. Skriv ned det som gir grunn til å lure, og ha fokus på de konkrete "
                "opplevelsene."
            ),
            who=(ANSATT, KOLLEGA_LEDER),
            questions=(_l("Ser kollega eller leder saken på en annen måte enn deg?"),),
        ),
        Step(
            _l("Del bekymringen"),
            _l(
                "Drøft med kollega eller leder. Så tidlig som mulig inviter barnet/ungdommen/"
                "foresatte til en samtale om uroen. I invitasjonen er det viktig at de får "
                "vite om grunnlaget for samtalen, slik at de kan forberede seg. Husk å skrive "
                "referat fra møtet, som skal sendes ut skriftlig."
            ),
            who=(ANSATT, KOLLEGA_LEDER, FORESATTE, BARNET),
        ),
        Step(
            _l("Avklaring"),
            _l(
                "Grunn til å gå videre? Etter å ha drøftet saken og snakket med barnet/"
                "ungdommen/foresatte, vurder behovet. Er det ikke behov for å gå videre, "
                "avslutt saken. Foreligger det fortsatt en bekymring/undring, gå videre til "
                "nivå 1. Samtykke må foreligge."
            ),
            who=(ANSATT, KOLLEGA_LEDER),
        ),
    ),
    tools=(
        FAKTORER,
        UNDRINGSNOTAT,
        OBSERVASJONSSKJEMA,
        STOTTEARK,
        UNDRINGSSAMTALEN,
        MOTEMAL,
        TJENESTEOVERSIKT,
    ),
    outcomes=(
        Outcome("close", _l("Avslutt saken: det er ikke behov for å gå videre"), closes_case=True),
        Outcome(
            "level_1",
            _l("Gå videre til nivå 1: bekymringen/undringen består (samtykke må foreligge)"),
            to_level=1,
            requires_consent=True,
        ),
        report(),
    ),
)

NIVA_1 = Level(
    number=1,
    name=_l("Når bekymringen kan løses på eget tjenestested, sammen med foresatte"),
    purpose=_l(
        "Fra bekymring til tiltak: bekymringen kan løses på eget tjenestested, sammen med "
        "barnet/ungdommen og foresatte."
    ),
    steps=(
        Step(
            _l("Involver barnet/ungdommen og foresatte i større grad"),
            _l(
                "Planlegg møte for å vurdere tiltak. Bruk dokumentasjon fra observasjon og "
                "tidligere samtaler som grunnlag for å planlegge nytt møte. Tenk igjennom "
                "aktuelle tiltak i forkant av møtet."
            ),
            who=(ANSATT,),
        ),
        Step(
            _l("Barn/unges rett til medvirkning/samtykke"),
            _l(
                "Vær obs på barn/ungdoms rett til medvirkning. Jo eldre ungdommen er, jo mer "
                "bestemmer de over eget liv."
            ),
            who=(ANSATT, BARNET),
        ),
        Step(
            _l("Forbered et godt møte"),
            _l(
                "Barnet/ungdommen og foresatte skal vite hva de inviteres til. Forklar godt "
                "hvorfor dere ønsker møte utenom faste treffpunkt, gjerne per telefon eller "
                "ved et fysisk treffpunkt. Sett av tid til å svare på spørsmål og finn en tid "
                "som passer for alle. Send ut skriftlig invitasjon (obs, ikke innkalling) "
                "hvor det står tydelig hva agendaen er, slik at de inviterte får forberedt seg."
            ),
            who=(ANSATT,),
        ),
        Step(
            _l("Samtale"),
            _l(
                "Møte/undringssamtale. Skal dere jobbe videre eller iverksette tiltak, må "
                "dette dokumenteres og koordineres. Husk å skrive og sende ut referat fra "
                "møtet."
            ),
            who=(ANSATT, FORESATTE, BARNET),
            questions=(
                _l("Hva er barnet/ungdommen/foresattes sterke sider? (beskyttelsesfaktorer)"),
                _l(
                    "Hva består utfordringene av? (risikofaktorer) Hva er vi ekstra "
                    "oppmerksomme på? Hva har vi observert?"
                ),
                _l("Er det noe i rammevilkårene som vedlikeholder problemet? Må noe endres?"),
                _l(
                    "Hva med andre barn og ansattes holdninger/relasjon til barnet/ungdommen? "
                    "Må noe endres?"
                ),
                _l("Hva skal til for å skape en positiv endring?"),
                _l("Har barnet/familien nettverk som barnet kan ha nytte av for hjelp?"),
                _l("Hvilke tiltak skal iverksettes på tjenestestedet?"),
                _l("Hvilke tiltak skal iverksettes hjemme?"),
            ),
        ),
        Step(
            _l("Tiltak"),
            _l("Tiltak og videre plan: lag gode, tydelige og målbare mål."),
            who=(ANSATT, FORESATTE, BARNET),
            questions=(
                _l("Hvilke tiltak skal iverksettes?"),
                _l("Hva er målene for tiltakene?"),
            ),
        ),
        Step(
            _l("Evaluering og oppfølgingsmøter"),
            _l(
                "Oppfølgingsmøte skal gjennomføres innen 2–4 uker etter at tiltakene er satt "
                "i gang."
            ),
            who=(ANSATT, FORESATTE, BARNET),
            questions=(
                _l("Har vi nådd målene?"),
                _l("Er det nye mål?"),
                _l("Bør det endres strategi?"),
            ),
        ),
        Step(
            _l("Veien videre"),
            _l(
                "Om målene er nådd og det ikke er behov for flere tiltak: dokumenter og "
                "avslutt. Om det er behov for å involvere flere tjenester, gå til nivå 2. "
                "Eksempler på andre tjenester kan være: barnevern, familieveileder, "
                "ungdomslos, NAV, psykisk helse og rus, skolehelsetjenesten. Husk "
                "samtykkeskjema."
            ),
            who=(ANSATT,),
        ),
    ),
    tools=(INVITASJON, REFERAT, TJENESTEOVERSIKT, OBSERVASJONSSKJEMA, SAMTYKKESKJEMA),
    outcomes=(
        Outcome(
            "close",
            _l("Målene er nådd og det er ikke behov for flere tiltak: dokumenter og avslutt"),
            closes_case=True,
        ),
        Outcome("stay", _l("Fortsett på nivå 1 med nye mål eller endret strategi"), to_level=1),
        Outcome(
            "level_2",
            _l("Gå til nivå 2: involver andre tjenester (samtykkeskjema for hver tjeneste)"),
            to_level=2,
            names_services=True,
        ),
        report(),
    ),
    deadlines=(
        follow_up(
            "oppfolgingsmote_niva_1",
            _l("Oppfølgingsmøte innen 2–4 uker etter at tiltakene er satt"),
            trigger="measures_set",
        ),
    ),
    service_examples=OTHER_SERVICES,
)
