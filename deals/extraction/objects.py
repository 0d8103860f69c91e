"""What a move hands over or creates: the company itself, a stake, a unit, an asset, goods, debt, a fund or a
new venture. It is what tells "SoftBank to acquire Nvidia" from "SoftBank to buy Nvidia GPUs".

The object nouns of each language are data (`objects` in data/cues/<lang>.json, each "phrase =English label");
the one chosen is the nearest noun the move's kind can take, after its cue word (before it in verb-final
languages). A kind that names no object noun takes its usual one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .cues import CueSet, Hit, load_cues
from .language import SUPPORTED
from .textindex import FoldedText

# The object a kind takes when its clause names none: a purchase without an object noun buys the company.
DEFAULT_OBJECT = {
    "investment": "stake",
    "acquisition": "company",
    "divestment": "company",
    "financing": "debt",
    "joint_venture": "venture",
    "launch": "venture",
    "commitment": "other",
    "partnership": "other",
    "other": "other",
}
# Objects each kind can have: "invest in GPUs" is no investment in goods, a partnership hands nothing over.
ALLOWED_OBJECTS = {
    "investment": {"stake", "fund"},
    "acquisition": {"company", "stake", "unit", "asset", "goods"},
    "divestment": {"company", "stake", "unit", "asset"},
    "financing": {"debt"},
    "joint_venture": {"venture"},
    "launch": {"venture", "fund", "unit"},
    "commitment": {"venture", "fund", "other"},
    "partnership": set(),
    "other": set(),
}
DEFAULT_LABEL = {
    "company": None,
    "stake": "stake",
    "unit": "unit",
    "asset": "asset",
    "goods": "goods",
    "debt": "debt",
    "fund": "fund",
    "venture": "new venture",
    "other": None,
}
# A noun on the wrong side of the cue is still the object, but one on the expected side wins.
_WRONG_SIDE = 40
_TOUCH = 4  # "the mobile unit of SoftBank", "SoftBank's fund": a noun this close to the acting side names it


@dataclass(frozen=True)
class MoveObject:
    type: str
    text: str | None = None  # verbatim from the article
    label: str | None = None  # short English label for headlines
    span: tuple[int, int] | None = None  # where the object noun stands in the text


@dataclass(frozen=True)
class ObjectClause:
    """Where one move is told: its clause, its cue word and the company names in it (never object nouns)."""

    kind: str
    start: int
    end: int
    primary: Hit | None
    names: tuple[tuple[int, int], ...] = ()
    side_names: tuple[tuple[int, int], ...] = ()  # the acting side's names: "SoftBank's unit" describes it
    venture_names: tuple[tuple[int, int, str], ...] = ()  # ventures the article introduces: span, canonical name


def find_object(*, text: str, index: FoldedText, cues: CueSet, clause: ObjectClause) -> MoveObject:
    allowed = ALLOWED_OBJECTS.get(clause.kind, set())
    hits = []
    if allowed and cues.objects is not None:
        hits = [
            h
            for h in cues.objects.hits(index, clause.start, clause.end)
            if h.label in allowed
            and not any(s < h.end and h.start < e for s, e in clause.names)
            and not any(_describes(text, h, s, e) for s, e in clause.side_names)
            and not _in_appositive(text, h, clause)
            # "비전 펀드가 오픈AI에 투자": the noun the subject particle marks makes the move, it is not its object
            and not (cues.subject_marks is not None and cues.subject_marks.match(text, h.end))
        ]
    hits = [h for h in hits if not _modifies(h, hits)]
    noun = _nearest(hits, clause.primary, head_final=cues.head_final)
    if noun is None and clause.venture_names and "venture" in allowed:
        s, e, name = clause.venture_names[0]
        return MoveObject("venture", text[s:e], name, (s, e))
    if noun is None:
        kind_object = DEFAULT_OBJECT.get(clause.kind, "other")
        return MoveObject(kind_object, None, DEFAULT_LABEL.get(kind_object))
    start, end = _with_owner(text, noun, clause)
    object_type = noun.label
    if object_type == "stake" and clause.kind == "acquisition" and _is_remainder(cues, index, noun):
        object_type = "company"  # buying the rest of a company's shares gives the whole company
    label = noun.implied_status or DEFAULT_LABEL.get(object_type)
    if object_type == "venture" and clause.venture_names:
        s, e, name = clause.venture_names[0]  # "la coentreprise SB OpenAI Japan": the venture has a name
        return MoveObject("venture", text[s:e], name, (noun.start, noun.end))
    return MoveObject(object_type, text[start:end], label, (noun.start, noun.end))


_HOLDERS = {"unit", "asset", "company"}


def _modifies(hit: Hit, hits: list[Hit]) -> bool:
    """A goods noun right before a unit's, a plant's or a company's noun only says what it makes: "机器人业务",
    "ロボット事業", "robot business" are the unit, not robots."""
    return hit.label == "goods" and any(
        h.label in _HOLDERS and 0 <= h.start - hit.end <= 1 and h is not hit for h in hits
    )


def names_a_venture(label: str | None) -> bool:
    """A label that is a venture's own name ("SB OpenAI Japan", "Stargate"), not a noun ("joint venture")."""
    return bool(label) and label.strip().casefold() not in _generic_labels()


