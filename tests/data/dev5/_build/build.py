import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from articles import ARTICLES
from gold_a import GOLD
import gold_b, gold_c  # noqa: F401  (fill GOLD)
root = Path(__file__).parent.parent
arts, gold, bad = [], [], 0
for aid, lang, pub, title, url, src, note in ARTICLES:
    f = f"{aid}_{lang}.txt"
    text = (root / f).read_text(encoding="utf-8")
    a = {"id": aid, "file": f, "language": lang, "published": pub, "title": title, "url": url, "source": src}
    if note:
        a["published_note"] = note
    arts.append(a)
    evs = GOLD[aid]
    for e in evs:
        for s in [e["quote"], e["object_text"]] + [m["text"] for m in e["amounts"]]:
            if s and s not in text:
                bad += 1; print("NOT IN TEXT", aid, repr(s[:80]))
        assert set(e["roles"]) == set(e["counterparties"]), aid
        for m in e["amounts"]:
            for k in ("low", "high", "usd_low", "usd_high"):
                if isinstance(m[k], float) and abs(m[k]) >= 1000:
                    m[k] = round(m[k])
    gold.append({"id": aid, "file": f, "events": evs})
(root / "articles.json").write_text(json.dumps(arts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
(root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
n = sum(len(g["events"]) for g in gold); r = sum(e["required"] for g in gold for e in g["events"])
print("articles", len(arts), "events", n, "required", r, "bad", bad)
