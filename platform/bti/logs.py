"""The platform's logs: one line per event, JSON in production, and no personal data.

``BTI_LOG_FORMAT`` (environment, ``log_format`` in bti.toml, or ``create_app(config)``)
chooses ``json`` (the default in production: one JSON object per line, for a log
collector) or ``text`` (the default elsewhere: easier on a developer's terminal).
``BTI_LOG_LEVEL`` is the threshold (``INFO`` by default).

Every record, the platform's and its libraries', gets the same fields:

* ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``;
* ``request_id``: the request's id (the proxy's ``X-Request-Id`` when it is a plain token,
  otherwise a new one), also sent back in the response header ``X-Request-Id``; ``null``
  outside a request;
* ``municipality``: the slug of the municipality whose page it is, or ``null``.

The platform writes one line per request (:func:`_log_request`): method, the path *without*
its query string (searches and filters may carry names), status and milliseconds. It never
logs the client's address, a username, a name or a fødselsnummer, nor an exception's message
(it can carry a row's values): an exception is logged as its type and the frames it passed
through. Werkzeug's own request lines (the development server's, which carry query strings
and addresses) are dropped, since the platform writes its own.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import time
import traceback
import uuid

from flask import Flask, Response, g, has_request_context, request, request_started

from bti.config import ConfigurationError, Settings

FORMATS = ("json", "text")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: A request id from the proxy is used as it is only when it is a short plain token.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9_.-]{8,64}$")
#: The development server's access lines: "<address> - - [<time>] "GET /x?y HTTP/1.1" 200 -".
_WERKZEUG_ACCESS = re.compile(r' - - \[[^]]*\] "')

log = logging.getLogger("bti.request")


def settings_of(settings: Settings) -> tuple[str, str]:
    """The log format and level the configuration asks for, checked."""
    form = (settings.log_format or ("json" if settings.is_production else "text")).lower()
    if form not in FORMATS:
        raise ConfigurationError(
            f"BTI_LOG_FORMAT is {settings.log_format!r}; it must be one of: {', '.join(FORMATS)}."
        )
    level = (settings.log_level or "INFO").upper()
    if level not in LEVELS:
        raise ConfigurationError(
            f"BTI_LOG_LEVEL is {settings.log_level!r}; it must be one of: {', '.join(LEVELS)}."
        )
    return form, level


def init_app(app: Flask, settings: Settings) -> None:
    """Configure the process's logging as the settings say, and give every request an id
    and one log line."""
    form, level = settings_of(settings)
    configure(form, level)
    # Before the URL's municipality is looked up, so a request refused there is timed too.
    request_started.connect(_start_request, app)
    app.after_request(_log_request)


def configure(form: str, level: str = "INFO") -> logging.Handler:
    """Send the root logger's records to standard error in ``form`` (``json`` or ``text``),
    replacing the handler an earlier call installed (one per process, however many apps)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, StderrHandler):
            root.removeHandler(handler)
    handler = StderrHandler()
    handler.setFormatter(JsonFormatter() if form == "json" else TextFormatter())
    handler.addFilter(RequestContext())
    root.addHandler(handler)
    root.setLevel(level)
    return handler


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when the record comes (a test's capture, or a
    gunicorn worker's redirected stream), not to the one there was at start-up."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


class RequestContext(logging.Filter):
    """Adds ``request_id`` and ``municipality`` to every record, and drops the development
    server's own request lines (which carry the query string and the client's address)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "werkzeug" and _WERKZEUG_ACCESS.search(str(record.msg)):
            return False
        request_id = municipality = None
        if has_request_context():
            request_id = _request_id()
            found = g.get("municipality")
            municipality = getattr(found, "slug", None)
        record.request_id = request_id
        record.municipality = municipality
        return True


def _without_message(exc_info) -> str:
    """An exception as its type and the frames it passed, without its message."""
    kind, _, tb = exc_info
    frames = "".join(
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        for frame in traceback.extract_tb(tb)
    )
    return f"Traceback (most recent call last):\n{frames}{kind.__name__}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, municipality
    (and an exception's type and frames, never its message). python-json-logger is imported
    only when a JSON log is asked for: development and the tests start without it."""

    def __init__(self) -> None:
        super().__init__()
        self._json = _json_formatter_class()(
            ["levelname", "name", "message", "request_id", "municipality"],
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
            json_ensure_ascii=False,
        )

    def format(self, record: logging.LogRecord) -> str:
        return self._json.format(record)


@functools.cache
def _json_formatter_class() -> type[logging.Formatter]:
    from pythonjsonlogger.json import JsonFormatter as Base

    class Formatter(Base):
        def add_fields(self, log_data, record, message_dict) -> None:
            # Records from outside the app (gunicorn's own) have no request context fields.
            record.__dict__.setdefault("request_id", None)
            record.__dict__.setdefault("municipality", None)
            super().add_fields(log_data, record, message_dict)
            fields = {key: value for key, value in log_data.items() if key != "time"}
            log_data.clear()
            # First, ISO 8601 in UTC with milliseconds, the same on every line.
            log_data["time"] = (
                time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
                + f".{int(record.msecs):03d}Z"
            )
            log_data.update(fields)

        def formatException(self, ei) -> str:
            return _without_message(ei)

    return Formatter


class TextFormatter(logging.Formatter):
    """The development format: time, level, logger, request id, municipality, message."""

    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)-7s %(name)s [%(request_id)s %(municipality)s] %(message)s"
        )

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = getattr(record, "request_id", None) or "-"
        record.municipality = getattr(record, "municipality", None) or "-"
        return super().format(record)

    def formatException(self, ei) -> str:
        return _without_message(ei)


def _start_request(sender: Flask, **extra) -> None:
    g.request_started = time.perf_counter()
    _request_id()


def _request_id() -> str:
    """The request's id, chosen on first use: the proxy's when it is a plain token."""
    if "request_id" not in g:
        offered = request.headers.get("X-Request-Id", "")
        g.request_id = offered if _REQUEST_ID.match(offered) else uuid.uuid4().hex
    return g.request_id


def _log_request(response: Response) -> Response:
    # Also for a request refused before the app's own handlers ran (an unknown municipality).
    response.headers["X-Request-Id"] = _request_id()
    elapsed = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
    # request.path: never the query string.
    log.info("%s %s %s %.0f ms", request.method, request.path, response.status_code, elapsed)
    return response
