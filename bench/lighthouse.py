"""`make lighthouse`: Lighthouse's mobile audit of the home, a program and a news item, in each
language.

    .venv/bin/python bench/lighthouse.py

Runs the site as production does (bench/server.py, database `bench_lighthouse` on
127.0.0.1:5432), then audits each page with Lighthouse (from npm, run by npx) in Debian's
Chromium, with Lighthouse's default mobile profile: an emulated phone on a throttled network
and CPU. Each page is audited as its first visitor after a publish gets it: built afresh.
It prints each category's score, the audits under 0.9, and exits with status 1 when a
category scores under 95.
"""

import json
import os
import subprocess
import sys
import tempfile

from server import (
    BASE_URL,
    PROXY_HEADERS,
    ensure_debian_packages,
    gunicorn,
    say,
    site,
)

DATABASE = "bench_lighthouse"
LIGHTHOUSE = "lighthouse@12.8.2"
CHROMIUM = "/usr/bin/chromium"
PAGES = [
    "home",
    "program",
    "news item",
    "english home",
    "english program",
    "english news item",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GOAL = 95
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


# Lighthouse sometimes fails to record the page load's trace in headless Chromium (NO_NAVSTART,
# NO_FCP) and asks to be run again; a page that fails every time fails the audit.
ATTEMPTS = 3


def lighthouse(path, folder):
    """Lighthouse's report on the page."""
    output = os.path.join(folder, "report.json")
    command = [
        "npx",
        "--yes",
        LIGHTHOUSE,
        BASE_URL + path,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--extra-headers={json.dumps(PROXY_HEADERS)}",
    ]
    for _attempt in range(ATTEMPTS):
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM})
        if finished.returncode == 0:
            with open(output) as file:
                result = json.load(file)
            if "runtimeError" not in result:
                return result
        say(f"Lighthouse could not audit {path}: running it again")
    sys.exit(f"lighthouse: {path}: Lighthouse failed {ATTEMPTS} times")


def audit(path, folder):
    """Each category's score out of 100, and the audits that scored under 0.9."""
    result = lighthouse(path, folder)
    scores = {}
    for name in CATEGORIES:
        score = result["categories"][name]["score"]
        # A category whose audit could not run has no score: that fails too.
        scores[name] = 0 if score is None else round(score * 100)
    weak = [
        f"{found['id']} ({found['score']})"
        for found in result["audits"].values()
        if found.get("score") is not None and found["score"] < 0.9
    ]
    return scores, weak


def main():
    if not os.path.exists(CHROMIUM):
        sys.exit("Chromium is missing: run scripts/ensure-system-packages.")
    ensure_debian_packages("npx", "redis-server")
    results = {}
    # Lighthouse fetches robots.txt without the proxy's header: the site answers plain HTTP,
    # as behind a load balancer that redirects to HTTPS itself.
    with (
        site(DATABASE, SECURE_SSL_REDIRECT="false") as (env, addresses),
        gunicorn(env),
        tempfile.TemporaryDirectory() as folder,
    ):
        for name in PAGES:
            say(f"auditing {name} {addresses[name]}")
            results[name] = (addresses[name], *audit(addresses[name], folder))
    return report(results)


def report(results):
    print(f"{'page':<16} " + " ".join(f"{name:>14}" for name in CATEGORIES) + "  address")
    for name, (address, scores, weak) in results.items():
        print(f"{name:<16} " + " ".join(f"{scores[c]:>14}" for c in CATEGORIES) + f"  {address}")
        if weak:
            print(f"{'':<16} under 0.9: {', '.join(weak)}")
    lowest = min(min(scores.values()) for _address, scores, _weak in results.values())
    print(f"lighthouse: lowest score {lowest} (goal {GOAL})")
    return 0 if lowest >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
