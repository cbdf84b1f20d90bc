"""One test per hook spec in :mod:`bti.hookspecs`, named ``test_<hookname>``.

Each test registers a tiny one-off plugin (a class with one ``@hookimpl`` method) and checks
what a user of the core sees through :class:`bti.plugins.Municipality`:

* ``firstresult`` hooks: the plugin wins over the built-in default, and ``None`` falls back
  to it;
* ``bti_register_*`` hooks: the plugin's items come first and the defaults are kept;
* ``bti_on_*`` events: the event's method on ``Municipality`` (``case_opened`` for
  ``bti_on_case_opened``) reaches the implementation with its arguments.

A one-off plugin given to ``build_registry``/``create_app`` is registered in *every*
municipality, after that municipality's own plugin, so it also beats the real plugins.
``tests/plugins/test_hookspecs_meta.py`` checks that every hook spec has its test here.
"""

from __future__ import annotations

import inspect
from datetime import time
from types import SimpleNamespace

import pluggy
import pytest
from flask import Blueprint, g

from bti import GuideSource, ReminderRules, Story, hookimpl, hookspecs, story_step
from bti.case_panels import CasePanel
from bti.config import MunicipalityConfig
from bti.defaults.forms import TITLES as NATIONAL_FORM_TITLES
from bti.defaults.levels import LEVELS as NATIONAL_LEVELS
from bti.errors import Refused
from bti.guide import (
    AGENDA_PART_CODES,
    AgendaPart,
    CitizenAccess,
    Contact,
    FormVariant,
    Indicator,
    Level,
    MeetingKindDef,
    NextOfKinRoutine,
    OpeningHours,
    Profile,
    TaskRule,
    Team,
)
from bti.i18n import CORE_TRANSLATIONS
from bti.migrate import upgrade_database
from bti.plugins import Municipality, build_registry
from bti.rules.consent import YouthRule
from bti_vestby.demo_stories import STORIES as VESTBY_STORIES

VESTBY = MunicipalityConfig(slug="vestby", plugin="vestby")
# A municipality on the national model alone: what the defaults give is what it sees.
EKSEMPEL = MunicipalityConfig(slug="eksempel", name="Eksempel kommune", kommunenummer="9999")


def municipality(*plugins: object, config: MunicipalityConfig = EKSEMPEL) -> Municipality:
    return build_registry([config], extra_plugins=plugins)[config.slug]


# ---------------------------------------------------------------------------------------------
# Municipality profile
# ---------------------------------------------------------------------------------------------


def test_bti_municipality_profile():
    class Renamed:
        @hookimpl
        def bti_municipality_profile(self, config):
            return Profile(slug=config.slug, name="Prøvestad kommune", kommunenummer="9998")

    class Silent:
        @hookimpl
        def bti_municipality_profile(self, config):
            return None

    assert municipality(Renamed()).profile.name == "Prøvestad kommune"
    assert municipality(Renamed(), config=VESTBY).profile.kommunenummer == "9998"
    # None: the municipality's own plugin answers, and without one the configuration does.
    assert municipality(Silent(), config=VESTBY).profile.name == "Vestby kommune"
    fallback = municipality(Silent())
    assert (fallback.name, fallback.profile.kommunenummer) == ("Eksempel kommune", "9999")


def test_a_profile_keeps_the_slug_from_the_configuration():
    class WrongSlug:
        @hookimpl
        def bti_municipality_profile(self, config):
            return Profile(slug="annet", name="Prøvestad kommune", kommunenummer="9998")

    assert municipality(WrongSlug()).slug == "eksempel"


# ---------------------------------------------------------------------------------------------
# Workflow rules: the guide
# ---------------------------------------------------------------------------------------------


def test_bti_levels():
    own = [Level(number=n, name=f"Trinn {n}", purpose=f"Formål på trinn {n}") for n in range(4)]

    class OwnGuide:
        @hookimpl
        def bti_levels(self, profile):
            return own

    class Silent:
        @hookimpl
        def bti_levels(self, profile):
            return None

    assert municipality(OwnGuide()).levels == tuple(own)
    assert municipality(OwnGuide()).level(2).name == "Trinn 2"
    assert municipality(Silent()).levels == tuple(NATIONAL_LEVELS)


