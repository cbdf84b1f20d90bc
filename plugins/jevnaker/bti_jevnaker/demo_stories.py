"""Jevnaker's demo cases, told as what the staff did and when («Handlingsveileder BTI»).

Nivå 0 is the wondering: the undringssamtale with both parents (or a phone call instead),
and the decision — close (the note stays in the case, no stafettlogg), go on at systemnivå,
clarify in one's own service within three working days, go on at individnivå, or report to
barnevern with the parents kept out. Going on at individnivå signs the consent, opens the
digital stafettlogg at nivå 1 with the one deciding as stafettholder and agrees the next
meeting, all in the decision. Nivå 2 brings in PPT under a consent that names it; nivå 3
brings in the kommunepsykolog, meets across the services, and records the guardians
declining an offer. A 15-year-old signs the consent alone («Fra 15 år skal foresatte
og/eller ungdommen skrive under på samtykkeskjema»). ``bti demo`` replays each step
through the services.
"""

from __future__ import annotations

from bti import Story
from bti import story_step as step

RECIPIENT = "Barnevernstjenesten i Jevnaker, mottak"
#: The undringssamtale's agenda: «sammen kartlegge mulige årsaker og løsninger ut i fra
#: foreldre/foresattes og ansattes kjennskap til barnet/ungdommen».
UNDRING = (
    "Det vi har sett, og det vi lurer på",
    "Foreldrenes kjennskap til barnet",
    "Mulige årsaker og løsninger",
    "Behovet for tiltak",
)


def _undringssamtale(invited: int, held: int, by: str, notes: tuple, place: str) -> tuple:
    """Both parents invited ``invited`` days ago to talk ``held`` days ago; the minutes are
    the note of the conversation, one text per part of :data:`UNDRING`."""
    return (
        step(
            invited,
            "08:30",
            by,
            "invite",
            kind="undringssamtale",
            on=held,
            at="14:00",
            place=place,
            agenda=UNDRING,
        ),
        step(held, "15:00", by, "hold", minutes=tuple(zip(UNDRING, notes, strict=True))),
    )


def _meeting(kind: str, invited: int, held: int, by: str, at: str = "10:00", **hold) -> tuple:
    """A meeting invited to ``invited`` days ago and held ``held`` days ago."""
    end = f"{int(at[:2]) + 1:02d}{at[2:]}"
    return (
        step(invited, "08:30", by, "invite", kind=kind, on=held, at=at),
        step(held, end, by, "hold", **hold),
    )


