"""Throttling for anonymous clients.

DRF's stock throttles read their rates once at import; this one reads `DEFAULT_THROTTLE_RATES` on each
request so settings (and tests overriding them) take effect without a restart of the class.
The counters live in Django's cache: with several worker processes and the default local-memory cache
each worker counts on its own; configure a shared cache (Redis, database) in production.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    scope = "anon"

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
