"""Offline language identification: the script decides for CJK, Hangul and Arabic, py3langid for the rest."""

from __future__ import annotations

import re

SUPPORTED = ("en", "fr", "ar", "zh", "ja", "ko", "de", "es")

_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

_identifier = None


def _langid():
    global _identifier
    if _identifier is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def normalize_code(code: str | None) -> str | None:
    """'zh-hans', 'zh_TW', 'ZH' -> 'zh'; 'en-GB' -> 'en'."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    return code.split("-")[0] or None


def detect_language(text: str, *, sample: int = 20000) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1). Never raises; 'en' with confidence 0 when nothing is known."""
    head = (text or "")[:sample]
    counts = {
        "kana": len(_KANA.findall(head)),
        "hangul": len(_HANGUL.findall(head)),
        "han": len(_HAN.findall(head)),
        "arabic": len(_ARABIC.findall(head)),
        "latin": len(_LATIN.findall(head)),
    }
    total = sum(counts.values())
    if not total:
        return "en", 0.0
    # Japanese text mixes kana with kanji; a little kana is enough to tell it from Chinese.
    if (
        counts["kana"]
        and counts["kana"] >= 0.05 * (counts["kana"] + counts["han"])
        and counts["kana"] + counts["han"] > 0.3 * total
    ):
        return "ja", 0.95
    if counts["hangul"] > 0.3 * total:
        return "ko", 0.95
    if counts["han"] > 0.3 * total:
        return "zh", 0.9
    if counts["arabic"] > 0.3 * total:
        return "ar", 0.9
    try:
        identifier = _langid()
        code, prob = identifier.classify(head)
        code = normalize_code(code) or "en"
        return code, float(prob)
    except Exception:  # noqa: BLE001 - identification must never break extraction
        return "en", 0.0
