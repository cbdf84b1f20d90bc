"""The export of an archive copy for a Noark 5 archive: one zip with the printout as PDF,
the same records as JSON, the JSON Schema they follow, and a manifest with each file's
SHA-256 (Noark's «sjekksum»). No file name holds a name: the names are fixed, and the zip's
own name carries only the copy's number. See ``docs/archive-export.md``."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from importlib import resources
from typing import Any

from bti.services.archive.records import SCHEMA

PDF = "stafettlogg.pdf"
RECORDS = "stafettlogg.json"
SCHEMA_FILE = f"{SCHEMA}.schema.json"
MANIFEST = "manifest.json"


def schema_text() -> str:
    """The JSON Schema of the records, as shipped with the platform."""
    return resources.files("bti").joinpath("data", "archive", SCHEMA_FILE).read_text("utf-8")


def filename(copy_id: int) -> str:
    """The zip's name: the copy's number, never the child's name."""
    return f"stafettlogg-arkivkopi-{copy_id}.zip"


def bundle(document: dict[str, Any], pdf: bytes) -> bytes:
    """The zip of one copy: ``pdf`` (the printout of ``document``), ``document`` as JSON,
    its schema and the manifest."""
    files = {
        PDF: pdf,
        RECORDS: json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
        SCHEMA_FILE: schema_text().encode("utf-8"),
    }
    manifest = {
        "schema": SCHEMA,
        "case_id": document["case"]["id"],
        "made_at": document["made_at"],
        "reason": document["reason"],
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in files.items()
        ],
    }
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()
