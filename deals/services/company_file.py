"""The company file (fixtures/companies.yaml) and the sector file (fixtures/sectors.yaml): their entries checked,
then loaded by slug into the database.

Loading adds what is missing and changes nothing already there: a sector, company, alias or company's sector an
editor changed keeps the editor's version, one an editor deleted (its history says so) is not brought back.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from deals.extraction.gazetteer import read_company_file
from deals.extraction.normalize import normalize_alias
from deals.models import Company, CompanyAlias, CompanySector, Sector
from deals.models.choices import CompanyKind

REQUIRED = ("slug", "name", "kind", "description", "aliases")
OPTIONAL = ("parent", "country", "website", "tracked", "sectors")
# "any" in the file is the blank language of CompanyAlias: a spelling every language uses (tickers, abbreviations).
LANGUAGES = {"en", "fr", "ar", "ja", "zh-hans", "zh-hant", "ko", "de", "es", "any"}
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
MAX_LENGTH = 200  # Company.name, CompanyAlias.alias and .normalized
SECTOR_KEYS = ("slug", "name", "ai", "description")


class CompanyFileError(ValueError):
    """The company file breaks a rule the database or the matcher relies on; the message lists every problem."""


@dataclass(frozen=True)
class LoadResult:
    companies: int
    aliases: int
    kept: int
    sectors: int = 0  # sectors added to the vocabulary
    filings: int = 0  # (company, sector) pairs added


def company_file_path() -> Path:
    return Path(settings.BASE_DIR) / "fixtures" / "companies.yaml"


def sector_file_path() -> Path:
    return Path(settings.BASE_DIR) / "fixtures" / "sectors.yaml"


def check_sector_entries(entries: object) -> list[dict]:
    """The sector file's entries, or CompanyFileError naming every problem found."""
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise CompanyFileError("the sector file must be a list of entries")
    problems = []
    for entry in entries:
        label = entry.get("slug") or repr(entry)[:60]
        problems += [f"{label}: unknown key {key!r}" for key in entry if key not in SECTOR_KEYS]
        problems += [f"{label}: missing {key!r}" for key in SECTOR_KEYS if key not in entry]
        if not SLUG.fullmatch(str(entry.get("slug", ""))) or len(str(entry.get("slug"))) > 50:
            problems.append(f"{label}: slug must be lower-case ASCII words joined by '-', at most 50 characters")
        if not isinstance(entry.get("ai"), bool):
            problems.append(f"{label}: ai must be true or false")
        if not isinstance(entry.get("name"), str) or not 0 < len(entry["name"]) <= 100:
            problems.append(f"{label}: name must be text of 1 to 100 characters")
    for field in ("slug", "name"):
        counts = Counter(str(entry.get(field)) for entry in entries)
        problems += [f"{value}: {field} listed {n} times" for value, n in counts.items() if n > 1]
    if problems:
        raise CompanyFileError("\n".join(problems))
    return entries


def read_checked_sector_file(*, path: Path | None = None) -> list[dict]:
    return check_sector_entries(read_company_file(path or sector_file_path()))


def alias_language(key: str) -> str:
    return "" if key == "any" else key


