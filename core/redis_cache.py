"""Django's Redis cache, which the site can do without: while Redis is unreachable or full, it
answers as an empty cache would, and pages are built afresh instead of failing.

Every page reads the cache (stored pages, the publish generation, Wagtail's own list of
sites), so an error from Redis would otherwise fail every page. What is lost meanwhile is what
the cache saves: stored pages, kept renditions, the contact form's rate limit.
"""

import logging
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient

logger = logging.getLogger(__name__)

# After Redis could not be reached, a process asks it again only this much later: a host
# that does not answer at all would otherwise cost every cache read a connection timeout.
PAUSE_SECONDS = 2
# Said in the log at most this often by each cache of each process, not on every request.
REPORT_SECONDS = 60


class KeptClients(RedisCacheClient):
    """Django makes a new redis.Redis for every command, and each builds its table of some 160
    reply handlers: a third of the CPU a stored page costs. One per connection pool is kept
    instead (a redis.Redis is thread-safe; its pool hands each command a connection)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self.clients:
            self.clients[pool] = self._client(connection_pool=pool)
        return self.clients[pool]


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptClients
        self.paused_until = float("-inf")
        self.reported_at = float("-inf")

    def attempt(self, miss, operation, *args):
        """What `operation(*args)` returns, or `miss` when Redis cannot answer."""
        if time.monotonic() < self.paused_until:
            return miss
        try:
            return operation(*args)
        except redis.RedisError as error:
            self.failed(error)
            return miss

    def failed(self, error):
        now = time.monotonic()
        # A full Redis answers at once, and still answers reads: no pause for it.
        if isinstance(error, (redis.ConnectionError, redis.TimeoutError)):
            self.paused_until = now + PAUSE_SECONDS
        if now - self.reported_at >= REPORT_SECONDS:
            self.reported_at = now
            logger.error(
                "Redis at %s failed (%s): pages are built afresh, nothing is stored meanwhile.",
                ",".join(self._servers),
                error,
            )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self.attempt(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.attempt(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.attempt(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self.attempt(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self.attempt({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self.attempt(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        value = self.attempt(None, super().incr, key, delta, version)
        if value is None:
            # Django's answer for a missing key, which its callers handle (decr() too).
            raise ValueError(f"Key '{key}' not found: Redis did not answer.")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys that were not stored: all of them.
        return self.attempt(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self.attempt(None, super().delete_many, keys, version)

    def clear(self):
        return self.attempt(False, super().clear)
