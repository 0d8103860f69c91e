"""The vocabularies shared by the models, the extraction output and the API, each written once, here."""

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
    BUYER = "buyer", "Buyer"
    LENDER = "lender", "Lender"
    BORROWER = "borrower", "Borrower"
    OTHER = "other", "Other"


class AmountRole(models.TextChoices):
    # value is the SoftBank side's own money in the move; total the whole round, fund or venture others share.
    VALUE = "value", "SoftBank side's own money"
    TOTAL = "total", "Whole round or venture"
    VALUATION = "valuation", "Valuation"
    STAKE_PERCENT = "stake_percent", "Stake (%)"
    PER_SHARE = "per_share", "Price per share"
    OTHER = "other", "Other"


class ObjectType(models.TextChoices):
    """What changes hands or is created: it tells 'to acquire Nvidia' from 'to buy Nvidia GPUs'."""

    COMPANY = "company", "The company (control)"
    STAKE = "stake", "A stake or shares"
    UNIT = "unit", "A unit or division"
    ASSET = "asset", "An asset (plant, site, buildings)"
    GOODS = "goods", "Goods or services"
    DEBT = "debt", "A loan, bond or credit line"
    FUND = "fund", "A fund"
    VENTURE = "venture", "A new venture"
    OTHER = "other", "Other"


class DateBasis(models.TextChoices):
    STATED = "stated", "Stated in the text"
    PUBLICATION = "publication", "The report's day"


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
