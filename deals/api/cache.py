"""Anonymous reads of the event list and detail, served from the cache per data version (see
deals.views.cache): serialising 50 events costs ~100 ms of CPU, the same for every anonymous client.

Only the response data is cached, after DRF has authenticated, checked permissions and throttled the
request, so limits still apply and signed-in editors (who see drafts) never share an entry. What they do
share is each event's own dict: the same event prints the same for everyone, so a list reads the amounts,
parties and sources only of the events not serialised yet in this data version.
"""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.db.models import prefetch_related_objects
from rest_framework.response import Response

from deals.views.cache import TIMEOUT, data_version


def cached_response(request, build) -> Response:
    """`build()` returns a Response; a 200 for an anonymous client is kept for the current data version."""
    if request.user.is_authenticated or request.method not in ("GET", "HEAD"):
        return build()
    version = data_version()
    if version is None:
        return build()
    request._data_version = version  # for serialized_events, during this build
    # The absolute address: next/previous links carry the host.
    key = "api:" + hashlib.sha256(f"{version}\n{request.build_absolute_uri()}".encode()).hexdigest()
    data = caches["pages"].get(key)
    if data is not None:
        return Response(data)
    response = build()
    if response.status_code == 200:
        caches["pages"].set(key, response.data, TIMEOUT)
    return response


def serialized_events(request, events: list, *, fields, prefetches, serialize) -> list[dict]:
    """`serialize(events)` for one page of events, from the cache where this data version already has them.

    Keyed by the host too (each event prints its page's absolute address) and by `fields=`. `prefetches()`
    gives the prefetches the events still to serialise need, built only then (their querysets cost more than
    reading fifty cached dicts).
    """
    version = getattr(request, "_data_version", None) or data_version()
    if version is None or not events:
        prefetch_related_objects(events, *prefetches())
        return serialize(events)
    prefix = f"{version}\n{request.build_absolute_uri('/')}\n{','.join(fields or ())}\n"
    keys = ["event:" + hashlib.sha256(f"{prefix}{event.pk}".encode()).hexdigest() for event in events]
    cached = caches["fragments"].get_many(keys)
    missing = [event for event, key in zip(events, keys, strict=True) if key not in cached]
    if missing:
        prefetch_related_objects(missing, *prefetches())
        fresh = dict(zip((key for key in keys if key not in cached), serialize(missing), strict=True))
        caches["fragments"].set_many(fresh, TIMEOUT)
        cached.update(fresh)
    return [cached[key] for key in keys]
