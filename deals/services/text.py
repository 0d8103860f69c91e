"""Turning what an editor pastes or uploads into the one canonical article text.

The article's identity is the hash of this text, and mentions point into it by offset, so every path in
(paste, upload, command line) must go through `normalize_text` exactly once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from charset_normalizer import from_bytes

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# Magic numbers of the binaries editors most often pick by mistake.
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0", b"\x7fELF")


class UploadRejected(ValueError):
    """A file that cannot become an article; the message names the file and says what to do."""


@dataclass(frozen=True)
class DecodedFile:
    name: str
    text: str
    encoding: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""  # ISO date found in HTML metadata, if any


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, no trailing blanks, at most one empty line in a row.

    Deliberately conservative: the text stays what the article said, only invisible differences go, so
    the same article pasted from two browsers gets the same hash.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text).replace("\t", " ")
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark is text
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _first_bad_utf8(data: bytes) -> int | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def decode_bytes(*, name: str, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with.

    UTF-8 first. A file that is mostly UTF-8 but has broken bytes is refused rather than guessed: reading
    it as Latin-1 would silently turn every accented letter into two wrong ones. Files without any UTF-8
    multi-byte sequence (Shift_JIS, GBK, Windows-1252, UTF-16) go to charset-normalizer.
    """
    bad = _first_bad_utf8(data)
    if bad is None:
        return data.decode("utf-8").removeprefix("\ufeff"), "utf-8"
    valid_multibyte = re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data[:bad])
    if valid_multibyte and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UploadRejected(
            f"{name}: this file is UTF-8 but has an invalid byte at position {bad} "
            f"(byte 0x{data[bad]:02x}). It may be truncated or damaged; save it again as UTF-8 and retry."
        )
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise UploadRejected(f"{name}: the text encoding could not be recognised. Save the file as UTF-8 and retry.")
    return str(best), best.encoding


def html_to_text(*, name: str, html: str) -> DecodedFile:
    """The article body of an HTML page: navigation, scripts, styles and event handlers never get through."""
    import trafilatura

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        favor_precision=True,
    )
    if not text:
        # Short pages fall below trafilatura's main-text heuristics; its baseline still drops script/style.
        text = trafilatura.html2txt(html)
    meta = trafilatura.extract_metadata(html)
    return DecodedFile(
        name=name,
        text=normalize_text(text or ""),
        encoding="",
        title=(getattr(meta, "title", None) or "") if meta else "",
        outlet=(getattr(meta, "sitename", None) or "") if meta else "",
        url=(getattr(meta, "url", None) or "") if meta else "",
        published=(getattr(meta, "date", None) or "") if meta else "",
    )


def decode_upload(*, name: str, data: bytes, max_bytes: int) -> DecodedFile:
    """One uploaded file as article text, or UploadRejected with a message naming the file."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadRejected(f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be imported.")
    if len(data) > max_bytes:
        raise UploadRejected(
            f"{name}: {len(data) / 1_048_576:.1f} MB is over the limit of {max_bytes / 1_048_576:.1f} MB per file."
        )
    if not data.strip():
        raise UploadRejected(f"{name}: the file is empty.")
    if looks_binary(data):
        raise UploadRejected(f"{name}: this is a binary file, not text. Import .txt, .md or .html files.")
    raw, encoding = decode_bytes(name=name, data=data)
    if suffix in (".html", ".htm"):
        decoded = html_to_text(name=name, html=raw)
        decoded = DecodedFile(**{**decoded.__dict__, "encoding": encoding})
    else:
        decoded = DecodedFile(name=name, text=normalize_text(raw), encoding=encoding)
    if not decoded.text:
        raise UploadRejected(f"{name}: no article text was found in the file.")
    return decoded
