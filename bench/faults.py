"""`make faults`: PostgreSQL stops and starts again under load; the site recovers by itself.

    .venv/bin/python bench/faults.py

Runs the site as production does (bench/server.py) on a PostgreSQL cluster of its own, made
in a temporary folder on port 5433, so that stopping it disturbs no one else's database. Eight
clients load pages built afresh in French and in English (with a session cookie, so each
request asks the database) and a stored page; after 5 s the database stops for 5 s, then
starts again. It checks that:

- errors happen only inside the outage window (plus one second for the restart to settle);
- every error is a 503 page in the address's language, with Retry-After, not a traceback;
- stored pages keep being served while the database is down;
- the site answers normally again within 5 s of the database being back;
- no gunicorn worker was restarted.

It prints the figures and exits with status 1 if a check fails.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import namedtuple
from contextlib import contextmanager
from pathlib import Path

from server import environment, get, gunicorn, prepare, psql, redis, say, workers

PG_BIN = next(Path("/usr/lib/postgresql").glob("*/bin"))
PG_PORT = 5433
CLIENTS = 8
BEFORE, OUTAGE, AFTER = 5, 5, 10
SETTLE = 1.0
RECOVERY_LIMIT = 5.0
Answer = namedtuple("Answer", "started ended language fresh status retry_after body")
MESSAGES = {"fr": "Le site est brièvement indisponible", "en": "The site is briefly unavailable"}


def as_postgres(*command, check=True):
    # PostgreSQL refuses to run as root.
    if os.geteuid() == 0:
        command = ("runuser", "-u", "postgres", "--", *command)
    subprocess.run(command, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@contextmanager
def own_cluster():
    """A PostgreSQL cluster in a temporary folder, on loopback port 5433, trusting local users."""
    folder = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    as_postgres(
        str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"
    )
    options = f"-p {PG_PORT} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    control = [
        str(PG_BIN / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(folder / "log"),
        "-w",
    ]
    as_postgres(*control, "start")
    try:
        yield lambda action: as_postgres(
            *control, *(["-m", "fast"] if action == "stop" else []), action
        )
    finally:
        as_postgres(*control, "-m", "immediate", "stop", check=False)
        shutil.rmtree(folder, ignore_errors=True)


def load(addresses, results, stop):
    fresh = {"Cookie": f"{addresses['session cookie']}=bench-bypasses-the-page-cache"}
    targets = [
        ("fr", addresses["home"], fresh),
        ("en", addresses["english home"], fresh),
        ("fr", addresses["program"], {}),
        ("fr", addresses["program"], fresh),
    ]
    n = 0
    while not stop.is_set():
        language, path, headers = targets[n % len(targets)]
        n += 1
        started = time.monotonic()
        try:
            status, response_headers, body = get(path, headers, timeout=15)
        except OSError as error:
            status, response_headers, body = None, {}, str(error)
        retry_after = response_headers.get("Retry-After")
        ended = time.monotonic()
        results.append(Answer(started, ended, language, bool(headers), status, retry_after, body))


def main():
    database = "bench_faults"
    with own_cluster() as postgres, redis() as redis_url:
        server_url = f"postgres://postgres@127.0.0.1:{PG_PORT}"
        psql(f"{server_url}/postgres", f"CREATE DATABASE {database}")
        env = environment(f"{server_url}/{database}", redis_url)
        addresses = prepare(env)
        with gunicorn(env) as server:
            for path in (addresses["home"], addresses["english home"], addresses["program"]):
                get(path)
            before = workers(server)
            results, stop = [], threading.Event()
            clients = [
                threading.Thread(target=load, args=(addresses, results, stop))
                for _ in range(CLIENTS)
            ]
            start = time.monotonic()
            for client in clients:
                client.start()
            time.sleep(BEFORE)
            say("stopping PostgreSQL")
            down = time.monotonic()
            postgres("stop")
            time.sleep(OUTAGE)
            say("starting PostgreSQL")
            postgres("start")
            up = time.monotonic()
            time.sleep(AFTER)
            stop.set()
            for client in clients:
                client.join()
            after = workers(server)
    return report(results, start, down, up, before, after)


def report(results, start, down, up, before, after):
    # A request is inside the outage if it was under way at any moment of it.
    window_end = up + SETTLE
    inside = [r for r in results if r.started <= window_end and r.ended >= down]
    outside = [r for r in results if r not in inside]
    errors_inside = [r for r in inside if r.status != 200]
    errors_outside = [r for r in outside if r.status != 200]
    unclear = [
        r
        for r in errors_inside
        if r.status != 503 or not r.retry_after or MESSAGES[r.language] not in r.body
    ]
    stored_inside = [r for r in inside if not r.fresh]
    fresh_after = [r.ended for r in results if r.fresh and r.status == 200 and r.started >= up]
    recovery = min(fresh_after) - up if fresh_after else float("inf")
    print(f"requests: {len(results)} in {results[-1].ended - start:.1f} s by {CLIENTS} clients")
    print(f"outage window: {up - down:.1f} s (from the stop command until the database is ready)")
    print(
        f"inside the window (+{SETTLE:.0f} s): {len(inside)} requests, "
        f"{len(errors_inside)} errors, {len(errors_inside) - len(unclear)} of them 503 pages "
        "in the address's language with Retry-After"
    )
    print(
        "stored pages served inside the window: "
        f"{sum(r.status == 200 for r in stored_inside)} of {len(stored_inside)}"
    )
    print(f"outside the window: {len(outside)} requests, {len(errors_outside)} errors")
    for r in errors_outside:
        print(f"  {r.started - down:+.2f} s to {r.ended - down:+.2f} s: {r.status} {r.body[:80]}")
    print(f"recovery: a page built afresh {recovery:.2f} s after the database was ready")
    print(f"workers: {sorted(before)} before, {sorted(after)} after")
    failed = (
        errors_outside
        or unclear
        or not errors_inside
        or any(r.status != 200 for r in stored_inside)
        or recovery > RECOVERY_LIMIT
        or set(before) != set(after)
    )
    print(f"faults: {'FAILED' if failed else 'passed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