def _entry_problems(entry: dict, known_sectors: set[str]) -> list[str]:
    label = entry.get("slug") or entry.get("name") or repr(entry)[:60]
    problems = [f"{label}: unknown key {key!r}" for key in entry if key not in REQUIRED + OPTIONAL]
    problems += [f"{label}: missing {key!r}" for key in REQUIRED if key not in entry]
    if problems:
        return problems
    if not isinstance(entry["slug"], str) or not SLUG.fullmatch(entry["slug"]):
        problems.append(f"{label}: slug must be lower-case ASCII words joined by '-'")
    if not isinstance(entry["name"], str) or not 0 < len(entry["name"]) <= MAX_LENGTH:
        problems.append(f"{label}: name must be text of 1 to {MAX_LENGTH} characters")
    if entry["kind"] not in CompanyKind.values:
        problems.append(f"{label}: unknown kind {entry['kind']!r}")
    if not re.fullmatch(r"[A-Z]{2}", str(entry.get("country", "JP"))):
        problems.append(f"{label}: country must be an ISO 3166 two-letter code")
    if not str(entry.get("website", "https://")).startswith("https://"):
        problems.append(f"{label}: website must be an https address")
    if not isinstance(entry.get("tracked", False), bool):
        problems.append(f"{label}: tracked must be true or false")
    sectors = entry.get("sectors", [])
    if not isinstance(sectors, list) or not all(isinstance(s, str) and SLUG.fullmatch(s) for s in sectors):
        problems.append(f"{label}: sectors must be a list of slugs")
    else:
        problems += [
            f"{label}: unknown sector {s!r} (fixtures/sectors.yaml lists them)"
            for s in sectors_of(entry)
            if s not in known_sectors
        ]
    aliases = entry["aliases"]
    if not isinstance(aliases, dict) or not aliases:
        return [*problems, f"{label}: aliases must map languages to lists of spellings"]
    for language, spellings in aliases.items():
        if language not in LANGUAGES:
            problems.append(f"{label}: unknown alias language {language!r}")
        if not isinstance(spellings, list) or not all(isinstance(s, str) and s.strip() for s in spellings):
            problems.append(f"{label}: aliases in {language!r} must be a list of texts (quote yes, no, numbers)")
    return problems


def _spellings(entry: dict) -> list[tuple[str, str]]:
    """(language, alias) pairs of an entry, in file order."""
    return [(language, alias) for language, spellings in entry["aliases"].items() for alias in spellings]


def _cross_problems(entries: list[dict]) -> list[str]:
    """Rules across entries: unique slugs, names and alias keys; parents that exist, without cycles."""
    problems = []
    for field in ("slug", "name"):
        counts = Counter(entry[field] for entry in entries)
        problems += [f"{value}: {field} listed {n} times" for value, n in counts.items() if n > 1]
    parents = {entry["slug"]: entry.get("parent") for entry in entries}
    for slug, parent in parents.items():
        seen = {slug}
        while parent is not None:
            if parent not in parents:
                problems.append(f"{slug}: unknown parent {parent!r}")
                break
            if parent in seen:
                problems.append(f"{slug}: parent cycle through {parent!r}")
                break
            seen.add(parent)
            parent = parents[parent]
    owner: dict[str, str] = {}
    for entry in entries:
        keys = set()
        for _, alias in _spellings(entry):
            key = normalize_alias(alias)
            if not key or len(alias) > MAX_LENGTH:
                problems.append(f"{entry['slug']}: alias {alias!r} is empty once normalised or too long")
            elif key in owner:
                problems.append(f"{entry['slug']}: alias {alias!r} has the key {key!r} already used by {owner[key]}")
            owner[key] = entry["slug"]
            keys.add(key)
        if normalize_alias(entry["name"]) not in keys:
            problems.append(f"{entry['slug']}: the name {entry['name']!r} must be one of its aliases")
    return problems


def sectors_of(entry: dict) -> list[str]:
    return list(dict.fromkeys(entry.get("sectors") or []))


def check_company_entries(entries: object, *, sectors: set[str] | None = None) -> list[dict]:
    """The entries, or CompanyFileError naming every problem found. `sectors`: the known sector slugs (by default
    those of the sector file)."""
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise CompanyFileError("the company file must be a list of entries")
    if sectors is None:
        sectors = {entry["slug"] for entry in read_checked_sector_file()}
    problems = [problem for entry in entries for problem in _entry_problems(entry, sectors)]
    if not problems:
        problems = _cross_problems(entries)
    if problems:
        raise CompanyFileError("\n".join(problems))
    return entries


def read_checked_company_file(*, path: Path | None = None, sectors: set[str] | None = None) -> list[dict]:
    return check_company_entries(read_company_file(path or company_file_path()), sectors=sectors)


def _parents_first(entries: list[dict]) -> list[dict]:
    placed: set[str] = set()
    ordered: list[dict] = []
    pending = list(entries)
    while pending:
        ready = [e for e in pending if e.get("parent") is None or e["parent"] in placed]
        ordered += ready
        placed |= {e["slug"] for e in ready}
        pending = [e for e in pending if e["slug"] not in placed]
    return ordered


