"""The company gazetteer the extractor matches against: the database when it holds companies, else the
fixture file (so `manage.py extract` works before `migrate`)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError

from deals.extraction.gazetteer import gazetteer_from_fixture, gazetteer_from_rows
from deals.extraction.types import Gazetteer

log = logging.getLogger(__name__)

# The last gazetteer built from the database. Handing the extractor the very same object while the rows are
# unchanged lets it reuse its compiled alias index (keyed on the object), which took longer than the rest of
# an article's company matching; any change to a company or alias makes the rows differ and a new one.
_last: tuple[tuple, Gazetteer] | None = None


def fixture_path():
    return settings.BASE_DIR / "fixtures" / "companies.json"


def _from_database() -> Gazetteer | None:
    from deals.extraction.normalize import normalize_alias
    from deals.models import Company, CompanyAlias

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
            }
            for c in Company.objects.values("pk", "name", "slug", "kind", "parent_id", "is_tracked")
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
    """Companies and aliases from the database when migrated and non-empty, else fixtures/companies.json."""
    try:
        gazetteer = _from_database()
    except Exception:
        log.debug("company table unreadable; using the fixture", exc_info=True)
        gazetteer = None
    if gazetteer is not None:
        return gazetteer
    path = fixture_path()
    if path.exists():
        return gazetteer_from_fixture(path)
    return Gazetteer()
