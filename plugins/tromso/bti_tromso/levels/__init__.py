"""Tromsø's four levels, as its BTI guide words them.

Source: shared/seeds/004_e094d3244bfd92ed.txt — «Identifisering og avklaring - nivå 0»,
«Innsats i egen avdeling - nivå 1», «Tverrfaglig samarbeid - nivå 2» and «Tverrfaglig
samarbeid med spesiell innsats - nivå 3». Every level is a numbered list of trinn, kept as a
checklist on the case; each step's title is the guide's «Trinn N: …», its description the
guide's text and its questions the guide's støttespørsmål/hjelpespørsmål. The decisions keep
the guide's own numbering («1», «3 A»). The text is the guide's own bokmål; the plugin's
catalogs give nynorsk and English.

What the seed does not give, and how it is handled here:

* Nivå 0 has no sentence of purpose of its own; its purpose sums up its four trinn.
* The tools for nivå 1–3 are not in the seed: «Verktøy nivå 1 [2, 3] finner du i avsnittet
  Verktøykasse», and the Verktøykasse is not part of it. Those levels therefore name only
  tools from nivå 0's list that their own text calls for: the Samtykkeskjema (nivå 1 trinn
  3 «Vurder sammen om det er behov for råd og veiledning fra andre instanser»; nivå 2 trinn
  1 «Innhent samtykke til tverrfaglig samarbeid» and trinn 2 «NB! Husk samtykke»; the
  stafettlogg at nivå 3) and, at nivå 1, the Observasjonsskjema (trinn 3 «Hvordan skal vi
  måle om det virker?»). Nothing else is invented, apart from nivå 1's plan and its
  evaluation (below).
* The stafettlogg belongs to nivå 2 and 3 («Trinn 2: Opprett Stafettlogg. NB! Husk
  samtykke.»). At nivå 0 and 1 it is not opened: nivå 1 makes «en plan for det videre
  forløpet» and «Dokumenter i eget fagsystem», so nivå 1 names that plan and its
  evaluation (trinn 5) as its tools; filling them in ticks trinn 3 and 5.
* Nivå 3 is where «barn med tiltak fra barneverntjenesten» are: barnevern starting its
  help moves a case there.
* Nivå 3's first decision («Vurder om saken skal avsluttes eller om barnet/ungdommen skal få
  hjelp nivå 1 … eller 2 …») is one sentence with three ends; it is split into three
  outcomes that share the number «1». The guide's «innstas i egen enhet» is written
  «innsats i egen enhet».
* Nivå 2's «Avslutte tverrfaglig innsats? … Gå eventuelt tilbake til nivå 1.» is likewise
  split in two outcomes numbered «1»: close the case, or go back to nivå 1.

The parts: :mod:`.common` (who, tools, shared outcomes and deadlines), :mod:`.early`
(nivå 0–1) and :mod:`.late` (nivå 2–3).
"""

from bti_tromso.levels.early import NIVA_0, NIVA_1
from bti_tromso.levels.late import NIVA_2, NIVA_3

LEVELS = (NIVA_0, NIVA_1, NIVA_2, NIVA_3)
