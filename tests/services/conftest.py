import pytest

from deals.services import imports
from tests.imports.conftest import FakeExtractor


@pytest.fixture
def extractor(monkeypatch):
    fake = FakeExtractor()
    monkeypatch.setattr(imports, "run_extraction", fake)
    return fake
