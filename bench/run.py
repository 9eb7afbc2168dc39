"""`make bench`: how fast the site answers, as production runs it, next to a static file.

    .venv/bin/python bench/run.py

Starts the site from scratch (bench/server.py: a throwaway PostgreSQL database `bench_site` on
127.0.0.1:5432 with the demo content, Redis, gunicorn with production settings), then loads
each address with wrk (10 s, 16 connections, 2 threads): the French home, a research
program, the partners' index, a search, and a static file served by whitenoise through the
same server. Pages are measured twice: as anonymous visitors get them (from the page cache),
then built afresh, with a session cookie, which the page cache bypasses as it does for
editors; search pages, never stored, only built afresh. The last line sums it up: the
slowest stored page's rate against the static file's, and the median p50 of fresh pages.
"""

import re
import statistics
import subprocess
import sys

from server import (
    BASE_URL,
    PROXY_HEADERS,
    ensure_debian_packages,
    get,
    gunicorn,
    say,
    site,
)

DATABASE = "bench_site"
SECONDS, CONNECTIONS, THREADS = 10, 16, 2
# Search pages are never stored (search/views.py): they are measured built afresh only.
CACHED = ["home", "program", "partners"]
PAGES = [*CACHED, "search"]


def milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(path, headers=None, seconds=SECONDS, connections=CONNECTIONS):
    command = [
        "wrk",
        f"-d{seconds}s",
        f"-c{connections}",
        f"-t{THREADS}",
        "--latency",
        "--timeout",
        "10s",
    ]
    for name, value in {**PROXY_HEADERS, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
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


def main():
    ensure_debian_packages("wrk", "redis-server")
    with site(DATABASE) as (env, addresses), gunicorn(env):
        rows = measure(addresses)
    report(rows)


def measure(addresses):
    fresh = {"Cookie": f"{addresses['session cookie']}=bench-bypasses-the-page-cache"}
    rows = []
    for name in ["static", *CACHED]:
        status = get(addresses[name])[0]
        say(f"{name} {addresses[name]}: HTTP {status}")
        rows.append(
            (name, "cached" if name != "static" else "", addresses[name], wrk(addresses[name]))
        )
    for name in PAGES:
        rows.append((name, "fresh", addresses[name], wrk(addresses[name], fresh)))
    return rows


def report(rows):
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
    cached = [r for _n, served, _a, r in rows if served == "cached"]
    fresh = [r for _n, served, _a, r in rows if served == "fresh"]
    ratio = min(r["rate"] for r in cached) / static_rate
    median = statistics.median(r["p50"] for r in fresh)
    print(
        f"bench: cached pages at {ratio:.2f} of static-file throughput, "
        f"uncached median {median:.0f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
