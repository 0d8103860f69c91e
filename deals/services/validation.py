"""`full_clean` with a model's check constraints tested in at most one query instead of one query each.

Django evaluates every CheckConstraint with its own `SELECT 1 WHERE ...`, and compiling that query costs
more than running it: an amount has six constraints, an event five, so validating one extracted move took
a dozen queries and about 7 ms before anything was written. Here:

- a check constraint's outcome depends only on the values of the fields it names, so outcomes already seen
  are remembered (kind, status, precision, role and qualifier checks are the same for every article);
- the rest are tested together: they all hold exactly when their conjunction is not false (a constraint
  that is UNKNOWN passes, as in the database);
- when that fails, or anything is unusual, Django's own `full_clean` runs to name each broken rule with its
  usual message.
"""

from __future__ import annotations

from functools import cache

from django.core.exceptions import FieldError, ValidationError
from django.db import connections, router
from django.db.models import BooleanField, CheckConstraint, F, Q, Value
from django.db.models.functions import Coalesce

_MEMO_LIMIT = 20_000
_passed: set[tuple] = set()  # (model label, constraint name, ((field, type, value), ...)) known to hold


def _field_names(node):
    """The model fields a constraint's condition reads (lookups, F() and expressions inside it)."""
    if isinstance(node, Q):
        for child in node.children:
            if isinstance(child, tuple):
                yield child[0].split("__", 1)[0]
                yield from _field_names(child[1])
            else:
                yield from _field_names(child)
    elif isinstance(node, F):
        yield node.name.split("__", 1)[0]
    elif hasattr(node, "get_source_expressions"):
        for expression in node.get_source_expressions():
            yield from _field_names(expression)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _field_names(item)


@cache
def _checks(model) -> tuple[tuple[CheckConstraint, tuple[str, ...]], ...]:
    return tuple(
        (constraint, tuple(sorted(set(_field_names(constraint.condition)))))
        for parent in [model, *model._meta.get_parent_list()]
        for constraint in parent._meta.constraints
        if isinstance(constraint, CheckConstraint)
    )


def _checks_hold(instance, *, exclude: set[str]) -> bool:
    model = type(instance)
    against = instance._get_field_expression_map(meta=model._meta, exclude=exclude)
    pending, keys, needed = [], [], set()
    for constraint, fields in _checks(model):
        values = [against.get(name) for name in fields]
        if not all(isinstance(v, Value) for v in values):
            return False  # an excluded or computed field: leave it to Django
        key = (
            model._meta.label,
            constraint.name,
            tuple((n, type(v.value), v.value) for n, v in zip(fields, values, strict=True)),
        )
        if key not in _passed:
            pending.append(constraint.condition)
            needed.update(fields)
            if not any(isinstance(v.value, str) and len(v.value) > 200 for v in values):  # never an article's text
                keys.append(key)
    if not pending:
        return True
    using = router.db_for_write(model, instance=instance)
    condition = Q(*pending)
    if connections[using].features.supports_comparing_boolean_expr:
        condition = Coalesce(condition, True, output_field=BooleanField())
    try:
        holds = Q(condition).check({name: against[name] for name in needed}, using=using)
    except (FieldError, TypeError):  # a field the walk above missed: Django's own path knows
        return False
    if holds:
        if len(_passed) > _MEMO_LIMIT:
            _passed.clear()
        _passed.update(keys)
    return holds


def full_clean(instance, *, exclude=(), validate_unique: bool = True) -> None:
    """As `instance.full_clean(exclude=..., validate_unique=...)`, with the same errors, in fewer queries."""
    exclude = set(exclude)
    try:
        instance.full_clean(exclude=exclude, validate_unique=validate_unique, validate_constraints=False)
        if _checks_hold(instance, exclude=exclude):
            return
    except ValidationError:
        pass
    instance.full_clean(exclude=exclude, validate_unique=validate_unique)
