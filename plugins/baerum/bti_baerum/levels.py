"""Bærum's four levels: the way a concern goes to a Tidlig innsatsteam (TIT) and back.

Source: shared/seeds/000_0e1a3820b93a5dea.txt (*Metodebok for Tidlig innsatsteam*). The
method book has no national «nivå 0–3»; it has one flow: discuss the concern in your own
service and get consent («Hvordan melde inn saker» 1–3), refer it to the team (4–7), the
meeting («Møtestruktur»), and the follow-up in the local service after the action plan
(«Avrunding», «Brukerevaluering» and the form «Handlingsplan» with «Evaluering
v/koordineringsansvarlig»). The platform's levels 0–3 are those four stages.

How a case moves:

* The referral to TIT is not a decision here. The TIT section of the case page moves the
  case: sending the meldeskjema moves it from 0 to 1 (outcome ``tit_referred``), the
  coordinator's invitations from 1 to 2 (``tit_invited``), and the recorded «Avrunding»
  from 2 to 3 (``tit_discussed``). The decisions below are the other ways out of a level:
  the case is solved in one's own service or without a meeting, the follow-up ends, or the
  case goes back to be discussed in TIT again.
* The duty to report holds at every level: «Alle offentlige ansatte har et selvstendig
  ansvar for å melde fra til Barneverntjenesten direkte ved mistanke om alvorlig
  omsorgssvikt, vold eller overgrep mot et barn» («Hvordan melde inn saker»). A report
  keeps the case at its level.

No stafettlogg (``stafettlogg=False`` at every level): the method book never names one. Its
documents are the consent form, the meldeskjema, the invitation, the action plan («arkiveres
ikke i TIT. Arkiveres i barnets/den gravides journal lokalt») and the anonymised protocol
(«Dokumentasjon»). The action plan made in the meeting (the core's team pages) is where the
goals, measures, who is responsible and the follow-up are written; nobody holds a baton.
"""

from __future__ import annotations

from bti import Level, Outcome, Step, Tool
from bti import lazy_gettext as _l
from bti_baerum.contacts import MELDEPLIKT

# Who does what, in the method book's words.
DU = _l("Den som er bekymret")
FORESATTE = _l("Foresatte/ungdom")
KOORDINATOR = _l("Koordinator for TIT")
TEAMET = _l("Tidlig innsatsteam")
LOKAL_TJENESTE = _l("Den lokale tjenesten")
KOORDINERINGSANSVARLIG = _l("Koordineringsansvarlig")

# «Dokumentasjon» and «Vedlegg 1–4».
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema"), form="consent")
MELDESKJEMA = Tool(_l("Meldeskjema"), form="referral")
MOTEINNKALLING = Tool(_l("Møteinnkalling"), form="team_invitation")
HANDLINGSPLAN = Tool(_l("Handlingsplan"), form="action_plan")
PROTOKOLL = Tool(_l("Protokoll (anonymisert)"))
BUFDIR = Tool(_l("Bufdir om barnevern"), url="http://www.bufdir.no/Barnevern/")


def _report(level: int) -> Outcome:
    """«Ved mistanke om vold eller seksuelle overgrep skal Barneverntjenesten kontaktes
    umiddelbart. Barneverntjenesten tar kontakt med politiet. Foreldre skal da ikke
    kontaktes, og skal heller ikke ha informasjon om meldingen.»"""
    return Outcome(
        "report_barnevern",
        _l("Melde fra til Barneverntjenesten"),
        to_level=level,
        reports_to_barnevern=True,
        note=MELDEPLIKT,
    )


