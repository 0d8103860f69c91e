import pytest

from deals.services import imports


class FakeExtractor:
    """Stands in for the extraction pipeline: returns whatever result the test sets for a text."""

    def __init__(self):
        self.by_text: dict[str, object] = {}
        self.calls = 0

    def __call__(self, text, *, published, language):
        self.calls += 1
        for needle, build in self.by_text.items():
            if needle in text:
                return build(text) if callable(build) else build
        from deals.extraction.types import ExtractionResult

        return ExtractionResult(language=language or "en")


@pytest.fixture
def extractor(monkeypatch):
    fake = FakeExtractor()
    monkeypatch.setattr(imports, "run_extraction", fake)
    return fake
