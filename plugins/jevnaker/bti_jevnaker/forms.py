"""Jevnaker's forms: the tools its guide names and asks staff to fill in, as WTForms classes
the case page fills in and keeps (printable, blank or filled, and as PDF), and the titles of
the two it prints from other parts of the case (the invitation to the undringssamtale, the
consent form).

Source: shared/seeds/001_3254db2c7bc0f88f.txt. The guide names each form as a Word file on
the municipality's drive («Vedlegg til ny handlingsveileder») and gives none of their
content. The fields below are built from what the guide's own rows say to write down; where
it says nothing, the field is ours, chosen as a Jevnaker teacher would expect it. Each field
says which:

* **Observasjonsskjema** («Fyll ut mal for konkretisering av observasjoner og samtaler.
  Utfylling skjer sammen med en kollega. Konkretisering skjer før det deles med barn, unge
  eller foresatte», «Helhetlig oversikt»). The guide's: the observations and conversations
  summed up («Å konkretisere en undring er å sammenfatte observasjoner eller samtaler»), what
  we know for certain («Oversikten skal bære tydelig preg av hva vi med sikkerhet vet om
  barnets utfordring»), the school's academic mapping («For skole innebærer også dette
  kartlegginger faglig»), the colleague it was filled in with. Ours: the period observed, and
  the child's strengths (nivå 3 asks for «hva barnet mestrer og har som styrker», and an
  overview that only lists problems is no overview).
* **Resultat fra undringssamtalen** (``undringssamtale``, the note). The guide's: «notat om
  samtalen med dato og underskrift» (the date of the conversation; the signature is the
  signed-in author and the time the note is saved, shown on the case and the print), a
  meeting or a phone call («Dersom det anses som mest hensiktsmessig at dette kan løses ved å
  ta en telefon gjøres det fremfor innkalling til møte»), whether both parents were invited
  («Den som kaller inn til møtet er ansvarlig for å sende ut invitasjon til begge
  foreldre»), the summary («oppsummering fra informasjonen som nå er samlet»), the possible
  causes and solutions mapped together («for å sammen kartlegge mulige årsaker og
  løsninger»), the need for measures as evaluated with the guardians («Evaluer behovet for
  tiltak sammen med foresatte i samtalen»). Ours: who took part, and why not both parents
  were invited when they were not. Only the person who first had the wondering writes it
  («skrives av den som fikk undringen først»): ``written_by="opener"``.
* **Invitasjon til undringssamtale** (``undringssamtale_invitasjon``) is printed from the
  planned undringssamtale (the meeting's kind names it), with the guide's purpose as its
  text; the core refuses to plan it without both parents.
* **Kortversjon meldeskjema for faglige og sosiale utfordringer** (``meldeskjema``): named
  among the tools for «Beslutning tiltak», beside the «Intern pedagogisk analysemodell».
  The guide's: what we know for certain, what has been tried within one's own service
  («Start alltid med: Hva kan vi gjøre innenfor egen virksomhet?»), the guardians'
  involvement («Det er viktig at foresatte er involvert raskt»), the child's view («Barn som
  har fylt 7 år har rett til å si sin mening»), whether it was discussed with the nearest
  leader («Drøft undringen med en kollega og eventuelt nærmeste leder»). Ours: whether the
  challenges are academic, social or both (the form's title), and what help is asked for.
* **Evalueringsmal møte** (``evaluering``): «Ta utgangspunkt i bekymring og skjema for
  evaluering. Rapporteres i stafettloggen. Stafettholder leder møtet.» The guide's: the
  concern it starts from, the goals and measures («Fast evalueringssystem som bygger på
  analyse av mål og tiltak»), the service's evaluation before the meeting and the joint one
  in it («Tjenesten evaluerer iverksatte tiltak i forkant av det planlagte møtet […] Gjør en
  felles evaluering i selve møtet»), the need for further effort («vurdering av behov for
  ytterligere innsats»), the process («Evaluer prosessen»), the next meeting («Avtal nytt
  møte»). Ours: the meeting's date, and the child's view (the guide's participation rules).
* **Samtykkeskjema stafettlogg og tverrfaglig samarbeid** (``consent``): the core's consent,
  which the consent panel fills in, under the guide's title.
"""

from __future__ import annotations

from wtforms import BooleanField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Optional, ValidationError

from bti import FlaskForm, FormVariant, LocalDateField
from bti import lazy_gettext as _l


def _one_of(choices, message):
    """A validator: the answer is one of ``choices`` (a radio the browser may leave empty)."""

    def check(form, field):
        if field.data not in {choice.value for choice in choices}:
            raise ValidationError(message)

    return check


