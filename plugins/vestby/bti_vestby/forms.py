"""Vestby's forms: the tools the guide names, as WTForms classes the case page fills in
(Undringsnotat, Observasjonsskjema) and the titles of the printed ones (Invitasjon til
møte, Referat fra møte, Samtykkeskjema)."""

from __future__ import annotations

from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Optional, ValidationError

from bti import FlaskForm, FormVariant, LocalDateField
from bti import lazy_gettext as _l


class Undringsnotat(FlaskForm):
    """«Konkretiser bekymring for deg selv. Drøft med kollega eller leder. Ser de saken på
    en annen måte enn deg?» (nivå 0, «Uro/bekymring/dårlig magefølelse»)."""

    wondering = TextAreaField(
        _l("Hva lurer du på, eller hva er du bekymret for?"),
        validators=[DataRequired(_l("Skriv hva du lurer på eller er bekymret for."))],
    )
    experiences = TextAreaField(
        _l("Hva har du sett og hørt? Beskriv de konkrete opplevelsene"),
        validators=[DataRequired(_l("Beskriv det du har sett og hørt."))],
    )
    child_said = TextAreaField(_l("Hva har barnet/ungdommen sagt eller gjort?"))
    discussed_with = StringField(
        _l("Hvem har du drøftet uroen med (kollega eller leder)?"), validators=[Optional()]
    )
    other_view = TextAreaField(_l("Ser de saken på en annen måte enn deg?"))
    next_step = TextAreaField(_l("Hva gjør du videre?"))


class Observasjonsskjema(FlaskForm):
    """«Bruk observasjonsskjemaet og observer barnet/ungdommen i en kort periode. Skriv ned
    det som gir grunn til å lure, og ha fokus på de konkrete opplevelsene»."""

    period_from = LocalDateField(
        _l("Observert fra"),
        validators=[DataRequired(_l("Skriv datoen observasjonen begynte, som dd.mm.åååå."))],
    )
    period_to = LocalDateField(_l("Observert til"), validators=[Optional()])
    situation = TextAreaField(_l("Situasjon: hvor, når og hvem var til stede?"))
    observed = TextAreaField(
        _l("Hva observerte du? Beskriv konkret det du så og hørte"),
        validators=[DataRequired(_l("Beskriv det du observerte."))],
    )
    reason = TextAreaField(_l("Hva gir grunn til å lure?"))
    strengths = TextAreaField(_l("Barnets/ungdommens sterke sider (beskyttelsesfaktorer)"))

    def validate_period_to(self, field):
        if field.data and self.period_from.data and field.data < self.period_from.data:
            raise ValidationError(_l("Observasjonen kan ikke slutte før den begynner."))


VARIANTS = {
    "undringsnotat": FormVariant(
        "undringsnotat",
        _l("Undringsnotat"),
        form_class=Undringsnotat,
        description=_l(
            "Konkretiser bekymringen for deg selv. Skriv ned det som gir grunn til å lure, "
            "med fokus på de konkrete opplevelsene, og drøft med kollega eller leder."
        ),
    ),
    "observation": FormVariant(
        "observation",
        _l("Observasjonsskjema"),
        form_class=Observasjonsskjema,
        description=_l(
            "Observer barnet/ungdommen i en kort periode. Skriv ned det som gir grunn til å "
            "lure, og ha fokus på de konkrete opplevelsene."
        ),
    ),
    "invitation": FormVariant("invitation", _l("Invitasjon til møte")),
    "minutes": FormVariant("minutes", _l("Referat fra møte")),
    "consent": FormVariant("consent", _l("Samtykkeskjema")),
}
