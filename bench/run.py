"""`make bench`: how fast the site answers, as production runs it, next to a static file.

    .venv/bin/python bench/run.py

Starts the site from scratch (bench/server.py: a throwaway PostgreSQL database `bench_site` on
127.0.0.1:5432 with the demo content, Redis, gunicorn with production settings), then loads
each address with wrk (10 s, 16 connections, 2 threads): the French home, a research
program, the partners' index, a search, and a static file served by whitenoise through the
same server. Pages are measured twice: as anonymous visitors get them (from the page cache),
then built afresh, with a session cookie, which the page cache bypasses as it does for
editors; search pages, never stored, only built afresh.

Then mixed traffic (bench/mixed.lua): 32 connections for 10 s, each request for one of those
three pages, stored, or one time in ten built afresh, with `Accept-Encoding: gzip` as browsers
send it. It is one load, so the shares hold request by request (two wrk side by side would
share the requests out by how fast each kind answers, not nine to one); wrk's own summary
mixes the two kinds, so the script times each request itself (LuaJIT's ffi, clock_gettime,
from building the request to its response, one connection per wrk thread) and reports each
kind's p50 and p99.

The last line sums it up: the slowest stored page's rate against the static file's, the
stored pages' p99 in the mixed traffic, and the median p50 of fresh pages.

    .venv/bin/python bench/run.py --worker-models

compares gunicorn's worker models (config/gunicorn.py: WEB_CONCURRENCY workers, WEB_THREADS
threads each) on one site, each in turn, twice over: the static file, a stored page and the
mixed traffic, with the load average when each model started.
"""

import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

from server import (
    BASE_URL,
    PROXY_HEADERS,
    ensure_debian_packages,
    get,
    gunicorn,
    say,
    site,
)

