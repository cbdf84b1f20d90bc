"""The meeting of one case in the team, part by part (see
:mod:`bti.services.teams.meeting`): presentasjon, framlegg, drøfting, avrunding with the
action plan, the family leaving, the metarefleksjon (fixed members only), the protocol (the
chair), and the family's evaluation filled in with staff."""

from __future__ import annotations

from flask import render_template, url_for

from bti.i18n import lazy_gettext as _l
from bti.services.teams import evaluation as evaluation_service
from bti.services.teams import meeting as service
from bti.services.teams import protocol as protocol_service
from bti.web.auth import staff_required
from bti.web.forms import Forms
from bti.web.teams import act, bp, posted, run
from bti.web.teams.forms import (
    CHOOSE,
    CaseForm,
    ClosingForm,
    DiscussionForm,
    EmptyForm,
    EvaluationForm,
    PresentationForm,
    ProtocolForm,
    ReflectionForm,
    options,
    yes_no,
)


def _page(referral_id: int, failed: dict | None = None):
    data = run(service.read, referral_id=referral_id)
    forms = Forms(failed)
    d = data.discussion
    version = d.version if d is not None else 0  # the forms save from it (no lost update)
    closing = forms.form("closing", ClosingForm, version=version)
    closing.follow_up_coordinator_id.choices = options([("", CHOOSE), *data.people])
    protocol = forms.form("protocol", ProtocolForm, version=version)
    if d is not None and not protocol.text.data:
        protocol.text.data = d.protocol or protocol_service.draft(d, data.referral.number)
    return render_template(
        "teams/meeting.html",
        data=data,
        d=d,
        forms={
            "presentation": forms.form("presentation", PresentationForm, version=version),
            "case": forms.form("case", CaseForm, version=version),
            "discussion": forms.form("discussion", DiscussionForm, version=version),
            "closing": closing,
            "left": forms.form("left", EmptyForm),
            "reflection": forms.form("reflection", ReflectionForm, version=version),
            "protocol": protocol,
            "evaluation": forms.form("evaluation", EvaluationForm),
        },
    )


@bp.get("/team/sak/<int:referral_id>")
@staff_required
def discussion(referral_id: int):
    return _page(referral_id)


def _here(referral_id: int, part: str) -> str:
    return url_for("teams.discussion", referral_id=referral_id, _anchor=part)


def _again(referral_id: int):
    return lambda failed: _page(referral_id, failed)


@bp.post("/team/sak/<int:referral_id>/presentasjon")
@staff_required
def presentation(referral_id: int):
    form = posted(PresentationForm, "presentation")
    return act(
        form, "presentation", service.record_presentation, _l("The presentation is recorded."),
        _here(referral_id, "part-case"), _again(referral_id), referral_id=referral_id,
        confidentiality_stated=form.confidentiality_stated.data,
        guardians_present=yes_no(form.guardians_present.data),
        youth_present=yes_no(form.youth_present.data),
        referrer_present=yes_no(form.referrer_present.data), version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/framlegg")
@staff_required
def case_part(referral_id: int):
    form = posted(CaseForm, "case")
    return act(
        form, "case", service.record_case, _l("The case as put forward is recorded."),
        _here(referral_id, "part-discussion"), _again(referral_id), referral_id=referral_id,
        presentation=form.presentation.data or "",
        earlier_measures=form.earlier_measures.data or "", version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/drofting")
@staff_required
def discussion_part(referral_id: int):
    form = posted(DiscussionForm, "discussion")
    return act(
        form, "discussion", service.record_discussion, _l("The discussion is recorded."),
        _here(referral_id, "part-closing"), _again(referral_id), referral_id=referral_id,
        text=form.text.data or "", version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/avrunding")
@staff_required
def closing(referral_id: int):
    form = posted(ClosingForm, "closing")
    rows = [
        service.PlanRow(
            (row.goal.data or ""), (row.measure.data or ""), (row.responsible.data or ""),
            row.follow_up_on.data,
        )
        for row in form.plan
    ]  # fmt: skip
    return act(
        form, "closing", service.record_closing,
        _l("The avrunding is recorded: the action plan is on the case, and the follow-up "
           "meeting is planned."),
        _here(referral_id, "part-reflection"), _again(referral_id), referral_id=referral_id,
        summary=form.summary.data or "", family_view=form.family_view.data or "", plan=rows,
        follow_up_coordinator_id=form.follow_up_coordinator_id.data,
        follow_up_at=form.follow_up_at.data, follow_up_place=form.follow_up_place.data or "",
        family_feedback=form.family_feedback.data or "", version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/har-gatt")
@staff_required
def family_left(referral_id: int):
    form = posted(EmptyForm, "left")
    return act(
        form, "left", service.family_left,
        _l("Recorded: the referrer and the guardians or youth have left."),
        _here(referral_id, "part-reflection"), _again(referral_id), referral_id=referral_id,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/metarefleksjon")
@staff_required
def reflection(referral_id: int):
    form = posted(ReflectionForm, "reflection")
    return act(
        form, "reflection", service.record_reflection, _l("The metarefleksjon is recorded."),
        _here(referral_id, "part-protocol"), _again(referral_id), referral_id=referral_id,
        text=form.text.data or "", fields={"reflection": "text"}, version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/protokoll")
@staff_required
def protocol(referral_id: int):
    form = posted(ProtocolForm, "protocol")
    return act(
        form, "protocol", protocol_service.finalise, _l("The protocol is finalised."),
        _here(referral_id, "part-protocol"), _again(referral_id), referral_id=referral_id,
        text=form.text.data or "", fields={"protocol": "text"}, version=form.version.data,
    )  # fmt: skip


@bp.post("/team/sak/<int:referral_id>/brukerevaluering")
@staff_required
def evaluation(referral_id: int):
    form = posted(EvaluationForm, "evaluation")
    return act(
        form, "evaluation", evaluation_service.with_staff, _l("The evaluation is recorded."),
        _here(referral_id, "evaluation"), _again(referral_id), referral_id=referral_id,
        answers=form.answers(),
    )  # fmt: skip
