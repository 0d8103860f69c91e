import pytest


@pytest.fixture
def softbank(db):
    """The tracked group with one fund below it, as in the real gazetteer."""
    # Imported here so the extraction tests can run without Django (-p no:django).
    from tests.factories import CompanyFactory

    group = CompanyFactory(name="SoftBank Group", slug="softbank-group", is_tracked=True)
    CompanyFactory(name="SoftBank Vision Fund 2", slug="softbank-vision-fund-2", parent=group, kind="fund")
    return group


@pytest.fixture(autouse=True)
def immediate_tasks(request):
    """Tasks run inline in tests; production uses the database queue and its workers."""
    if "settings" not in request.fixturenames and not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    settings = request.getfixturevalue("settings")
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    yield
