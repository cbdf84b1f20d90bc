"""The forms of the team pages: the chair's queue and meeting days, the six parts of the
meeting, the protocol, the family's evaluation, and the administrator's team page."""

from __future__ import annotations

from wtforms import (
    BooleanField,
    FieldList,
    FormField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import InputRequired, Optional

from bti.i18n import lazy_gettext as _l
from bti.services.teams.evaluation import ANSWERS, Answers
from bti.web.fields import (
    CheckboxesField,
    LocalDateField,
    LocalDateTimeField,
    VersionField,
    an_id,
    whole_number,
)
from bti.web.forms import FlaskForm, limit, options

#: The first, empty choice of a drop-down.
CHOOSE = _l("Choose …")

YES_NO = options([("yes", _l("Yes")), ("no", _l("No"))])


def yes_no(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


def int_or_none(value):
    """A chosen number (an id, a weekday, a cadence) or ``None``; out of range is ``None``."""
    if isinstance(value, int):
        return value
    return whole_number(value, low=0)


class AssessForm(FlaskForm):
    version = VersionField()
    urgency = RadioField(
        _l("How urgent is the case?"),
        choices=options(
            [("urgent", _l("Urgent: the next meeting day")), ("ordinary", _l("Ordinary"))]
        ),
        validators=[InputRequired(message=_l("Choose how urgent the case is."))],
    )
    note = TextAreaField(_l("Note on the urgency (no names)"), render_kw={"rows": 2})


class PlaceForm(FlaskForm):
    team_meeting_id = SelectField(
        _l("Meeting day"), coerce=int_or_none, validate_choice=False, choices=[]
    )
    starts_at = TimeField(
        _l("Time the case starts"),
        validators=[InputRequired(message=_l("Give the time the case starts."))],
    )
    minutes = IntegerField(
        _l("Minutes set aside for the case"),
        validators=[
            InputRequired(message=_l("Set aside between 10 and 120 minutes for the case."))
        ],
    )
    interpreter_needed = BooleanField(_l("An interpreter is needed"))
    interpreter_language = StringField(_l("Language"), [limit(80)])


class MoveForm(FlaskForm):
    team_id = SelectField(_l("Another team"), coerce=int_or_none, validate_choice=False, choices=[])


class DayForm(FlaskForm):
    starts_at = LocalDateTimeField(
        _l("Date and time"),
        validators=[InputRequired(message=_l("Give the date and time of the meeting."))],
    )
    place = StringField(_l("Place"))


class MinuteTakerForm(FlaskForm):
    user_id = SelectField(_l("Minute-taker"), coerce=int_or_none, validate_choice=False, choices=[])


class EmptyForm(FlaskForm):
    """A button: the CSRF token alone."""


class PresentationForm(FlaskForm):
    version = VersionField()  # the discussion's (0 before anything is recorded)
    confidentiality_stated = BooleanField(_l("The chair has stated the duty of confidentiality"))
    guardians_present = RadioField(
        _l("Did the guardians take part?"), choices=YES_NO, validate_choice=False
    )
    youth_present = RadioField(
        _l("Did the youth take part?"), choices=YES_NO, validate_choice=False
    )
    referrer_present = RadioField(
        _l("Did the referrer take part?"), choices=YES_NO, validate_choice=False
    )


class CaseForm(FlaskForm):
    version = VersionField()
    presentation = TextAreaField(_l("The case as put forward"), render_kw={"rows": 4})
    earlier_measures = TextAreaField(_l("Measures already tried"), render_kw={"rows": 3})


class DiscussionForm(FlaskForm):
    version = VersionField()
    text = TextAreaField(_l("Summaries from the discussion"), render_kw={"rows": 6})


class PlanRowForm(FlaskForm):
    class Meta:
        csrf = False

    goal = StringField(_l("Goal"))
    measure = StringField(_l("Measure"))
    responsible = StringField(_l("Responsible"))
    follow_up_on = LocalDateField(_l("Follow-up"), validators=[Optional()])


class ClosingForm(FlaskForm):
    version = VersionField()
    summary = TextAreaField(_l("Summary: the main measures agreed"), render_kw={"rows": 4})
    family_view = TextAreaField(
        _l("The guardians' or the youth's view on further measures"), render_kw={"rows": 3}
    )
    plan = FieldList(FormField(PlanRowForm), min_entries=4, max_entries=12)
    follow_up_coordinator_id = SelectField(
        _l("Who coordinates the follow-up in the local service"),
        coerce=int_or_none, validate_choice=False, choices=[],
    )  # fmt: skip
    follow_up_at = LocalDateTimeField(_l("Follow-up meeting at the local service"))
    follow_up_place = StringField(_l("Place of the follow-up meeting"))
    family_feedback = TextAreaField(
        _l("The guardians' or the youth's immediate feedback on the meeting"), render_kw={"rows": 3}
    )


class ReflectionForm(FlaskForm):
    version = VersionField()
    text = TextAreaField(
        _l("How did it work? Could something have been done differently?"), render_kw={"rows": 4}
    )


class ProtocolForm(FlaskForm):
    version = VersionField()
    text = TextAreaField(_l("Protocol (anonymised)"), render_kw={"rows": 8})


class EvaluationForm(FlaskForm):
    experience = RadioField(
        _l("How was it to take part in the meeting?"),
        choices=options([("1", _l("1 – very bad")), ("2", "2"), ("3", "3"), ("4", "4"),
                         ("5", _l("5 – very good"))]),
        validate_choice=False,
    )  # fmt: skip
    experience_text = TextAreaField(_l("Tell us more, if you like"), render_kw={"rows": 3})
    plan_followed = RadioField(
        _l("Has the action plan been followed up?"),
        choices=options(ANSWERS.items()),
        validate_choice=False,
    )
    measures_helped = RadioField(
        _l("Have the measures been useful?"),
        choices=options(ANSWERS.items()),
        validate_choice=False,
    )
    comment = TextAreaField(_l("Anything else?"), render_kw={"rows": 3})

    def answers(self) -> Answers:
        """What was answered, for the service to check."""
        experience = self.experience.data or ""
        return Answers(
            whole_number(experience, low=0, high=10),
            self.experience_text.data or "",
            self.plan_followed.data or "",
            self.measures_helped.data or "",
            self.comment.data or "",
        )


class TeamForm(FlaskForm):
    version = VersionField()
    coordinator_id = SelectField(
        _l("Coordinator (fixed chair)"), coerce=int_or_none, validate_choice=False, choices=[]
    )
    deputy_id = SelectField(
        _l("Fixed deputy"), coerce=int_or_none, validate_choice=False, choices=[]
    )
    leader_id = SelectField(
        _l("Leader (department head in barnevern)"),
        coerce=int_or_none,
        validate_choice=False,
        choices=[],
    )
    weekday = SelectField(_l("Meeting day"), coerce=int_or_none, validate_choice=False, choices=[])
    starts_at_hour = IntegerField(
        _l("Starts at (hour)"),
        validators=[InputRequired(message=_l("Choose an hour between 07 and 18."))],
    )
    cadence_days = SelectField(
        _l("How often"), coerce=int_or_none, validate_choice=False,
        choices=options([(7, _l("Every week")), (14, _l("Every 14 days")),
                         (21, _l("Every three weeks")), (28, _l("Every four weeks"))]),
    )  # fmt: skip
    meeting_hours = IntegerField(
        _l("Hours each time"),
        validators=[InputRequired(message=_l("A meeting lasts between 1 and 8 hours."))],
    )
    place = StringField(_l("Place"))


class MemberForm(FlaskForm):
    user_id = SelectField(
        _l("Member of staff"), coerce=int_or_none, validate_choice=False, choices=[]
    )
    service = SelectField(_l("Seat"), validate_choice=False, choices=[])


class UnitsForm(FlaskForm):
    unit_ids = CheckboxesField(
        _l("Units whose cases go to this team"), coerce=an_id, validate_choice=False, choices=[]
    )
