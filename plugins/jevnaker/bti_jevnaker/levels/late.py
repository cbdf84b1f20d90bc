"""Nivå 2 «Utfordringene krever bistand fra andre» and nivå 3 «Omfattende samarbeid mellom
flere tjenester»: the work with other services."""

from __future__ import annotations

from bti import Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_jevnaker import tools as t

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
