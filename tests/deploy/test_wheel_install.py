"""The production install, from the built wheel, as docs/operations.md describes it.

MARKED ``wheel`` (and ``slow``): it builds the wheel once (``python -m build``, as
``make dist``), installs it with its ``[server]`` extra into a fresh virtual environment,
and runs the documented steps there, in a folder outside the repository and with a PATH of
the virtual environment's own scripts only (no Node, no npm). No step compiles a catalog: the
``.mo`` files come in the wheel.

1. ``bti db upgrade`` on a fresh PostgreSQL database, configured as production;
2. ``bti admin create-user`` for the first administrator, the password on standard input;
3. gunicorn with ``deploy/gunicorn.conf.py`` (and ``BTI_PROXY_FIX=1``, as behind nginx) on a
   free port; ``/healthz`` answers 200;
4. the sign-in page is in Norwegian (the wheel's compiled catalogs) and styled (its
   Designsystemet stylesheet and Inter font answer 200 with content);
5. the administrator signs in with the password (a wrong one is refused);
6. every line gunicorn and the app logged is a JSON object.

Packages come from a wheelhouse kept in ``.venv/wheelhouse/<hash of constraints.txt>``: the
first run fills it with ``pip download`` (the package index is asked once per change of
constraints.txt), every later run installs with ``pip install --no-index``. On the project's
machines the whole test takes about a minute once the wheelhouse is there.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import shutil
import subprocess
import sys
import tarfile
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.support.databases import postgres_unavailable, scratch_postgres
from tests.support.gunicorn import free_port

pytestmark = [pytest.mark.wheel, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Et-langt-passord-for-drift-2026"
TOKEN = re.compile(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="([^"]+)"')
HOST = "bti.vestby.example"


def run(*args, env: dict | None = None, cwd: Path | None = None, input=None, timeout=300):
    done = subprocess.run(
        [str(a) for a in args],
        env=env,
        cwd=cwd,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"{args}: {done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> Path:
    """The wheel, built once per test session from this checkout as ``make dist`` builds it:
    the sdist first, then the wheel from the sdist (so the sdist, too, holds all a wheel
    needs without Node)."""
    out = tmp_path_factory.mktemp("dist")
    # Without isolation: the build requirements are in the test extra, so no index is asked.
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT, cwd=ROOT)
    (sdist,) = out.glob("bti_plattform-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert any(n.endswith("vendor/designsystemet/index.css") for n in names)
    assert not any(n.endswith(".mo") for n in names), "catalogs are compiled at build time"
    (wheel,) = out.glob("bti_plattform-*.whl")
    return wheel


@pytest.fixture(scope="session")
def wheelhouse(built_wheel) -> Path:
    """Every package the wheel and its [server] extra need, at the pinned versions."""
    constraints = ROOT / "constraints.txt"
    key = hashlib.sha256(constraints.read_bytes()).hexdigest()[:16]
    house = Path(sys.prefix) / "wheelhouse" / key
    stamp = house / ".complete"
    if not stamp.exists():
        house.mkdir(parents=True, exist_ok=True)
        run(
            *(sys.executable, "-m", "pip", "download", "--quiet", "--only-binary", ":all:"),
            *("--dest", house, "-c", constraints, f"{built_wheel}[server]"),
        )
        for old in house.glob("bti_plattform-*.whl"):
            old.unlink()
        stamp.touch()
    return house


@pytest.fixture(scope="session")
def installed(tmp_path_factory, built_wheel, wheelhouse) -> Path:
    """A fresh virtual environment with the wheel and its [server] extra, nothing else."""
    venv = tmp_path_factory.mktemp("prod") / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    run(
        *(sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet"),
        *("--no-index", "--find-links", wheelhouse, f"{built_wheel}[server]"),
    )
    return venv


def test_the_wheel_installs_and_serves_without_node(installed, tmp_path):
    if reason := postgres_unavailable():
        pytest.skip(reason)
    path = str(installed / "bin")
    assert shutil.which("node", path=path) is None and shutil.which("npm", path=path) is None
    assert shutil.which("gunicorn", path=path), "the [server] extra brings gunicorn"
    site = next((installed / "lib").glob("python3*/site-packages"))
    assert not (site / "bti_plattform.pth").exists() and not list(site.glob("__editable__*"))
    # What no install step could have made: the catalogs and the vendored CSS and fonts.
    assert (site / "bti/translations/nb/LC_MESSAGES/messages.mo").is_file()
    assert (site / "bti_vestby/translations/nn/LC_MESSAGES/messages.mo").is_file()
    assert list((site / "bti/web/static/vendor/inter/files").glob("*.woff2"))

    with scratch_postgres() as database_url:
        instance = tmp_path / "var-lib-bti"
        instance.mkdir()
        env = {
            "PATH": path,
            "HOME": str(tmp_path),
            "LANG": "C.UTF-8",
            "BTI_ENV": "production",
            "DATABASE_URL": database_url,
            "BTI_SECRET_KEY": "k" * 64,
            "BTI_AUDIT_KEY": "a" * 64,
            "BTI_MUNICIPALITIES": "vestby",
            "BTI_INSTANCE_PATH": str(instance),
            "BTI_PROXY_FIX": "1",
        }
        bti = installed / "bin" / "bti"
        run(bti, "db", "upgrade", env=env, cwd=instance)
        run(
            *(bti, "admin", "create-user", "admin1", "--name", "Første Administrator"),
            *("--municipality", "vestby", "--password-stdin"),
            env=env,
            cwd=instance,
            input=PASSWORD + "\n",
        )
        log = tmp_path / "gunicorn.log"
        port = free_port()
        server_env = {**env, "BTI_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
        with log.open("w") as output:
            server = subprocess.Popen(
                [installed / "bin" / "gunicorn", "--config", ROOT / "deploy" / "gunicorn.conf.py"],
                env=server_env,
                cwd=instance,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_for_health(port, server, log)
            check_pages_and_sign_in(port)
        finally:
            server.terminate()
            server.wait(timeout=40)
    lines = [line for line in log.read_text().splitlines() if line.strip()]
    assert lines and all(json.loads(line)["level"] for line in lines), lines[:5]
    assert any(json.loads(line)["logger"] == "bti.request" for line in lines)


def wait_for_health(port: int, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, f"gunicorn stopped: {log.read_text()[-3000:]}"
        try:
            status, _, body = get(port, "/healthz")
            if status == 200:
                assert json.loads(body) == {"status": "ok", "database": True, "writable": True}
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"no /healthz: {log.read_text()[-3000:]}"
        time.sleep(0.2)


def get(port: int, path: str, *, cookies: dict | None = None, form: dict | None = None):
    """One request as nginx passes it on (HTTPS at the proxy); status, headers, body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {
        "Host": HOST,
        "X-Forwarded-For": "198.51.100.20",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": HOST,
        "Accept-Language": "nb",
        "Referer": f"https://{HOST}/logg-inn",
    }
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        connection.request("POST" if form is not None else "GET", path, body, headers)
        response = connection.getresponse()
        content = response.read()
        if cookies is not None:
            for value in response.headers.get_all("Set-Cookie") or []:
                cookies.update({k: m.value for k, m in SimpleCookie(value).items()})
        return response.status, response.headers, content.decode("utf-8", "replace")
    finally:
        connection.close()


