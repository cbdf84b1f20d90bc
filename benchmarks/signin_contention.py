"""«Mine saker» while 8 threads guess passwords, against a real threaded server.

    .venv/bin/python benchmarks/signin_contention.py [--runs 40] [--guessers 8]
        [--no-throttle] [--unbounded]

Loads the demo data into a fresh SQLite file, starts the app in a separate process under
werkzeug's threaded server on 127.0.0.1, signs a demo coordinator in and times ``--runs``
requests of «Mine saker» (``/vestby/saker``): first alone, then while ``--guessers`` threads
post wrong passwords to the sign-in page as fast as the server answers (each guess with a
username of its own, so no per-account limit stops them; all from one address). Prints the
median and the slowest time, and how the guesses were answered.

``--no-throttle`` turns the sign-in limits off (what a guesser spread over many addresses
gets); ``--unbounded`` also lets every guess hash at once (``BTI_HASH_CONCURRENCY=0``), as
before the bound. Nothing here is a test: it reports figures, it does not judge them.
"""

from __future__ import annotations

import argparse
import collections
import http.cookiejar
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SLUG = "vestby"
ACCOUNT = f"{SLUG}.koordinator"


def _config(tmp: str, *, throttle: bool, bounded: bool) -> dict:
    config = {
        "BTI_ENV": "development",
        "INSTANCE_PATH": tmp,
        "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bti.sqlite3'}",
        "RATELIMIT_ENABLED": throttle,
    }
    if not bounded:
        config["BTI_HASH_CONCURRENCY"] = 0
    return config


def serve(tmp: str, port: int, throttle: bool, bounded: bool) -> None:
    from werkzeug.serving import make_server

    from bti import create_app

    app = create_app(_config(tmp, throttle=throttle, bounded=bounded))
    make_server("127.0.0.1", port, app, threaded=True).serve_forever()


def prepare(tmp: str) -> None:
    from bti import create_app
    from bti.demo import load_demo_data
    from bti.migrate import upgrade_database

    app = create_app(_config(tmp, throttle=True, bounded=True))
    with app.app_context():
        upgrade_database(app)
        load_demo_data(app)
    app.extensions["bti_db"].dispose()


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path: str, data: dict) -> int:
        body = urllib.parse.urlencode(data).encode()
        try:
            with self.opener.open(self.base + path, body, timeout=60) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            error.read()
            return error.code

    def sign_in(self, username: str, password: str) -> int:
        _, page = self.get("/logg-inn")
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        return self.post(
            "/logg-inn", {"username": username, "password": password, "csrf_token": token}
        )


def timed(browser: Browser, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        status, _ = browser.get(f"/{SLUG}/saker")
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"«Mine saker» answered {status}: the figures mean nothing")
    return times


def guess(base: str, n: int, stop: threading.Event, answers: collections.Counter) -> None:
    browser = Browser(base)
    i = 0
    while not stop.is_set():
        i += 1
        answers[browser.sign_in(f"gjett{n}-{i}", "feil-passord-123")] += 1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--guessers", type=int, default=8)
    parser.add_argument("--no-throttle", action="store_true")
    parser.add_argument("--unbounded", action="store_true")
    parser.add_argument("--serve", nargs=2, metavar=("INSTANCE", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    throttle, bounded = not args.no_throttle, not args.unbounded
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), throttle, bounded)
        return

    from bti.demo import DEMO_PASSWORD

    with tempfile.TemporaryDirectory() as tmp:
        prepare(tmp)
        port = free_port()
        flags = (["--no-throttle"] if not throttle else []) + (
            ["--unbounded"] if not bounded else []
        )
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", tmp, str(port), *flags],
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            user = Browser(base)
            assert user.sign_in(ACCOUNT, DEMO_PASSWORD) == 200, "the coordinator cannot sign in"
            user.get("/velg-kommune")
            timed(user, 3)  # warm-up
            alone = timed(user, args.runs)

            stop, answers = threading.Event(), collections.Counter()
            threads = [
                threading.Thread(target=guess, args=(base, n, stop, answers), daemon=True)
                for n in range(args.guessers)
            ]
            for thread in threads:
                thread.start()
            time.sleep(2)  # the guessing is under way
            started = time.perf_counter()
            busy = timed(user, args.runs)
            seconds = time.perf_counter() - started
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
        finally:
            server.terminate()
            server.wait()

    print(
        f"{args.runs} requests of «Mine saker» as {ACCOUNT}; werkzeug threaded server, SQLite, "
        f"demo data; throttling {'on' if throttle else 'off'}, "
        f"hashing {'bounded' if bounded else 'unbounded'}\n"
    )
    print(f"{'':28} {'median ms':>10} {'max ms':>8}")
    print(f"{'alone':28} {statistics.median(alone):>10.1f} {max(alone):>8.1f}")
    label = f"{args.guessers} threads guessing"
    print(f"{label:28} {statistics.median(busy):>10.1f} {max(busy):>8.1f}")
    total = sum(answers.values())
    print(
        f"\nguesses answered: {total} in all, "
        + ", ".join(f"{n} × {code}" for code, n in sorted(answers.items()))
        + f" (over about {seconds + 2:.0f} s)"
    )


if __name__ == "__main__":
    main()