def test_bti_register_contacts():
    barnevern = Contact(
        name="Vestby barnevernstjeneste",
        phone="64 98 02 12",
        hours=(OpeningHours(opens=time(8), closes=time(15)),),
        acute=True,
        kind="barnevern",
    )

    class Contacts:
        @hookimpl
        def bti_register_contacts(self, profile):
            return [barnevern]

    phones = [c.phone for c in municipality(Contacts()).contacts]
    assert phones[0] == "64 98 02 12"
    assert "112" in phones  # the national numbers are kept


def test_bti_register_teams():
    team = Team(code="tit-6-15", name="Tidlig innsatsteam 6–15 år", min_age=6, max_age=15)

    class Teams:
        @hookimpl
        def bti_register_teams(self, profile):
            return [team]

    assert municipality().teams == ()
    assert municipality(Teams()).teams == (team,)


def test_bti_register_team_agenda():
    parts = [
        AgendaPart("presentation", "Presentasjon", 5, 10, "Taushetsplikten presiseres."),
        AgendaPart("reflection", "Metarefleksjon", 10, 10, fixed_members_only=True),
    ]

    class Agenda:
        @hookimpl
        def bti_register_team_agenda(self, profile):
            return parts

    assert municipality().team_agenda == ()
    assert municipality(Agenda()).team_agenda == tuple(parts)
    assert all(part.code in AGENDA_PART_CODES for part in parts)


def test_bti_youth_consent_rule():
    class EitherSigns:
        @hookimpl
        def bti_youth_consent_rule(self, profile):
            return YouthRule.OR

    class Silent:
        @hookimpl
        def bti_youth_consent_rule(self, profile):
            return None

    assert municipality(EitherSigns()).youth_consent_rule() is YouthRule.OR
    # None: the national default, the youth and the guardians both sign.
    assert municipality(Silent()).youth_consent_rule() is YouthRule.AND


def test_bti_reminder_rules():
    rules = ReminderRules(days_before=5, consent_warning_days=30)

    class OwnRules:
        @hookimpl
        def bti_reminder_rules(self, profile):
            return rules

    class Silent:
        @hookimpl
        def bti_reminder_rules(self, profile):
            return None

    assert municipality(OwnRules()).reminder_rules is rules
    # None: the national default, two days before, the leaders when overdue, no consents.
    default = municipality(Silent()).reminder_rules
    assert (default.days_before, default.leaders_when_overdue) == (2, True)
    assert default.consent_warning_days is None
    assert ReminderRules(days_before_by_code={"x": 9}).longest_notice == 9


def test_bti_register_guide_sources():
    mine = GuideSource("shared/seeds/a.txt", "Veileder A", ("Innledning", "Nivå 1"))
    also = GuideSource("shared/seeds/b.txt", "Skjema B", ("Samtykke",))

    class OneGuide:
        @hookimpl
        def bti_register_guide_sources(self, profile):
            return [mine]

    class AnotherGuide:
        @hookimpl
        def bti_register_guide_sources(self, profile):
            return [also]

    assert set(municipality(OneGuide(), AnotherGuide()).guide_sources) == {mine, also}
    # Default: none; the municipality's rules then cite only the design.
    assert municipality().guide_sources == ()


def test_bti_guardians_decline_task():
    rule = TaskRule("tiltaksplan", "Vurder tiltaksplan", answers=(("made", "Ja"),))

    class GivesTask:
        @hookimpl
        def bti_guardians_decline_task(self, profile):
            return rule

    assert municipality(GivesTask()).guardians_decline_task is rule
    # Default: a refusal gives no task.
    assert municipality().guardians_decline_task is None


def test_bti_handover_refusal():
    class NoHandOverToSelfService:
        @hookimpl
        def bti_handover_refusal(self, case, from_user_id, to_user_id):
            if to_user_id == 99:
                return Refused("local_rule", "Ikke til denne personen")
            return None

    guide = municipality(NoHandOverToSelfService())
    case = SimpleNamespace(barnevern_help=False)
    refusal = guide.handover_refusal(case=case, from_user_id=1, to_user_id=99, session=None)
    assert refusal.reason == "local_rule"
    # No objection from the plugin, and barnevern gives no help: the default lets it pass.
    assert guide.handover_refusal(case=case, from_user_id=1, to_user_id=2, session=None) is None


