"""Run the extractor on one article file and print what it finds; writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from deals.extraction.pipeline import extract
from deals.extraction.serialize import result_to_eval
from deals.services.gazetteer import build_gazetteer


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"{value!r} is not a date: use YYYY-MM-DD.") from exc


def read_text(path: Path) -> str:
    """UTF-8, else whatever charset-normalizer finds best."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", errors="replace")


class Command(BaseCommand):
    help = "Extract deal events from an article file. Example: extract article.txt --published 2025-01-30 --json"
    # It only reads: the project's system checks (URLs, models, admin) are `check`'s job, not a reader's wait.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--published",
            type=_date,
            required=True,
            help="Publication date YYYY-MM-DD.",
        )
        parser.add_argument("--language", help="ISO 639-1 code; detected when omitted.")
        parser.add_argument("--json", action="store_true", help="Print the evaluation JSON object.")

    def handle(self, *args, **options):
        path: Path = options["path"]
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        text = read_text(path)
        result = extract(
            text,
            published=options["published"],
            language=options.get("language") or None,
            gazetteer=build_gazetteer(),
        )
        data = result_to_eval(result)
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write(f"language: {data['language']}   events: {len(data['events'])}")
        for warning in data["warnings"]:
            self.stdout.write(f"warning: {warning}")
        for e in data["events"]:
            money = "; ".join(a["text"] for a in e["amounts"]) or "-"
            others = ", ".join(e["counterparties"]) or "-"
            self.stdout.write(
                f"\n{e['date']} ({e['date_precision']})  {e['kind']} / {e['status']}  confidence {e['confidence']:.2f}\n"
                f"  actor: {e['actor']}   with: {others}   amounts: {money}\n"
                f"  date from: {e['date_text'] or 'publication date'}\n"
                f"  \u201c{e['quote']}\u201d"
            )
