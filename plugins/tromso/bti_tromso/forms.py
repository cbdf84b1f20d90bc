"""Tromsø's forms: the tools «Verktøy nivå 0» names, as WTForms classes the case page fills
in (Observasjonsskjema, Fem trinn fra bekymring til melding, Mal for bekymringsmelding til
barneverntjenesten), nivå 1's plan and its evaluation (trinn 3 and 5, kept in the service's
own part of the case instead of a stafettlogg) and the title of the consent form
(Samtykkeskjema).

Source: shared/seeds/004_e094d3244bfd92ed.txt. The seed names the four tools but gives the
content of none of them; the fields below follow the guide's own text where it says what to
write down (nivå 0 trinn 2's støttespørsmål, the five steps of nivå 0 as the path to a
report). The invitation and the minutes are left to the core's defaults: in Tromsø the
stafettlogg «fungerer som et møtereferat» («Stafettlogg i Sampro»).
"""

from __future__ import annotations

from wtforms import BooleanField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Optional, ValidationError

from bti import FlaskForm, FormVariant, LocalDateField
from bti import lazy_gettext as _l


class Observasjonsskjema(FlaskForm):
    """«Sett ord på bekymringen, undersøk via observasjon, samtaler og kartlegginger», with
    the støttespørsmål of nivå 0 trinn 2 («Konkretiser») as its fields."""

    period_from = LocalDateField(
        _l("Observert fra"),
        validators=[DataRequired(_l("Skriv datoen observasjonen begynte, som dd.mm.åååå."))],
    )
    period_to = LocalDateField(_l("Observert til"), validators=[Optional()])
    seen_heard = TextAreaField(
        _l("Hva har du sett eller hørt?"),
        validators=[DataRequired(_l("Beskriv det du har sett eller hørt."))],
    )
    child_said_did = TextAreaField(_l("Hva har barnet/ungdommen sagt eller gjort?"))
    interplay = TextAreaField(
        _l(
            "Hva er det i samspillet mellom barnet/ungdommen og omgivelsene som har gjort "
            "deg bekymret?"
        )
    )
    how_long = StringField(_l("Hvor lenge har du vært bekymret?"), validators=[Optional()])
    earlier_concerns = TextAreaField(_l("Har det tidligere vært bekymringer for barnet/ungdommen?"))

    def validate_period_to(self, field):
        if field.data and self.period_from.data and field.data < self.period_from.data:
            raise ValidationError(_l("Observasjonen kan ikke slutte før den begynner."))


class FemTrinn(FlaskForm):
    """«Fem trinn fra bekymring til melding».

    The seed names this tool («Verktøy nivå 0») but not its content. It is built as the five
    steps of the guide's own path from a concern to a report: nivå 0's four trinn, then the
    report its decision 4 calls for («bekymringsmelding til barneverntjenesten/politi»).
    """

    step_1_concern = TextAreaField(
        _l("1. Bekymring oppstår: hva gjorde deg bekymret, og når?"),
        validators=[DataRequired(_l("Skriv hva som gjorde deg bekymret."))],
    )
    step_2_specify = TextAreaField(
        _l("2. Konkretiser: hva går bekymringen ut på, og hva har du sett, hørt og undersøkt?"),
        validators=[DataRequired(_l("Konkretiser bekymringen."))],
    )
    step_3_shared = TextAreaField(
        _l(
            "3. Del og diskuter: hvem har du delt bekymringen med (kollega/leder, "
            "barnet/ungdommen, foresatte), og hva kom fram?"
        )
    )
    step_4_decision = TextAreaField(
        _l(
            "4. Oppsummer og ta beslutning: er det grunn til bekymring eller spesiell "
            "oppmerksomhet, og hva ble besluttet?"
        )
    )
    step_5_report = TextAreaField(
        _l(
            "5. Melding til barneverntjenesten/politi: når ble bekymringsmeldingen sendt, "
            "og til hvem?"
        )
    )


URGENCY = (
    SelectChoice("ja", _l("Ja, situasjonen er akutt")),
    SelectChoice("nei", _l("Nei, situasjonen er ikke akutt")),
)


class Bekymringsmelding(FlaskForm):
    """«Mal for bekymringsmelding til barneverntjenesten»: what the concern is about, what
    the reporter has seen and heard, and whether it was taken up with the guardians.

    Tromsø's guide does not say when the guardians are left out; the description's «Ved
    mistanke om vold eller overgrep skal foresatte ikke involveres» is national practice
    (Vestby's guide: «Foresatte involveres ikke!»), not a quotation from this seed.
    """

    about = TextAreaField(
        _l("Hva gjelder bekymringen?"),
        validators=[DataRequired(_l("Skriv hva bekymringen gjelder."))],
    )
    seen_heard = TextAreaField(
        _l("Hva har du sett eller hørt?"),
        validators=[DataRequired(_l("Beskriv det du har sett eller hørt."))],
    )
    child_said_did = TextAreaField(_l("Hva har barnet/ungdommen sagt eller gjort?"))
    guardians = TextAreaField(_l("Er bekymringen drøftet med foresatte? Hvis ikke, hvorfor ikke?"))
    urgent = RadioField(
        _l("Er situasjonen akutt?"),
        choices=URGENCY,
        validate_choice=False,
        validators=[DataRequired(_l("Svar på om situasjonen er akutt."))],
    )
    police_notified = BooleanField(_l("Politiet er varslet"))
    reporter_service = StringField(_l("Meldt av (tjeneste/enhet)"), validators=[Optional()])
    reporter_phone = StringField(_l("Telefon til den som melder"), validators=[Optional()])

    def validate_urgent(self, field):
        if field.data not in {choice.value for choice in URGENCY}:
            raise ValidationError(_l("Svar på om situasjonen er akutt."))


