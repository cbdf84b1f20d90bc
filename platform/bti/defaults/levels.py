"""Default levels: the national BTI model's four levels.

The common ground of the municipalities' guides (Jevnaker, Vestby and Tromsø all describe
these four levels, see shared/seeds): identify and clarify in your own service; measures in
your own service with the guardians; cooperation with other services under written consent;
comprehensive cooperation, often with an individual plan. A municipality plugin replaces
the whole list with its own wording, steps, tools and deadlines.
"""

from __future__ import annotations

from bti.guide import Level, Outcome, Profile, Step, Tool
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l

EMPLOYEE = _l("Employee")
LEADER = _l("Leader")
GUARDIANS = _l("Guardians")
CHILD = _l("The child or youth")
STAFETTHOLDER = _l("Stafettholder")
SERVICES = _l("The services taking part")


def _close() -> Outcome:
    return Outcome("close", _l("Close the case"), closes_case=True)


def _report() -> Outcome:
    return Outcome(
        "report_barnevern",
        _l("Report to barnevern (bekymringsmelding)"),
        to_level=3,
        reports_to_barnevern=True,
    )


def _stay(level: int) -> Outcome:
    return Outcome("stay", _l("Continue at this level"), to_level=level)


def _to(level: int, *, consent: bool = False) -> Outcome:
    return Outcome(
        f"level_{level}", _l("Go to level %(level)s", level=level), level, False, False, consent
    )


OBSERVATION = Tool(_l("Observation form"), form="observation")
CONSENT = Tool(_l("Consent form"), form="consent")
INVITATION = Tool(_l("Invitation to a meeting"), form="invitation")
MINUTES = Tool(_l("Minutes"), form="minutes")
ACTION_PLAN = Tool(_l("Action plan"), form="action_plan")

LEVELS = (
    Level(
        number=0,
        name=_l("Identification and clarification"),
        purpose=_l(
            "An employee wonders about or is worried for a child or youth, and clarifies "
            "the concern in their own service."
        ),
        steps=(
            Step(
                _l("Is the situation acute?"),
                _l(
                    "Suspected violence, sexual abuse or serious neglect is reported straight "
                    "to barnevern. The guardians are not involved."
                ),
                who=(EMPLOYEE,),
            ),
            Step(
                _l("Make the concern concrete"),
                _l("Write down what gives reason to wonder, and observe for a short period."),
                who=(EMPLOYEE,),
                questions=(
                    _l("What have you seen or heard?"),
                    _l("What has the child or youth said or done?"),
                    _l("How long have you been worried?"),
                    _l("Have there been earlier concerns about the child or youth?"),
                ),
            ),
            Step(
                _l("Share the concern"),
                _l(
                    "Talk it over with a colleague or your leader, then with the child and the "
                    "guardians."
                ),
                who=(EMPLOYEE, LEADER),
            ),
            Step(
                _l("Decide"),
                _l("Decide whether there is reason for concern and what happens next."),
                who=(EMPLOYEE, LEADER),
            ),
        ),
        tools=(OBSERVATION, INVITATION, MINUTES, CONSENT),
        outcomes=(_close(), _to(1), _to(2, consent=True), _report()),
    ),
    Level(
        number=1,
        name=_l("Measures in your own service"),
        purpose=_l(
            "The concern can be met in the employee's own service, together with the "
            "guardians and the child."
        ),
        steps=(
            Step(
                _l("Agree on the challenge"),
                _l("Reach a shared understanding with the guardians and the child."),
                who=(EMPLOYEE, GUARDIANS, CHILD),
            ),
            Step(
                _l("Make an action plan"),
                _l("Goals, measures, who is responsible and when to follow up."),
                who=(EMPLOYEE, GUARDIANS),
            ),
            Step(
                _l("Carry out and evaluate"),
                _l("Evaluate with the guardians, and with the child's own voice."),
                who=(EMPLOYEE, GUARDIANS, CHILD),
            ),
            Step(_l("Decide"), _l("Close, continue, or bring in other services."), who=(EMPLOYEE,)),
        ),
        tools=(ACTION_PLAN, INVITATION, MINUTES, CONSENT),
        outcomes=(_close(), _stay(1), _to(0), _to(2, consent=True), _report()),
    ),
    Level(
        number=2,
        name=_l("Interdisciplinary cooperation"),
        purpose=_l(
            "The child needs help from other services, in cooperation with the guardians. "
            "A written consent that names the services is required."
        ),
        steps=(
            Step(
                _l("Get written consent"),
                _l("The consent names every service that is brought in."),
                who=(EMPLOYEE, GUARDIANS, CHILD),
            ),
            Step(
                _l("Open the stafettlogg"),
                _l("Agree who holds the baton (stafettholder) and keeps the stafettlogg."),
                who=(EMPLOYEE, SERVICES),
            ),
            Step(
                _l("Set common goals and measures"),
                _l("Who does what, and by when."),
                who=(STAFETTHOLDER, SERVICES, GUARDIANS, CHILD),
            ),
            Step(
                _l("Evaluate in the stafettlogg"),
                _l("Did we reach the goals? New goals, or a change of strategy?"),
                who=(STAFETTHOLDER, SERVICES, GUARDIANS, CHILD),
            ),
            Step(_l("Decide"), _l("Close, continue, or change level."), who=(STAFETTHOLDER,)),
        ),
        tools=(CONSENT, ACTION_PLAN, INVITATION, MINUTES),
        outcomes=(_close(), _stay(2), _to(1), _to(3, consent=True), _report()),
    ),
    Level(
        number=3,
        name=_l("Comprehensive interdisciplinary cooperation"),
        purpose=_l(
            "The child needs long-term, coordinated help from several services, often with "
            "an individual plan."
        ),
        steps=(
            Step(
                _l("Coordinate the services"),
                _l("The stafettholder coordinates; consider an individual plan."),
                who=(STAFETTHOLDER, SERVICES),
            ),
            Step(
                _l("Evaluate in the stafettlogg"),
                _l("Did we reach the goals? New goals, or a change of strategy?"),
                who=(STAFETTHOLDER, SERVICES, GUARDIANS, CHILD),
            ),
            Step(_l("Decide"), _l("Close, continue, or step down."), who=(STAFETTHOLDER,)),
        ),
        tools=(CONSENT, ACTION_PLAN, INVITATION, MINUTES),
        outcomes=(_close(), _stay(3), _to(2), _to(1), _report()),
    ),
)


@hookimpl(trylast=True)
def bti_levels(profile: Profile) -> list[Level]:
    return list(LEVELS)
