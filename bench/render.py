"""What a page built afresh costs, in CPU and queries, measured inside one process.

    .venv/bin/python bench/render.py [renders]

The same site as `make bench` (bench/server.py: a throwaway PostgreSQL database with the demo
content, Redis, production settings), without gunicorn and wrk: each page is rendered by
Django's test client with a session cookie, which the page cache bypasses, and the figure is
the median CPU time of its renders (50 by default). CPU time, not wall time, so the figures
hold on a machine other work is loading; compare two versions of the code by running both.
"""

import json
import os
import statistics
import subprocess
import sys
import time

from server import PYTHON, ROOT, say, site

DATABASE = "bench_render"
PAGES = ["home", "english home", "program", "partners", "search"]


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

    # As the proxy in front does; the made-up session cookie bypasses the page cache.
    client = Client(headers={"x-forwarded-proto": "https"}, HTTP_HOST="127.0.0.1")

    def get(path):
        client.cookies[addresses["session cookie"]] = "bench-bypasses-the-page-cache"
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    print(f"{'page':<13} {'CPU ms':>7} {'queries':>7}  address")
    for name in PAGES:
        path = addresses[name]
        for _ in range(5):  # the first renders fill the caches and the database's
            get(path)
        with CaptureQueriesContext(connection) as queries:
            get(path)
        count = len(queries)  # now: every request empties the log the count is read from
        times = []
        for _ in range(renders):
            start = time.process_time()
            get(path)
            times.append((time.process_time() - start) * 1000)
        print(f"{name:<13} {statistics.median(times):>7.1f} {count:>7}  {path}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        # The site's apps, not this folder's scripts (bench/search.py would hide the search app).
        sys.path[0] = str(ROOT)
        os.chdir(ROOT)
        measure(json.loads(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
