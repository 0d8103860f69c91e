"""Import article files through the same service as the admin's import page."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import sys
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from deals.extraction.pipeline import warm_up
from deals.models import ImportBatch
from deals.services import imports
from deals.services.batches import BatchFile, batch_enqueue
from deals.services.imports import ImportRejected, article_import
from deals.services.text import ALLOWED_SUFFIXES, UploadRejected, decode_upload


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"{value!r} is not a date: use YYYY-MM-DD.") from exc


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_REPORT_COUNTS = ("created", "updated", "unchanged", "attached", "removed", "published")


def import_file(*, path: Path, flags: dict, user, publish: bool) -> dict:
    """Import one file; its outcome as plain counts (what a worker process sends back)."""
    try:
        decoded = decode_upload(name=path.name, data=path.read_bytes(), max_bytes=settings.IMPORT_MAX_FILE_BYTES)
        report = article_import(
            text=decoded.text,
            published=flags["published"] or (_date(decoded.published[:10]) if decoded.published else None),
            title=flags["title"] or decoded.title,
            outlet=flags["outlet"] or decoded.outlet,
            url=flags["url"] or decoded.url,
            language=flags["language"],
            source_file=path.name,
            user=user,
            publish=publish,
        )
    except (OSError, UploadRejected, ImportRejected) as exc:
        return {"failure": f"{path}: {'; '.join(getattr(exc, 'messages', [str(exc)]))}"}
    return {
        "article_created": report.article_created,
        **{key: getattr(report, f"events_{key}") for key in _REPORT_COUNTS},
        "companies_created": len(report.companies_created),
        "skipped": len(report.skipped),
    }


_worker_user = None


def _warm_up(languages: set[str | None]) -> None:
    """Load and compile the extractor's data (cue phrases, money grammars, date parsers, exchange rates, the
    gazetteer's index) once, before forking: the workers share it instead of each spending seconds on it.
    Only the languages the files are said to be in, when every file says (else all of them)."""
    warm_up(*([sorted(languages)] if languages and None not in languages else []))
    imports.run_extraction(
        "SoftBank Group will invest $1 billion in Example Ltd.", published=dt.date.today(), language="en"
    )


def _worker_start(user_pk) -> None:
    """In each worker process: its own database connection (opened on first use) and the importer."""
    global _worker_user
    _worker_user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None


def _worker_import(job) -> tuple[int, dict]:
    number, path, flags, publish = job
    return number, import_file(path=path, flags=flags, user=_worker_user, publish=publish)


class Command(BaseCommand):
    help = (
        "Import articles (.txt, .md, .html) as draft events; idempotent: re-importing a file changes only drafts "
        "it created. Example: import_articles --metadata fixtures/articles.json --publish"
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders of files.")
        parser.add_argument(
            "--published", type=_date, help="Publication date YYYY-MM-DD (else the one the text states)."
        )
        parser.add_argument("--language", help="ISO 639-1 code; detected when omitted.")
        parser.add_argument("--url", default="")
        parser.add_argument("--title", default="")
        parser.add_argument("--outlet", default="")
        parser.add_argument(
            "--metadata", type=Path, help="JSON list of {file, language, published, title, outlet, url}."
        )
        parser.add_argument("--publish", action="store_true", help="Publish the events at once (seed data).")
        parser.add_argument("--user", help="Username recorded as the importer.")
        parser.add_argument(
            "--background",
            action="store_true",
            help="Queue one task per article for the workers (manage.py db_worker) instead of importing now.",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            help="Processes importing at once, each with its own database connection (default: the CPU count). "
            "Always 1 on SQLite, which has one writer, and inside a transaction, whose rows other processes cannot see.",
        )

    def handle(self, *args, paths, metadata, publish, user, background=False, **options):
        jobs = [(path, self._flags(options)) for path in self._files(paths)]
        if metadata:
            jobs.extend(self._from_metadata(metadata))
        if not jobs:
            raise CommandError("Nothing to import: give file paths or --metadata.")
        importer = get_user_model().objects.filter(username=user).first() if user else None
        if user and importer is None:
            raise CommandError(f"No user named {user!r}.")
        if background:
            return self._enqueue(jobs=jobs, user=importer, publish=publish)
        totals: Counter = Counter()
        failures = []
        outcomes = self._run(
            jobs=jobs, workers=self._workers(options.get("jobs"), len(jobs)), user=importer, publish=publish
        )
        for outcome in outcomes:
            if "failure" in outcome:
                failures.append(outcome["failure"])
                continue
            totals["articles created" if outcome["article_created"] else "articles found"] += 1
            for key in _REPORT_COUNTS:
                totals[f"events {key}"] += outcome[key]
            totals["companies created"] += outcome["companies_created"]
            totals["candidates skipped"] += outcome["skipped"]
        self._progress_done()
        for failure in failures:
            self.stderr.write(self.style.ERROR(f"skipped {failure}"))
        self.stdout.write(
            f"Articles: {totals['articles created']} created, {totals['articles found']} already there, "
            f"{len(failures)} skipped.\n"
            f"Events: {totals['events created']} created, {totals['events updated']} updated, "
            f"{totals['events unchanged']} unchanged, {totals['events attached']} added as another source, "
            f"{totals['events removed']} removed, {totals['events published']} published.\n"
            f"Companies: {totals['companies created']} created (unverified). "
            f"Extracted events skipped as invalid: {totals['candidates skipped']}."
        )
        if failures:
            raise CommandError(f"{len(failures)} of {len(jobs)} files could not be imported.")

    def _enqueue(self, *, jobs, user, publish: bool) -> None:
        files, failures = [], []
        for path, flags in jobs:
            try:
                decoded = decode_upload(
                    name=path.name, data=path.read_bytes(), max_bytes=settings.IMPORT_MAX_FILE_BYTES
                )
            except (OSError, UploadRejected) as exc:
                failures.append(f"{path}: {exc}")
                continue
            files.append(
                BatchFile(
                    name=str(path),
                    text=decoded.text,
                    published=flags["published"] or (_date(decoded.published[:10]) if decoded.published else None),
                    language=flags["language"] or "",
                    title=flags["title"] or decoded.title,
                    outlet=flags["outlet"] or decoded.outlet,
                    url=flags["url"] or decoded.url,
                )
            )
        for failure in failures:
            self.stderr.write(self.style.ERROR(f"skipped {failure}"))
        if not files:
            raise CommandError("No file could be queued.")
        batch = batch_enqueue(
            files=files,
            user=user,
            source=ImportBatch.Source.COMMAND,
            publish=publish,
            label=f"import_articles: {len(files)} files",
        )
        self.stdout.write(
            f"Queued batch {batch.pk}: {len(files)} articles, {len(failures)} skipped. "
            "Run `python manage.py db_worker` to process them; the admin's Import batches page shows progress."
        )

    def _flags(self, options) -> dict:
        return {k: options[k] for k in ("published", "language", "url", "title", "outlet")}

    def _files(self, paths: list[str]) -> list[Path]:
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES))
            elif path.exists():
                files.append(path)
            else:
                raise CommandError(f"{path} does not exist.")
        return files

    def _from_metadata(self, metadata: Path) -> list[tuple[Path, dict]]:
        try:
            entries = json.loads(metadata.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{metadata}: {exc}") from exc
        jobs = []
        for entry in entries:
            flags = {
                "published": _date(entry["published"]) if entry.get("published") else None,
                "language": entry.get("language") or None,
                "url": entry.get("url") or "",
                "title": entry.get("title") or "",
                "outlet": entry.get("outlet") or "",
            }
            jobs.append((metadata.parent / entry["file"], flags))
        return jobs

    def _workers(self, requested: int | None, files: int) -> int:
        if requested is not None and requested < 1:
            raise CommandError("--jobs must be at least 1.")
        if connection.vendor == "sqlite" or connection.in_atomic_block:
            if requested and requested > 1:
                self.stderr.write("--jobs ignored: importing in one process (SQLite, or inside a transaction).")
            return 1
        return max(1, min(requested or _cpu_count(), files))

    def _run(self, *, jobs, workers: int, user, publish: bool) -> list[dict]:
        """Each file's outcome, in the order given. In parallel, extraction (most of the CPU time) runs in
        every worker at once while the import service's lock keeps their writes one at a time, so deal
        matching always sees the articles written before; the unique content hash keeps a re-run idempotent."""
        if workers == 1:
            outcomes = []
            for number, (path, flags) in enumerate(jobs, 1):
                self._progress(number, len(jobs), path.name)
                outcomes.append(import_file(path=path, flags=flags, user=user, publish=publish))
            return outcomes
        _warm_up({(flags["language"] or None) and flags["language"].lower() for _, flags in jobs})
        # Forked workers must not share the parent's socket: close it, each worker opens its own.
        connections.close_all()
        context = multiprocessing.get_context("fork")
        outcomes: list[dict | None] = [None] * len(jobs)
        work = [(number, path, flags, publish) for number, (path, flags) in enumerate(jobs)]
        with context.Pool(workers, initializer=_worker_start, initargs=(user.pk if user else None,)) as pool:
            for done, (number, outcome) in enumerate(pool.imap_unordered(_worker_import, work), 1):
                self._progress(done, len(jobs), jobs[number][0].name)
                outcomes[number] = outcome
            pool.close()
            pool.join()
        return outcomes

    def _progress(self, number: int, total: int, name: str) -> None:
        """A one-line bar on a terminal; nothing in logs and pipes, where the summary is enough."""
        if not sys.stderr.isatty():
            return
        width = 30
        filled = width * number // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {number}/{total} {name[:40]:<40}")
        sys.stderr.flush()

    def _progress_done(self) -> None:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
