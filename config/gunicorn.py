"""Gunicorn for production: `gunicorn -c config/gunicorn.py config.wsgi:application`.

Synchronous workers, two per core: a stored page costs well under a millisecond of CPU, and
a page built afresh mostly waits on PostgreSQL, during which the other worker of the core
runs. WEB_CONCURRENCY overrides the count (containers often see the host's cores). Measured
against more workers and gthread workers with the stored pages' and mixed traffic's figures
(README, Performance and faults: `bench/run.py --worker-models`).
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
# More than one thread per worker runs gunicorn's gthread workers instead of sync ones.
threads = int(os.environ.get("WEB_THREADS", 1))
# A worker stuck this long is replaced; requests are bounded well below (statement timeout).
timeout = 30
graceful_timeout = 20
# Access log on standard output; ACCESS_LOG="" turns it off (benchmarks).
accesslog = os.environ.get("ACCESS_LOG", "-") or None
