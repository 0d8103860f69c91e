"""An article's sentences, split once and stored, so reading them costs the same for any length."""

from __future__ import annotations

from deals.extraction.sentences import split_sentences
from deals.models import Article


def sentence_spans(*, text: str) -> list[list[int]]:
    return [[s.start, s.end] for s in split_sentences(text)]


def stored_sentences(*, article: Article) -> list[tuple[int, int]]:
    """The article's (start, end) sentence spans; articles imported before they were stored get them now."""
    if article.sentences is None:
        article.sentences = sentence_spans(text=article.text)
        Article.objects.filter(pk=article.pk).update(sentences=article.sentences)
    return [(start, end) for start, end in article.sentences]
