"""Compiled templates kept for the whole process.

Jinja compiles a template to Python the first time an environment renders it. One app per
process compiles each template once; a process that builds many apps (the test suite builds
one per test, a worker re-created after a reload) compiled every template again for each.
:data:`SHARED` keeps the compiled code in memory, keyed by template name and file, and checked
against the source's checksum, so a changed template is compiled again. Every app has the
same Jinja options and extensions (``bti.i18n``), so the compiled code is the same for all.
"""

from __future__ import annotations

import threading

from flask import Flask
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            self._compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        with self._lock:
            self._compiled.clear()


SHARED = MemoryBytecodeCache()


def use_shared_cache(app: Flask) -> None:
    """Give ``app``'s Jinja environment the process's cache (before anything creates it)."""
    app.jinja_options = {**app.jinja_options, "bytecode_cache": SHARED}
