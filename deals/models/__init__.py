from .articles import Article
from .batches import ImportBatch, ImportItem
from .choices import AmountRole, DatePrecision, DealKind, EventStatus, PartyRole, Qualifier, ReviewState
from .companies import Company, CompanyAlias
from .deals import Deal, DealParty
from .events import Amount, Event, Mention
from .sectors import CompanySector, Sector

__all__ = [
    "Amount",
    "AmountRole",
    "Article",
    "Company",
    "CompanyAlias",
    "CompanySector",
    "DatePrecision",
    "Deal",
    "DealKind",
    "DealParty",
    "Event",
    "EventStatus",
    "ImportBatch",
    "ImportItem",
    "Mention",
    "PartyRole",
    "Qualifier",
    "ReviewState",
    "Sector",
]
