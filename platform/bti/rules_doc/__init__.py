"""The rules as a living document for policy writers.

The feature files under ``features/`` are the platform's rules in Norwegian; each scenario
cites the passage of a guide (or of the design) it encodes. This package reads them for the
rules pages (:mod:`bti.web.rules_page`) and ``bti rules``:

- :mod:`~bti.rules_doc.citations`: the one form of a citation comment, and its parser;
- :mod:`~bti.rules_doc.sources`: the cited documents, their headings, the passages in them
  (each municipality's plugin names its guides and lists their headings);
- :mod:`~bti.rules_doc.features`: the feature files through the Gherkin parser;
- :mod:`~bti.rules_doc.results`: the last test run's outcomes (Cucumber JSON);
- :mod:`~bti.rules_doc.document`: a municipality's rules and its guide's coverage;
- :mod:`~bti.rules_doc.markdown`: the same as Markdown, for ``bti rules``;
- :mod:`~bti.rules_doc.check`: the check ``make test`` runs over every citation;
- :mod:`~bti.rules_doc.settings`: where the files are, where proposals go.
"""

from bti.rules_doc.check import check
from bti.rules_doc.document import coverage, rules_document
from bti.rules_doc.settings import rules_settings

__all__ = ["check", "coverage", "rules_document", "rules_settings"]
