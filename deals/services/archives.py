"""Zip archives of articles: every member checked like a single upload before anything is queued."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from .text import ALLOWED_SUFFIXES, DecodedFile, UploadRejected, decode_upload


def is_zip(name: str) -> bool:
    return name.lower().endswith(".zip")


def expand_zip(
    *, name: str, data: bytes, max_bytes: int, max_files: int, max_total: int
) -> tuple[list[DecodedFile], list[str]]:
    """The archive's article files, decoded, and one message per member that cannot be imported.

    Sizes are read from the archive's directory before any member is inflated, so a zip bomb is refused
    without being unpacked: each member at most `max_bytes`, all of them together at most `max_total`.
    A member is never inflated past the size its directory entry states.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UploadRejected(f"{name}: this is not a readable zip archive.") from None
    members = [
        info
        for info in archive.infolist()
        if not info.is_dir()
        and not PurePosixPath(info.filename).name.startswith(".")
        and "__MACOSX" not in info.filename
    ]
    articles = [info for info in members if PurePosixPath(info.filename).suffix.lower() in ALLOWED_SUFFIXES]
    if not articles:
        others = ", ".join(PurePosixPath(info.filename).name for info in members[:5])
        raise UploadRejected(
            f"{name}: the archive holds no {', '.join(ALLOWED_SUFFIXES)} files"
            + (f" (skipped: {others})." if others else ".")
        )
    if len(articles) > max_files:
        raise UploadRejected(f"{name}: {len(articles)} articles inside; at most {max_files} can be imported at once.")
    total = sum(info.file_size for info in articles)
    if total > max_total:
        raise UploadRejected(
            f"{name}: its articles hold {total / 1_048_576:.1f} MB uncompressed, over the limit of "
            f"{max_total / 1_048_576:.1f} MB that can be imported at once."
        )
    decoded = []
    # Members of other types (a PDF, an image) are named, not silently dropped.
    errors = [
        f"{name}/{info.filename}: skipped, only {', '.join(ALLOWED_SUFFIXES)} files are imported."
        for info in members
        if info not in articles
    ]
    for info in articles:
        label = f"{name}/{info.filename}"
        if info.file_size > max_bytes:
            errors.append(
                f"{label}: {info.file_size / 1_048_576:.1f} MB is over the limit of "
                f"{max_bytes / 1_048_576:.0f} MB per file."
            )
            continue
        try:
            with archive.open(info) as member:
                content = member.read(info.file_size + 1)
            decoded.append(decode_upload(name=label, data=content, max_bytes=max_bytes))
        except UploadRejected as error:
            errors.append(str(error))
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError) as error:  # encrypted or damaged member
            errors.append(f"{label}: cannot be read from the archive ({error}).")
    return decoded, errors
