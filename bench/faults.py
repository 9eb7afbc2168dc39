"""`make faults`: PostgreSQL, then Redis, stop and start again under load; the site recovers by
itself.

    .venv/bin/python bench/faults.py

Runs the site as production does (bench/server.py) on a PostgreSQL cluster of its own, made
in a temporary folder on port 5433, so that stopping it disturbs no one else's database. Eight
clients load pages built afresh in French and in English (with a session cookie, so each
request asks the database) and a stored page. Each outage comes after 5 s of load, lasts 5 s,
and is followed by 10 s of load.

PostgreSQL stops, then starts again. It checks that:

- errors happen only inside the outage window (plus one second for the restart to settle);
- every error is a 503 page in the address's language, with Retry-After, not a traceback;
- stored pages keep being served while the database is down;
- the site answers normally again within 5 s of the database being back.

Redis stops, then starts again, empty, as after a crash. It checks that:

- every request is answered 200 throughout: while Redis is down, pages are built afresh;
- pages are stored in Redis again within 5 s of it being back.

And that no gunicorn worker was restarted. It prints the figures and exits with status 1 if a
check fails.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import namedtuple
from contextlib import contextmanager
from pathlib import Path

import redis
from server import (
    REDIS_URL,
    environment,
    get,
    gunicorn,
    prepare,
    psql,
    say,
    start_redis,
    workers,
)

PG_BIN = next(Path("/usr/lib/postgresql").glob("*/bin"))
PG_PORT = 5433
CLIENTS = 8
BEFORE, OUTAGE, AFTER = 5, 5, 10
SETTLE = 1.0
RECOVERY_LIMIT = 5.0
Answer = namedtuple("Answer", "started ended language fresh status retry_after body")
# What was measured around one outage: the answers, and when the load started, the service
# stopped and the service was ready again.
Outage = namedtuple("Outage", "results start down up")
MESSAGES = {"fr": "Le site est brièvement indisponible", "en": "The site is briefly unavailable"}
# A stored page's key in Redis (core/stored_pages.py, with the default cache's prefix and version).
STORED_PAGE_KEY = re.compile(rb"site:1:page-cache:[^:]+:[0-9a-f]{64}")


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


@contextmanager
def own_redis():
    """Redis (bench/server.py), stopped and started again by the same calls as PostgreSQL;
    "start" returns once it answers."""
    client = redis.Redis.from_url(REDIS_URL)

    def answering():
        while True:
            try:
                return client.ping()
            except redis.ConnectionError:
                time.sleep(0.01)

    with tempfile.TemporaryDirectory() as folder:
        server = start_redis(folder)
        answering()

        def control(action):
            nonlocal server
            if action == "stop":
                server.terminate()
                server.wait()
            else:
                server = start_redis(folder)
                answering()

        try:
            yield control
        finally:
            server.terminate()
            server.wait()


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


def outage(addresses, service, name, back=lambda: None):
    """Loads the site while `service` stops for OUTAGE seconds and starts again; `back()`, called
    as soon as it is, may watch the site recover. Returns the answers and what `back` returned."""
    results, stop = [], threading.Event()
    clients = [
        threading.Thread(target=load, args=(addresses, results, stop)) for _ in range(CLIENTS)
    ]
    start = time.monotonic()
    for client in clients:
        client.start()
    time.sleep(BEFORE)
    say(f"stopping {name}")
    down = time.monotonic()
    service("stop")
    time.sleep(OUTAGE)
    say(f"starting {name}")
    service("start")
    up = time.monotonic()
    watched = back()
    time.sleep(max(0, up + AFTER - time.monotonic()))
    stop.set()
    for client in clients:
        client.join()
    return Outage(results, start, down, up), watched


def pages_stored_again():
    """Seconds until Redis, back and empty, holds a stored page again (at most AFTER)."""
    client = redis.Redis.from_url(REDIS_URL)
    since = time.monotonic()
    while time.monotonic() - since < AFTER:
        if any(STORED_PAGE_KEY.fullmatch(key) for key in client.scan_iter(b"site:1:page-cache:*")):
            return time.monotonic() - since
        time.sleep(0.02)
    return float("inf")


def main():
    database = "bench_faults"
    with own_cluster() as postgres, own_redis() as redis_server:
        server_url = f"postgres://postgres@127.0.0.1:{PG_PORT}"
        psql(f"{server_url}/postgres", f"CREATE DATABASE {database}")
        env = environment(f"{server_url}/{database}", REDIS_URL)
        addresses = prepare(env)
        with gunicorn(env) as server:
            for path in (addresses["home"], addresses["english home"], addresses["program"]):
                get(path)
            before = workers(server)
            database_down, _ = outage(addresses, postgres, "PostgreSQL")
            cache_down, stored_again = outage(addresses, redis_server, "Redis", pages_stored_again)
            after = workers(server)
    print("PostgreSQL outage")
    failed = report_database_outage(database_down)
    print("Redis outage")
    failed = report_cache_outage(cache_down, stored_again) or failed
    print(f"workers: {sorted(before)} before, {sorted(after)} after")
    failed = failed or set(before) != set(after)
    print(f"faults: {'FAILED' if failed else 'passed'}")
    return 1 if failed else 0


def split(measured):
    """The answers under way at any moment of the outage window (plus SETTLE), and the others."""
    inside = [
        r
        for r in measured.results
        if r.started <= measured.up + SETTLE and r.ended >= measured.down
    ]
    return inside, [r for r in measured.results if r not in inside]


def report_load(measured, inside, outside, service):
    results = measured.results
    duration = results[-1].ended - measured.start
    print(f"  requests: {len(results)} in {duration:.1f} s by {CLIENTS} clients")
    print(
        f"  outage window: {measured.up - measured.down:.1f} s "
        f"(from the stop command until {service} is ready)"
    )
    errors_outside = [r for r in outside if r.status != 200]
    print(f"  outside the window: {len(outside)} requests, {len(errors_outside)} errors")
    for r in errors_outside:
        print(
            f"    {r.started - measured.down:+.2f} s to {r.ended - measured.down:+.2f} s: "
            f"{r.status} {r.body[:80]}"
        )
    return errors_outside


def report_database_outage(measured):
    inside, outside = split(measured)
    errors_outside = report_load(measured, inside, outside, "the database")
    errors_inside = [r for r in inside if r.status != 200]
    unclear = [
        r
        for r in errors_inside
        if r.status != 503 or not r.retry_after or MESSAGES[r.language] not in r.body
    ]
    stored_inside = [r for r in inside if not r.fresh]
    fresh_after = [
        r.ended
        for r in measured.results
        if r.fresh and r.status == 200 and r.started >= measured.up
    ]
    recovery = min(fresh_after) - measured.up if fresh_after else float("inf")
    print(
        f"  inside the window (+{SETTLE:.0f} s): {len(inside)} requests, "
        f"{len(errors_inside)} errors, {len(errors_inside) - len(unclear)} of them 503 pages "
        "in the address's language with Retry-After"
    )
    print(
        "  stored pages served inside the window: "
        f"{sum(r.status == 200 for r in stored_inside)} of {len(stored_inside)}"
    )
    print(f"  recovery: a page built afresh {recovery:.2f} s after the database was ready")
    return bool(
        errors_outside
        or unclear
        or not errors_inside
        or any(r.status != 200 for r in stored_inside)
        or recovery > RECOVERY_LIMIT
    )


def report_cache_outage(measured, stored_again):
    inside, outside = split(measured)
    errors_outside = report_load(measured, inside, outside, "Redis")
    errors_inside = [r for r in inside if r.status != 200]
    print(
        f"  inside the window (+{SETTLE:.0f} s): {len(inside)} requests, "
        f"{len(errors_inside)} errors"
    )
    before = [r for r in outside if r.ended < measured.down]
    for label, answers in (("before", before), ("inside", inside)):
        times = [(r.ended - r.started) * 1000 for r in answers]
        print(
            f"  time to answer {label} the window: median {statistics.median(times):.0f} ms, "
            f"slowest {max(times):.0f} ms"
        )
    print(f"  recovery: a page stored in Redis again {stored_again:.2f} s after it was ready")
    return bool(errors_outside or errors_inside or stored_again > RECOVERY_LIMIT)


if __name__ == "__main__":
    sys.exit(main())