# «Hvordan melde inn saker» 1–3: before the referral.
NIVA_0 = Level(
    number=0,
    name=_l("Drøft bekymringen i egen tjeneste"),
    purpose=_l(
        "Du er bekymret for et barn, en ungdom eller en gravid. Drøft bekymringen med "
        "foresatte/ungdom, og avklar om saken trenger et tverrfaglig blikk i Tidlig "
        "innsatsteam. Saken går til nivå 1 når meldeskjemaet er sendt til koordinator for "
        "TIT i plattformen."
    ),
    steps=(
        Step(
            _l("Drøft din bekymring med foresatte/ungdom"),
            _l(
                "Tidlig innsatsteam er et lavterskeltilbud for saker som ikke finner sin "
                "løsning innenfor det enkelte tjenestested, og som trenger et tverrfaglig "
                "blikk."
            ),
            who=(DU, FORESATTE),
        ),
        Step(
            _l("Innhent informert skriftlig samtykke til å drøfte saken i Tidlig innsatsteam"),
            _l(
                "Drøftingene i teamet skal skje med foreldre/ungdom til stede eller med deres "
                "samtykke. Hvis foreldrene/ungdommen ikke ønsker å delta, må det foreligge "
                "skriftlig samtykke før saken drøftes."
            ),
            who=(DU, FORESATTE),
        ),
        Step(
            _l("Avklar hvem som skal innkalles"),
            _l(
                "Avklar med foresatte/ungdom om det er andre som skal innkalles til møtet i "
                "TIT i tillegg til de faste representantene."
            ),
            who=(DU, FORESATTE),
        ),
    ),
    tools=(SAMTYKKESKJEMA, BUFDIR),
    outcomes=(
        Outcome("close", _l("Saken løses i egen tjeneste"), closes_case=True),
        _report(0),
    ),
    stafettlogg=False,
)

# «Hvordan melde inn saker» 4–7: the referral, until the coordinator invites.
NIVA_1 = Level(
    number=1,
    name=_l("Meldt til Tidlig innsatsteam"),
    purpose=_l(
        "Saken er meldt til Tidlig innsatsteam med meldeskjema og samtykkeskjema. "
        "Koordinator for TIT vurderer hastegraden og setter saken opp på et møte. Saken går "
        "til nivå 2 når koordinator har sendt innkallingene."
    ),
    steps=(
        Step(
            _l("Kontakt koordinator for TIT"),
            _l(
                "Kontakt koordinator for TIT på telefon eller epost for å sjekke ut når saken "
                "kan komme opp i TIT (hastegrad vurderes), og gi beskjed om at meldeskjema vil "
                "bli sendt. Obs: navn må ikke oppgis i epost."
            ),
            who=(DU, KOORDINATOR),
        ),
        Step(_l("Fyll ut meldeskjema"), who=(DU,)),
        Step(
            _l("Meldeskjema og samtykkeskjema sendes til leder for Tidlig innsatsteam"),
            _l(
                "Meldeskjema og samtykkeskjema, samt informasjon om hvem som skal innkalles "
                "til møtet, sendes til leder for Tidlig innsatsteam. I plattformen sendes de "
                "i saken, aldri som vedlegg i epost."
            ),
            who=(DU,),
        ),
        Step(
            _l("Koordinator for TIT innkaller deltakerne til møtet"),
            _l(
                "Koordinator sikrer at skriftlig samtykke er gitt, og sender skriftlig "
                "møteinnkalling til alle deltakere. Obs: samtykke fra foreldre hvis det er "
                "behov for andre deltakere enn de faste."
            ),
            who=(KOORDINATOR,),
        ),
    ),
    tools=(MELDESKJEMA, SAMTYKKESKJEMA, MOTEINNKALLING),
    outcomes=(
        Outcome("close", _l("Saken løses uten møte i Tidlig innsatsteam"), closes_case=True),
        _report(1),
    ),
    stafettlogg=False,
)

