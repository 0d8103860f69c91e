"""What a move states beyond its date and amounts: the deal's object, each counterparty's role, and which
names are no company at all. Shared by the import and the editor's review, so both read them one way."""

from __future__ import annotations

from deals.extraction.normalize import normalize_alias
from deals.extraction.types import CompanyRef, ExtractedEvent
from deals.models import CompanyAlias, ObjectType, PartyRole

# When the extraction states no role for a counterparty, the part it most often plays in a move of each kind.
COUNTERPARTY_ROLE = {
    "investment": PartyRole.TARGET,
    "acquisition": PartyRole.TARGET,
    "divestment": PartyRole.TARGET,
    "commitment": PartyRole.TARGET,
    "financing": PartyRole.LENDER,
}

# A label for pages when the article names the object only by its type; empty where the parties name it
# (the company acquired is the target itself).
FALLBACK_LABEL = {
    ObjectType.COMPANY: "",
    ObjectType.STAKE: "stake",
    ObjectType.UNIT: "unit",
    ObjectType.ASSET: "assets",
    ObjectType.GOODS: "goods",
    ObjectType.DEBT: "loan",
    ObjectType.FUND: "fund",
    ObjectType.VENTURE: "venture",
    ObjectType.OTHER: "",
}
_LABEL_LENGTH = 120


def object_label(*, object_type: str, label: str | None) -> str:
    """The extraction's English label, else the type's plain noun; cut to the column's length."""
    text = " ".join((label or "").split())
    return (text or FALLBACK_LABEL.get(object_type, ""))[:_LABEL_LENGTH]


def deal_fields(*, source: ExtractedEvent) -> dict:
    object_type = source.object_type if source.object_type in ObjectType.values else ObjectType.OTHER
    return {
        "kind": source.kind,
        "object_type": object_type,
        "object_label": object_label(object_type=object_type, label=source.object_label),
    }


def default_role(kind: str) -> str:
    return COUNTERPARTY_ROLE.get(kind, PartyRole.PARTNER)


def counterparty_role(*, source: ExtractedEvent, name: str) -> str:
    """The role the extraction states for this counterparty; the kind's usual one when it states none."""
    stated = dict(source.roles)
    if name in stated and stated[name] in PartyRole.values and stated[name] != PartyRole.ACTOR:
        return stated[name]
    return default_role(source.kind)


def not_company_spellings() -> frozenset[str]:
    """Normalised spellings editors marked as no company (a place, an outlet, a word): one query."""
    return frozenset(CompanyAlias.objects.filter(not_a_company=True).values_list("normalized", flat=True))


def is_not_a_company(ref: CompanyRef, spellings: frozenset[str]) -> bool:
    return bool({normalize_alias(ref.name), normalize_alias(ref.text)} & spellings)
