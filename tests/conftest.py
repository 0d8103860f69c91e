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
def per_test_settings(request):
    """Tasks run inline in tests; production uses the database queue and its workers. Static files are the
    tree's own."""
    if "settings" not in request.fixturenames and not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    settings = request.getfixturevalue("settings")
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Pages link the static files as they are in the tree: a `staticfiles/` folder left by `make setup` holds
    # hashed copies of older files that the test server does not serve.
    settings.STATIC_ROOT = request.getfixturevalue("tmp_path_factory").getbasetemp() / "no-collected-static"
    yield