def test_bti_coordinator_advice():
    class BarnevernCoordinates:
        @hookimpl
        def bti_coordinator_advice(self, level, holder_service, services):
            if "barnevern" in services and holder_service != "barnevern":
                return "Barnevernet koordinerer"
            return None

    guide = municipality(BarnevernCoordinates())
    advice = guide.coordinator_advice(
        level=2, holder_service="skole", services=frozenset({"skole", "barnevern"})
    )
    assert advice == "Barnevernet koordinerer"
    assert guide.coordinator_advice(level=2, holder_service="barnevern",
                                    services=frozenset({"barnevern"})) is None  # fmt: skip
    # The default has no advice.
    assert (
        municipality().coordinator_advice(
            level=3, holder_service="skole", services=frozenset({"barnevern"})
        )
        is None
    )


def test_bti_register_meeting_kinds():
    tit = MeetingKindDef("tit_mote", "Møte i Tidlig innsatsteam", invites_guardians=True)
    duplicate = MeetingKindDef("undringssamtale", "Et annet navn")

    class Tit:
        @hookimpl
        def bti_register_meeting_kinds(self, profile):
            return [tit, duplicate]

    kinds = municipality(Tit()).meeting_kinds
    codes = [k.code for k in kinds]
    assert codes[0] == "tit_mote"
    assert {"undringssamtale", "samarbeidsmote", "overgangsmote"} <= set(codes)
    assert len(codes) == len(set(codes)), "a code appears once"
    assert next(k for k in kinds if k.code == "undringssamtale").label == "Et annet navn"


# ---------------------------------------------------------------------------------------------
# Forms and UI
# ---------------------------------------------------------------------------------------------


def test_bti_form_variant():
    class OwnConsent:
        @hookimpl
        def bti_form_variant(self, kind, profile):
            if kind == "consent":
                return FormVariant(kind="consent", title="Samtykkeerklæring")
            return None

    guide = municipality(OwnConsent())
    assert guide.form_variant("consent").title == "Samtykkeerklæring"
    # None for this kind: the national form answers.
    assert guide.form_variant("referral").title == NATIONAL_FORM_TITLES["referral"]
    assert guide.form_variant("ukjent") is None


def test_bti_register_blueprints(make_app):
    bp = Blueprint("egne_sider", __name__)

    @bp.get("/egen-side")
    def own_page():
        return f"Egen side for {g.municipality.name}"

    class OwnPages:
        @hookimpl
        def bti_register_blueprints(self, profile):
            # A one-off plugin is registered everywhere; a real one serves its municipality.
            return [bp] if profile.slug == "vestby" else []

    app = make_app(plugins=[OwnPages()], BTI_MUNICIPALITIES="vestby,tromso")
    with app.app_context():
        upgrade_database(app)
    client = app.test_client()

    response = client.get("/vestby/egen-side")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == "Egen side for Vestby kommune"
    assert client.get("/tromso/egen-side").status_code == 404


def test_bti_register_case_panels():
    def read(ctx):
        return None

    tit = CasePanel(name="tit", title="TIT", template="tit/_panel.html", order=35, read=read)
    own_consent = CasePanel(
        name="consent", title="Samtykke", template="tit/_consent.html", order=20, read=read
    )

    class Panels:
        @hookimpl
        def bti_register_case_panels(self, profile):
            return [tit, own_consent]

    panels = municipality(Panels()).case_panels
    names = [panel.name for panel in panels]
    assert "tit" in names and "decision" in names and "deadlines" in names  # defaults kept
    assert names.index("people") < names.index("tit") < names.index("meetings")  # by order
    assert [p for p in panels if p.name == "consent"] == [own_consent]  # the plugin's wins
    assert [p.order for p in panels] == sorted(p.order for p in panels)


