"""From a company named in an article to a Company row: alias lookup first, else a new unverified company."""

from __future__ import annotations

import hashlib

from django.db import IntegrityError, transaction
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
                if normalize_alias(company.name) and not CompanyAlias.objects.filter(
                    normalized=normalize_alias(company.name)
                ).exists():
                    CompanyAlias.objects.create(company=company, alias=company.name)
            return company, True
        except IntegrityError:
            company.pk = None
            found = find_company(ref=ref)
            if found:
                return found, False
    raise IntegrityError(f"could not create company {ref.name!r}")
