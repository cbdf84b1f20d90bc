"""Nivå 0 «Undring?» and nivå 1 «Utfordringene kan løses på tjenestestedet»: the wondering
and the measures in one's own service, with the three-day clarification."""

from __future__ import annotations

from bti import DeadlineRule, Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_jevnaker import tools as t

AVKLARING_TRE_DAGER = DeadlineRule(
    code="avklaring_tre_dager",
    label=_l("Avklaring i egen tjeneste før tiltak iverksettes, innen tre dager"),
    trigger="decision:avklaring",
    days=3,
    met_by="decision",
    working_days=True,
    reading=_l(
        "«Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre "
        "dager.» Fristen leses som tre virkedager, mandag til fredag utenom helligdager: "
        "avklaringen gjøres av kolleger og leder i egen tjeneste, som er på jobb på "
        "virkedager. Tre kalenderdager fra en fredag ville gitt én arbeidsdag, og fra "
        "skjærtorsdag ingen."
    ),
)

NOTAT_I_SAKEN = _l(
    "Notatet om undringssamtalen er lagret i saken. Det hører til barnets journal i tjenesten "
    "som har hatt undringen. Ingen stafettlogg er opprettet."
)

NIVA_0 = Level(
    number=0,
    name=_l("Undring?"),
    purpose=_l("Nivå 0 omhandler avklaring av bekymring."),
    steps=(
        Step(
            _l("Hva kan vi gjøre innenfor egen virksomhet?"),
            _l("Start alltid med: «Hva kan vi gjøre innenfor egen virksomhet?»"),
            how=_l(
                "Sett ord på undringen. Bruk støtteverktøy. Drøft undringen med en kollega "
                "og eventuelt nærmeste leder."
            ),
            who=(t.ALLE,),
            tools=(
                t.RISIKOFAKTORER,
                t.BEKYMRINGSSKALA,
                t.OBSERVASJONSSKJEMA,
                t.AUTISME,
                t.SPESIALUNDERVISNING,
            ),
        ),
        Step(
            _l("Helhetlig oversikt"),
            _l(
                "Skaff en helhetlig oversikt gjennom informasjonen om/observasjonen av "
                "barnet/ungdommen. Å konkretisere en undring er å sammenfatte observasjoner "
                "eller samtaler. For skole innebærer også dette kartlegginger faglig. "
                "Oversikten skal bære tydelig preg av hva vi med sikkerhet vet om barnets "
                "utfordring."
            ),
            how=_l(
                "Fyll ut mal for konkretisering av observasjoner og samtaler. Utfylling skjer "
                "sammen med en kollega. Konkretisering skjer før det deles med barn, unge "
                "eller foresatte."
            ),
            who=(t.ALLE,),
            tools=(t.OBSERVASJONSSKJEMA,),
        ),
        Step(
            _l("Tidlig dialog med foresatte"),
            _l(
                "Vær bevisst på tidspunktet for oppstart av samarbeid med foresatte. Det er "
                "viktig at foresatte er involvert raskt etter at undring oppstår."
            ),
            who=(t.ALLE,),
        ),
        Step(
            _l("Undringssamtale foresatte"),
            _l(
                "Det tilstrebes at begge foreldrene kan møte til en undringssamtale for å "
                "sammen kartlegge mulige årsaker og løsninger ut i fra foreldre/foresattes og "
                "ansattes kjennskap til barnet/ungdommen. Den som kaller inn til møtet er "
                "ansvarlig for å sende ut invitasjon til begge foreldre. Dersom det anses "
                "som mest hensiktsmessig at dette kan løses ved å ta en telefon, gjøres det "
                "fremfor innkalling til møte."
            ),
            how=_l(
                "Foreldre har rett til å vite, unntatt når det er mistanke om seksuelle "
                "overgrep eller vold. Da tas det umiddelbart kontakt med "
                "barnevernstjenesten."
            ),
            who=(t.PED_LEDER_LAERER,),
            tools=(t.UNDRINGSSAMTALE,),
        ),
        Step(
            _l("Beslutning tiltak"),
            _l(
                "Grunnlagsmaterialet tolkes og det tas en beslutning om saken skal gå videre "
                "på individnivå, systemnivå eller avsluttes. Evaluer behovet for tiltak "
                "sammen med foresatte i samtalen eller at undringen avsluttes. Dokumenter "
                "oppstart på samarbeidet med foreldrene/foresatte ved å lage et notat om "
                "samtalen med dato og underskrift. Dersom undringen avsluttes lagres dette i "
                "barnets journal innenfor tjenesten som har hatt undringen. Dersom tiltak "
                "iverksettes i egen enhet opprettes stafettlogg."
            ),
            how=_l(
                "Medarbeider vurderer dette i dialog med foresatte. Ved behov for avklaring i "
                "egen tjeneste før iverksettelse gjøres det innen tre dager. Bruk "
                "verktøyene! Ved beslutning om å ta saken videre opprettes stafettlogg nivå 1 "
                "- digitalt."
            ),
            who=(t.ALLE, t.LEDER),
            tools=(
                t.RESULTAT,
                t.KONTAKTLISTE,
                t.ANALYSEMODELL,
                t.MELDESKJEMA,
                t.SAMTYKKESKJEMA,
                t.EVALUERINGSMAL,
            ),
        ),
    ),
    outcomes=(
        Outcome(
            "level_1",
            _l("Saken går videre på individnivå: tiltak i egen enhet (nivå 1)"),
            to_level=1,
            requires_consent=True,
            opens_stafettlogg=True,
            next_meeting="oppfolgingsmote",
            note=_l(
                "Stafettloggen er opprettet på nivå 1, digitalt, med samtykket og datoen for "
                "neste møte."
            ),
        ),
        Outcome(
            "avklaring",
            _l("Behov for avklaring i egen tjeneste før tiltak iverksettes (innen tre dager)"),
            to_level=0,
        ),
        Outcome(
            "system",
            _l("Saken går videre på systemnivå: tiltak for gruppen eller virksomheten"),
            closes_case=True,
            note=NOTAT_I_SAKEN,
        ),
        Outcome("close", _l("Undringen avsluttes"), closes_case=True, note=NOTAT_I_SAKEN),
        Outcome(
            "report",
            _l(
                "Mistanke om seksuelle overgrep eller vold: barnevernstjenesten kontaktes "
                "umiddelbart, og foreldrene får ikke vite"
            ),
            to_level=0,
            reports_to_barnevern=True,
        ),
    ),
    deadlines=(AVKLARING_TRE_DAGER,),
    stafettlogg=False,
)

