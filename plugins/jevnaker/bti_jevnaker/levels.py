"""Jevnaker's four levels, as the rows of its handlingsveileder.

Source: shared/seeds/001_3254db2c7bc0f88f.txt — the tables «Undring? Nivå 0», «Utfordringene
kan løses på tjenestestedet Nivå 1», «Utfordringene krever bistand fra andre Nivå 2» and
«Omfattende samarbeid mellom flere tjenester Nivå 3». Each table has a row per thing to do:
its heading and what to do (``title``, ``description``), and the columns «Hvordan?» (``how``),
«Hvem?» (``who``) and «Verktøy» (``tools``). The tables were flattened when the seed was
extracted; each row is rebuilt from the order of its cells. Where a row runs over a page
break (nivå 0's «Beslutning tiltak», whose note about the conversation and «Ved beslutning om
å ta saken videre opprettes stafettlogg nivå 1 - digitalt» open the next page) it is kept as
one row. The guide's spelling slips («helthetlig», «bevist», «Dersom det er anses») are
written as meant («helhetlig», «bevisst», «Dersom det anses»).

What the guide decides, and how the platform keeps it:

* Nivå 0 ends in «en beslutning om saken skal gå videre på individnivå, systemnivå eller
  avsluttes». Going on at the individual level opens the digital stafettlogg at nivå 1
  together with the consent and a date for the next meeting («Ved beslutning om å ta saken
  videre opprettes stafettlogg nivå 1 - digitalt»; nivå 1: «Fyll ut samtykkeskjema, opprett
  stafettlogg og avtal nytt møte»). That is this plugin's rule, given through the
  ``bti_levels`` hook: nivå 0 has no stafettlogg (``stafettlogg=False``: a closed wondering
  leaves only its note), and the decision to nivå 1 opens it (``opens_stafettlogg``). Tromsø
  opens it at nivå 2 with the same two fields.
* «Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre dager» is a
  fourth choice at nivå 0: the clarification is recorded as a decision that keeps the case at
  nivå 0, and the decision that follows is due within three working days (see
  :data:`AVKLARING_TRE_DAGER`).
* Nivå 1 and 2 give no list of decisions; their choices follow the guide's own moves between
  the levels: measures go on at the service («avtal nytt møte»), the challenges need help
  from others (nivå 2), the case is «sammensatt og trenger tverrfaglig drøfting» (nivå 3), it
  goes back, or it ends; and the duty to report, which holds at every level.
* Nivå 3's «Beslutning» has four numbered points. The first two are each a choice between
  two («Avslutte eller fortsette», «Fortsette på tverrfaglig eller enhetsnivå») and are
  offered as two choices sharing the guide's number; the third and fourth are one each.
"""

from __future__ import annotations

from bti import DeadlineRule, Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_jevnaker import tools as t

#: «Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre dager.»
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

