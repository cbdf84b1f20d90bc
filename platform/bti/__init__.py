"""BTI-plattform: the core of cases, consents, meetings and stafettlogg.

This module is the public API: everything a municipality's plugin may import, and
``create_app`` for operators. A plugin imports from here alone (``from bti import hookimpl,
Level``); ``tests/plugins/test_public_api.py`` fails on a plugin that reaches into a
submodule. If a plugin needs something that is not here, export it on purpose.

* ``hookimpl`` marks a plugin's hook implementations; the hooks are documented in
  :mod:`bti.hookspecs`.
* ``MunicipalityConfig`` is the deployment's entry for a municipality, the argument of
  ``bti_municipality_profile``.
* The guide types (``Profile``, ``Level``, ``Step``, ``Contact`` …) are the plain, frozen
  values the hooks return; ``YouthRule`` and ``Refused`` are the answers of
  ``bti_youth_consent_rule`` and ``bti_handover_refusal``.
* ``FlaskForm`` is the base of a ``FormVariant.form_class`` (the core renders it with and
  without CSRF); ``LocalDateField`` and ``LocalDateTimeField`` read dates as Norwegian users
  type them.
* ``lazy_gettext`` (for text defined at import time, as guide values are) and ``gettext``
  (inside a request) look a string up in the municipality's catalogs, the plugin's first.
* ``CasePanel`` is a section of the case page (``bti_register_case_panels``); its ``read``
  gets a ``CaseRead`` and its ``forms`` a ``PanelForms``. A panel's action route is
  ``staff_required``, builds its form with ``posted``, calls one service through ``perform``
  and answers with ``respond`` (see ``docs/architecture.md``).
* ``Story`` and ``story_step`` tell a demo case, step by step, for
  ``bti_register_demo_stories``.
* ``Figures`` is what an ``Indicator``'s ``compute`` is called with: one quarter's figures,
  whose ``Count`` and ``Share`` carry their own small-cell suppression; ``Quarter`` names a
  quarter (``Quarter.parse("2026Q4")``), and ``quarterly_report`` writes the quarter's
  anonymised team protocols for a municipality's command (``bti_register_commands``).
"""

from bti.app import create_app
from bti.case_panels import (
    CasePanel,
    CaseRead,
    PanelForms,
)
from bti.config import MunicipalityConfig
from bti.demo.story import Story, story_step
from bti.errors import Refused
from bti.guide import (
    AgendaPart,
    BringsIn,
    CitizenAccess,
    Contact,
    DeadlineRule,
    FormVariant,
    GuideSource,
    Indicator,
    Level,
    Malform,
    MeetingKindDef,
    NextOfKinRoutine,
    OpeningHours,
    Outcome,
    Profile,
    ReminderRules,
    Step,
    TargetGroup,
    TaskRule,
    Team,
    TeamSeat,
    Tool,
)
from bti.hookspecs import hookimpl
from bti.i18n import (
    gettext,
    lazy_gettext,
)
from bti.report_text import quarterly_report
from bti.rules.consent import YouthRule
from bti.services.figures import (
    Count,
    Figures,
    Share,
)
from bti.services.quarters import Quarter
from bti.web.auth import staff_required
from bti.web.case_view import (
    perform,
    posted,
    respond,
)
from bti.web.fields import (
    LocalDateField,
    LocalDateTimeField,
)
from bti.web.forms import FlaskForm

__all__ = [
    "AgendaPart",
    "BringsIn",
    "CasePanel",
    "CaseRead",
    "CitizenAccess",
    "Contact",
    "Count",
    "DeadlineRule",
    "Figures",
    "FlaskForm",
    "FormVariant",
    "GuideSource",
    "Indicator",
    "Level",
    "LocalDateField",
    "LocalDateTimeField",
    "Malform",
    "MeetingKindDef",
    "MunicipalityConfig",
    "NextOfKinRoutine",
    "OpeningHours",
    "Outcome",
    "PanelForms",
    "Profile",
    "Quarter",
    "Refused",
    "ReminderRules",
    "Share",
    "Step",
    "Story",
    "TargetGroup",
    "TaskRule",
    "Team",
    "TeamSeat",
    "Tool",
    "YouthRule",
    "create_app",
    "gettext",
    "hookimpl",
    "lazy_gettext",
    "perform",
    "posted",
    "quarterly_report",
    "respond",
    "staff_required",
    "story_step",
]
