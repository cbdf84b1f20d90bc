"""Guardians and youth who sign in to read a stafettlogg (``<slug>.foresatt``,
``<slug>.ungdom``), where the municipality's guide gives them access (Tromsø: «Foreldre og
ungdom har tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert»).

A citizen is known by their fødselsnummer (:mod:`bti.services.citizens`): the youth by the
subject's own, the guardian by one the demo gives that guardian — synthetic, like every
demo number, so none can belong to a real person.
"""

from __future__ import annotations

from collections.abc import Sequence

from bti.demo.context import DemoContext
from bti.demo.identity import birth_date_for_age, make_fodselsnummer
from bti.demo.organisation import username
from bti.demo.story import Story
from bti.models import Guardian
from bti.services import citizens as citizen_service

#: How much older than the child the guardian who signs in is.
GUARDIAN_OLDER_BY = (25, 40)


#: What each kind of reader's account is, for the list ``bti demo`` prints.
DESCRIPTIONS = {
    citizen_service.GUARDIAN: "Guardian: reads their child's stafettlogg at {page}",
    citizen_service.YOUTH: "Youth: reads their own stafettlogg at {page}",
}


def create_citizens(ctx: DemoContext, stories: Sequence[Story], password: str) -> None:
    """The stories' readers' accounts, with the demo password, where the municipality
    gives citizens access (``bti_citizen_access``)."""
    access = ctx.municipality.citizen_access
    if access is None:
        return
    for story in stories:
        for key, relation in story.readers:
            if relation == citizen_service.GUARDIAN and access.guardians:
                guardian = ctx.guardians[story.subject][0]
                _give_fodselsnummer(ctx, guardian, child_age=ctx.ages[story.subject])
                _add(ctx, key, guardian.fodselsnummer, guardian.name, password)
            elif relation == citizen_service.YOUTH and access.youth_from_age is not None:
                subject = ctx.subjects[story.subject]
                if ctx.ages[story.subject] < access.youth_from_age or not subject.fodselsnummer:
                    raise ValueError(f"{story.subject} cannot sign in to read as a youth")
                name = f"{subject.given_name} {subject.family_name}"
                _add(ctx, key, subject.fodselsnummer, name, password)


def accounts(
    municipality_name: str, slug: str, stories: Sequence[Story]
) -> list[tuple[str, str, str]]:
    """The citizens' demo accounts as (municipality, username, description)."""
    return [
        (
            municipality_name,
            username(slug, key),
            DESCRIPTIONS[relation].format(page=f"/{slug}/innsyn/logg-inn"),
        )
        for story in stories
        for key, relation in story.readers
    ]


def _give_fodselsnummer(ctx: DemoContext, guardian: Guardian, *, child_age: int) -> None:
    born = birth_date_for_age(child_age + ctx.rng.randint(*GUARDIAN_OLDER_BY), ctx.today, ctx.rng)
    guardian.fodselsnummer = make_fodselsnummer(
        born, female=guardian.relation == "mor", rng=ctx.rng
    )
    ctx.session.add(guardian)
    ctx.session.flush()


def _add(ctx: DemoContext, key: str, fodselsnummer: str, name: str, password: str) -> None:
    citizen_service.add_local_account(
        ctx.session,
        fodselsnummer=fodselsnummer,
        display_name=name,
        username=username(ctx.slug, key),
        password=password,
    )
