"""Build fixtures/companies.json (deals.company and deals.companyalias rows) from tools/companies_source.py.

    .venv/bin/python -m tools.build_companies_fixture           # rewrite the fixture
    .venv/bin/python -m tools.build_companies_fixture --check   # exit 1 if the fixture is stale

Normalised keys come from the same `normalize_alias` the model's save() uses, so loaddata (which skips save())
still stores the keys the matcher looks up.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a plain script: make `deals` importable
    sys.path.insert(0, str(ROOT))

from deals.extraction.normalize import normalize_alias  # noqa: E402 (needs the path set above)
from tools.companies_source import COMPANIES  # noqa: E402

FIXTURE_PATH = ROOT / "fixtures" / "companies.json"
TIMESTAMP = "2026-01-01T00:00:00Z"
KINDS = {"company", "fund", "public_body"}
LANGUAGES = {"en", "fr", "ar", "ja", "zh-hans", "zh-hant", "ko", "de", "es", ""}
MAX_LENGTH = 200  # Company.name, CompanyAlias.alias and .normalized


class SourceError(ValueError):
    """The source list breaks a rule the database or the matcher relies on."""


def slugify_ascii(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _company_fields(entry: dict, *, pk_by_name: dict[str, int]) -> dict:
    name = entry["name"]
    kind = entry.get("kind", "company")
    country = entry.get("country", "")
    parent_name = entry.get("parent")
    if kind not in KINDS:
        raise SourceError(f"{name}: unknown kind {kind!r}")
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise SourceError(f"{name}: country must be an ISO 3166 alpha-2 code, not {country!r}")
    if parent_name is not None and parent_name not in pk_by_name:
        raise SourceError(f"{name}: parent {parent_name!r} must be listed earlier")
    return {
        "name": name,
        "slug": slugify_ascii(name),
        "kind": kind,
        "parent": pk_by_name[parent_name] if parent_name else None,
        "country": country,
        "website": entry.get("website", ""),
        "description": entry["description"],
        "is_tracked": bool(entry.get("is_tracked", False)),
        "verified": True,
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }


def _alias_pairs(entry: dict) -> list[tuple[str, str]]:
    """(language, alias) in source order, with the canonical name first unless an alias already covers it."""
    pairs = [(language, alias) for language, aliases in entry["aliases"].items() for alias in aliases]
    if normalize_alias(entry["name"]) not in {normalize_alias(alias) for _, alias in pairs}:
        pairs.insert(0, ("en", entry["name"]))
    return pairs


def build_fixture(*, companies: list[dict] = COMPANIES) -> list[dict]:
    """The fixture rows, checked for every uniqueness and reference rule the models enforce."""
    company_rows: list[dict] = []
    alias_rows: list[dict] = []
    pk_by_name: dict[str, int] = {}
    slug_owner: dict[str, str] = {}
    key_owner: dict[str, str] = {}
    for pk, entry in enumerate(companies, start=1):
        name = entry["name"]
        if name in pk_by_name:
            raise SourceError(f"{name}: listed twice")
        if not name or len(name) > MAX_LENGTH:
            raise SourceError(f"{name!r}: name must have 1 to {MAX_LENGTH} characters")
        fields = _company_fields(entry, pk_by_name=pk_by_name)
        if not fields["slug"] or fields["slug"] in slug_owner:
            raise SourceError(
                f"{name}: slug {fields['slug']!r} empty or already used by {slug_owner.get(fields['slug'])}"
            )
        slug_owner[fields["slug"]] = name
        pk_by_name[name] = pk
        company_rows.append({"model": "deals.company", "pk": pk, "fields": fields})
        for language, alias in _alias_pairs(entry):
            if language not in LANGUAGES:
                raise SourceError(f"{name}: alias {alias!r} has unknown language {language!r}")
            key = normalize_alias(alias)
            if not key or len(alias) > MAX_LENGTH:
                raise SourceError(f"{name}: alias {alias!r} is empty once normalised or too long")
            if key in key_owner:
                raise SourceError(f"{name}: alias {alias!r} has the key {key!r} already taken by {key_owner[key]}")
            key_owner[key] = name
            alias_rows.append(
                {
                    "model": "deals.companyalias",
                    "pk": len(alias_rows) + 1,
                    "fields": {
                        "company": pk,
                        "alias": alias,
                        "language": language,
                        "normalized": key,
                    },
                }
            )
    tracked = [row["fields"]["name"] for row in company_rows if row["fields"]["is_tracked"]]
    if len(tracked) != 1:
        raise SourceError(f"exactly one company must be tracked, found {tracked}")
    return company_rows + alias_rows


def render(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if the fixture differs from the source",
    )
    args = parser.parse_args(argv)
    text = render(build_fixture())
    if args.check:
        current = FIXTURE_PATH.read_text(encoding="utf-8") if FIXTURE_PATH.exists() else ""
        if current != text:
            print(f"{FIXTURE_PATH.relative_to(ROOT)} is stale: run python -m tools.build_companies_fixture")
            return 1
        return 0
    FIXTURE_PATH.write_text(text, encoding="utf-8")
    rows = json.loads(text)
    companies = sum(row["model"] == "deals.company" for row in rows)
    print(f"wrote {FIXTURE_PATH.relative_to(ROOT)}: {companies} companies, {len(rows) - companies} aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
