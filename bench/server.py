"""The site as production runs it, started from scratch for a measurement: helpers for the benches.

A throwaway PostgreSQL database with the demo content, Redis on a spare port, static files
collected, and gunicorn with production settings on loopback. Everything is removed at the end.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
# Other ports let two benches run side by side.
PORT = int(os.environ.get("BENCH_PORT", 8077))
REDIS_PORT = int(os.environ.get("BENCH_REDIS_PORT", 6391))
BASE_URL = f"http://127.0.0.1:{PORT}"
# The PostgreSQL server the benches make their throwaway databases on.
SERVER = "postgres://postgres@127.0.0.1:5432"
# Production redirects plain HTTP to HTTPS: the benches speak as the TLS proxy in front.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def say(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def ensure_debian_packages(*commands):
    """wrk, redis-server and npx (npm) from Debian, as scripts/ensure-system-packages does it."""
    packages = {"wrk": "wrk", "redis-server": "redis-server", "npx": "npm"}
    missing = [packages[c] for c in commands if not shutil.which(c)]
    if not missing:
        return
    if os.geteuid() != 0:
        sys.exit(f"Missing system packages: run 'sudo apt-get install {' '.join(missing)}'.")
    say(f"installing {' '.join(missing)}")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def psql(url, sql):
    subprocess.run(["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True)


REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"


def start_redis(folder):
    """redis-server on REDIS_PORT, keeping nothing on disk: started again, it is empty."""
    return subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            folder,
        ],
        stdout=subprocess.DEVNULL,
    )


@contextmanager
def redis():
    with tempfile.TemporaryDirectory() as folder:
        server = start_redis(folder)
        try:
            yield REDIS_URL
        finally:
            server.terminate()
            server.wait()


def environment(database_url, redis_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-not-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        # The bench client talks to gunicorn directly, through no proxy.
        "TRUSTED_PROXY_COUNT": "0",
        "ACCESS_LOG": "",
        "BIND": f"127.0.0.1:{PORT}",
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


@contextmanager
def site(database, **settings):
    """The site on a throwaway database `database` and on Redis, with the demo content: its
    environment (with `settings` added) and the addresses to load. The database is dropped
    at the end."""
    psql(f"{SERVER}/postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    psql(f"{SERVER}/postgres", f"CREATE DATABASE {database}")
    try:
        with redis() as redis_url:
            env = {**environment(f"{SERVER}/{database}", redis_url), **settings}
            yield env, prepare(env)
    finally:
        psql(f"{SERVER}/postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def prepare(env):
    """Migrates, loads the demo content, collects static files; returns the addresses to load."""
    say("migrating, loading the demo content, collecting static files")
    manage(env, "migrate", "--noinput")
    manage(env, "load_demo_content")
    manage(env, "collectstatic", "--noinput")
    manage(env, "compile_catalogues")
    script = ROOT / "bench" / "addresses.py"
    output = subprocess.run(
        [PYTHON, str(script)], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


@contextmanager
def gunicorn(env):
    server = subprocess.Popen(
        [GUNICORN, "-c", "config/gunicorn.py", "config.wsgi:application"], cwd=ROOT, env=env
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                get("/static/robots-check-missing")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.5)
        yield server
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


def workers(server):
    """The worker processes' ids and resident memory in kB."""
    ids = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True)
    memory = {}
    for pid in ids.stdout.split():
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                memory[int(pid)] = int(line.split()[1])
    return memory


def get(path, headers=None, timeout=10):
    """(status, headers, body) of a GET through the server, errors included."""
    request = urllib.request.Request(BASE_URL + path, headers={**PROXY_HEADERS, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