# Another name lets two benches run side by side (with BENCH_PORT and BENCH_REDIS_PORT).
DATABASE = os.environ.get("BENCH_DATABASE", "bench_site")
SECONDS, CONNECTIONS, THREADS = 10, 16, 2
# Search pages are never stored (search/views.py): they are measured built afresh only.
CACHED = ["home", "program", "partners"]
PAGES = [*CACHED, "search"]
MIXED_CONNECTIONS, FRESH_SHARE = 32, 0.1
MIXED_SCRIPT = Path(__file__).with_name("mixed.lua")
# Worker models compared by --worker-models: (name, workers, threads per worker) on `cores`.
WORKER_MODELS = [("sync", 2, 1), ("sync", 4, 1), ("gthread", 1, 4), ("gthread", 1, 8)]
ROUNDS = 2


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk_command(seconds, connections, threads, headers):
    command = ["wrk", f"-d{seconds}s", f"-c{connections}", f"-t{threads}", "--timeout", "10s"]
    for name, value in {**PROXY_HEADERS, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    return command


def wrk(path, headers=None, seconds=SECONDS, connections=CONNECTIONS):
    command = [*wrk_command(seconds, connections, THREADS, headers), "--latency"]
    output = subprocess.run(
        [*command, BASE_URL + path], capture_output=True, text=True, check=True
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(latency["50"]),
        "p99": milliseconds(latency["99"]),
        "errors": errors + (int(bad.group(1)) if bad else 0),
    }


def mixed(addresses, seconds=SECONDS):
    """Stored pages and, one request in ten, pages built afresh: each kind's rate and times."""
    cookie = f"{addresses['session cookie']}=bench-bypasses-the-page-cache"
    command = wrk_command(
        seconds, MIXED_CONNECTIONS, MIXED_CONNECTIONS, {"Accept-Encoding": "gzip"}
    )
    command += ["-s", str(MIXED_SCRIPT), BASE_URL, "--", str(FRESH_SHARE), cookie]
    command += [addresses[name] for name in CACHED]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = {"errors": int(re.search(r"^mixed errors (\d+)$", output, re.M)[1])}
    for kind, count, rate, p50, p99 in re.findall(
        r"^mixed (stored|fresh) (\d+) (\S+) (\S+) (\S+)$", output, re.M
    ):
        result[kind] = {"count": int(count), "rate": float(rate), "p50": float(p50)}
        result[kind]["p99"] = float(p99)
    return result


def main():
    ensure_debian_packages("wrk", "redis-server")
    with site(DATABASE) as (env, addresses):
        if "--worker-models" in sys.argv:
            return compare_worker_models(env, addresses)
        with gunicorn(env):
            rows = measure(addresses)
            say(f"mixed traffic, {MIXED_CONNECTIONS} connections")
            traffic = mixed(addresses)
    report(rows, traffic)


def session(addresses):
    return {"Cookie": f"{addresses['session cookie']}=bench-bypasses-the-page-cache"}


def measure(addresses):
    rows = []
    for name in ["static", *CACHED]:
        status = get(addresses[name])[0]
        say(f"{name} {addresses[name]}: HTTP {status}")
        rows.append(
            (name, "cached" if name != "static" else "", addresses[name], wrk(addresses[name]))
        )
    for name in PAGES:
        rows.append((name, "fresh", addresses[name], wrk(addresses[name], session(addresses))))
    return rows


def report(rows, traffic):
    static_rate = rows[0][3]["rate"]
    print(
        f"{'page':<10} {'served':<7} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} "
        f"{'ratio':>6}  address"
    )
    for name, served, address, r in rows:
        print(
            f"{name:<10} {served:<7} {r['rate']:>8.0f} {r['p50']:>7.1f} {r['p99']:>7.1f} "
            f"{r['errors']:>6} {r['rate'] / static_rate:>6.2f}  {address}"
        )
    for kind in ("stored", "fresh"):
        r = traffic[kind]
        print(
            f"{'mixed':<10} {kind:<7} {r['rate']:>8.0f} {r['p50']:>7.1f} {r['p99']:>7.1f} "
            f"{'':>6} {'':>6}  {r['count']} requests"
        )
    print(
        f"mixed traffic: {MIXED_CONNECTIONS} connections, {traffic['errors']} errors; "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    cached = [r for _n, served, _a, r in rows if served == "cached"]
    fresh = [r for _n, served, _a, r in rows if served == "fresh"]
    ratio = min(r["rate"] for r in cached) / static_rate
    median = statistics.median(r["p50"] for r in fresh)
    print(
        f"bench: cached pages at {ratio:.2f} of static-file throughput, "
        f"mixed-traffic cached p99 {traffic['stored']['p99']:.0f} ms, "
        f"uncached median {median:.0f} ms"
    )


def compare_worker_models(env, addresses):
    """Each model in turn, twice over: the load changes less between one model and the next
    than across a whole run."""
    cores = os.cpu_count()
    print(
        f"{'model':<8} {'workers':>7} {'threads':>7} {'load':>5} {'static':>7} {'stored':>7} "
        f"{'ratio':>5} {'mixed':>6} {'stored p99':>10} {'fresh p50':>9} {'errors':>6}"
    )
    for _round in range(ROUNDS):
        for name, per_core, threads in WORKER_MODELS:
            workers = per_core * cores
            model = {"WEB_CONCURRENCY": str(workers), "WEB_THREADS": str(threads)}
            with gunicorn({**env, **model}):
                say(f"{name}, {workers} workers, {threads} threads: warming up")
                mixed(addresses, seconds=3)
                load = os.getloadavg()[0]
                static = wrk(addresses["static"])
                stored = wrk(addresses["program"])
                traffic = mixed(addresses)
            rate = traffic["stored"]["rate"] + traffic["fresh"]["rate"]
            errors = static["errors"] + stored["errors"] + traffic["errors"]
            print(
                f"{name:<8} {workers:>7} {threads:>7} {load:>5.2f} {static['rate']:>7.0f} "
                f"{stored['rate']:>7.0f} {stored['rate'] / static['rate']:>5.2f} {rate:>6.0f} "
                f"{traffic['stored']['p99']:>10.1f} {traffic['fresh']['p50']:>9.0f} {errors:>6}",
                flush=True,
            )


if __name__ == "__main__":
    sys.exit(main())
