"""Nivå 0 and nivå 1: the concern in one's own service."""

from __future__ import annotations

from bti import Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_tromso.levels.common import (
    BARNET,
    BEKYMRINGSMELDING,
    BESLUTNING_14_DAGER,
    EVALUERING,
    FEM_TRINN,
    FORESATTE,
    KOLLEGA_LEDER,
    OBSERVASJONSSKJEMA,
    PLAN,
    SAMARBEID_MED_ANDRE,
    SAMTYKKESKJEMA,
    melding_og_niva_3,
)

NIVA_0 = Level(
    number=0,
    name=_l("Identifisering og avklaring"),
    purpose=_l(
        "En bekymring for et barn/ungdom oppstår. Konkretiser bekymringen, del og diskuter "
        "den, og ta en beslutning om det er grunn til bekymring eller spesiell "
        "oppmerksomhet innen 14 dager etter at bekymringen oppsto."
    ),
    steps=(
        Step(_l("Trinn 1: Bekymring for et barn/ungdom oppstår")),
        Step(
            _l("Trinn 2: Konkretiser"),
            _l(
                "Hva går den ekstra bekymringen ut på? Hvor bekymret er du? Sett ord på "
                "bekymringen, undersøk via observasjon, samtaler og kartlegginger."
            ),
            questions=(
                _l("Hva har du sett eller hørt?"),
                _l("Hva har barnet/ungdommen sagt eller gjort?"),
                _l(
                    "Hva er det i samspillet mellom barnet/ungdommen og omgivelsene som har "
                    "gjort deg bekymret?"
                ),
                _l("Hvor lenge har du vært bekymret?"),
                _l("Har det tidligere vært bekymringer for barnet/ungdommen?"),
            ),
        ),
        Step(
            _l("Trinn 3: Del og diskuter din bekymring og dine observasjoner"),
            _l(
                "Del og diskuter din bekymring og dine observasjoner med kollega/leder, "
                "barnet/ungdommen og foresatte."
            ),
            who=(KOLLEGA_LEDER, BARNET, FORESATTE),
        ),
        Step(
            _l("Trinn 4: Oppsummer og ta beslutning"),
            _l(
                "Oppsummer og ta beslutning om det er grunn til bekymring eller spesiell "
                "oppmerksomhet. Frist for å ta en beslutning 14 dager etter at bekymring "
                "oppstår."
            ),
            done_when="decision",
        ),
    ),
    tools=(OBSERVASJONSSKJEMA, FEM_TRINN, BEKYMRINGSMELDING, SAMTYKKESKJEMA),
    outcomes=(
        Outcome(
            "close",
            _l("Ikke behov for videre tiltak? Saken avsluttes."),
            closes_case=True,
            number="1",
        ),
        Outcome(
            "level_1",
            _l("Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1."),
            to_level=1,
            number="2",
        ),
        SAMARBEID_MED_ANDRE,
        melding_og_niva_3(
            _l(
                "Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; "
                "bekymringsmelding til barneverntjenesten/politi."
            )
        ),
    ),
    deadlines=(BESLUTNING_14_DAGER,),
    checklist=True,
    stafettlogg=False,
)

NIVA_1 = Level(
    number=1,
    name=_l("Innsats i egen avdeling"),
    purpose=_l(
        "Barn/ungdom som mottar tilrettelagt tilbud uten at andre instanser er involvert. "
        "Samarbeid i Ressursteam skole/barnehage er også på nivå 1."
    ),
    steps=(
        Step(
            _l("Trinn 1: Definer problemstillingen"),
            _l(
                "Definer problemstillingen i samarbeid med foresatte/barnet/ungdom, med "
                "formål om å skape en felles forståelse."
            ),
            who=(FORESATTE, BARNET),
        ),
        Step(
            _l("Trinn 2: Drøft hvilke tiltak det kan være aktuelt å sette inn"),
            _l(
                "Drøftes med foresatte/barn/ungdom hvilke tiltak det kan være aktuelt å sette "
                "inn. Vær oppmerksom på at ulike parter kan ha ulik oppfatning av situasjonen, "
                "hva som er viktig, hva en ønsker å oppnå osv."
            ),
            who=(FORESATTE, BARNET),
            questions=(
                _l("Hva er viktig for deg/dere?"),
                _l("Hva ønsker du/dere skal skje?"),
            ),
        ),
        Step(
            _l("Trinn 3: Lag en plan for det videre forløpet"),
            _l(
                "Det er viktig å ta stilling til punktene under. Dokumenter i eget fagsystem. "
                "Vurder sammen om det er behov for råd og veiledning fra andre instanser."
            ),
            questions=(
                _l(
                    "Hva er målet/målene? Ta utgangspunkt i problemforståelsen identifisert "
                    "i trinn 1"
                ),
                _l("Hvem er ansvarlig?"),
                _l("Tidsperspektiv/varighet"),
                _l("Hvordan skal vi måle om det virker?"),
                _l("Hvem snakker med barnet/ungdommen?"),
                _l("Evalueringspunkter"),
            ),
            done_when="measures_set",
        ),
        Step(_l("Trinn 4: Iverksett den konkrete innsatsen/tiltaket")),
        Step(
            _l("Trinn 5: Evaluer tiltakene etter oppsatt plan"),
            _l(
                "Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde "
                "barnets/ungdommens stemme."
            ),
            who=(BARNET,),
            done_when="measure_evaluated",
        ),
        Step(_l("Trinn 6: Ta beslutning"), done_when="decision"),
    ),
    tools=(PLAN, EVALUERING, OBSERVASJONSSKJEMA, SAMTYKKESKJEMA),
    outcomes=(
        Outcome("close", _l("Avslutte interne tiltak?"), closes_case=True, number="1"),
        Outcome(
            "continue",
            _l("Fortsette interne tiltak?"),
            to_level=1,
            number="2",
            repeat_from=4,
        ),
        SAMARBEID_MED_ANDRE,
        melding_og_niva_3(
            _l(
                "Bekymring for barnets/ungdommens omsorgssituasjon – gå til nivå 3; "
                "bekymringsmelding til barneverntjenesten."
            )
        ),
    ),
    checklist=True,
    stafettlogg=False,
    plan_form="plan_niva_1",
)