# «Møtestruktur»: the six parts of the meeting.
NIVA_2 = Level(
    number=2,
    name=_l("Møte i Tidlig innsatsteam"),
    purpose=_l(
        "Saken drøftes i Tidlig innsatsteam med foreldre/ungdom til stede eller med deres "
        "samtykke. Møtet skal resultere i handling: en handlingsplan med ansvarsfordeling. "
        "Saken går til nivå 3 når avrundingen er registrert."
    ),
    steps=(
        Step(
            _l("Presentasjon"),
            _l(
                "Møteleder ønsker velkommen og presenterer rammer og tidsbruk. Alle "
                "presenterer seg. Taushetsplikten presiseres."
            ),
            who=(KOORDINATOR, TEAMET),
        ),
        Step(
            _l("Framlegg av sak"),
            _l(
                "Saken legges fram, med tiltak som allerede er iverksatt. Avklarende spørsmål, "
                "kun om fakta."
            ),
            who=(DU, FORESATTE, TEAMET),
        ),
        Step(
            _l("Drøftingsdel"),
            _l(
                "Saken belyses bredt, med rom for ulike syn. Hver holder tak i sin egen rolle "
                "og sitt eget lovverk."
            ),
            who=(TEAMET, FORESATTE),
        ),
        Step(
            _l("Avrunding"),
            _l(
                "Møteleder oppsummerer i hovedtiltak, foresatte/den unge legger fram sitt syn, "
                "og handlingsplanen utarbeides, med koordineringsansvarlig og tidspunkt for "
                "oppfølgingsmøte."
            ),
            who=(KOORDINATOR, FORESATTE, TEAMET),
        ),
        Step(
            _l("Metarefleksjon"),
            _l(
                "Etter at innmelder og foreldre/den unge har gått, gir de faste "
                "teammedlemmene tilbakemeldinger til hverandre."
            ),
            who=(TEAMET,),
        ),
        Step(_l("Protokoll"), _l("Møteleder ferdigstiller protokoll."), who=(KOORDINATOR,)),
    ),
    tools=(HANDLINGSPLAN, PROTOKOLL),
    outcomes=(_report(2),),
    stafettlogg=False,
)

# «Avrunding» (the follow-up belongs to the local service), «Brukerevaluering», and the
# form «Handlingsplan» with its «Evaluering v/koordineringsansvarlig».
NIVA_3 = Level(
    number=3,
    name=_l("Oppfølging i lokal tjeneste etter handlingsplanen"),
    purpose=_l(
        "Oppfølgingsansvaret for det enkelte tiltak ligger i den aktuelle, lokale tjeneste. "
        "Koordineringsansvarlig følger opp tiltakene i handlingsplanen, i samarbeid med "
        "foresatte."
    ),
    steps=(
        Step(
            _l("Iverksett tiltakene i handlingsplanen"),
            _l(
                "Ansvaret for iverksetting av tiltak ligger hos utøvende tjenester, i "
                "samarbeid med foresatte."
            ),
            who=(LOKAL_TJENESTE, FORESATTE),
        ),
        Step(
            _l("Oppfølgingsmøte på lokalt tjenestested"),
            _l("Tidspunktet for oppfølgingsmøtet står i handlingsplanen."),
            who=(KOORDINERINGSANSVARLIG, FORESATTE),
        ),
        Step(
            _l("Evaluering v/koordineringsansvarlig"),
            _l("Stikkord til tema for oppfølgingssamtalen."),
            who=(KOORDINERINGSANSVARLIG,),
            questions=(
                _l("Hvordan nådde du målet?"),
                _l("Hva kan være årsaken til at vi ikke nådde målet?"),
                _l("Hvilken instans fulgte opp saken?"),
                _l("Ble forslag til tiltak benyttet?"),
                _l("Hvordan har effekten av råd/tiltak vært?"),
            ),
        ),
        Step(
            _l("Brukerevaluering"),
            _l(
                "Foreldrene gir en tilbakemelding på hvordan de har opplevd å delta i Tidlig "
                "innsatsteam, om handlingsplanen er fulgt opp og om tiltakene har vært "
                "opplevd som nyttige. Koordinator for teamet er ansvarlig for å gjennomføre "
                "evalueringsopplegget."
            ),
            who=(KOORDINATOR, FORESATTE),
        ),
    ),
    tools=(HANDLINGSPLAN,),
    outcomes=(
        Outcome("close", _l("Avslutte saken"), closes_case=True),
        Outcome(
            "tit_again",
            _l("Drøfte saken i Tidlig innsatsteam på nytt"),
            to_level=0,
            note=_l(
                "Saken går tilbake til nivå 0, der et nytt meldeskjema kan sendes til "
                "koordinator for TIT. Husk at samtykket må gjelde for en ny drøfting."
            ),
        ),
        _report(3),
    ),
    stafettlogg=False,
)

LEVELS = (NIVA_0, NIVA_1, NIVA_2, NIVA_3)
