"""The guardians panel's read model («Foresatte»; the module is named for the custody
arrangement because ``guardians`` here would shadow :mod:`bti.services.guardians`, which
this package imports): the child's guardians and the custody arrangement in
words, the youth's own contact details where they are contacted themselves, and which forms
the viewer may use. While a report keeps the guardians out, the panel holds only that fact:
no names, no forms. The changes are :mod:`bti.services.custody`'s."""

from __future__ import annotations

from dataclasses import dataclass

from bti.case_panels import CaseRead
from bti.i18n import lazy_gettext as _l
from bti.models import Guardian, SubjectKind
from bti.rules import custody as rules
from bti.rules.child import GREAT_WEIGHT_FROM_AGE
from bti.services import guardians
from bti.services.custody import facts_of, in_record_of

#: The custody arrangements in words, in the order the form offers them.
CUSTODY = {
    "sammen": _l("The parents live together."),
    "daglig_omsorg": _l("The parents live apart; one of them has daily care."),
    "delt_omsorg": _l("The parents live apart and share daily care."),
    "ene": _l("One guardian alone has parental responsibility."),
    "offentlig": _l("The child is in public care: the service that holds custody is guardian."),
}
NO_CUSTODY = _l(
    "The custody arrangement is not registered: every guardian with parental responsibility "
    "signs a consent."
)
#: From this age the child's own phone and e-mail are asked for: the age from which the
#: child's view carries great weight, and the youth is often contacted directly.
CONTACT_FROM_AGE = GREAT_WEIGHT_FROM_AGE


@dataclass(frozen=True)
class GuardianView:
    """One guardian as the panel shows them."""

    id: int
    name: str
    relation: str
    parental_responsibility: bool
    daily_care: bool
    phone: str
    fodselsnummer: str
    in_record: bool  # signed a consent or was invited to a meeting held: cannot be removed
    version: int = 1  # for the forms (bti.services.versions)


@dataclass(frozen=True)
class GuardiansPanel:
    excluded: bool
    guardians: tuple[GuardianView, ...] = ()
    custody: str = ""
    custody_text: object = ""
    mismatch: object | None = None  # the arrangement and the guardians disagree
    may_edit: bool = False
    contact: bool = False  # the youth's own contact details are asked for
    phone: str = ""
    email: str = ""
    version: int = 1  # the child's record: custody and contact details

    @property
    def settled(self) -> bool:
        """Nothing waits here: guardians registered, an arrangement they fit (or the
        guardians are kept out). The page then shows the panel folded."""
        return self.excluded or bool(self.guardians and self.custody and not self.mismatch)


def read(ctx: CaseRead) -> GuardiansPanel:
    if guardians.excluded(ctx.case):
        return GuardiansPanel(excluded=True)
    rows = ctx.registered
    recorded = ctx.in_record
    if recorded is None:
        recorded = in_record_of(ctx.session, [g.id for g in rows])
    custody = str(ctx.subject.custody) if ctx.subject.custody else ""
    broken = rules.mismatch(custody or None, facts_of(rows))
    subject = ctx.subject
    return GuardiansPanel(
        excluded=False,
        guardians=tuple(_view(g, g.id in recorded) for g in rows),
        custody=custody,
        custody_text=CUSTODY.get(custody, NO_CUSTODY),
        mismatch=_l(
            "The registered guardians do not fit this arrangement: correct them, or register "
            "the arrangement again."
        )
        if broken
        else None,
        may_edit=ctx.is_open,
        contact=subject.kind != SubjectKind.BARN
        or (ctx.age is not None and ctx.age >= CONTACT_FROM_AGE),
        phone=subject.phone or "",
        email=subject.email or "",
        version=subject.version,
    )


def _view(guardian: Guardian, recorded: bool) -> GuardianView:
    return GuardianView(
        id=guardian.id,
        name=guardian.name,
        relation=guardian.relation,
        parental_responsibility=guardian.parental_responsibility,
        daily_care=guardian.daily_care,
        phone=guardian.phone or "",
        fodselsnummer=guardian.fodselsnummer or "",
        in_record=recorded,
        version=guardian.version,
    )
