"""Build a Gazetteer from company rows or from the company file (fixtures/companies.yaml), without Django."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from .types import Gazetteer, GazetteerEntry


def gazetteer_from_rows(companies: Iterable[dict], aliases: Iterable[dict]) -> Gazetteer:
    """companies: {pk, name, slug, kind, parent (pk or None), is_tracked, country}; aliases: {company (pk), alias}."""
    companies = list(companies)
    by_pk = {c["pk"]: c for c in companies}
    spellings: dict[object, list[str]] = {}
    for row in aliases:
        spellings.setdefault(row["company"], []).append(row["alias"])
    entries = []
    for c in companies:
        names = [c["name"], *spellings.get(c["pk"], [])]
        parent = by_pk.get(c.get("parent"))
        entries.append(
            GazetteerEntry(
                name=c["name"],
                aliases=tuple(dict.fromkeys(n for n in names if n)),
                parent=parent["name"] if parent else None,
                kind=c.get("kind") or "company",
                slug=c.get("slug") or "",
                tracked=bool(c.get("is_tracked")),
                country=c.get("country") or "",
            )
        )
    return Gazetteer(entries=tuple(entries))


def read_company_file(path: str | Path) -> list[dict]:
    """The entries of the company file (fixtures/companies.yaml) as written; deals/services/company_file.py checks
    them before anything reaches the database."""
    with Path(path).open(encoding="utf-8") as stream:
        # libyaml's loader, where PyYAML was built with it, reads the file several times faster than pure Python.
        return yaml.load(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []


def gazetteer_from_file(path: str | Path) -> Gazetteer:
    """The company file's gazetteer, keyed by slug: what the extractor knows before any database exists."""
    records = read_company_file(path)
    companies = [
        {
            "pk": r["slug"],
            "name": r["name"],
            "slug": r["slug"],
            "kind": r.get("kind"),
            "parent": r.get("parent"),
            "is_tracked": r.get("tracked", False),
            "country": r.get("country") or "",
        }
        for r in records
    ]
    aliases = [
        {"company": r["slug"], "alias": a} for r in records for spellings in r["aliases"].values() for a in spellings
    ]
    return gazetteer_from_rows(companies, aliases)