def _create_companies(entries: list[dict]) -> tuple[dict[str, Company], int]:
    """Every entry's company by slug, created when neither its slug nor its name is in the database; an entry
    whose company an editor deleted is left out. Also returns how many were created."""
    by_slug = {c.slug: c for c in Company.objects.all()}
    by_name = {c.name: c for c in by_slug.values()}
    deleted = set(Company.history.filter(history_type="-").values_list("slug", flat=True)) - set(by_slug)
    companies: dict[str, Company] = {}
    created = 0
    for entry in _parents_first(entries):
        slug = entry["slug"]
        found = by_slug.get(slug) or by_name.get(entry["name"])
        if found is None and slug not in deleted:
            parent = entry.get("parent")
            if parent is not None and parent not in companies:
                continue  # its parent was deleted by an editor: the unit waits until someone decides
            found = Company.objects.create(
                slug=slug,
                name=entry["name"],
                kind=entry["kind"],
                parent=companies.get(parent),
                country=entry.get("country", ""),
                website=entry.get("website", ""),
                description=entry["description"],
                is_tracked=entry.get("tracked", False),
                verified=True,
            )
            created += 1
        if found is not None:
            companies[slug] = found
    return companies, created


def _create_sectors(entries: list[dict]) -> dict[str, Sector]:
    """Every sector of the file by slug, created when missing, unless an editor deleted it."""
    have = {sector.slug: sector for sector in Sector.objects.all()}
    deleted = set(Sector.history.filter(history_type="-").values_list("slug", flat=True)) - set(have)
    for entry in entries:
        if entry["slug"] not in have and entry["slug"] not in deleted:
            have[entry["slug"]] = Sector.objects.create(
                slug=entry["slug"], name=entry["name"], description=entry["description"], is_ai=entry["ai"]
            )
    return have


def _file_companies(*, entries: list[dict], companies: dict[str, Company], sectors: dict[str, Sector]) -> int:
    """Add the (company, sector) pairs of the file that the database lacks and no editor removed."""
    taken = set(CompanySector.objects.values_list("company_id", "sector_id"))
    taken |= set(CompanySector.history.filter(history_type="-").values_list("company_id", "sector_id"))
    new = []
    for entry in entries:
        company = companies.get(entry["slug"])
        for slug in sectors_of(entry) if company else ():
            sector = sectors.get(slug)
            if sector is not None and (company.pk, sector.pk) not in taken:
                taken.add((company.pk, sector.pk))
                new.append(CompanySector(company=company, sector=sector))
    bulk_create_with_history(new, CompanySector, batch_size=500)
    return len(new)


@transaction.atomic
def load_companies(*, path: Path | None = None, sector_path: Path | None = None) -> LoadResult:
    """Add the files' sectors, companies, aliases and companies' sectors that the database lacks (by slug and by
    alias key)."""
    sector_entries = read_checked_sector_file(path=sector_path)
    sector_count = Sector.objects.count()
    sectors = _create_sectors(sector_entries)
    entries = read_checked_company_file(path=path, sectors={entry["slug"] for entry in sector_entries})
    companies, created = _create_companies(entries)
    taken = set(CompanyAlias.objects.values_list("normalized", flat=True))
    taken |= set(CompanyAlias.history.filter(history_type="-").values_list("normalized", flat=True))
    new_aliases = []
    for entry in entries:
        company = companies.get(entry["slug"])
        for language, alias in _spellings(entry) if company else ():
            key = normalize_alias(alias)
            if key not in taken:
                taken.add(key)
                new_aliases.append(
                    CompanyAlias(company=company, alias=alias, language=alias_language(language), normalized=key)
                )
    bulk_create_with_history(new_aliases, CompanyAlias, batch_size=500)
    return LoadResult(
        companies=created,
        aliases=len(new_aliases),
        kept=len(companies) - created,
        sectors=Sector.objects.count() - sector_count,
        filings=_file_companies(entries=entries, companies=companies, sectors=sectors),
    )
