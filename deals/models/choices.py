"""The vocabularies shared by the models, the extraction output and the API (see the eval README)."""

from django.db import models


class DealKind(models.TextChoices):
    INVESTMENT = "investment", "Investment"
    ACQUISITION = "acquisition", "Acquisition"
    PARTNERSHIP = "partnership", "Partnership"
    JOINT_VENTURE = "joint_venture", "Joint venture"
    FINANCING = "financing", "Financing"
    COMMITMENT = "commitment", "Commitment"
    DIVESTMENT = "divestment", "Divestment"
    LAUNCH = "launch", "Launch"
    OTHER = "other", "Other"


class EventStatus(models.TextChoices):
    RUMORED = "rumored", "Rumored"
    ANNOUNCED = "announced", "Announced"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    QUARTER = "quarter", "Quarter"
    YEAR = "year", "Year"


class ReviewState(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    REJECTED = "rejected", "Rejected"


class PartyRole(models.TextChoices):
    ACTOR = "actor", "Actor"
    TARGET = "target", "Target"
    PARTNER = "partner", "Partner"
    CO_INVESTOR = "co_investor", "Co-investor"
    SELLER = "seller", "Seller"
    LENDER = "lender", "Lender"


class AmountRole(models.TextChoices):
    VALUE = "value", "Value"
    VALUATION = "valuation", "Valuation"
    STAKE_PERCENT = "stake_percent", "Stake (%)"
    OTHER = "other", "Other"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exact"
    ABOUT = "about", "About"
    UP_TO = "up_to", "Up to"
    AT_LEAST = "at_least", "At least"
    RANGE = "range", "Range"


class CompanyKind(models.TextChoices):
    COMPANY = "company", "Company"
    FUND = "fund", "Fund"
    PUBLIC_BODY = "public_body", "Public body"


def choices_check(field: str, choices: type[models.TextChoices]) -> models.Q:
    return models.Q(**{f"{field}__in": choices.values})
