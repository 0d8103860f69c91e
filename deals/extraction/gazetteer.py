"""Build a Gazetteer from the companies fixture (a Django fixture JSON file), without Django."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .types import Gazetteer, GazetteerEntry


def gazetteer_from_rows(companies: Iterable[dict], aliases: Iterable[dict]) -> Gazetteer:
    """companies: {pk, name, slug, kind, parent (pk or None), is_tracked}; aliases: {company (pk), alias}."""
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
            )
        )
    return Gazetteer(entries=tuple(entries))


def gazetteer_from_fixture(path: str | Path) -> Gazetteer:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    companies = [{"pk": row["pk"], **row["fields"]} for row in data if row.get("model") == "deals.company"]
    aliases = [row["fields"] for row in data if row.get("model") == "deals.companyalias"]
    return gazetteer_from_rows(companies, aliases)
