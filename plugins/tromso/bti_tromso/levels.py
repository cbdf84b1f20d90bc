"""Tromsø's four levels, as its BTI guide words them.

Source: shared/seeds/004_e094d3244bfd92ed.txt — «Identifisering og avklaring - nivå 0»,
«Innsats i egen avdeling - nivå 1», «Tverrfaglig samarbeid - nivå 2» and «Tverrfaglig
samarbeid med spesiell innsats - nivå 3». Every level is a numbered list of trinn, kept as a
checklist on the case; each step's title is the guide's «Trinn N: …», its description the
guide's text and its questions the guide's støttespørsmål/hjelpespørsmål. The decisions keep
the guide's own numbering («1», «3 A»). The text is the guide's own bokmål; the plugin's
catalogs give nynorsk and English.

What the seed does not give, and how it is handled here:

* Nivå 0 has no sentence of purpose of its own; its purpose sums up its four trinn.
* The tools for nivå 1–3 are not in the seed: «Verktøy nivå 1 [2, 3] finner du i avsnittet
  Verktøykasse», and the Verktøykasse is not part of it. Those levels therefore name only
  tools from nivå 0's list that their own text calls for: the Samtykkeskjema (nivå 1 trinn
  3 «Vurder sammen om det er behov for råd og veiledning fra andre instanser»; nivå 2 trinn
  1 «Innhent samtykke til tverrfaglig samarbeid» and trinn 2 «NB! Husk samtykke»; the
  stafettlogg at nivå 3) and, at nivå 1, the Observasjonsskjema (trinn 3 «Hvordan skal vi
  måle om det virker?»). Nothing else is invented, apart from nivå 1's plan and its
  evaluation (below).
* The stafettlogg belongs to nivå 2 and 3 («Trinn 2: Opprett Stafettlogg. NB! Husk
  samtykke.»). At nivå 0 and 1 it is not opened: nivå 1 makes «en plan for det videre
  forløpet» and «Dokumenter i eget fagsystem», so nivå 1 names that plan and its
  evaluation (trinn 5) as its tools; filling them in ticks trinn 3 and 5.
* Nivå 3 is where «barn med tiltak fra barneverntjenesten» are: barnevern starting its
  help moves a case there.
* Nivå 3's first decision («Vurder om saken skal avsluttes eller om barnet/ungdommen skal få
  hjelp nivå 1 … eller 2 …») is one sentence with three ends; it is split into three
  outcomes that share the number «1». The guide's «innstas i egen enhet» is written
  «innsats i egen enhet».
* Nivå 2's «Avslutte tverrfaglig innsats? … Gå eventuelt tilbake til nivå 1.» is likewise
  split in two outcomes numbered «1»: close the case, or go back to nivå 1.
"""

from __future__ import annotations

from bti import DeadlineRule, Level, Outcome, Step, Tool
from bti import lazy_gettext as _l

# Who does what, in the guide's words.
KOLLEGA_LEDER = _l("Kollega/leder")
BARNET = _l("Barnet/ungdommen")
FORESATTE = _l("Foresatte")
STAFETTHOLDER = _l("Stafettholder")
TJENESTENE = _l("De involverte tjenester")

# «Verktøy nivå 0». Those with a form kind can be filled in or printed on the case.
OBSERVASJONSSKJEMA = Tool(_l("Observasjonsskjema"), form="observation")
FEM_TRINN = Tool(_l("Fem trinn fra bekymring til melding"), form="fem_trinn")
BEKYMRINGSMELDING = Tool(
    _l("Mal for bekymringsmelding til barneverntjenesten"), form="bekymringsmelding"
)
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema"), form="consent")
#: Nivå 1, trinn 3 and 5: the plan «i eget fagsystem» and its evaluation.
PLAN = Tool(_l("Plan for det videre forløpet"), form="plan_niva_1")
EVALUERING = Tool(_l("Evaluering av tiltakene"), form="evaluering_niva_1")

#: «Frist for å ta en beslutning 14 dager etter at bekymring oppstår» (nivå 0, trinn 4).
BESLUTNING_14_DAGER = DeadlineRule(
    code="beslutning_14_dager",
    label=_l("Beslutning innen 14 dager etter at bekymringen oppsto"),
    trigger="case_opened",
    days=14,
    met_by="decision",
)

#: «Behov for å samarbeide med andre tjenester? Gå til nivå 2.» — decision 3 at nivå 0 and 1.
SAMARBEID_MED_ANDRE = Outcome(
    "level_2",
    _l("Behov for å samarbeide med andre tjenester? Gå til nivå 2."),
    to_level=2,
    number="3",
)


def melding_og_niva_3(label) -> Outcome:
    """Decision 4 at nivå 0 and nivå 1: a report to barnevern, and the case goes to nivå 3."""
    return Outcome("level_3_report", label, to_level=3, reports_to_barnevern=True, number="4")


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

LEVELS = (NIVA_0, NIVA_1, NIVA_2, NIVA_3)
