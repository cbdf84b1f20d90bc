"""The tools (the «Verktøy» column) and the people (the «Hvem?» column) of Jevnaker's guide.

Source: shared/seeds/001_3254db2c7bc0f88f.txt, the tables of nivå 0–3. Most tools are Word
files on the municipality's own drive («K:\\03 - Oppvekst\\…\\Vedlegg til ny
handlingsveileder»), which the platform cannot reach: those the guide also asks staff to fill
in are forms in the platform (``form``); the others are named as the guide names them. The
guide's public links keep their address (``url``). Names are written as the guide writes
them, with the file extension dropped and the underscore of «Kortversjon_Meldeskjema» read as
a space.
"""

from __future__ import annotations

from bti import Tool
from bti import lazy_gettext as _l

# «Hvem?», in the guide's words.
ALLE = _l("Alle medarbeidere")
LEDER = _l("Leder")
PED_LEDER_LAERER = _l("Ped leder/lærer")
ANSVARLIG_FOR_UNDRINGEN = _l("Ansvarlig for undringen")
ANSVARLIGE_FOR_TILTAKENE = _l("De/den ansvarlige for tiltakene")
STYRER_ORIENTERES = _l("Styrer/skoleleder orienteres fortløpende i skole og barnehage")
DELTAGERE_I_MOTET = _l("Deltagere i møtet")
STAFETTHOLDER = _l("Stafettholder")
FORESATTE = _l("Foresatte")
BARNET = _l("Barnet")
REPR_ANDRE_TJENESTER = _l("Repr fra andre tjenester")
AKTUELLE_TJENESTER = _l("Aktuelle tjenester etter egne interne rutiner")
ANSVARLIGE_I_ALLE = _l("Ansvarlige i alle tjenester")
DELTAGERE_TVERRFAGLIG = _l("Deltagere i det tverrfaglige samarbeidet")
ANSVARLIG_LEDER = _l("Ansvarlig leder i enheten")

# «Verktøy». The forms are built in :mod:`bti_jevnaker.forms`.
RISIKOFAKTORER = Tool(_l("Risikofaktorer og beskyttelsesfaktorer"))
BEKYMRINGSSKALA = Tool(_l("Bekymringsskala vedrørende barn og unge"))
OBSERVASJONSSKJEMA = Tool(_l("Observasjonsskjema"), form="observation")
AUTISME = Tool(_l("Helsenorge.no – autisme"))
SPESIALUNDERVISNING = Tool(_l("Veilederen spesialundervisning Jevnaker kommune"))
UNDRINGSSAMTALE = Tool(_l("Undringssamtale"), form="undringssamtale_invitasjon")
RESULTAT = Tool(
    _l(
        "Resultat fra undringssamtalen – oppsummering fra informasjonen som nå er samlet "
        "skrives av den som fikk undringen først"
    ),
    form="undringssamtale",
)
KONTAKTLISTE = Tool(_l("Kontaktliste til hjelpetjenestene"))
ANALYSEMODELL = Tool(_l("Intern pedagogisk analysemodell"))
MELDESKJEMA = Tool(
    _l("Kortversjon meldeskjema for faglige og sosiale utfordringer"), form="meldeskjema"
)
SAMTYKKESKJEMA = Tool(_l("Samtykkeskjema stafettlogg og tverrfaglig samarbeid"), form="consent")
EVALUERINGSMAL = Tool(_l("Evalueringsmal møte"), form="evaluering")
HANDLINGSROM = Tool(_l("Kjenn ditt handlingsrom før møtet."))
SAMTYKKE_STAFETTLOGG_MOTE = Tool(
    _l("Fyll ut samtykkeskjema, opprett stafettlogg og avtal nytt møte"), form="consent"
)
BUFDIR = Tool(
    _l("Bufdir: tjenester som tilbyr foreldrestøtte"),
    url="https://bufdir.no/Familie/foreldrestotte/tjenester_som_tilbyr_foreldrestotte/",
)
PPT = Tool(
    _l("PPT og logoped - Jevnaker kommune"),
    url="https://www.jevnaker.kommune.no/ppt-og-logoped.521598.no.html",
)
FYSIO_ERGO = Tool(
    _l("Fysioterapi, ergoterapi og rehabilitering - Jevnaker kommune"),
    url="https://www.jevnaker.kommune.no/fysioterapi-ergoterapi-og-rehabilitering.520535.no.html",
)
STAFETTLOGGEN = Tool(_l("Stafettloggen"))
SJEKKLISTE_PSYKISK = Tool(
    _l("Sjekkliste psykiske lidelser for barn og unge"), form="sjekkliste_psykisk"
)
FHI = Tool(
    _l("Barn og unges psykiske helse: Forebyggende og helsefremmende folkehelsetiltak. - FHI"),
    url=(
        "https://www.fhi.no/publ/2018/"
        "barn-og-unges-psykiske-helse-forebyggende-og-helsefremmende-folkehelsetilta/"
    ),
)
MELDING_BARNEVERN = Tool(_l("Melding til barnevernstjenesten"))
