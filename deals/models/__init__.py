from .articles import Article
from .choices import AmountRole, DatePrecision, DealKind, EventStatus, PartyRole, Qualifier, ReviewState
from .companies import Company, CompanyAlias
from .deals import Deal, DealParty
from .events import Amount, Event, Mention

__all__ = [
    "Amount",
    "AmountRole",
    "Article",
    "Company",
    "CompanyAlias",
    "DatePrecision",
    "Deal",
    "DealKind",
    "DealParty",
    "Event",
    "EventStatus",
    "Mention",
    "PartyRole",
    "Qualifier",
    "ReviewState",
]