def test_bti_register_translation_dirs(tmp_path):
    class Catalogs:
        @hookimpl
        def bti_register_translation_dirs(self):
            return [str(tmp_path)]

    dirs = municipality(Catalogs()).translation_dirs
    assert dirs == (str(tmp_path), CORE_TRANSLATIONS)


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------


def test_bti_register_indicators():
    share = Indicator(
        code="foreldredeltakelse",
        name="Andel saker der foreldrene deltok",
        compute=lambda figures: 1.0,
        unit="%",
        target=100.0,
    )

    class Indicators:
        @hookimpl
        def bti_register_indicators(self, profile):
            return [share]

    codes = [indicator.code for indicator in municipality(Indicators()).indicators()]
    assert codes[0] == "foreldredeltakelse"
    assert "open_cases_level_0" in codes


def test_bti_register_commands(make_app):
    import click
    from flask import current_app

    @click.command("hello")
    @click.pass_obj
    def hello(obj):
        # The context object carries the app and the municipality; the app context is on.
        assert current_app._get_current_object() is obj.app
        click.echo(f"Hei fra {obj.municipality.name}")

    class Commands:
        @hookimpl
        def bti_register_commands(self, profile):
            return [hello] if profile.slug == "vestby" else []

    assert municipality(Commands(), config=VESTBY).commands == (hello,)
    assert municipality(config=EKSEMPEL).commands == ()  # default: none
    app = make_app(plugins=[Commands()], BTI_MUNICIPALITIES="vestby,tromso")
    result = app.test_cli_runner().invoke(args=["vestby", "hello"])
    assert result.exit_code == 0, result.output
    assert result.output == "Hei fra Vestby kommune\n"
    # A municipality without commands gets no group.
    assert app.test_cli_runner().invoke(args=["tromso", "hello"]).exit_code == 2


# ---------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------


def test_bti_register_demo_stories():
    own = Story(
        "age5", (story_step(3, "09:00", "barnehage", "open", concern="Trenger språkstøtte."),)
    )

    class OneMore:
        @hookimpl
        def bti_register_demo_stories(self, profile):
            return [own]

    stories = municipality(OneMore()).demo_stories()
    assert stories[0] is own
    assert len(stories) > 1  # the national model's stories are kept
    # A municipality with its own guide gets its own stories, not the national model's.
    assert municipality(OneMore(), config=VESTBY).demo_stories() == [own, *VESTBY_STORIES]


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


CASE = SimpleNamespace(id="sak")
SESSION = SimpleNamespace(name="økt")


def test_bti_on_case_opened():
    calls = []

    class Listener:
        @hookimpl
        def bti_on_case_opened(self, case, session):
            calls.append((case, session))

    municipality(Listener()).case_opened(case=CASE, session=SESSION)
    assert calls == [(CASE, SESSION)]


def test_bti_on_level_changed():
    calls = []

    class Listener:
        @hookimpl
        def bti_on_level_changed(self, case, from_level, to_level, session):
            calls.append((case, from_level, to_level, session))

    municipality(Listener()).level_changed(case=CASE, from_level=2, to_level=1, session=SESSION)
    assert calls == [(CASE, 2, 1, SESSION)]


def test_bti_on_consent_given():
    consent = SimpleNamespace(id="samtykke")
    calls = []

    class Listener:
        @hookimpl
        def bti_on_consent_given(self, case, consent, session):
            calls.append((case, consent, session))

    municipality(Listener()).consent_given(case=CASE, consent=consent, session=SESSION)
    assert calls == [(CASE, consent, SESSION)]


def test_bti_on_consent_withdrawn():
    consent = SimpleNamespace(id="samtykke")
    calls = []

    class Listener:
        @hookimpl
        def bti_on_consent_withdrawn(self, case, consent, session):
            calls.append((case, consent, session))

    municipality(Listener()).consent_withdrawn(case=CASE, consent=consent, session=SESSION)
    assert calls == [(CASE, consent, SESSION)]


def test_bti_on_meeting_held():
    meeting = SimpleNamespace(id="møte")
    calls = []

    class Listener:
        @hookimpl
        def bti_on_meeting_held(self, case, meeting, session):
            calls.append((case, meeting, session))

    municipality(Listener()).meeting_held(case=CASE, meeting=meeting, session=SESSION)
    assert calls == [(CASE, meeting, SESSION)]


