"""What a page built afresh costs, in CPU and queries, measured inside one process.

    .venv/bin/python bench/render.py [renders]

The same site as `make bench` (bench/server.py: a throwaway PostgreSQL database with the demo
content, Redis, production settings), without gunicorn and wrk: each page is rendered by
Django's test client with a session cookie, which the page cache bypasses, and the figure is
the median CPU time of its renders (50 by default). CPU time, not wall time, so the figures
hold on a machine other work is loading; compare two versions of the code by running both.

Each page type is measured twice: as an editor or a visitor with a session gets it again
("again": what the publish generation keeps, such as the menu, the footer and the page's
fragments, already kept), and as the first request after a publish gets it ("after a
publish": a new generation before each render, so nothing kept is used). The last line sums
up the first: the dearest page type's CPU time and the most queries of any.
"""

import json
import os
import statistics
import subprocess
import sys
import time

from server import PYTHON, ROOT, say, site

DATABASE = "bench_render"
# One of each page type, with both homes and the search.
PAGES = [
    "home",
    "english home",
    "standard",
    "research",
    "program",
    "institute",
    "platform",
    "project",
    "partners",
    "partner",
    "news",
    "news item",
    "agenda",
    "event",
    "contact",
    "search",
]


def main():
    renders = sys.argv[1] if len(sys.argv) > 1 else "50"
    with site(DATABASE) as (env, addresses):
        say(f"rendering each page {renders} times")
        subprocess.run(
            [PYTHON, __file__, "--measure", json.dumps(addresses), renders],
            cwd=ROOT,
            env=env,
            check=True,
        )


def measure(addresses, renders):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from core.generations import new_generation

    # As the proxy in front does; the made-up session cookie bypasses the page cache.
    client = Client(headers={"x-forwarded-proto": "https"}, HTTP_HOST="127.0.0.1")

    def get(path):
        client.cookies[addresses["session cookie"]] = "bench-bypasses-the-page-cache"
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    def render(path, before=lambda: None):
        """Median CPU ms of `renders` renders of `path`, and the queries of one."""
        before()
        with CaptureQueriesContext(connection) as queries:
            get(path)
        count = len(queries)  # now: every request empties the log the count is read from
        times = []
        for _ in range(renders):
            before()
            start = time.process_time()
            get(path)
            times.append((time.process_time() - start) * 1000)
        return statistics.median(times), count

    print(f"{'page':<13} {'again':>14} {'after a publish':>16}  address")
    print(f"{'':<13} {'CPU ms':>7} {'queries':>7} {'CPU ms':>8} {'queries':>7}")
    again, after_publish = [], []
    for name in PAGES:
        path = addresses[name]
        for _ in range(5):  # the first renders fill the caches and the database's
            get(path)
        again.append(render(path))
        after_publish.append(render(path, before=new_generation))
        (cpu, count), (cold_cpu, cold_count) = again[-1], after_publish[-1]
        print(f"{name:<13} {cpu:>7.1f} {count:>7} {cold_cpu:>8.1f} {cold_count:>7}  {path}")
    print(summary("render, first after a publish", after_publish))
    print(summary("render", again))


def summary(label, figures):
    cpu = max(cpu for cpu, _count in figures)
    count = max(count for _cpu, count in figures)
    return f"{label}: max {cpu:.1f} ms CPU, max {count} queries over {len(figures)} page types"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        # The site's apps, not this folder's scripts (bench/search.py would hide the search app).
        sys.path[0] = str(ROOT)
        os.chdir(ROOT)
        measure(json.loads(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
