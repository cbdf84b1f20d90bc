"""Who has read a case, as the people it concerns and the leaders who answer for it see it
(Normen: need-to-know access, access logs the person can see, detection of snooping).

The audit trail (:mod:`bti.services.audit`) is the only source; these modules read it:

* :mod:`.who` — what an access was, in words (read, changed, printed …), and the service and
  role of the staff member behind it;
* :mod:`.case_log` — «Hvem har sett saken» on the case page, for its participants and the
  unit's leader;
* :mod:`.portal` — the same for the family in the citizens' pages: services and roles by
  day, staff names only where the municipality's policy shows them;
* :mod:`.snooping` — the leader's review: reads outside one's own role, unusual volumes and
  every emergency access;
* :mod:`.break_glass` — emergency access: a staff member without a role in a case opens it
  for a short while, giving a reason.
"""
