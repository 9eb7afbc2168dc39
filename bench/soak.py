"""`make soak`: 60 seconds at 32 connections; no error, and the workers' memory stays put.

    .venv/bin/python bench/soak.py

Runs the site as production does (bench/server.py, database `bench_soak` on 127.0.0.1:5432),
warms it up for 10 s, notes each gunicorn worker's resident memory, then loads for 60 s, at
once, the French home as anonymous visitors get it (16 connections) and a research program
built afresh on every request (16 connections, with a session cookie that the page cache
bypasses). It prints the figures and exits with status 1 on any error, any worker restarted,
or a worker whose memory grew by 10% or more.
"""

import sys
from concurrent.futures import ThreadPoolExecutor

from run import wrk
from server import ensure_debian_packages, gunicorn, say, site, workers

DATABASE = "bench_soak"
SECONDS, CONNECTIONS = 60, 16
GROWTH_LIMIT = 0.10


def load_both(addresses, seconds):
    """Both loads at once; a load that could not run fails the soak, as an error would."""
    fresh = {"Cookie": f"{addresses['session cookie']}=bench-bypasses-the-page-cache"}
    runs = {"home": (addresses["home"], {}), "program, fresh": (addresses["program"], fresh)}
    with ThreadPoolExecutor(len(runs)) as pool:
        loads = {
            name: pool.submit(wrk, path, headers, seconds=seconds, connections=CONNECTIONS)
            for name, (path, headers) in runs.items()
        }
    return {name: load.result() for name, load in loads.items()}


def main():
    ensure_debian_packages("wrk", "redis-server")
    with site(DATABASE) as (env, addresses), gunicorn(env) as server:
        say("warming up for 10 s")
        load_both(addresses, 10)
        before = workers(server)
        say(f"soaking for {SECONDS} s at {2 * CONNECTIONS} connections")
        results = load_both(addresses, SECONDS)
        after = workers(server)
    return report(results, before, after)


def report(results, before, after):
    for name, r in results.items():
        print(
            f"{name:<15} {r['rate']:>7.0f} req/s  p50 {r['p50']:.1f} ms  "
            f"p99 {r['p99']:.1f} ms  errors {r['errors']}"
        )
    growth = {}
    for pid, memory in before.items():
        if pid in after:
            growth[pid] = after[pid] / memory - 1
            print(
                f"worker {pid}: {memory / 1024:.1f} MB -> {after[pid] / 1024:.1f} MB "
                f"({growth[pid]:+.1%})"
            )
    failed = (
        any(r["errors"] for r in results.values())
        or set(before) != set(after)
        or max(growth.values()) >= GROWTH_LIMIT
    )
    print(
        f"soak: {'FAILED' if failed else 'passed'}, largest worker memory growth "
        f"{max(growth.values()):+.1%}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