NIVA_1 = Level(
    number=1,
    name=_l("Utfordringene kan løses på tjenestestedet"),
    purpose=_l("Nivå 1 beskriver innsats innenfor hver enkelt tjeneste."),
    steps=(
        Step(
            _l("Utarbeid forslag til tiltak"),
            _l(
                "Gå gjennom dokumentasjonen fra undringsprosessen. Reflekter over bekymring "
                "uten å konkludere. Utarbeid forslag til tiltak. Dette inngår som "
                "informasjonsdeling med foresatte i møte med foresatte. Ta kontakt med "
                "ressursgruppe BTI dersom man trenger anonym veiledning for gjennomføring av "
                "møtet."
            ),
            who=(t.ALLE,),
        ),
        Step(
            _l("Samlet informasjon"),
            _l("Planlegg tiltak og lag en plan."),
            how=_l(
                "Møtet gjennomføres etter malen «den nødvendige samtalen». Drøft gjerne "
                "alternative tiltak sammen med nærmeste leder."
            ),
            who=(t.ANSVARLIG_FOR_UNDRINGEN,),
            tools=(t.HANDLINGSROM, t.SAMTYKKE_STAFETTLOGG_MOTE),
        ),
        Step(
            _l("Iverksett tiltak"),
            _l(
                "Ved behov for tiltak som involverer PPT, i hjemmet eller på fritid involveres "
                "andre tjenester (TFF, PPT, barnevernstjenesten, forebyggende tjenester, "
                "ungdomskontakt)."
            ),
            how=_l("Gjennomfør tiltaksbeskrivelsen ihht. Stafettloggen."),
            who=(t.ANSVARLIGE_FOR_TILTAKENE, t.STYRER_ORIENTERES),
            tools=(t.BUFDIR,),
        ),
        Step(
            _l("Tiltak evalueres"),
            _l(
                "Tjenesten evaluerer iverksatte tiltak i forkant av det planlagte møtet med "
                "foresatte og barnet/ungdommen. Gjør en felles evaluering i selve møtet. Bruk "
                "stafettloggen."
            ),
            how=_l(
                "Ta utgangspunkt i bekymring og skjema for evaluering. Rapporteres i "
                "stafettloggen. Stafettholder leder møtet."
            ),
            who=(t.DELTAGERE_I_MOTET, t.STYRER_ORIENTERES),
            tools=(t.EVALUERINGSMAL,),
        ),
    ),
    outcomes=(
        Outcome(
            "continue",
            _l("Tiltakene fortsetter på tjenestestedet, og nytt møte avtales"),
            to_level=1,
            next_meeting="oppfolgingsmote",
        ),
        Outcome(
            "level_2",
            _l("Utfordringene krever bistand fra andre: gå til nivå 2"),
            to_level=2,
            requires_consent=True,
        ),
        Outcome(
            "report",
            _l("Melde saken til barnevernet"),
            to_level=1,
            reports_to_barnevern=True,
        ),
        Outcome("close", _l("Tiltakene er evaluert, og saken avsluttes"), closes_case=True),
    ),
    service_examples=("ppt", "barnevern", "ungdomskontakt"),
)
