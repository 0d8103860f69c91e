"""The rows the cards print (amounts, quotes with their articles, parties with their companies) read in SQL
written here, and made into model instances without the ORM's per-row machinery.

For a page of 50 cards at 10,000 events these three queries return some 300 rows in about 2 ms through the
client; the querysets took three to four times that: building and compiling each queryset, then per row
Model.__init__ (its signals and its walk over every field), the related-object populators and the descriptors.
Here the SQL is fixed per number of ids, each column goes through the converters Django would apply (dates
and decimals on SQLite, aware datetimes), and each instance gets its loaded fields at once. The instances are
what the ORM gives: a field not read stays deferred and is loaded on access, the related object (the article,
the company) is already cached on its instance, and `_state` says where it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from django.db import connection
from django.db.models import Model
from django.db.models.base import ModelState

from deals.models import Amount, Article, Company, DealParty, Mention


class _Columns:
    """Some of a model's columns under a table alias: their SQL, their attribute names, their converters."""

    def __init__(self, model: type[Model], alias: str, only: Sequence[str] | None = None) -> None:
        fields = [
            field
            for field in model._meta.concrete_fields
            if only is None or field.primary_key or field.name in only or field.attname in only
        ]
        quote = connection.ops.quote_name
        self.model = model
        self.sql = ", ".join(f"{alias}.{quote(field.column)}" for field in fields)
        self.attnames = tuple(field.attname for field in fields)
        self.converters = []
        for index, field in enumerate(fields):
            column = field.get_col(alias)
            found = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if found:
                self.converters.append((index, found, column))

    def instance(self, values: Sequence) -> Model:
        if self.converters:
            values = list(values)
            for index, converters, column in self.converters:
                value = values[index]
                for converter in converters:
                    value = converter(value, column, connection)
                values[index] = value
        obj = self.model.__new__(self.model)
        obj.__dict__.update(zip(self.attnames, values, strict=True))
        state = ModelState()
        state.adding = False
        state.db = connection.alias
        obj._state = state
        return obj


def _table(model: type[Model]) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _column(model: type[Model], name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


@cache
def _shapes(vendor: str) -> dict:
    """The columns and SQL of the three reads, built once per database vendor (quoting and converters)."""
    amount = _Columns(Amount, "a")
    mention = _Columns(Mention, "m", ("event", "article", "quote"))
    article = _Columns(Article, "r", ("url", "outlet", "title", "language", "published_on"))
    party = _Columns(DealParty, "p")
    company = _Columns(Company, "c")
    return {
        "amounts": (
            (amount,),
            f"SELECT {amount.sql} FROM {_table(Amount)} a WHERE a.{_column(Amount, 'event')} IN ({{ids}})"
            f" ORDER BY a.{_column(Amount, 'role')} ASC, a.{_column(Amount, 'id')} ASC",
        ),
        "mentions": (
            (mention, article),
            f"SELECT {mention.sql}, {article.sql} FROM {_table(Mention)} m"
            f" INNER JOIN {_table(Article)} r ON m.{_column(Mention, 'article')} = r.{_column(Article, 'id')}"
            f" WHERE m.{_column(Mention, 'event')} IN ({{ids}})"
            f" ORDER BY r.{_column(Article, 'published_on')} ASC, m.{_column(Mention, 'id')} ASC",
        ),
        "parties": (
            (party, company),
            f"SELECT {party.sql}, {company.sql} FROM {_table(DealParty)} p"
            f" INNER JOIN {_table(Company)} c ON p.{_column(DealParty, 'company')} = c.{_column(Company, 'id')}"
            f" WHERE p.{_column(DealParty, 'deal')} IN ({{ids}})"
            f" ORDER BY p.{_column(DealParty, 'role')} ASC, c.{_column(Company, 'name')} ASC",
        ),
    }


def _read(kind: str, ids: Iterable[int], related: str = "") -> list[Model]:
    ids = list(ids)
    if not ids:
        return []
    parts, sql = _shapes(connection.vendor)[kind]
    with connection.cursor() as cursor:
        cursor.execute(sql.format(ids=", ".join(["%s"] * len(ids))), ids)
        rows = cursor.fetchall()
    main = parts[0]
    width = len(main.attnames)
    result = []
    for row in rows:
        obj = main.instance(row[:width])
        if related:
            obj._state.fields_cache[related] = parts[1].instance(row[width:])
        result.append(obj)
    return result


def amounts_of(event_ids: Iterable[int]) -> list[Amount]:
    """The events' amounts, by role then id (Amount.objects.filter(event_id__in=…).order_by("role", "pk"))."""
    return _read("amounts", event_ids)


def mentions_of(event_ids: Iterable[int]) -> list[Mention]:
    """The events' quotes with their articles, as deals.selectors.page_mentions() reads them."""
    return _read("mentions", event_ids, "article")


def parties_of(deal_ids: Iterable[int]) -> list[DealParty]:
    """The deals' parties with their companies, by role then company name."""
    return _read("parties", deal_ids, "company")