NIVA_2 = Level(
    number=2,
    name=_l("Utfordringene krever bistand fra andre"),
    purpose=_l("Nivå 2 beskriver tverrfaglig og tverretatlig samarbeid."),
    steps=(
        Step(
            _l("Avklar på nytt med foresatte"),
            _l("Tenk høyt sammen med foresatte:"),
            who=(t.STAFETTHOLDER,),
            questions=(
                _l("Hvilke endringer har skjedd?"),
                _l("Hvilke muligheter finnes for videre arbeid?"),
                _l("Offentlig bidrag og tiltak?"),
                _l("Privat bidrag og tiltak (familiens nettverk)?"),
            ),
        ),
        Step(
            _l("Nye tjenester kobles inn"),
            _l("Bli enig om hvilke instans det kan være aktuelt å samarbeide med."),
            who=(t.STAFETTHOLDER, t.FORESATTE),
        ),
        Step(
            _l("Henvisning"),
            _l("Klare saker til PPT, barnevern eller fysio/ergoterapi tjenesten henvises direkte."),
            who=(t.AKTUELLE_TJENESTER,),
            tools=(t.PPT, t.FYSIO_ERGO),
        ),
        Step(
            _l("Nye deltagere inn i samarbeidet"),
            _l(
                "Er saken sammensatt og trenger tverrfaglig drøfting? Stafettholder vurderer "
                "nye deltagere inn i samarbeidet."
            ),
            who=(t.STAFETTHOLDER,),
        ),
        Step(
            _l("Samtykke"),
            _l("Foreldre undertegner samtykkeskjema og henvisningsskjema."),
            who=(t.STAFETTHOLDER,),
            tools=(t.SAMTYKKESKJEMA, t.PPT),
        ),
    ),
    outcomes=(
        Outcome(
            "continue",
            _l("Samarbeidet med de andre tjenestene fortsetter, og nytt møte avtales"),
            to_level=2,
            next_meeting="tverrfaglig_mote",
        ),
        Outcome(
            "level_3",
            _l("Omfattende samarbeid mellom flere tjenester: gå til nivå 3"),
            to_level=3,
        ),
        Outcome(
            "level_1",
            _l("Utfordringene kan igjen løses på tjenestestedet: tilbake til nivå 1"),
            to_level=1,
        ),
        Outcome(
            "report",
            _l("Melde saken til barnevernet"),
            to_level=2,
            reports_to_barnevern=True,
        ),
        Outcome("close", _l("Samarbeidet avsluttes"), closes_case=True),
    ),
    service_examples=("ppt", "barnevern", "fysio_ergo"),
)

