"""Public pages rendered once per version of the data, then served from the cache until anything changes.

A page costs 50-100 ms of template rendering and whole-table aggregates (the chart, the counterparties),
the same for every reader: at 50 requests a second that is more than two cores can give. The cache key
is a counter that every committed change to the pages' tables bumps in its own transaction (migration
0006), so a cached page is never older than the last commit: an editor's change shows on the very next
request, in every worker, with no invalidation to forget. Reading the counter costs one trivial query.

The counter exists on PostgreSQL (migration 0006) and SQLite (deals.sqlite_version). Off inside a
transaction (tests, ATOMIC_REQUESTS: the counter moves only at commit). Signed-in users never get a cached
page body (a page may one day show what only they may see), but they share its parts, which depend on the
data alone. A page that used a CSP nonce is kept split around the nonce and joined with each response's
own fresh nonce: a nonce is never sent twice.
"""

from __future__ import annotations

import hashlib
from functools import wraps

from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.middleware.csp import get_nonce

TIMEOUT = 300


def data_version() -> str | None:
    """The database state a page would be rendered from, or None when pages must not be cached."""
    if connection.vendor not in ("postgresql", "sqlite") or connection.in_atomic_block:
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT n FROM dealtracker_data_version WHERE id = 1")
        row = cursor.fetchone()
    return str(row[0]) if row else None


def cached_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        version = data_version()
        if version is None:
            return view(request, *args, **kwargs)
        request.data_version = version  # for cached_part, during this render
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = "page:" + hashlib.sha256(f"{version}\n{request.get_full_path()}".encode()).hexdigest()
        hit = caches["pages"].get(key)
        if hit is not None:
            pieces, content_type = hit
            return HttpResponse(_join_with_nonce(request, pieces), content_type=content_type)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            caches["pages"].set(key, (_split_at_nonce(request, response.content), response["Content-Type"]), TIMEOUT)
        return response

    return wrapper


def _split_at_nonce(request, content: bytes) -> tuple[bytes, ...]:
    """The body cut wherever this response's nonce appears (one piece when the page used none)."""
    nonce = get_nonce(request)
    if not nonce:  # never generated: the page has no inline script or style that needs it
        return (content,)
    return tuple(content.split(str(nonce).encode()))


def _join_with_nonce(request, pieces: tuple[bytes, ...]) -> bytes:
    if len(pieces) == 1:
        return pieces[0]
    # Reading the lazy nonce generates this response's own; the CSP middleware then puts it in the header.
    return str(get_nonce(request)).encode().join(pieces)


def cached_part(request, name: str, build, *, store: str = "pages"):
    """A part of a page that depends on the data alone (a chart, a menu, a table of counterparties, a total),
    built once per data version and shared by every page that shows it.

    A search, another page of a chronology or another order is a different page for cached_page, but its
    chart, menu and counterparties are the same whole-table aggregates (1.3 s of SQL for the tracked
    group's counterparties at 100,000 events). Only inside cached_page's render, so never inside a
    transaction; signed-in users share the parts too (the page around them is rendered for them). Parts
    that exist once per deal or company go to the "fragments" cache (`store`), not among whole pages.
    """
    version = getattr(request, "data_version", None)
    if version is None:
        return build()
    key = "part:" + hashlib.sha256(f"{version}\n{name}".encode()).hexdigest()
    value = caches[store].get(key)
    if value is None:
        value = build()
        caches[store].set(key, value, TIMEOUT)
    return value
