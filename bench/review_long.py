#!/usr/bin/env python3
"""Time the review page of a 1 MB pasted article, signed in, in process (a scratch SQLite database).

    .venv/bin/python bench/review_long.py [--size 1030000]

Imports the text through the admin's paste form (the real extractor reads its first 400,000 characters), then
prints the best and worst of three renders of its review page: the sentences were split once at import, so
the page should cost what a short article's does. The\ntext is a few moves and a long filler paragraph repeated: a move told thousands of times would give one event\nthousands of quotes, which no article does.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PARAGRAPH = (
    "SoftBank Group said on Tuesday that it would keep investing in artificial intelligence across Asia. "
    "Analysts in Tokyo expected more deals in the coming months, according to people familiar with the plans.\n"
)
MOVES = "\n".join(f"SoftBank Group agreed to invest $5{i} million in Startup {i} Inc on Monday." for i in range(20))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_030_000)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="review-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
    os.environ["IMPORT_SYNC_MAX_CHARS"] = str(args.size * 2)  # imported in the request, as a paste of its size is
    os.environ["TASKS_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    call_command("migrate", verbosity=0)
    call_command("load_companies", verbosity=0)
    user = get_user_model().objects.create_superuser("bench", password="bench-only-not-secret")
    client = Client()
    client.force_login(user)
    # A long article with a few moves: twenty, at its start, where the extractor reads.
    text = "SoftBank bets on AI\n\n" + MOVES + "\n" + PARAGRAPH * (args.size // len(PARAGRAPH))
    started = time.perf_counter()
    response = client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-07-10"})
    print(f"import of {len(text):,} characters: {time.perf_counter() - started:.2f} s (status {response.status_code})")
    page = response["Location"]
    assert "/review/" in page, page
    client.get(page)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        assert client.get(page).status_code == 200
        timings.append(time.perf_counter() - started)
    print(f"review page: best {min(timings):.3f} s, worst {max(timings):.3f} s; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
