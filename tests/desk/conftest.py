from tests.imports.conftest import extractor  # noqa: F401
