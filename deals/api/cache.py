"""Anonymous reads of the event list and detail, served from the cache per data version (see
deals.views.cache): serialising 50 events costs ~100 ms of CPU, the same for every anonymous client.

Only the response data is cached, after DRF has authenticated, checked permissions and throttled the
request, so limits still apply and signed-in editors (who see drafts) never share an entry.
"""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from rest_framework.response import Response

from deals.views.cache import TIMEOUT, data_version


def cached_response(request, build) -> Response:
    """`build()` returns a Response; a 200 for an anonymous client is kept for the current data version."""
    if request.user.is_authenticated or request.method not in ("GET", "HEAD"):
        return build()
    version = data_version()
    if version is None:
        return build()
    # The absolute address: next/previous links carry the host.
    key = "api:" + hashlib.sha256(f"{version}\n{request.build_absolute_uri()}".encode()).hexdigest()
    data = caches["pages"].get(key)
    if data is not None:
        return Response(data)
    response = build()
    if response.status_code == 200:
        caches["pages"].set(key, response.data, TIMEOUT)
    return response