# The stories are data, laid out as they read: a step on a line or two.
# fmt: off
STORIES = (
    # --- nivå 0: the undringssamtale with both parents, and the wondering closed -----------
    Story("age5", (
        step(40, "09:30", "barnehage", "open", arose=45,
            concern="Har vært stille og trukket seg fra leken de siste ukene. Sier lite i "
            "samlingsstunden og vil helst sitte på fanget til en voksen."),
        step(40, "13:00", "barnehage", "add", people=("styrer",)),
        *_undringssamtale(39, 33, "barnehage", (
            "Vi har sett at barnet trekker seg fra leken og sier lite, særlig om morgenen. Drøftet "
            "med styrer før samtalen, og observasjonene er skrevet ned sammen med en kollega.",
            "Begge foreldrene kom. De har sett det samme hjemme etter at lillebror ble født i "
            "september, og forteller at barnet sover dårlig.",
            "Trolig en overgang i familien. Foreldrene legger inn egen tid med barnet hver dag, "
            "og barnehagen gir barnet en fast voksen ved levering.",
            "Ikke behov for tiltak utover dette. Vi snakkes igjen ved levering om tre uker.",
        ), "Barnehagen, personalrommet"),
        step(32, "10:00", "barnehage", "form", kind="undringssamtale", answers=(
            ("dato", 33), ("samtaleform", "mote"), ("begge_invitert", "ja"),
            ("deltakere", "Mor og far, pedagogisk leder"),
            ("oppsummering", "Barnet har trukket seg fra leken og sier lite om morgenen. "
             "Foreldrene ser det samme hjemme etter at lillebror ble født."),
            ("arsaker_losninger", "Trolig en overgang i familien. Egen tid med barnet hjemme "
             "hver dag, og en fast voksen ved levering i barnehagen."),
            ("behov_for_tiltak", "Ikke behov for tiltak utover dette; vi snakkes igjen om tre "
             "uker."),
        )),
        step(12, "14:00", "barnehage", "decide", outcome="close",
            why="Undringssamtalen med begge foreldrene avklarte undringen: barnet leker igjen og "
            "virker trygg. Ingen tiltak trengs; undringen avsluttes. Notatet om samtalen er "
            "datert og underskrevet av pedagogisk leder."),
    )),
    # --- nivå 0: systemnivå ----------------------------------------------------------------
    Story("age4", (
        step(30, "10:00", "barnehage", "open", arose=32,
            concern="Mye uro og konflikter i garderoben og ved måltidene; det gjelder flere "
            "barn på avdelingen, ikke bare dette barnet."),
        step(30, "10:30", "barnehage", "add", people=("styrer",)),
        step(27, "14:00", "barnehage", "decide", outcome="system",
            why="Drøftet med styrer: uroen gjelder hele avdelingen. Vi deler barna i mindre "
            "grupper i garderoben og ved måltidene, og evaluerer på personalmøtet om seks "
            "uker. Foresatte er orientert i hentesituasjonen."),
    )),
    # --- nivå 0: a report to barnevern, with the parents kept out --------------------------
    Story("age2", (
        step(6, "09:15", "barnehage", "open", arose=8,
            concern="Blåmerker på begge overarmene. Sa i garderoben: «Pappa holdt meg hardt.» "
            "Foreldrene er ikke kontaktet."),
        step(6, "09:30", "barnehage", "add", people=("styrer",)),
        step(6, "10:00", "barnehage", "decide", outcome="report", recipient=RECIPIENT,
            why="Mistanke om vold. Barnevernstjenesten er kontaktet med en gang, sammen med "
            "styrer; foreldrene får ikke vite før barnevernet sier noe annet."),
        step(6, "10:30", "barnehage", "add", people=("barnevern",)),
    )),
    # --- nivå 1: a phone call instead of a meeting, a clarification within three working
    # days, then the consent, the stafettlogg and the next meeting in the decision -------------
    Story("age8", (
        step(50, "08:40", "laerer", "open", arose=53,
            concern="Kommer ofte for sent, er sliten i timene og har ofte ikke med matpakke. "
            "Blir lett lei seg når noe går galt i matematikk."),
        *_undringssamtale(50, 49, "laerer", (
            "Vi har sett at eleven kommer for sent og er sliten. Observasjonene er konkretisert "
            "sammen med en kollega før samtalen.",
            "Mor og far ba om en telefon i stedet for møte; begge var med i samtalen på "
            "høyttaler. Far har begynt å jobbe turnus, og morgenene er blitt kaotiske.",
            "Faste leggetider, og frokost på skolen de dagene far jobber tidlig.",
            "Skolen må avklare frokosttilbud og ekstra støtte i matematikk før vi starter.",
        ), "Telefon (i stedet for møte)"),
        step(49, "15:10", "laerer", "form", kind="undringssamtale", answers=(
            ("dato", 49), ("samtaleform", "telefon"), ("begge_invitert", "ja"),
            ("deltakere", "Mor og far på høyttaler, kontaktlærer"),
            ("oppsummering", "Eleven kommer for sent og er sliten. Far har begynt å jobbe "
             "turnus, og morgenene er blitt kaotiske."),
            ("arsaker_losninger", "Faste leggetider, og frokost på skolen de dagene far jobber "
             "tidlig."),
            ("behov_for_tiltak", "Skolen avklarer frokost og støtte i matematikk før tiltak."),
        )),
        step(49, "15:30", "laerer", "decide", outcome="avklaring",
            why="Undringssamtalen ble tatt på telefon med begge foreldrene. Før tiltak "
            "iverksettes avklarer vi frokosttilbud og støtte i matematikk med rektor og "
            "spesialpedagog, innen tre virkedager."),
        step(48, "12:00", "laerer", "add", people=("leder",)),
        step(47, "14:00", "laerer", "consent", services=("skole",), signed="every"),
        step(47, "14:30", "laerer", "decide", outcome="level_1", meeting_on=33,
            meeting_at="14:00", place="Skolen, møterom 2",
            why="Avklart med rektor: frokost på skolen tre dager i uka og tilpasset "
            "matematikk i liten gruppe. Foreldrene har skrevet under på samtykkeskjemaet."),
        step(47, "15:00", "laerer", "measure", weeks=2,
            goal="Møter opplagt og mett på skolen.",
            measure="Frokost på skolen mandag, onsdag og fredag; kontaktlærer følger med."),
        step(47, "15:10", "laerer", "measure", weeks=2,
            goal="Mestrer matematikken på sitt nivå.",
            measure="Matematikk i liten gruppe to timer i uka."),
        step(42, "15:00", "laerer", "log",
            text="Første uke: har spist frokost på skolen alle tre dagene og kommet presis. "
            "Rektor er orientert."),
        step(36, "14:00", "laerer", "log",
            text="Evaluerte tiltakene før møtet med skjema for evaluering: frokosten virker, "
            "matematikkgruppen har kommet i gang."),
        step(33, "15:00", "laerer", "hold",
            voice="Det er fint å spise frokost på skolen. I mattegruppa tør jeg å spørre."),
        step(33, "15:20", "laerer", "evaluate", reached=False,
            text="Delvis nådd: kommer presis, men trenger fortsatt støtte i matematikk.",
            voice="Jeg vil fortsette i mattegruppa."),
        step(33, "15:40", "laerer", "decide", outcome="continue", meeting_on=-9,
            meeting_at="14:00", place="Skolen, møterom 2",
            why="Tiltakene virker, men trenger mer tid. Vi fortsetter på skolen og "
            "evaluerer på nytt i neste møte."),
    )),
    # --- nivå 1: from 15 the youth signs alone ----------------------------------------------
    Story("age15", (
        step(25, "09:00", "laerer", "open", arose=28,
            concern="Mye fravær i 10. klasse og lite motivasjon. Sier selv at skolen føles "
            "meningsløs, og vet ikke hva som skal skje etter ungdomsskolen."),
        step(22, "13:00", "laerer", "consent", services=("skole", "ungdomskontakt")),
        step(22, "13:30", "laerer", "decide", outcome="level_1", meeting_on=-4,
            meeting_at="13:00", place="Skolen, grupperom 3",
            why="Eleven vil ha hjelp og har selv skrevet under på samtykkeskjemaet (fra 15 år "
            "skriver foresatte og/eller ungdommen under). Mor og far er orientert, og eleven vil "
            "at de er med på neste møte."),
        step(22, "14:00", "laerer", "measure", weeks=4, goal="Under 5 % fravær.",
            measure="Fast samtale med kontaktlærer hver mandag, og besøk på to "
            "videregående skoler."),
        step(15, "12:00", "laerer", "log",
            text="Har hatt tre mandagssamtaler. Fraværet er lavere; eleven vil snakke med "
            "ungdomskontakten om sommerjobb."),
    )),
    # --- nivå 2: PPT brought in under a consent that names it -------------------------------
    Story("age3", (
        step(110, "10:00", "barnehage", "open", arose=115,
            concern="Snakker lite og utydelig for alderen, og blir frustrert når de andre "
            "barna ikke forstår."),
        *_undringssamtale(109, 104, "barnehage", (
            "Barnet bruker få ord og er vanskelig å forstå for de andre barna. Observasjonene er "
            "skrevet ned sammen med en kollega.",
            "Begge foreldrene kom, selv om de bor hver for seg. De ser det samme hjemme og "
            "har lurt på det lenge.",
            "Mer språkstimulering i liten gruppe og mer lesing hjemme.",
            "Vi starter tiltak i barnehagen og evaluerer etter seks uker.",
        ), "Barnehagen, møterommet"),
        step(104, "15:20", "barnehage", "consent", services=("barnehage",), signed="every"),
        step(104, "15:30", "barnehage", "decide", outcome="level_1", meeting_on=62,
            meeting_at="14:00", place="Barnehagen, møterommet",
            why="Tiltak i egen avdeling: språkgruppe fire dager i uka. Foreldrene har skrevet "
            "under på samtykkeskjemaet."),
        step(104, "15:40", "barnehage", "measure", weeks=6,
            goal="Bruker flere ord og gjør seg forstått i leken.",
            measure="Språkgruppe med tre barn fire dager i uka."),
        step(62, "15:00", "barnehage", "hold"),
        step(62, "15:20", "barnehage", "evaluate", reached=False,
            text="Liten framgang etter seks uker; foreldrene ønsker at PPT og logoped "
            "kobles inn."),
        step(60, "10:00", "barnehage", "consent", services=("barnehage", "ppt"),
            signed="every"),
        step(60, "10:30", "barnehage", "decide", outcome="level_2",
            why="Utfordringene krever bistand fra andre. Foreldrene har skrevet under på "
            "samtykkeskjema og henvisning til PPT og logoped."),
        step(60, "11:00", "barnehage", "add", people=("ppt", "styrer")),
        step(45, "12:00", "ppt", "log",
            text="Logoped har kartlagt språket i barnehagen. Anbefaler daglig "
            "språktrening; rapporten er sendt foreldrene."),
        *_meeting("tverrfaglig_mote", 40, 35, "barnehage", at="13:00"),
        step(35, "14:30", "barnehage", "measure", responsible="ppt", weeks=8,
            goal="Tydeligere uttale og flere ord.",
            measure="Logoped i barnehagen en gang i uka; pedagogisk leder øver daglig."),
        step(35, "15:00", "barnehage", "decide", outcome="continue", meeting_on=-8,
            meeting_at="13:00", place="Barnehagen, møterommet",
            why="Samarbeidet med PPT og logoped fortsetter; vi evaluerer i neste møte."),
    )),
    # --- nivå 3: the kommunepsykolog, meetings across the services, a declined offer -------
    Story("age13", (
        step(150, "09:00", "laerer", "open", arose=155,
            concern="Høyt fravær siden høstferien. Har ofte vondt i magen om morgenen, virker "
            "trist og redd, og spiser lite i lunsjen."),
        *_undringssamtale(150, 145, "laerer", (
            "Fraværet og det vi har sett i timene, konkretisert sammen med en kollega.",
            "Begge foreldrene kom. De ser at eleven gruer seg til skolen og sover dårlig.",
            "Myk oppstart om morgenen og en fast voksen å gå til.",
            "Tiltak på skolen; helsesykepleier kan bli aktuell.",
        ), "Skolen, møterom 1"),
        step(145, "15:20", "laerer", "consent", services=("skole",), signed="every"),
        step(145, "15:30", "laerer", "decide", outcome="level_1", meeting_on=110,
            meeting_at="14:00", place="Skolen, møterom 1",
            why="Tiltak på skolen: myk oppstart og fast voksen. Foreldrene har skrevet under "
            "på samtykkeskjemaet."),
        step(145, "15:40", "laerer", "measure", goal="Møter på skolen hver dag.",
            measure="Myk oppstart med kontaktlærer kl. 08.15 hver morgen."),
        step(110, "15:00", "laerer", "hold",
            voice="Det er lettere når jeg vet hvem jeg skal gå til."),
        step(110, "15:20", "laerer", "evaluate", reached=False,
            text="Fraværet er like høyt, og magesmertene har ikke gitt seg.",
            voice="Jeg får vondt i magen bare jeg tenker på skolen."),
        step(108, "10:00", "laerer", "consent", services=("skole", "skolehelsetjeneste"),
            signed="every"),
        step(108, "10:30", "laerer", "decide", outcome="level_2",
            why="Utfordringene krever bistand fra andre: helsesykepleier kobles inn."),
        step(108, "11:00", "laerer", "add", people=("helsesykepleier", "leder")),
        *_meeting("tverrfaglig_mote", 100, 95, "laerer", voice="Jeg vil klare å gå på skolen."),
        step(80, "10:00", "laerer", "consent",
            services=("skole", "skolehelsetjeneste", "kommunepsykolog"), signed="every"),
        step(80, "10:30", "laerer", "decide", outcome="level_3",
            why="Mistanke om angst og nedstemthet: kommunepsykologen kobles på i det "
            "tverrfaglige samarbeidet. Saken er sammensatt og trenger tverrfaglig drøfting."),
        step(80, "11:00", "laerer", "add", people=("kommunepsykolog",)),
        *_meeting("tverrfaglig_mote", 75, 70, "laerer",
            voice="Jeg vil gjerne snakke med psykologen, men ikke i skoletiden."),
        step(70, "12:00", "laerer", "measure", responsible="kommunepsykolog", weeks=8,
            goal="Mindre angst om morgenen.",
            measure="Samtaler med kommunepsykologen hver uke etter skoletid."),
        step(68, "10:00", "laerer", "help_declined",
            offer="Foreldreveiledning hos familieveiledningen. Foreldrene vil fortsette "
            "samarbeidet med skolen og kommunepsykologen, men ikke ha flere tjenester inn nå."),
        step(40, "12:00", "laerer", "log",
            text="Kommunepsykologen og helsesykepleier melder at samtalene hjelper. Fraværet "
            "er halvert siden forrige møte."),
        *_meeting("tverrfaglig_mote", 30, 20, "laerer",
            voice="Det er bedre nå. Jeg vil fortsette hos psykologen."),
        step(20, "12:00", "laerer", "evaluate", reached=False,
            text="Delvis nådd: færre vonde morgener, men fortsatt fravær.",
            voice="Det er bedre nå."),
        step(20, "12:30", "laerer", "decide", outcome="continue", meeting_on=-12,
            meeting_at="10:00", place="Skolen, møterom 1",
            took_part=("laerer", "helsesykepleier", "kommunepsykolog"), child=True,
            guardians=True,
            why="Fortsette: laget rundt eleven er det samme, og samtalene hos "
            "kommunepsykologen fortsetter. Nytt møte på tvers av tjenestene er avtalt."),
        step(8, "10:00", "laerer", "offer", to="kommunepsykolog",
            note="Foreslår at du tar over stafettpinnen nå som hovedtiltaket er samtalene "
            "hos deg."),
    )),
)
# fmt: on
