"""Nivå 2 and nivå 3: other services in, and the stafettlogg."""

from __future__ import annotations

from bti import Level, Outcome, Step
from bti import lazy_gettext as _l
from bti_tromso.levels.common import (
    BARNET,
    FORESATTE,
    SAMTYKKESKJEMA,
    STAFETTHOLDER,
    TJENESTENE,
)

NIVA_2 = Level(
    number=2,
    name=_l("Tverrfaglig samarbeid"),
    purpose=_l(
        "Barnet/ungdommen mottar hjelp fra flere instanser, og det er/kan bli behov for "
        "samarbeid mellom disse."
    ),
    steps=(
        Step(
            _l("Trinn 1: Snakk med barnet/ungdommen og foresatte"),
            _l(
                "Snakk med barnet/ungdommen og foresatte. Vurder sammen hvilke andre "
                "instanser som bør kobles på. Innhent samtykke til tverrfaglig samarbeid."
            ),
            who=(BARNET, FORESATTE),
            done_when="consent_given",
        ),
        Step(
            _l("Trinn 2: Opprett Stafettlogg. NB! Husk samtykke."),
            _l(
                "Det er den instans som først ser at det er behov for tverrfaglig "
                "samarbeid/innsats som skal være Stafettholder og opprette Stafettlogg."
            ),
            who=(STAFETTHOLDER,),
            done_when="stafettlogg_opened",
        ),
        Step(
            _l("Trinn 3: Bring saken videre i hjelpeapparatet"),
            _l(
                "Bring saken videre i hjelpeapparatet. Ta kontakt med andre tjenester eller "
                "Ressurssenteret dersom du er i tvil om hvilke instanser som kan bistå."
            ),
            who=(STAFETTHOLDER,),
        ),
        Step(
            _l("Trinn 4: Sett felles mål og bestem hvilke aktiviteter som skal iverksettes"),
            _l(
                "De involverte tjenester og barn/ungdom/foresatte setter felles mål og "
                "bestemmer hvilke aktiviteter som skal iverksettes for å nå målene. Legg til "
                "rette for at barnet/ungdommen får si sin mening i møter eller i forbindelse "
                "med møter. Dokumenter det som gjøres i Stafettloggen."
            ),
            who=(TJENESTENE, BARNET, FORESATTE),
            questions=(
                _l("Hva er målet/målene?"),
                _l("Hvilke aktiviteter skal iverksettes?"),
                _l("Tidsperspektiv/varighet"),
                _l("Hvem har ansvar?"),
                _l("Hvordan skal vi måle om aktivitetene har effekt?"),
                _l("Hvem snakker med barnet/ungdommen?"),
                _l("Evalueringspunkter"),
            ),
            done_when="measures_set",
        ),
        Step(_l("Trinn 5: Iverksett tiltak")),
        Step(_l("Trinn 6: Evaluer aktivitetene i Stafettloggen"), done_when="measure_evaluated"),
        Step(
            _l("Trinn 7: Ta beslutning om videre arbeid"),
            _l("På bakgrunn av evalueringa, ta beslutning om videre arbeid."),
            done_when="decision",
        ),
    ),
    tools=(SAMTYKKESKJEMA,),
    outcomes=(
        Outcome(
            "close",
            _l("Avslutte tverrfaglig innsats? Stafettloggen avsluttes jfr. egne rutiner."),
            closes_case=True,
            number="1",
        ),
        Outcome(
            "level_1",
            _l(
                "Avslutte tverrfaglig innsats og gå tilbake til nivå 1. Stafettloggen "
                "avsluttes jfr. egne rutiner."
            ),
            to_level=1,
            number="1",
        ),
        Outcome(
            "continue",
            _l(
                "Fortsatt behov for tverrfaglig innsats? Fortsett fra trinn 4-7 så lenge "
                "behovet er til stede."
            ),
            to_level=2,
            number="2",
            repeat_from=4,
        ),
        Outcome(
            "report",
            _l(
                "Bekymring rundt omsorgssituasjonen til barnet/ungdommen? Send "
                "bekymringsmelding til barneverntjenesten."
            ),
            reports_to_barnevern=True,
            number="3 A",
        ),
        Outcome(
            "ressurssenteret_ip",
            _l(
                "Behov for omfattende bistand fra helse- og omsorgstjenesten over en lengre "
                "periode? Kontakt Ressurssenteret for vurdering av retten til individuell plan."
            ),
            number="3 B",
            contact="ressurssenteret",
        ),
    ),
    checklist=True,
    consent_before_stafettlogg=True,
)

