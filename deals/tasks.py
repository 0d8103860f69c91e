"""Background work for Django's tasks framework; production runs it with `manage.py db_worker`."""

from django.tasks import task


@task()
def import_item_task(item_id: int) -> str:
    from deals.services.batches import run_import_item

    return run_import_item(item_id=item_id)
