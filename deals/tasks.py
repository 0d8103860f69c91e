"""Tasks queued before the import task moved to deals/services/batches.py are stored under this module's name:
a worker finds them here."""

from deals.services.batches import import_item_task

__all__ = ["import_item_task"]