NIVA_3 = Level(
    number=3,
    name=_l("Omfattende samarbeid mellom flere tjenester"),
    purpose=_l("Nivå 3 beskriver tverrfaglig og tverretatlig samarbeid."),
    steps=(
        Step(
            _l("Foresattes vurdering"),
            _l(
                "Lytt til foreldre/foresatte vurdering og anerkjenn deres rett til å takke "
                "nei til tilbud om hjelp."
            ),
            who=(t.STAFETTHOLDER,),
        ),
        Step(
            _l("Frem barnets behov tydelig"),
            _l(
                "Vær i jevnlig dialog med foresatte slik at det er mulig for foresatte å ha "
                "god innsikt i barnets utfordringer og hva barnet mestrer og har som styrker "
                "slik at disse kan vektlegges videre både i familien og i samspill med andre."
            ),
            who=(t.STAFETTHOLDER,),
        ),
        Step(
            _l("Møte"),
            _l("Planlegg og gjennomfør et møte på tvers av tjenestene som er involvert."),
            how=_l(
                "Møtet inneholder en analyse og drøfting av grunnlagsinformasjonen samt "
                "planlegging av aktuelle nye tiltak. Evaluer prosessen. Avtal nytt møte."
            ),
            who=(t.STAFETTHOLDER, t.BARNET, t.FORESATTE, t.REPR_ANDRE_TJENESTER),
        ),
        Step(
            _l("Etabler «laget rundt barnet»"),
            _l(
                "Deltagere avklares på nytt etter nivå 2. Er fortsatt samme ressurspersoner "
                "og tjenester riktige for samarbeidet videre?"
            ),
            how=_l("Med utgangspunkt i grunnlagsinformasjon, evaluering og nye tiltak."),
            who=(t.ANSVARLIGE_I_ALLE,),
            tools=(t.STAFETTLOGGEN,),
        ),
        Step(
            _l("Koordinerende innsats"),
            _l("Samarbeidsgruppa fortsetter sitt arbeid – koordinerende innsats."),
            how=_l(
                "Stafettholder kaller inn til nytt møte på tvers av tjenestene der nye råd "
                "danner grunnlag for videre tiltak/oppfølging i saken."
            ),
            who=(t.STAFETTHOLDER, t.BARNET, t.FORESATTE, t.REPR_ANDRE_TJENESTER),
            tools=(t.STAFETTLOGGEN,),
        ),
        Step(
            _l("Mulige psykiske lidelser"),
            _l(
                "Ved mistanke om psykiske lidelser skal kommunepsykolog kobles på i det "
                "tverrfaglige samarbeidet."
            ),
            who=(t.STAFETTHOLDER,),
            tools=(t.SJEKKLISTE_PSYKISK, t.FHI),
        ),
        Step(
            _l("Avklaring somatisk eller fysisk sykdom"),
            _l(
                "Ved tilfeller der man er usikker på fysisk eller psykisk sykdom eller "
                "eksempelvis begge deler skal kommuneoverlege/fastlege og kommunepsykolog "
                "involveres i samarbeidet."
            ),
            who=(t.STAFETTHOLDER,),
        ),
        Step(
            _l("Evaluering av tiltak"),
            _l("Evaluering av tiltak og vurdering av behov for ytterligere innsats."),
            how=_l("Fast evalueringssystem som bygger på analyse av mål og tiltak."),
            who=(t.DELTAGERE_TVERRFAGLIG, t.BARNET, t.FORESATTE),
            tools=(t.STAFETTLOGGEN,),
        ),
        Step(
            _l("Meldeplikt barnevernstjenesten"),
            _l(
                "Dersom det er aktuelt, informer offentlig ansattes meldeplikt til "
                "barnevernstjenesten ved alvorlig bekymring. Situasjonen vurderes faglig og "
                "en melding skrives, fortrinnsvis i samarbeid med leder. Alle tjenesteytere "
                "har en selvstendig meldeplikt jfr. lov om helsepersonell § 33, Lov om "
                "barnehager § 22, lov om grunnskole og videregående opplæring "
                "(opplæringslova) § 15-3."
            ),
            tools=(t.MELDING_BARNEVERN,),
        ),
        Step(
            _l("Tiltaksplan"),
            _l(
                "På tross av at foreldre/foresatte ikke ønsker hjelp fra andre instanser må "
                "det vurderes om tiltaksplan skal utarbeides for barnet/ungdommen i den "
                "virksomheten barnet befinner seg i, og undringen har oppstått."
            ),
            who=(t.ANSVARLIG_LEDER,),
        ),
        Step(
            _l("Beslutning"),
            _l(
                "1. Avslutte eller fortsette. 2. Fortsette på tverrfaglig eller enhetsnivå. "
                "3. Melde saken til barnevernet. 4. Iverksette systemtiltak."
            ),
            who=(t.DELTAGERE_TVERRFAGLIG, t.BARNET, t.FORESATTE),
        ),
    ),
    outcomes=(
        Outcome("close", _l("Avslutte"), closes_case=True, number="1"),
        Outcome(
            "continue",
            _l("Fortsette"),
            to_level=3,
            number="1",
            next_meeting="tverrfaglig_mote",
        ),
        Outcome("level_2", _l("Fortsette på tverrfaglig nivå (nivå 2)"), to_level=2, number="2"),
        Outcome("level_1", _l("Fortsette på enhetsnivå (nivå 1)"), to_level=1, number="2"),
        Outcome(
            "report",
            _l("Melde saken til barnevernet"),
            to_level=3,
            reports_to_barnevern=True,
            number="3",
        ),
        Outcome("system", _l("Iverksette systemtiltak"), to_level=3, number="4"),
    ),
    service_examples=("kommunepsykolog", "fastlege", "barnevern"),
    decision_together=True,
)


def _with_tools(level: Level) -> Level:
    """The level's tools: every tool its rows name, once, in the order they appear."""
    from dataclasses import replace

    seen: dict[str, object] = {}
    for step in level.steps:
        for tool in step.tools:
            seen.setdefault(str(tool.name), tool)
    return replace(level, tools=tuple(seen.values()))


LEVELS = tuple(_with_tools(level) for level in (NIVA_0, NIVA_1, NIVA_2, NIVA_3))
