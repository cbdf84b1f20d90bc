"""The whole stafettlogg for the archive («Stafettlogg — utskrift til arkiv»).

When a case closes, or a participant closes their own part, a copy of the case's whole
record is kept in the same transaction; anyone in the case may make one on request. The
printout, its PDF and the export for a Noark 5 archive are made from the copy, never from the
case as it is later (``docs/archive-export.md``).

* :mod:`.records` — the copy's JSON: every entry, evaluation, meeting record, decision,
  consent and hand-over in order, with who and when, in the municipality's words
  (:mod:`.parts` holds one reader per table)
* :mod:`.copies` — keeping, making, listing and reading copies, with their audit
* :mod:`.export` — the export's zip: the PDF, the JSON and its schema
"""

from bti.services.archive.copies import (
    ArchiveRead,
    CopyList,
    CopyRow,
    keep,
    listing,
    make,
    newest,
    read,
)
from bti.services.archive.records import SCHEMA, SCHEMA_VERSION, snapshot

__all__ = [
    "SCHEMA",
    "SCHEMA_VERSION",
    "ArchiveRead",
    "CopyList",
    "CopyRow",
    "keep",
    "listing",
    "make",
    "newest",
    "read",
    "snapshot",
]