class PlanNiva1(FlaskForm):
    """«Lag en plan for det videre forløpet» (nivå 1, trinn 3): the six points the guide
    says to take a stance on, in its order and words, and the measure itself (trinn 2
    «hvilke tiltak det kan være aktuelt å sette inn», trinn 4 «Iverksett den konkrete
    innsatsen/tiltaket»). «Dokumenter i eget fagsystem»: the plan is kept on the case in the
    service's own part of the platform, not in a stafettlogg, which comes at nivå 2."""

    maal = TextAreaField(
        _l("Hva er målet/målene?"),
        description=_l("Ta utgangspunkt i problemforståelsen identifisert i trinn 1."),
        validators=[DataRequired(_l("Skriv målet eller målene for innsatsen."))],
    )
    tiltak = TextAreaField(
        _l("Hvilke tiltak skal settes inn?"),
        validators=[DataRequired(_l("Skriv hvilke tiltak som skal settes inn."))],
    )
    ansvarlig = StringField(
        _l("Hvem er ansvarlig?"),
        validators=[DataRequired(_l("Skriv hvem som er ansvarlig."))],
    )
    tidsperspektiv = StringField(
        _l("Tidsperspektiv/varighet"),
        validators=[DataRequired(_l("Skriv hvor lenge tiltakene skal vare."))],
    )
    maale_effekt = TextAreaField(
        _l("Hvordan skal vi måle om det virker?"),
        validators=[DataRequired(_l("Skriv hvordan dere skal måle om tiltakene virker."))],
    )
    snakker_med_barnet = StringField(
        _l("Hvem snakker med barnet/ungdommen?"),
        validators=[DataRequired(_l("Skriv hvem som snakker med barnet/ungdommen."))],
    )
    evalueringspunkter = TextAreaField(
        _l("Evalueringspunkter"),
        description=_l("Når og hvordan tiltakene skal evalueres, for eksempel datoer."),
        validators=[DataRequired(_l("Skriv når tiltakene skal evalueres."))],
    )


GOAL_REACHED = (
    SelectChoice("ja", _l("Ja")),
    SelectChoice("delvis", _l("Delvis")),
    SelectChoice("nei", _l("Nei")),
)


class EvalueringNiva1(FlaskForm):
    """«Trinn 5: Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde
    barnets/ungdommens stemme.» The child's own words, or why they could not be given:
    one of the two is required, as the core asks of every evaluation."""

    evaluering = TextAreaField(
        _l("Hvordan har tiltakene virket, målt slik planen sier?"),
        validators=[DataRequired(_l("Skriv evalueringen av tiltakene."))],
    )
    maal_naadd = RadioField(
        _l("Er målet nådd?"),
        choices=GOAL_REACHED,
        validate_choice=False,
        validators=[DataRequired(_l("Svar på om målet er nådd."))],
    )
    barnets_stemme = TextAreaField(_l("Barnets/ungdommens stemme: hva sier barnet/ungdommen?"))
    stemme_mangler = TextAreaField(
        _l("Hvis barnets/ungdommens stemme mangler: hvorfor kunne den ikke gis?")
    )

    def validate_maal_naadd(self, field):
        if field.data not in {choice.value for choice in GOAL_REACHED}:
            raise ValidationError(_l("Svar på om målet er nådd."))

    def validate_barnets_stemme(self, field):
        if not (field.data or "").strip() and not (self.stemme_mangler.data or "").strip():
            raise ValidationError(
                _l(
                    "Evalueringen må inneholde barnets/ungdommens stemme. Skriv hva "
                    "barnet/ungdommen sier, eller hvorfor det ikke var mulig."
                )
            )


VARIANTS = {
    "observation": FormVariant(
        "observation",
        _l("Observasjonsskjema"),
        form_class=Observasjonsskjema,
        description=_l(
            "Sett ord på bekymringen, undersøk via observasjon, samtaler og kartlegginger. "
            "Skriv ned hva du har sett og hørt."
        ),
    ),
    "fem_trinn": FormVariant(
        "fem_trinn",
        _l("Fem trinn fra bekymring til melding"),
        form_class=FemTrinn,
        description=_l(
            "Veien fra bekymring til melding, trinn for trinn: bekymringen oppstår, "
            "konkretiser, del og diskuter, oppsummer og ta beslutning, og meld til "
            "barneverntjenesten/politi ved bekymring for omsorgssituasjonen."
        ),
    ),
    "bekymringsmelding": FormVariant(
        "bekymringsmelding",
        _l("Mal for bekymringsmelding til barneverntjenesten"),
        form_class=Bekymringsmelding,
        description=_l(
            "Ved bekymring for barnets/ungdommens omsorgssituasjon sendes en "
            "bekymringsmelding til barneverntjenesten, og ved behov til politiet. Ved "
            "mistanke om vold eller overgrep skal foresatte ikke involveres før meldingen "
            "sendes."
        ),
    ),
    "plan_niva_1": FormVariant(
        "plan_niva_1",
        _l("Plan for det videre forløpet"),
        form_class=PlanNiva1,
        description=_l(
            "Lag en plan for det videre forløpet i samarbeid med foresatte/barnet/ungdommen. "
            "Dokumenter i eget fagsystem. Vurder sammen om det er behov for råd og "
            "veiledning fra andre instanser."
        ),
        event="measures_set",
    ),
    "evaluering_niva_1": FormVariant(
        "evaluering_niva_1",
        _l("Evaluering av tiltakene"),
        form_class=EvalueringNiva1,
        description=_l(
            "Evaluer tiltakene etter oppsatt plan. Evalueringen må inneholde "
            "barnets/ungdommens stemme."
        ),
        event="measure_evaluated",
    ),
    "consent": FormVariant("consent", _l("Samtykkeskjema")),
}
