"""Fictional demo data for every enabled municipality (``bti demo``).

Each municipality gets the same shape of data with its own invented names, drawn from a
Faker seeded by its slug, so a reload on another day tells the same story:

* ``loader`` — :func:`load_demo_data`: the production guard, one transaction per
  municipality, and the marker account that makes loading twice a no-op;
* ``organisation`` — units of every kind, the staff accounts (``<slug>.laerer`` …) and
  ``demo.flere``, who works in every municipality;
* ``people`` — a subject for every age from 0 to 23, pregnant women, and guardians for
  every custody arrangement;
* ``identity`` — birth dates for an age and fødselsnummer with correct check digits;
* ``scenarios`` — the cases as data: whose, opened by whom, through which levels; one
  story for the national model, one for Vestby's guide and one for Tromsø's, and each
  municipality gets the first its guide can walk;
* ``cases`` — turns a scenario into a case: participants, decisions from the
  municipality's own level definitions (with the services they name, under consent),
  the trinn of a checklist level ticked as they are walked, deadlines as the guide's rules
  start and meet them, hand-overs, barnevern holding the baton while it helps;
* ``consents`` — consents naming services, with the signatures age and custody require;
* ``records`` — meetings with attendance, minutes and the coordinator question, filled-in
  forms, action plan, stafettlogg (in Tromsø written as the case goes, doubling as the
  minutes), plans beside it (IP, IOP, IUP);
* ``citizens`` — where the guide gives guardians and youth read access (Tromsø), the
  accounts ``<slug>.foresatt`` and ``<slug>.ungdom`` that read one stafettlogg each;
* ``context`` — the state one municipality's load shares between those modules.
"""

from bti.demo.loader import DEMO_PASSWORD, DemoRefusedError, load_demo_data

__all__ = [
    "DEMO_PASSWORD",
    "DemoRefusedError",
    "load_demo_data",
]
