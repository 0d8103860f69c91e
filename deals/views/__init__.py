"""Public pages: the chronology, a deal's story, a company, and the Atom feed (in deals.feeds)."""

from .chronology import home
from .companies import company_detail
from .deals import deal_detail

__all__ = ["company_detail", "deal_detail", "home"]
