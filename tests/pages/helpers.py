"""Reading pages the way a reader does: visible text of chosen elements, in document order."""

from lxml import html as lxml_html


def tree(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content.decode())


def has_class(name: str) -> str:
    """An XPath test for one class among several: has_class('event') -> [contains(concat(...))]."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(el.text_content().split()) for el in doc.xpath(xpath)]


def event_ids(doc) -> list[int]:
    """The ids of the moves listed on a page, in order."""
    return [int(el.get("id").removeprefix("event-")) for el in doc.xpath(f"//li[{has_class('event')}]")]
