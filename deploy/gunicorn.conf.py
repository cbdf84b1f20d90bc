"""gunicorn's configuration for BTI-plattform in production.

Install it as ``/etc/bti/gunicorn.conf.py`` and start the server with
``gunicorn --config /etc/bti/gunicorn.conf.py`` (``deploy/systemd/bti.service`` does). The
app's own settings (database, keys, municipalities, BTI_PROXY_FIX, BTI_LOG_FORMAT) come from
the environment or ``bti.toml`` (docs/operations.md); the few server settings below can be
changed with environment variables too, so this file need not be edited:

* ``BTI_BIND``: where gunicorn listens (default ``127.0.0.1:8000``: only nginx on the same
  machine reaches it; in a container ``0.0.0.0:8000``).
* ``WEB_CONCURRENCY``: the number of worker processes (default: 2 per CPU core + 1, at most 9).
* ``BTI_TIMEOUT``: seconds a request may take before its worker is restarted (default 60: the
  longest requests render a PDF printout).
* ``FORWARDED_ALLOW_IPS``: the addresses gunicorn takes ``X-Forwarded-Proto`` from
  (default ``127.0.0.1,::1``: nginx on the same machine). The app itself believes the
  proxy's headers through ``BTI_PROXY_FIX``; both must describe the same proxy.
"""

import multiprocessing
import os

wsgi_app = "bti:create_app()"

bind = os.environ.get("BTI_BIND", "127.0.0.1:8000")

# Sync workers: each request holds one worker, and the slow ones (argon2 at sign-in, a PDF)
# use the CPU, so more workers than 2 per core only queue. Each worker holds its own database
# pool (5 connections at most): keep workers × 5 under PostgreSQL's max_connections.
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * multiprocessing.cpu_count() + 1, 9))
worker_class = "sync"

# --preload: the app is built once in the master and the workers are forked from it, so they
# start fast and share the imported code's memory. create_app() opens no database connection,
# so no connection is shared between processes. The price: `systemctl reload` (SIGHUP) does
# not load new code; after an upgrade, `systemctl restart bti`.
preload_app = True

timeout = int(os.environ.get("BTI_TIMEOUT", "60"))
# On stop or restart, requests under way get this long to finish.
graceful_timeout = 30
# nginx keeps its connections to gunicorn short; a little keep-alive saves reconnecting.
keepalive = 5
# A worker is replaced after this many requests (with jitter, so not all at once): memory a
# long-running worker may have gathered is given back.
max_requests = 2000
max_requests_jitter = 200

# No control socket (gunicorn 27's runtime management through `gunicornc`): systemd starts,
# stops and restarts the service; one interface less to protect.
control_socket_disable = True

# Where the proxy is: gunicorn believes X-Forwarded-Proto only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# No access log: the app writes one line per request itself (bti.logs), with the request's
# id and municipality and without the query string (a search may carry a name) or the
# client's address. gunicorn's own messages (start, stop, a worker timing out) go to standard
# error, in the app's format.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("BTI_LOG_LEVEL", "info").lower()
# No "Server: gunicorn" header reaches the client: nginx drops the upstream's (README).

# The same rule as the app's (bti.logs): BTI_LOG_FORMAT, or JSON when BTI_ENV is production
# (set in the environment, as the systemd unit and the container do).
_log_format = os.environ.get("BTI_LOG_FORMAT") or (
    "json" if os.environ.get("BTI_ENV") == "production" else "text"
)
if _log_format.lower() == "json":
    # gunicorn merges this over its defaults (gunicorn.glogging.CONFIG_DEFAULTS), replacing
    # whole sections: every logger and handler it names must be here.
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "bti.logs.JsonFormatter"}},
        "handlers": {
            "error_console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            },
        },
        # The app puts its own JSON handler on the root logger (bti.logs).
        "root": {"level": "INFO", "handlers": []},
        "loggers": {
            "gunicorn.error": {"handlers": ["error_console"], "propagate": False},
            # A logging configuration switches gunicorn's access log on: its lines carry the
            # query string and the client's address, so they go nowhere.
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
        },
    }
