from .articles import Article
from .batches import ImportBatch, ImportItem
from .choices import (
    AmountRole,
    DateBasis,
    DatePrecision,
    DealKind,
    EventStatus,
    ObjectType,
    PartyRole,
    Qualifier,
    ReviewState,
)
from .companies import Company, CompanyAlias
from .deals import Deal, DealParty
from .events import Amount, Event, Mention
from .merges import DealMerge
from .sectors import CompanySector, Sector
from .throttle import ThrottleCounter

__all__ = [
    "Amount",
    "AmountRole",
    "Article",
    "Company",
    "CompanyAlias",
    "CompanySector",
    "DateBasis",
    "DatePrecision",
    "Deal",
    "DealKind",
    "DealMerge",
    "DealParty",
    "Event",
    "EventStatus",
    "ImportBatch",
    "ImportItem",
    "Mention",
    "ObjectType",
    "PartyRole",
    "Qualifier",
    "ReviewState",
    "Sector",
    "ThrottleCounter",
]
