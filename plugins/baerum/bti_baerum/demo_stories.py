"""Bærum's demo cases at nivå 0, «Drøft bekymringen i egen tjeneste» («Hvordan melde inn
saker» 1–3): the concern discussed with the guardians, the consent to discuss the case in
Tidlig innsatsteam, a case solved in one's own service, and a report to Barneverntjenesten
with the parents kept out.

The later levels are reached only through the core's TIT section (the meldeskjema, the
coordinator's invitations, the recorded avrunding), which its own demo steps replay; these
stories stop where the referral begins. ``bti demo`` replays each step through the services.
"""

from __future__ import annotations

from bti import Story
from bti import story_step as step

RECIPIENT = "Barneverntjenesten i Bærum, mottak"
#: «Innhent informert skriftlig samtykke til å drøfte saken i Tidlig innsatsteam»: the
#: services of the team for the child's age («Deltakere»).
TIT_1_5 = ("helsestasjon", "barnevern", "ppt")
TIT_6_15 = ("skolehelsetjeneste", "barnevern", "ppt")

# fmt: off
STORIES = (
    Story("age2", (
        step(6, "09:30", "barnehage", "open", arose=20,
            concern="Snakker lite og trekker seg unna i lek med andre barn."),
        step(5, "14:00", "barnehage", "invite", kind="undringssamtale", on=-4, at="14:00"),
    )),
    Story("age8", (
        step(30, "08:40", "laerer", "open", arose=45,
            concern="Kommer ofte for sent, virker sliten og har ofte ikke med matpakke."),
        step(30, "12:00", "laerer", "add", people=("leder",)),
        step(29, "09:00", "laerer", "invite", kind="undringssamtale", on=23, at="14:00"),
        step(23, "15:10", "laerer", "hold", voice="Det var ingen som vekket meg i dag."),
        step(21, "10:00", "laerer", "consent", services=TIT_6_15),
        step(8, "10:00", "laerer", "invite", kind="oppfolgingsmote", on=-6, at="09:00"),
    )),
    Story("age4", (
        step(90, "10:00", "barnehage", "open", arose=100,
            concern="Urolig etter flytting; roet seg etter samtale med foresatte."),
        step(89, "09:00", "barnehage", "invite", kind="undringssamtale", on=83, at="14:00"),
        step(83, "15:10", "barnehage", "hold"),
        step(70, "11:00", "barnehage", "decide", outcome="close",
            why="Foresatte og barnehagen har funnet en løsning sammen; saken løses i egen "
            "tjeneste."),
    )),
    Story("age3", (
        step(12, "10:00", "barnehage", "open", arose=14,
            concern="Språket utvikler seg sent; foresatte ønsker å drøfte det tverrfaglig."),
        step(11, "10:00", "barnehage", "consent", services=TIT_1_5),
    )),
    Story("gravid1", (
        step(4, "11:00", "helsesykepleier", "open", arose=4,
            concern="Førstegangsfødende med lite nettverk; ønsker støtte før og etter fødselen."),
        step(3, "11:00", "helsesykepleier", "invite", kind="undringssamtale", on=-5, at="11:00"),
    )),
    Story("age6", (
        step(3, "09:10", "laerer", "open", acute=True, recipient=RECIPIENT, arose=3,
            concern="Barnet forteller at det blir slått hjemme. Meldt direkte til "
            "Barneverntjenesten; foresatte er ikke informert."),
        step(3, "09:40", "laerer", "add", people=("leder", "barnevern")),
        step(3, "10:00", "laerer", "decide", outcome="report_barnevern", recipient=RECIPIENT,
            why="Mistanke om vold: Barneverntjenesten er kontaktet umiddelbart."),
    )),
)
# fmt: on
