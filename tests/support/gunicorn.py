"""A real gunicorn that a test can SIGKILL, master and workers at once, and start again.

:class:`Gunicorn` runs ``gunicorn --preload --workers N 'bti:create_app()'`` on a port of its
own, in a process group of its own, so :meth:`Gunicorn.kill` ends the master and every worker
with one SIGKILL, as a power cut or the kernel's OOM killer would.

Starting a Python process and importing the platform costs one to several seconds of CPU on
the test machines, twenty times per database. So each gunicorn is forked from a *launcher*
that has imported gunicorn and the platform once (and built the app once, which opened no
database connection; it throws the app away). Each start is gunicorn's own command line from
there on: the arbiter parses the same arguments, ``--preload`` builds a new app in the new
master with ``create_app()``, the master forks the workers and serves on the port. Only the
imports are shared, as ``--preload`` shares them with the workers.

Run as ``python -m tests.support.gunicorn <gunicorn arguments>``, this module is the
launcher: it reads ``start <log file>`` lines and answers each with the new master's pid.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Gunicorn:
    """gunicorn serving the platform on ``port``, configured by ``environment``."""

    def __init__(self, environment: dict[str, str], log: Path, *, workers: int = 2):
        self.port = free_port()
        self.log = log
        self.pid: int | None = None
        arguments = [
            "--preload",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--no-control-socket",
            "--graceful-timeout",
            "5",
            "bti:create_app()",
        ]
        self._launcher = subprocess.Popen(
            [sys.executable, "-m", "tests.support.gunicorn", *arguments],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("ab"),
            text=True,
        )

    def start(self, timeout: float = 60) -> float:
        """Start gunicorn and wait until ``/healthz`` answers 200; the seconds it took."""
        started = time.monotonic()
        self._launcher.stdin.write(f"start {self.log}\n")
        self._launcher.stdin.flush()
        answer = self._launcher.stdout.readline()
        assert answer.strip().isdigit(), f"the launcher did not start gunicorn: {self.tail()}"
        self.pid = int(answer)
        while not self.healthy():
            assert time.monotonic() - started < timeout, f"gunicorn did not come up: {self.tail()}"
            time.sleep(0.05)
        return time.monotonic() - started

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5) as r:
                return r.status == 200
        except OSError:
            return False

    def kill(self) -> None:
        """SIGKILL the master and every worker, and wait until the port is closed."""
        assert self.pid is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        self.pid = None
        deadline = time.monotonic() + 30
        while accepts(self.port):
            assert time.monotonic() < deadline, "gunicorn still listens after SIGKILL"
            time.sleep(0.02)

    def stop(self) -> None:
        """End gunicorn (if running) and the launcher."""
        if self.pid is not None:
            self.kill()
        if self._launcher.poll() is None:
            self._launcher.stdin.close()
            try:
                self._launcher.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._launcher.kill()
                self._launcher.wait()

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


# ---------------------------------------------------------------------------------------------
# The launcher
# ---------------------------------------------------------------------------------------------


def _launch(arguments: list[str]) -> None:
    from gunicorn.app.wsgiapp import WSGIApplication

    import bti

    _adopt_orphans()
    # Import everything the app needs; it opens no database connection, and is thrown away.
    bti.create_app().extensions["bti_db"].dispose()
    for line in sys.stdin:
        _reap()
        command, _, log = line.strip().partition(" ")
        if command != "start":
            continue
        pid = os.fork()
        if pid == 0:  # the new gunicorn master, leader of its own process group
            try:
                os.setsid()
                output = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
                os.dup2(output, 1)
                os.dup2(output, 2)
                os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
                sys.argv = ["gunicorn", *arguments]
                WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]", prog="gunicorn").run()
            finally:
                os._exit(0)
        print(pid, flush=True)
    _reap()


def _adopt_orphans() -> None:
    """Become the parent of killed masters' workers (Linux), so they are reaped here."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def _reap() -> None:
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


if __name__ == "__main__":
    _launch(sys.argv[1:])