class Observasjonsskjema(FlaskForm):
    """«Mal for konkretisering av observasjoner og samtaler» (nivå 0, «Helhetlig oversikt»)."""

    period_from = LocalDateField(
        _l("Observert fra"),
        validators=[DataRequired(_l("Skriv datoen observasjonen begynte, som dd.mm.åååå."))],
    )
    period_to = LocalDateField(_l("Observert til"), validators=[Optional()])
    observasjoner = TextAreaField(
        _l("Observasjoner og samtaler: hva har du sett og hørt, og når?"),
        validators=[DataRequired(_l("Sammenfatt observasjonene eller samtalene."))],
    )
    sikkert = TextAreaField(
        _l("Hva vet vi med sikkerhet om barnets utfordring?"),
        validators=[DataRequired(_l("Skriv hva dere med sikkerhet vet om barnets utfordring."))],
    )
    kartlegging = TextAreaField(_l("Kartlegginger faglig (for skole)"))
    styrker = TextAreaField(_l("Hva mestrer barnet/ungdommen, og hva er styrkene?"))
    kollega = StringField(
        _l("Fylt ut sammen med (kollega)"),
        validators=[DataRequired(_l("Skriv hvilken kollega du fylte ut skjemaet sammen med."))],
    )

    def validate_period_to(self, field):
        if field.data and self.period_from.data and field.data < self.period_from.data:
            raise ValidationError(_l("Observasjonen kan ikke slutte før den begynner."))


MOTE, TELEFON = "mote", "telefon"
HOW_HELD = (
    SelectChoice(MOTE, _l("Møte")),
    SelectChoice(TELEFON, _l("Telefon")),
)
BOTH_INVITED = (
    SelectChoice("ja", _l("Ja, begge foreldrene ble invitert")),
    SelectChoice("en_registrert", _l("Bare én forelder er registrert med foreldreansvar")),
    SelectChoice("nei", _l("Nei")),
)


class Undringssamtale(FlaskForm):
    """«Resultat fra undringssamtalen – oppsummering fra informasjonen som nå er samlet
    skrives av den som fikk undringen først», dated and signed."""

    dato = LocalDateField(
        _l("Dato for samtalen"),
        validators=[DataRequired(_l("Skriv datoen for samtalen, som dd.mm.åååå."))],
    )
    samtaleform = RadioField(
        _l("Ble samtalen holdt som møte eller på telefon?"),
        choices=HOW_HELD,
        validate_choice=False,
        validators=[_one_of(HOW_HELD, _l("Velg om samtalen var et møte eller en telefon."))],
    )
    deltakere = TextAreaField(
        _l("Hvem deltok i samtalen?"),
        validators=[DataRequired(_l("Skriv hvem som deltok i samtalen."))],
    )
    begge_invitert = RadioField(
        _l("Ble begge foreldrene invitert?"),
        choices=BOTH_INVITED,
        validate_choice=False,
        validators=[_one_of(BOTH_INVITED, _l("Svar på om begge foreldrene ble invitert."))],
    )
    hvorfor_ikke = TextAreaField(_l("Hvis ikke begge ble invitert: hvorfor ikke?"))
    oppsummering = TextAreaField(
        _l("Oppsummering fra informasjonen som nå er samlet"),
        validators=[DataRequired(_l("Skriv oppsummeringen fra samtalen."))],
    )
    arsaker_losninger = TextAreaField(_l("Mulige årsaker og løsninger dere kartla sammen"))
    behov_for_tiltak = TextAreaField(_l("Behovet for tiltak, vurdert sammen med foresatte"))

    def validate_hvorfor_ikke(self, field):
        if self.begge_invitert.data == "nei" and not (field.data or "").strip():
            raise ValidationError(
                _l(
                    "Den som kaller inn, er ansvarlig for å invitere begge foreldrene. Skriv "
                    "hvorfor bare én ble invitert."
                )
            )


KIND_OF_CHALLENGE = (
    SelectChoice("faglige", _l("Faglige utfordringer")),
    SelectChoice("sosiale", _l("Sosiale utfordringer")),
    SelectChoice("begge", _l("Både faglige og sosiale utfordringer")),
)


