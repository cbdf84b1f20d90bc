"""The `bti` command as an operator runs it: real process, real exit codes, no tracebacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BTI = shutil.which("bti", path=str(Path(sys.executable).parent))


def run(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BTI_") and k not in {"DATABASE_URL", "PORT"}
    }
    environment.update(BTI_INSTANCE_PATH=str(tmp_path / "instance"), **env)
    return subprocess.run(
        [BTI, *args], capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def test_municipalities_lists_all_four_with_plugin_and_version(tmp_path):
    result = run(tmp_path, "municipalities")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["slug", "name", "kommunenummer", "plugin", "version"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert set(rows) == {"baerum", "jevnaker", "vestby", "tromso"}
    assert "Tromsø kommune" in rows["tromso"] and "5501" in rows["tromso"]
    assert "0.1.0" in rows["vestby"]


def test_a_municipality_on_the_national_model_alone_is_listed(tmp_path):
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "bti.toml").write_text(
        '[[municipality]]\nslug = "eksempel"\nname = "Eksempel kommune"\nkommunenummer = "9999"\n',
        encoding="utf-8",
    )
    result = run(tmp_path, "municipalities")
    assert result.returncode == 0, result.stderr
    assert "national model only" in result.stdout


def test_a_plugin_that_is_not_installed_stops_start_up_clearly(tmp_path):
    result = run(tmp_path, "municipalities", BTI_MUNICIPALITIES="lillevik=lillevik")
    assert result.returncode == 2
    assert "'lillevik', which is not installed" in result.stderr
    assert "baerum, jevnaker, tromso, vestby" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_configuration_file_stops_start_up_clearly(tmp_path):
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "bti.toml").write_text("[[municipality]\n", encoding="utf-8")
    result = run(tmp_path, "municipalities")
    assert result.returncode == 2
    assert "bti.toml: not valid TOML" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_upgrade_says_when_the_database_cannot_be_reached(tmp_path):
    result = run(
        tmp_path, "db", "upgrade", DATABASE_URL="postgresql://bti:hemmelig@127.0.0.1:1/bti"
    )
    assert result.returncode == 1
    assert "Cannot reach the database" in result.stderr
    assert "hemmelig" not in result.stderr, "the password is never printed"
    assert "Traceback" not in result.stderr


def test_db_upgrade_creates_the_sqlite_database_in_the_instance_folder(tmp_path):
    result = run(tmp_path, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "instance" / "bti.sqlite3").exists()


def test_the_same_commands_answer_through_flask(tmp_path):
    flask = shutil.which("flask", path=str(Path(sys.executable).parent))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BTI_")}
    environment["BTI_INSTANCE_PATH"] = str(tmp_path / "instance")
    result = subprocess.run(
        [flask, "--app", "bti", "municipalities"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Bærum kommune" in result.stdout


@pytest.mark.parametrize("env", ["production"])
def test_demo_refuses_production(tmp_path, env):
    result = run(
        tmp_path,
        "demo",
        "--no-serve",
        BTI_ENV=env,
        BTI_MUNICIPALITIES="vestby",
        BTI_SECRET_KEY="k" * 40,
        BTI_AUDIT_KEY="a" * 40,
    )
    assert result.returncode == 1
    assert "Refusing to load demo data" in result.stderr


def test_demo_serves_the_municipalities_until_stopped(tmp_path):
    import socket
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BTI_") and k not in {"DATABASE_URL", "PORT"}
    }
    environment.update(BTI_INSTANCE_PATH=str(tmp_path / "instance"), BTI_MUNICIPALITIES="vestby")
    server = subprocess.Popen(
        [BTI, "demo", "--port", str(port)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/vestby/", timeout=2) as page:
                    body = page.read().decode()
                break
            except OSError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "the demo did not answer within 60 s"
                time.sleep(0.3)
        assert "Vestby kommune" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as health:
            assert health.read() == b'{"database":true,"status":"ok","writable":true}\n'
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "vestby.laerer" in output and "demo-bti-2026" in output
