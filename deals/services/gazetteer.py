"""The company gazetteer the extractor matches against: the database when it holds companies, else the
company file, fixtures/companies.yaml (so `manage.py extract` works before `migrate`)."""

from __future__ import annotations

import logging

from django.db import DatabaseError

from deals.extraction.gazetteer import gazetteer_from_file, gazetteer_from_rows
from deals.extraction.normalize import normalize_alias
from deals.extraction.types import Gazetteer
from deals.models import Company, CompanyAlias
from deals.services.company_file import company_file_path

log = logging.getLogger(__name__)

# The last gazetteer built from the database. Handing the extractor the very same object while the rows are
# unchanged lets it reuse its compiled alias index (keyed on the object), which took longer than the rest of
# an article's company matching; any change to a company or alias makes the rows differ and a new one.
_last: tuple[tuple, Gazetteer] | None = None


def _from_database() -> Gazetteer | None:
    try:
        # Spellings editors marked as no company (a place, an outlet, a word) are left out, and so is a
        # company named by one: the extractor must not find "Unis" in "États-Unis" again.
        skipped = set(CompanyAlias.objects.filter(not_a_company=True).values_list("normalized", flat=True))
        companies = [
            {
                "pk": c["pk"],
                "name": c["name"],
                "slug": c["slug"],
                "kind": c["kind"],
                "parent": c["parent_id"],
                "is_tracked": c["is_tracked"],
                "country": c["country"],
            }
            for c in Company.objects.values("pk", "name", "slug", "kind", "parent_id", "is_tracked", "country")
            if normalize_alias(c["name"]) not in skipped
        ]
        if not companies:
            return None
        aliases = [
            {"company": a["company_id"], "alias": a["alias"]}
            for a in CompanyAlias.objects.filter(not_a_company=False).values("company_id", "alias")
        ]
    except DatabaseError:  # not migrated, or no database at all
        return None
    global _last
    key = (tuple(tuple(c.values()) for c in companies), tuple(tuple(a.values()) for a in aliases))
    if _last is not None and _last[0] == key:
        return _last[1]
    gazetteer = gazetteer_from_rows(companies, aliases)
    _last = (key, gazetteer)
    return gazetteer


def build_gazetteer() -> Gazetteer:
    """Companies and aliases from the database when migrated and non-empty, else the company file."""
    try:
        gazetteer = _from_database()
    except Exception:
        log.debug("company table unreadable; using the company file", exc_info=True)
        gazetteer = None
    if gazetteer is not None:
        return gazetteer
    path = company_file_path()
    if path.exists():
        return gazetteer_from_file(path)
    return Gazetteer()
