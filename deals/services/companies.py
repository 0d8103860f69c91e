"""From a company named in an article to a Company row: alias lookup first, else a new unverified company."""

from __future__ import annotations

import hashlib

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from deals.extraction.normalize import normalize_alias
from deals.extraction.types import CompanyRef
from deals.models import Company, CompanyAlias


def find_company(*, ref: CompanyRef) -> Company | None:
    """The known company a reference names: canonical name, then any alias, then the verbatim spelling."""
    by_name = Company.objects.filter(name=ref.name).first()
    if by_name:
        return by_name
    keys = [k for k in dict.fromkeys([normalize_alias(ref.name), normalize_alias(ref.text)]) if k]
    alias = CompanyAlias.objects.filter(normalized__in=keys).select_related("company").first()
    if alias:
        return alias.company
    return Company.objects.filter(name__iexact=ref.name).first()


def find_companies(*, refs: list[CompanyRef]) -> dict[str, Company]:
    """The known company of each reference, by its name: the canonical names in one query, the rest one by
    one as `find_company` does. References to unknown companies are left out."""
    names = list(dict.fromkeys(ref.name for ref in refs))
    found = {c.name: c for c in Company.objects.filter(name__in=names)}
    for ref in refs:
        if ref.name not in found:
            company = find_company(ref=ref)
            if company is not None:
                found[ref.name] = company
    return found


def resolve_companies(*, refs: list[CompanyRef]) -> tuple[dict[str, Company], list[str]]:
    """`resolve_company` for each distinct name, known names read in one query; the names it created."""
    companies = find_companies(refs=refs)
    created = []
    for ref in refs:
        if ref.name not in companies:
            companies[ref.name], was_created = resolve_company(ref=ref)
            if was_created:
                created.append(ref.name)
    return companies, created


def new_company(*, name: str) -> Company:
    """An unsaved, unverified company; its slug is ASCII even for names in other scripts."""
    base = slugify(name)[:180] or "company-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return Company(name=name.strip()[:200], slug=base, verified=False)


def _free_slug(base: str) -> str:
    slug, n = base, 1
    while Company.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def resolve_company(*, ref: CompanyRef) -> tuple[Company, bool]:
    """The company for a reference, creating it unverified (with its name as an alias) when unknown.

    Runs inside the caller's transaction; a concurrent import creating the same name is caught by the unique
    constraints and the existing row is returned.
    """
    found = find_company(ref=ref)
    if found:
        return found, False
    company = new_company(name=ref.name)
    for _ in range(3):
        company.slug = _free_slug(company.slug)
        try:
            with transaction.atomic():
                company.save()
                if (
                    normalize_alias(company.name)
                    and not CompanyAlias.objects.filter(normalized=normalize_alias(company.name)).exists()
                ):
                    CompanyAlias.objects.create(company=company, alias=company.name)
            return company, True
        except IntegrityError:
            company.pk = None
            found = find_company(ref=ref)
            if found:
                return found, False
    raise IntegrityError(f"could not create company {ref.name!r}")


def company_named(*, name: str) -> Company | None:
    """The company an editor means by a name, alias or slug, whatever its case; None when none matches."""
    name = (name or "").strip()
    if not name:
        return None
    found = Company.objects.filter(slug=name).first() or find_company(
        ref=CompanyRef(name=name, text=name, start=0, end=len(name), known=False)
    )
    return found or Company.objects.filter(aliases__alias__iexact=name).first()


def search_companies(*, query: str, limit: int = 15) -> list[Company]:
    """Companies whose name or an alias contains `query`, names starting with it first (the autocomplete)."""
    query = (query or "").strip()
    if not query:
        return []
    matches = (
        Company.objects.filter(Q(name__icontains=query) | Q(aliases__alias__icontains=query))
        .distinct()
        .order_by("name")[: limit * 3]
    )
    ranked = sorted(matches, key=lambda c: (not c.name.lower().startswith(query.lower()), len(c.name), c.name))
    return ranked[:limit]


@transaction.atomic
def company_for_editor(*, name: str) -> tuple[Company, bool]:
    """The company an editor typed, created unverified when the editor says it is new; (company, created)."""
    found = company_named(name=name)
    if found:
        return found, False
    return resolve_company(ref=CompanyRef(name=name.strip(), text=name.strip(), start=0, end=len(name), known=False))
