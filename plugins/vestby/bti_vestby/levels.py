"""Vestby's four levels, as its handlingsveileder «Bekymring følges opp» words them.

Source: shared/seeds/002_36ab055ecf8ed34e.txt. Each level keeps the guide's name, its
hovedpunkter in order (as steps), the questions it asks, its tools (verktøy) and the
decisions it ends in. The text is the guide's own bokmål; the plugin's catalogs give
nynorsk and English.
"""

from __future__ import annotations

from bti import DeadlineRule, Level, Outcome, Step, Tool
from bti import lazy_gettext as _l

# Who does what, in the guide's words.
ANSATT = _l("Ansatt")
KOLLEGA_LEDER = _l("Kollega eller leder")
FORESATTE = _l("Foresatte")
BARNET = _l("Barnet/ungdommen")
KOORDINATOR = _l("Koordinator")
TJENESTENE = _l("Tjenestene som er med")

# Verktøy. Those with a form kind can be filled in or printed on the case.
FAKTORER = Tool(_l("Faktorer som kan gi grunnlag for bekymring"))
UNDRINGSNOTAT = Tool(_l("Undringsnotat"), form="undringsnotat")
OBSERVASJONSSKJEMA = Tool(_l("Observasjonsskjema"), form="observation")
STOTTEARK = Tool(_l("Støtteark samtaler med barn"))
UNDRINGSSAMTALEN = Tool(_l("Undringssamtalen med foresatte"))
MOTEMAL = Tool(_l("Møtemal"))
TJENESTEOVERSIKT = Tool(_l("Tjenesteoversikt"))
INVITASJON = Tool(_l("Invitasjon til møte"), form="invitation")
REFERAT = Tool(_l("Referat fra møte"), form="minutes")
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema"), form="consent")

#: «Eksempler på andre tjenester kan være: barnevern, familieveileder, ungdomslos, NAV,
#: psykisk helse og rus, skolehelsetjenesten» (nivå 1, «Evaluering og oppfølgingsmøter»).
OTHER_SERVICES = (
    "barnevern",
    "familieveiledning",
    "ungdomskontakt",
    "nav",
    "psykisk_helse",
    "skolehelsetjeneste",
)


def report() -> Outcome:
    """«Ved mistanke om vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til
    barnevernstjenesten. Foresatte involveres ikke!» — at every level; the case stays."""
    return Outcome(
        "report_barnevern",
        _l(
            "Meld saken direkte til barnevernstjenesten (mistanke om vold, overgrep eller "
            "alvorlig omsorgssvikt)"
        ),
        reports_to_barnevern=True,
    )


def follow_up(code: str, label, trigger: str) -> DeadlineRule:
    """«Oppfølgingsmøte skal gjennomføres innen 2-4 uker»: due at four weeks, the owner is
    reminded at two, met when a follow-up meeting is held."""
    return DeadlineRule(
        code, label, trigger=trigger, days=28, remind_days=14, met_by="meeting_held:oppfolgingsmote"
    )


AKUTT = Step(
    _l("Er situasjonen akutt?"),
    _l(
        "Ved mistanke om vold/overgrep/alvorlig omsorgssvikt skal saken meldes direkte til "
        "barnevernstjenesten. Foresatte involveres ikke! Ved høy bekymring, kontakt politiet "
        "parallelt. Er du i tvil kan du drøfte saken anonymt med barnevernstjenesten."
    ),
    who=(ANSATT,),
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

LEVELS = (NIVA_0, NIVA_1, NIVA_2, NIVA_3)