NIVA_3 = Level(
    number=3,
    name=_l("Tverrfaglig samarbeid med spesiell innsats"),
    purpose=_l(
        "Barn/ungdom med rett på individuell plan er på nivå 3, det samme er barn med tiltak "
        "fra barneverntjenesten. Barn/ungdom med behov for tjenester over tid fra helse- og "
        "omsorg, spesialisthelsetjenesten, barnevernet og NAV som må sees i sammenheng med "
        "hverandre, har rett til å få utarbeidet en individuell plan eller få oppnevnt "
        "koordinator for ansvarsgruppe."
    ),
    steps=(
        Step(
            _l("Trinn 1: Sett felles mål og bestem hvilke aktiviteter som skal iverksettes"),
            _l(
                "De involverte tjenester og barn/ungdom/foresatte setter felles mål og "
                "bestemmer hvilke aktiviteter som skal iverksettes for å nå målene. Legg til "
                "rette for at barnet/ungdommen får si sin mening i møter eller i forbindelse "
                "med møter. Det dokumenteres i Stafettlogg eller individuell plan i Sampro."
            ),
            who=(TJENESTENE, BARNET, FORESATTE),
            done_when="measures_set",
        ),
        Step(_l("Trinn 2: Iverksett tiltak")),
        Step(_l("Trinn 3: Evaluer"), done_when="measure_evaluated"),
        Step(_l("Trinn 4: Ta beslutning"), done_when="decision"),
    ),
    tools=(SAMTYKKESKJEMA,),
    outcomes=(
        Outcome(
            "close",
            _l(
                "Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? Saken "
                "avsluttes."
            ),
            closes_case=True,
            number="1",
        ),
        Outcome(
            "level_1",
            _l(
                "Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? "
                "Barnet/ungdommen får hjelp på nivå 1 (innsats i egen enhet). Overfør "
                "eventuelt ansvaret til ny Stafettholder."
            ),
            to_level=1,
            number="1",
            hands_over=True,
        ),
        Outcome(
            "level_2",
            _l(
                "Ikke lenger behov for bredt tverrfaglig samarbeid på flere arenaer? "
                "Barnet/ungdommen får hjelp på nivå 2 (tverrfaglig innsats, hovedsakelig på "
                "barnehage-/skolearena). Overfør eventuelt ansvaret til ny Stafettholder."
            ),
            to_level=2,
            number="1",
            hands_over=True,
        ),
        Outcome(
            "continue",
            _l(
                "Fortsatt behov for bredt tverrfaglig samarbeid på flere arenaer? Fortsett på "
                "trinn 1-4 så lenge behovet er til stede."
            ),
            to_level=3,
            number="2",
            repeat_from=1,
        ),
        Outcome(
            "overgangsmote",
            _l(
                "Skal en tjeneste med stafettholderansvar avslutte sitt arbeid og det er tvil "
                "om hvem som skal overta stafettholderansvaret? Gjennomfør et overgangsmøte "
                "for å avklare dette."
            ),
            number="3",
            meeting_kind="overgangsmote",
            hands_over=True,
        ),
        Outcome(
            "ressurssenteret",
            _l("Ved usikkerhet – ta kontakt med Ressurssenteret."),
            number="4",
            contact="ressurssenteret",
        ),
    ),
    checklist=True,
    consent_before_stafettlogg=True,
    barnevern_help=True,
)