class Meldeskjema(FlaskForm):
    """«Kortversjon meldeskjema for faglige og sosiale utfordringer» (nivå 0, «Beslutning
    tiltak»)."""

    gjelder = RadioField(
        _l("Gjelder det faglige eller sosiale utfordringer?"),
        choices=KIND_OF_CHALLENGE,
        validate_choice=False,
        validators=[
            _one_of(
                KIND_OF_CHALLENGE, _l("Velg om det gjelder faglige eller sosiale utfordringer.")
            )
        ],
    )
    utfordringer = TextAreaField(
        _l("Beskriv utfordringene: hva vet vi med sikkerhet?"),
        validators=[DataRequired(_l("Beskriv utfordringene."))],
    )
    provd = TextAreaField(
        _l("Hva er prøvd innenfor egen virksomhet?"),
        validators=[DataRequired(_l("Skriv hva som er prøvd innenfor egen virksomhet."))],
    )
    foresatte = TextAreaField(_l("Er foresatte involvert, og hva sier de?"))
    barnets_mening = TextAreaField(_l("Barnets/ungdommens mening"))
    onsket_hjelp = TextAreaField(_l("Hva ønskes det hjelp til, og fra hvem?"))
    droftet_med_leder = BooleanField(_l("Undringen er drøftet med nærmeste leder"))


class Evaluering(FlaskForm):
    """«Evalueringsmal møte»: «Ta utgangspunkt i bekymring og skjema for evaluering»."""

    motedato = LocalDateField(
        _l("Dato for møtet"),
        validators=[DataRequired(_l("Skriv datoen for møtet, som dd.mm.åååå."))],
    )
    bekymring = TextAreaField(
        _l("Bekymringen vi tar utgangspunkt i"),
        validators=[DataRequired(_l("Skriv bekymringen evalueringen tar utgangspunkt i."))],
    )
    mal_og_tiltak = TextAreaField(_l("Mål og iverksatte tiltak"))
    tjenestens_evaluering = TextAreaField(
        _l("Tjenestens evaluering av tiltakene, i forkant av møtet"),
        validators=[DataRequired(_l("Skriv tjenestens evaluering av tiltakene."))],
    )
    felles_evaluering = TextAreaField(_l("Felles evaluering i møtet"))
    barnets_mening = TextAreaField(_l("Barnets/ungdommens mening"))
    ytterligere_innsats = TextAreaField(_l("Behov for ytterligere innsats"))
    prosessen = TextAreaField(_l("Evaluering av prosessen"))
    nytt_mote = LocalDateField(_l("Nytt møte avtalt (dato)"), validators=[Optional()])

    def validate_nytt_mote(self, field):
        if field.data and self.motedato.data and field.data < self.motedato.data:
            raise ValidationError(_l("Det nye møtet kan ikke være før dette møtet."))


VARIANTS = {
    "observation": FormVariant(
        "observation",
        _l("Observasjonsskjema"),
        form_class=Observasjonsskjema,
        description=_l(
            "Skaff en helhetlig oversikt gjennom informasjonen om/observasjonen av "
            "barnet/ungdommen. Utfylling skjer sammen med en kollega, før det deles med barn, "
            "unge eller foresatte. Oversikten skal bære tydelig preg av hva vi med sikkerhet "
            "vet om barnets utfordring."
        ),
    ),
    "undringssamtale_invitasjon": FormVariant(
        "undringssamtale_invitasjon",
        _l("Invitasjon til undringssamtale"),
        description=_l(
            "Invitasjonen går til begge foreldrene. Vi ønsker at begge foreldrene kan møte "
            "til en undringssamtale, for sammen å kartlegge mulige årsaker og løsninger ut "
            "fra foreldrenes og de ansattes kjennskap til barnet/ungdommen."
        ),
    ),
    "undringssamtale": FormVariant(
        "undringssamtale",
        _l("Resultat fra undringssamtalen"),
        form_class=Undringssamtale,
        description=_l(
            "Dokumenter oppstart på samarbeidet med foreldrene/foresatte ved å lage et notat "
            "om samtalen med dato og underskrift. Oppsummeringen skrives av den som fikk "
            "undringen først. Dersom undringen avsluttes, hører notatet til barnets journal i "
            "tjenesten som har hatt undringen."
        ),
        written_by="opener",
    ),
    "meldeskjema": FormVariant(
        "meldeskjema",
        _l("Kortversjon meldeskjema for faglige og sosiale utfordringer"),
        form_class=Meldeskjema,
        description=_l(
            "Grunnlagsmaterialet tolkes, og det tas en beslutning om saken skal gå videre på "
            "individnivå, systemnivå eller avsluttes. Start alltid med: «Hva kan vi gjøre "
            "innenfor egen virksomhet?»"
        ),
    ),
    "consent": FormVariant("consent", _l("Samtykkeskjema stafettlogg og tverrfaglig samarbeid")),
    "evaluering": FormVariant(
        "evaluering",
        _l("Evalueringsmal møte"),
        form_class=Evaluering,
        description=_l(
            "Tjenesten evaluerer iverksatte tiltak i forkant av det planlagte møtet med "
            "foresatte og barnet/ungdommen, og gjør en felles evaluering i selve møtet. Ta "
            "utgangspunkt i bekymring og skjema for evaluering. Stafettholder leder møtet."
        ),
    ),
}
