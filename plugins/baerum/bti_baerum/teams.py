"""Bærum's seven Tidlig innsatsteam (TIT) and the six parts of their meeting.

Sources: shared/seeds/000_0e1a3820b93a5dea.txt (*Metodebok for Tidlig innsatsteam*):
«Forord» («opprettelse av syv Tidlig innsatsteam»), «Møtehyppighet», «Deltakere» and
«Møtestruktur»; shared/seeds/003_65c3f1b10dd6ab1f.txt (*Tiltaksplan Sammen for barn og unge
2015–2019*), «Vedlegg 1: Ny modell for tverrfaglig samhandling»: «Innsatsteam
ledes/koordineres av en avdelingsleder fra barnevernstjenesten», and for the 16–23 band «Det
opprettes ett nytt tidlig innsatsteam».

Where the seeds are silent, chosen here (an administrator changes all of it later):

* How the seven split over the four age bands: one team for 0–1 (which also takes pregnant
  women: helsestasjon is where they are followed up), two for 1–5 (Øst, Vest), three for
  6–15 (Øst, Sentrum, Vest) and one for 16–23 (the tiltaksplan's «ett nytt»).
* Ages are whole years on the meeting date, both ends included. «0–1 år» ends at the first
  birthday, where «1–5 år» begins: 0–1 is ``max_age=0``. 1–5, 6–15 and 16–23 are read as
  written (up to the day before the 6th, 16th and 24th birthday).
* The weekdays: two teams serving the same ages never meet the same day, and no day has
  more than two teams, so the barnevern leaders who lead them are not double-booked more
  than needed. Every team starts at 09.00 (four hours).
"""

from __future__ import annotations

from bti import AgendaPart, Team, TeamSeat
from bti import lazy_gettext as _l

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = range(5)

# «Deltakere»: the fixed members' services, per age band.
HELSESTASJON = TeamSeat("helsestasjon", _l("Helsestasjon"))
BARNEVERN = TeamSeat("barnevern", _l("Barnevern"))
PSYKISK_HELSETEAM = TeamSeat("psykisk_helse", _l("Psykisk helseteam"))
PPT = TeamSeat("ppt", _l("PPT"))
PPT_VGS = TeamSeat("ppt", _l("PPT vgs"))
SKOLEHELSETJENESTEN = TeamSeat("skolehelsetjeneste", _l("Skolehelsetjenesten"))
BARNEHAGE = TeamSeat(
    "barnehage", _l("Styrer/avd.leder fra den aktuelle barnehage"), from_referring_unit=True
)
SKOLE = TeamSeat("skole", _l("Ledelsen ved den aktuelle skolen"), from_referring_unit=True)
SKOLE_VGS = TeamSeat("skole", _l("Ledelsen ved den aktuelle skole"), from_referring_unit=True)

LEADER = _l("Avdelingsleder fra barnevernstjenesten")
MORE_OFTEN = _l("Utvides til ukentlige møter hvis det er behov")
OTHERS = _l("Ved behov innkalles andre relevante instanser, etter avtale med foresatte.")
OTHERS_YOUTH = _l(
    "Ved behov innkalles andre relevante instanser, etter avtale med ungdom og foresatte."
)

EAST, CENTRE, WEST = _l("Øst"), _l("Sentrum"), _l("Vest")


def _team(code, name, ages, seats, *, weekday, area="", others=OTHERS, pregnant=False) -> Team:
    return Team(
        code=code,
        name=name,
        min_age=ages[0],
        max_age=ages[1],
        members=tuple(seat.label for seat in seats),
        seats=seats,
        area=area,
        includes_pregnant=pregnant,
        # «Møtehyppighet»: «Hver 14. dag 4 timer. Utvides til ukentlige møter hvis det er behov».
        cadence_days=14,
        meeting_hours=4,
        more_often=MORE_OFTEN,
        leader=LEADER,
        others=others,
        weekday=weekday,
        starts_at_hour=9,
        # «Myndighet»: «Ungdom over 15 år har rett til å være med og uttale seg om sin egen sak».
        youth_from_age=15,
    )


SMALL = (HELSESTASJON, BARNEVERN, PSYKISK_HELSETEAM)  # «0-1 år»
KINDERGARTEN = (HELSESTASJON, BARNEVERN, PPT, BARNEHAGE)  # «1-5 år»
SCHOOL = (SKOLEHELSETJENESTEN, BARNEVERN, PPT, SKOLE)  # «6-15 år»
UPPER_SECONDARY = (SKOLEHELSETJENESTEN, BARNEVERN, PPT_VGS, SKOLE_VGS)  # «16-23 år»

