"""CACHE_BACKEND picks the page cache the workers share; a wrong value stops the start-up."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cache_settings(**env: str) -> subprocess.CompletedProcess:
    script = "from django.conf import settings; c = settings.CACHES['pages']; print(c['BACKEND'], c['LOCATION'], c['OPTIONS'])"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CACHE_")}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "dealtracker.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_default_is_one_local_memory_cache_per_process():
    run = cache_settings()
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == "django.core.cache.backends.locmem.LocMemCache"


def test_forwarded_for_is_trusted_only_behind_the_proxies_configured():
    script = "from django.conf import settings; print(settings.REST_FRAMEWORK['NUM_PROXIES'])"

    def num_proxies(**env: str) -> str:
        clean = {k: v for k, v in os.environ.items() if k != "NUM_PROXIES"}
        run = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={**clean, "DJANGO_SETTINGS_MODULE": "dealtracker.settings", **env},
        )
        return run.stdout.strip() or run.stderr

    assert num_proxies() == "0"
    assert num_proxies(NUM_PROXIES="1") == "1"


def test_file_cache_is_shared_through_the_directory_given(tmp_path):
    run = cache_settings(CACHE_BACKEND="file", CACHE_LOCATION=str(tmp_path), CACHE_MAX_ENTRIES="5000")
    assert run.returncode == 0, run.stderr
    backend, location, *_ = run.stdout.split()
    assert (backend, location) == ("django.core.cache.backends.filebased.FileBasedCache", str(tmp_path))
    assert "5000" in run.stdout


def test_file_cache_without_a_directory_and_unknown_backends_refuse_to_start():
    assert "needs CACHE_LOCATION" in cache_settings(CACHE_BACKEND="file").stderr
    assert "must be one of" in cache_settings(CACHE_BACKEND="redis").stderr


def test_database_cache_uses_its_own_table():
    run = cache_settings(CACHE_BACKEND="database")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[:2] == ["django.core.cache.backends.db.DatabaseCache", "dealtracker_cache"]


def test_none_turns_every_cache_of_rendered_html_off():
    """CACHE_BACKEND=none: pages, parts and cards are all rendered afresh, so a benchmark measures the render."""
    script = (
        "from django.conf import settings as s; print(s.CACHES['pages']['BACKEND'], s.CACHES['fragments']['BACKEND'])"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CACHE_")}
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "dealtracker.settings", "CACHE_BACKEND": "none"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["django.core.cache.backends.dummy.DummyCache"] * 2
