"""Standing teams (Bærum's Tidlig innsatsteam): from a referral to the protocol.

* :mod:`.roster` — the teams as data (seeded once from the plugin, then kept by an
  administrator), which team a case goes to, and who sits in a team;
* :mod:`.access` — reaching a referral as one of the team, audited;
* :mod:`.referrals` — the meldeskjema sent from the case, and the team section of the case;
* :mod:`.queue` — the coordinator's queue: urgency, meeting days, time per case, interpreter,
  the minute-taker;
* :mod:`.invitations` — the consent check and the written invitations;
* :mod:`.meeting` — the six parts of the meeting, recorded part by part (the avrunding and
  the metarefleksjon in :mod:`.closing`);
* :mod:`.protocol` — the anonymised protocol, and the quarter's protocols;
* :mod:`.evaluation` — the family's evaluation, with staff or through a link without a name;
* :mod:`.plan` — the action plan and its evaluation by the person coordinating the follow-up;
* :mod:`.printing` — the meldeskjema, the invitation, the action plan and the protocol to print.
"""