TEAMS = (
    _team(
        "tit-0-1",
        _l("Tidlig innsatsteam 0–1 år"),
        (0, 0),
        SMALL,
        weekday=MONDAY,
        pregnant=True,
    ),
    _team(
        "tit-1-5-ost",
        _l("Tidlig innsatsteam 1–5 år Øst"),
        (1, 5),
        KINDERGARTEN,
        weekday=TUESDAY,
        area=EAST,
    ),
    _team(
        "tit-1-5-vest",
        _l("Tidlig innsatsteam 1–5 år Vest"),
        (1, 5),
        KINDERGARTEN,
        weekday=THURSDAY,
        area=WEST,
    ),
    _team(
        "tit-6-15-ost",
        _l("Tidlig innsatsteam 6–15 år Øst"),
        (6, 15),
        SCHOOL,
        weekday=MONDAY,
        area=EAST,
    ),
    _team(
        "tit-6-15-sentrum",
        _l("Tidlig innsatsteam 6–15 år Sentrum"),
        (6, 15),
        SCHOOL,
        weekday=WEDNESDAY,
        area=CENTRE,
    ),
    _team(
        "tit-6-15-vest",
        _l("Tidlig innsatsteam 6–15 år Vest"),
        (6, 15),
        SCHOOL,
        weekday=FRIDAY,
        area=WEST,
    ),
    _team(
        "tit-16-23",
        _l("Tidlig innsatsteam 16–23 år"),
        (16, 23),
        UPPER_SECONDARY,
        weekday=TUESDAY,
        others=OTHERS_YOUTH,
    ),
)

# «Møtestruktur» 1–6, condensed in the method book's words.
AGENDA = (
    AgendaPart(
        "presentation",
        _l("Presentasjon"),
        5,
        10,
        _l(
            "Møteleder ønsker velkommen og presenterer rammer og tidsbruk. Alle i teamet "
            "presenterer seg med fornavn og funksjon og arbeidsområde. Taushetsplikten "
            "presiseres."
        ),
    ),
    AgendaPart(
        "case",
        _l("Framlegg av sak"),
        10,
        15,
        _l(
            "Møteleder avklarer hvem som skal legge fram saken. Det noteres stikkord på tavla "
            "underveis, og det redegjøres for tiltak som allerede er iverksatt. Møteleder "
            "stiller spørsmål for mer avklaring og involverer den gravide/foresatte/"
            "ungdommen; deretter åpnes det for avklarende spørsmål fra resten av teamet. I "
            "denne fasen skal det kun handle om fakta eller konkrete forhold: "
            "familiestrukturen, alder, kjønn, boforhold, nettverk, ressurser, utfordringer, "
            "hvilke tiltak som har vært prøvd."
        ),
    ),
    AgendaPart(
        "discussion",
        _l("Drøftingsdel"),
        30,
        30,
        _l(
            "Møteleder presiserer at målet er å få saken bredt belyst, gir rom for ulike syn "
            "og aksept for alle innspill. Referent noterer oppsummeringer i stikkord på tavla "
            "og sjekker ut med den som uttaler seg at det stemmer. Så starter felles "
            "drøfting, der alle kan ta ordet. Alle i teamet holder tak i sin egen rolle, sitt "
            "eget lovverk og sin egen etats faglige synspunkt, og kan stille spørsmål til "
            "andre i gruppa."
        ),
    ),
    AgendaPart(
        "closing",
        _l("Avrunding"),
        15,
        15,
        _l(
            "Møteleder oppsummerer det som står på tavla i noen hovedtiltak en kan enes om. "
            "Foresatte/den unge får legge fram sitt syn om videre tiltak. Det utarbeides "
            "handlingsplan, og foreldre/den unge og aktuelle fagpersoner får et eksemplar. "
            "Oppfølgingsansvaret for det enkelte tiltak ligger i den aktuelle, lokale "
            "tjeneste: det avklares hvem som er koordineringsansvarlig, og tidspunkt for "
            "oppfølgingsmøte på lokalt tjenestested føres i handlingsplanen. Foresatte/den "
            "unge gir en umiddelbar tilbakemelding på hvordan de har opplevd møtet."
        ),
    ),
    AgendaPart(
        "reflection",
        _l("Metarefleksjon"),
        10,
        10,
        _l(
            "Etter at innmelder og foreldre/den unge har gått, gir de faste teammedlemmene "
            "tilbakemeldinger til hverandre. Hvordan fungerte det? Kunne noe vært gjort "
            "annerledes?"
        ),
        fixed_members_only=True,
    ),
    AgendaPart(
        "protocol",
        _l("Protokoll"),
        guidance=_l(
            "Møteleder ferdigstiller protokoll. Protokollen er anonymisert, arkiveres i TIT "
            "og sendes kvartalsvis til koordinator for Sammen for barn og unge."
        ),
    ),
)