@lru_cache(maxsize=1)
def _generic_labels() -> frozenset[str]:
    labels = {label.casefold() for label in DEFAULT_LABEL.values() if label}
    for language in SUPPORTED:
        cues, _ = load_cues(language)
        if cues.objects is not None:
            labels |= {c.implied_status.casefold() for c in cues.objects.cues if c.implied_status}
    return frozenset(labels)


def _is_remainder(cues: CueSet, index: FoldedText, noun: Hit) -> bool:
    if cues.remainder is None:
        return False
    return any(h.start <= noun.start and noun.end <= h.end for h in cues.remainder.hits(index, noun.start, noun.end))


def _describes(text: str, noun: Hit, s: int, e: int) -> bool:
    """A noun naming the acting side itself: "the mobile unit of SoftBank", "SoftBank's fund"."""
    if 0 <= s - noun.end <= _TOUCH:
        return True
    return 0 <= noun.start - e <= _TOUCH and any(c in text[e : noun.start] for c in "'’")


# moves whose other company is the one whose shares or assets change hands: a noun after its name describes it
_CHANGES_HANDS = {"acquisition", "investment", "divestment"}


def _in_appositive(text: str, noun: Hit, clause: ObjectClause) -> bool:
    """A noun in the description after the other company's name says what that company does, it is not what
    changes hands: "adquirió Ampere, fabricante de CPUs para centros de datos", "bought Arm, the chip designer"."""
    if clause.primary is None or clause.kind not in _CHANGES_HANDS:
        return False
    for s, e in clause.names:
        if (
            (s, e) not in clause.side_names
            and clause.primary.end <= s
            and e <= noun.start
            and text[e : noun.start].lstrip().startswith(",")
        ):
            return True
    return False


def _nearest(hits: list[Hit], primary: Hit | None, *, head_final: bool) -> Hit | None:
    if not hits:
        return None
    if primary is None:
        return hits[0]

    def distance(h: Hit) -> int:
        if h.start < primary.end and primary.start < h.end:
            return 0  # the cue is the noun itself: "plan d'investissement", "合弁会社を設立"
        after = h.start >= primary.end
        gap = h.start - primary.end if after else primary.start - h.end
        return gap + (_WRONG_SIDE if after == head_final else 0)

    return min(hits, key=distance)


def _with_owner(text: str, noun: Hit, clause: ObjectClause) -> tuple[int, int]:
    """The noun with the company that owns it when that name touches it: "Nvidia's GPUs", "l'usine Sharp"."""
    start, end = noun.start, noun.end
    for s, e in clause.names:
        if 0 <= noun.start - e <= 3 and text[e : noun.start].strip(" '’s") == "":
            start = min(start, s)
        elif 0 <= s - noun.end <= 4 and text[noun.end : s].strip() in ("", "de", "d'", "d’", "of", "in"):
            end = max(end, e)
    return start, end
