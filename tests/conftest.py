import pytest

from tests.factories import CompanyFactory


@pytest.fixture
def softbank(db):
    """The tracked group with one fund below it, as in the real gazetteer."""
    group = CompanyFactory(name="SoftBank Group", slug="softbank-group", is_tracked=True)
    CompanyFactory(name="SoftBank Vision Fund 2", slug="softbank-vision-fund-2", parent=group, kind="fund")
    return group


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Tasks run inline in tests; production uses the database queue and its workers."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