def test_bti_on_handover_offered():
    handover = SimpleNamespace(id="stafett")
    calls = []

    class Listener:
        @hookimpl
        def bti_on_handover_offered(self, case, handover, session):
            calls.append((case, handover, session))

    municipality(Listener()).handover_offered(case=CASE, handover=handover, session=SESSION)
    assert calls == [(CASE, handover, SESSION)]


def test_bti_on_handover_accepted():
    handover = SimpleNamespace(id="stafett")
    calls = []

    class Listener:
        @hookimpl
        def bti_on_handover_accepted(self, case, handover, session):
            calls.append((case, handover, session))

    municipality(Listener()).handover_accepted(case=CASE, handover=handover, session=SESSION)
    assert calls == [(CASE, handover, SESSION)]


def test_every_event_implementation_is_called():
    calls = []

    class First:
        @hookimpl
        def bti_on_case_opened(self, case):
            calls.append("first")

    class Second:
        @hookimpl
        def bti_on_case_opened(self, case):
            calls.append("second")
            return "ignored"

    municipality(First(), Second()).case_opened(case=CASE, session=SESSION)
    assert sorted(calls) == ["first", "second"]


def test_every_event_has_its_own_method_taking_the_spec_s_arguments():
    # The core announces an event through a typed method, never by a string naming the hook.
    for name, spec in vars(hookspecs).items():
        if name.startswith("bti_on_"):
            method = getattr(Municipality, name.removeprefix("bti_on_"), None)
            assert method is not None, f"Municipality has no method for {name}"
            arguments = [p for p in inspect.signature(method).parameters if p != "self"]
            assert arguments == list(inspect.signature(spec).parameters), name
    assert not hasattr(Municipality, "notify")
    with pytest.raises(AttributeError, match="case_lost"):
        municipality().case_lost(case=CASE, session=SESSION)


# ---------------------------------------------------------------------------------------------
# Calling conventions
# ---------------------------------------------------------------------------------------------


def test_an_implementation_may_accept_a_subset_of_the_arguments():
    seen = []

    class Partial:
        @hookimpl
        def bti_on_level_changed(self, to_level):
            seen.append(to_level)

        @hookimpl
        def bti_form_variant(self, kind):
            return FormVariant(kind=kind, title="Egen variant") if kind == "minutes" else None

        @hookimpl
        def bti_register_translation_dirs(self):
            return []

    guide = municipality(Partial())
    guide.level_changed(case=CASE, from_level=1, to_level=2, session=SESSION)
    assert seen == [2]
    assert guide.form_variant("minutes").title == "Egen variant"


def test_a_misspelt_hook_stops_start_up(make_app):
    class Misspelt:
        @hookimpl
        def bti_levls(self, profile):
            return []

    with pytest.raises(pluggy.PluginValidationError, match="bti_levls"):
        make_app(plugins=[Misspelt()])


def test_bti_register_stafettholder_duties():
    class Duties:
        @hookimpl
        def bti_register_stafettholder_duties(self, profile):
            return ["Involvere foresatte/ungdom/barn", "Opprette Stafettlogg"]

    assert municipality(Duties()).stafettholder_duties == (
        "Involvere foresatte/ungdom/barn",
        "Opprette Stafettlogg",
    )
    # The default lists none: the case page then shows no list.
    assert municipality().stafettholder_duties == ()


def test_bti_citizen_access():
    class Open:
        @hookimpl
        def bti_citizen_access(self, profile):
            return CitizenAccess(guardians=True, youth_from_age=15)

    access = municipality(Open()).citizen_access
    assert access.guardians and access.youth_from_age == 15
    # The default keeps the citizens' pages closed.
    assert municipality().citizen_access is None


def test_bti_next_of_kin_routine():
    class Routine:
        @hookimpl
        def bti_next_of_kin_routine(self, profile):
            return NextOfKinRoutine("Kontakt Ressurssenteret.", contact="ressurssenteret")

    routine = municipality(Routine()).next_of_kin_routine
    assert routine.contact == "ressurssenteret" and routine.max_age == 18
    assert municipality().next_of_kin_routine is None
