"""Throttling for anonymous clients, counted in the database so every worker process shares one count.

The client is the connecting address unless `NUM_PROXIES` trusted proxies stand in front (then DRF takes
the address that many hops back in X-Forwarded-For): with the default 0, a client cannot pick its own
identity by sending that header. Each request is one atomic upsert that returns the new count, so four
workers allow the configured rate in total, not four times it, and concurrent requests never lose a hit.
Windows are fixed: they start at a client's first request and last the rate's period.
"""

import time

from django.db import connection
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from deals.models import ThrottleCounter

_TABLE = ThrottleCounter._meta.db_table
# One statement on PostgreSQL and SQLite alike: a new window starts once the stored one has ended.
_UPSERT = f"""
INSERT INTO {_TABLE} (key, hits, expires) VALUES (%s, 1, %s)
ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN {_TABLE}.expires > %s THEN {_TABLE}.hits + 1 ELSE 1 END,
    expires = CASE WHEN {_TABLE}.expires > %s THEN {_TABLE}.expires ELSE excluded.expires END
RETURNING hits, expires
"""


def count_hit(*, key: str, period: float, now: float) -> tuple[int, float]:
    """The client's requests in its current window, this one included, and when the window ends."""
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT, [key, now + period, now, now])
        hits, expires = cursor.fetchone()
    return hits, expires


def prune_counters(*, now: float | None = None) -> int:
    """Forget windows that have ended; `manage.py prune_throttle` runs it from cron."""
    deleted, _ = ThrottleCounter.objects.filter(expires__lt=time.time() if now is None else now).delete()
    return deleted


class AnonymousRateThrottle(AnonRateThrottle):
    """Reads `DEFAULT_THROTTLE_RATES` on each request so settings (and tests overriding them) apply at once."""

    scope = "anon"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        if self.rate is None:
            return True
        key = self.get_cache_key(request, view)
        if key is None:  # signed in: not throttled here
            return True
        self.now = time.time()
        hits, self.expires = count_hit(key=key[:200], period=self.duration, now=self.now)
        return hits <= self.num_requests

    def wait(self):
        return max(self.expires - self.now, 1)