def check_pages_and_sign_in(port: int) -> None:
    cookies: dict[str, str] = {}
    status, _, page = get(port, "/logg-inn", cookies=cookies)
    assert status == 200
    assert "Brukernavn" in page and "Passord" in page  # bokmål, from the compiled catalog
    stylesheets = re.findall(r'<link[^>]+href="([^"]+\.css[^"]*)"', page)
    assert any("designsystemet" in href for href in stylesheets), stylesheets
    for href in stylesheets:
        status, headers, css = get(port, href)
        assert status == 200 and headers["Content-Type"].startswith("text/css"), href
        assert len(css) > 500, href
    fonts = []
    for href in stylesheets:
        fonts += re.findall(r"url\(([^)]+\.woff2)\)", get(port, href)[2])
    assert fonts, "the Inter font is linked from the stylesheets"
    font = fonts[0].strip("'\"")
    if not font.startswith("/"):
        inter = next(href for href in stylesheets if "inter" in href)
        font = inter.rsplit("/", 1)[0].split("?")[0] + "/" + font.removeprefix("./")
    status, headers, _ = get(port, font)
    assert status == 200, font

    token = TOKEN.search(page).group(1)
    wrong = {"username": "admin1", "password": "feil-passord", "csrf_token": token}
    assert get(port, "/logg-inn", cookies=cookies, form=wrong)[0] == 401
    right = {"username": "admin1", "password": PASSWORD, "csrf_token": token}
    status, headers, _ = get(port, "/logg-inn", cookies=cookies, form=right)
    assert status == 302, "the administrator's password is accepted"
    assert "/logg-inn" not in headers["Location"]
    # The session cookie of production: __Host-, for HTTPS only (the proxy said https).
    assert "__Host-bti_session" in cookies


def test_a_wheel_without_the_stylesheets_is_refused_with_a_message(tmp_path):
    """Building from a checkout where `make assets` never ran stops, saying what to do,
    rather than giving an unstyled app."""
    source = tmp_path / "checkout"
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "node_modules", "vendor", "instance", "dist", "build", "*.egg-info"
    )
    for name in ("platform", "plugins"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", tmp_path, source],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "Run `make assets`" in done.stdout + done.stderr
    assert not list(tmp_path.glob("*.whl"))
