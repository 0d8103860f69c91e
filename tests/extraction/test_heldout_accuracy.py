"""The extractor on its development sets (tests/data/heldout*, dev5-dev7), each of 24-26 articles in eight languages
(one in traditional Chinese), written and annotated without looking at the extractor's output, with traps
(share-price and growth percentages, "from X to Y" changes, holdings in passing, denied and cancelled moves,
relative dates, boilerplate tails), so rules fitted to the seed sentences show here.

Figures per set (required events found, precision, F1, then the share right among matched events):
- heldout: first F1 0.85 (70/81, P 0.85); now 0.91 (76/81, P 0.88), date 0.80, kind 0.89, parties 0.83.
- heldout2: first 0.84 (53/65, P 0.86); now 0.88 (56/65, P 0.89), date 0.75, kind 0.88, parties 0.79.
- heldout3, by someone who had read neither the extractor nor the other sets: 0.65 on arrival (47/82, P 0.74),
  now 0.79 (62/82, P 0.82), date 0.90, kind 0.89, status 0.84, parties 0.79, amount 0.89.
- heldout4, likewise, on moves the others do not tell: 0.59 for an earlier version of the code, 0.70 on arrival
  (after rules written on sets 1-3 only), now 0.73 (58/81, P 0.73).

- dev5, 24 real published articles (3 per language, 8 mainly about other investors' deals), annotated to the
  object/roles/amount-role contract: on arrival F1 0.64 (26/43, P 0.67), TRUTH F1 0.00 (0.12 leaving object and
  roles out: the extractor then stated neither); after the object and role steps, before any rule was written on
  it, TRUTH F1 0.06 (3 of 52 wholly true; object 0.60, roles 0.79, amounts 0.51, status 0.54).
- dev6, 24 more real articles (9 mainly about other investors' deals), held out: no rule is written on it. First and
  honest figures, scored once with the object/role steps in place: F1 0.59 (24/42, P 0.62), TRUTH F1 0.16 (7 of 47
  wholly true; status 0.62, object 0.72, amounts 0.72, roles 0.86).
The TRUTH figures of the older sets (0.32, 0.33, 0.24, 0.16) check no object or roles: their gold predates them.
- Stage and direction (sources, talks, "decided to", proceeds, purposes, sales to SoftBank): status among matched
  required moves dev5 0.73 -> 0.77, dev6 0.62 -> 0.75, heldout 0.78 -> 0.95, heldout3 0.87 -> 0.95, heldout4
  0.77 -> 0.82; kind dev6 0.88 -> 1.00, heldout 0.89 -> 0.93; TRUTH F1 dev5 0.18 -> 0.21, dev6 0.16 -> 0.24,
  heldout 0.31 -> 0.41, heldout3 0.26 -> 0.32, heldout4 0.18 -> 0.23.
- 7 Dec 2026, investors beside SoftBank in another's round, descriptions and vehicles, third parties' own deals,
  one move per listed company, a sum of SoftBank's own per currency, unknown companies: TRUTH F1 dev5 0.22, dev6
  0.40, heldout 0.53, heldout2 0.46, heldout3 0.34, heldout4 0.28 (detection 0.71, 0.77, 0.91, 0.88, 0.81, 0.74).
- dev7, 24 more real articles by someone who had read neither the extractor nor the sets, held out until scored
  once after all of the above: F1 0.51 (19/42, P 0.58), TRUTH F1 0.02 (1 of 45 wholly true; kind 0.58, status
  0.69, roles 0.41, basis 0.65): the figure for unseen text. One rule written after it (more than half of the
  shares is the company) makes it 0.05; SoftBank's sales told from the buyer's side (sold to / bought from /
  talks with SoftBank, "the latter", the stake SoftBank holds) make it 0.53 / 0.08.
- Amount roles (a change's new figure, a conversion's part, a deal's price against a company's valuation, a price
  per share, a holding's worth, the figure the next sentence gives the deal): TRUTH F1 dev5 0.24, dev7 0.10,
  heldout2 0.49, heldout3 0.39, heldout4 0.31; amounts right on matched moves heldout3 0.64 -> 0.75.
- Detection (the moves missed and invented, sorted by how the press tells them: "the company" after a verb, lists
  without sums, joined verbs, a sale to SoftBank in a later clause, a deal that collapsed later, the round just
  told, expected closes and relative clauses as dates, tickers, subjects after the verb, others' rounds): F1 dev5
  0.71 -> 0.76, dev6 0.78 -> 0.82, dev7 0.53 -> 0.63, heldout3 0.79 -> 0.84, heldout4 0.74 -> 0.82; TRUTH F1
  dev6 0.45 -> 0.51, dev7 0.13 -> 0.17, heldout3 0.39 -> 0.44, heldout4 0.31 -> 0.35.
- dev8 and dev9, 24 real articles each (8 and 16 mainly about other investors' deals), built by two people who had
  read neither the extractor nor the sets, held out until scored once after all of the above: dev8 F1 0.57 (25/49,
  P 0.65), TRUTH F1 0.21 (11 of 51 wholly true); dev9 F1 0.62 (26/45, P 0.67), TRUTH F1 0.09 (4 of 46; status
  0.68, roles 0.57, object 0.68, amounts 0.65). Their bounds are those first figures, less a margin.
- Rules written on dev8 and dev9 after their first runs (others' "also" moves in ja/ko, holdings sold, running
  totals, terms and aftermath, German perfects and present-tense sales, Spanish and French participles, purchases
  told in a relative clause, sellers bought from, buyers sold to, fund investors, anonymous sources): dev8 0.71 /
  0.31, dev9 0.72 / 0.22, which measures fit.
- dev10, 24 more real articles by a third person who had read neither the extractor nor the sets (heavy on money
  put into SoftBank's funds and on old deals: Vodafone Japan, Sprint), held out until scored once after all of the
  above: F1 0.45 (31/71, P 0.47), TRUTH F1 0.08 (6 of 74 wholly true; kind 0.60, object 0.54, roles 0.50).

Bounds sit a margin below the figures first reached: a change that makes the extractor generalise worse fails.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.data.score_set import SETS, score

# set: (required, found, f1, precision, date, kind, status, parties, amount, weakest language's F1)
BOUNDS = {
    "heldout": (81, 66, 0.80, 0.80, 0.78, 0.86, 0.85, 0.72, 0.93, 0.60),
    "heldout2": (65, 51, 0.80, 0.82, 0.65, 0.80, 0.88, 0.58, 0.84, 0.60),
    "heldout3": (82, 57, 0.74, 0.79, 0.85, 0.81, 0.88, 0.63, 0.83, 0.55),
    "heldout4": (81, 55, 0.69, 0.69, 0.86, 0.82, 0.74, 0.66, 0.82, 0.50),
    "dev5": (43, 25, 0.60, 0.62, 0.80, 0.78, 0.68, 0.78, 0.88, 0.40),
    "dev6": (42, 22, 0.55, 0.57, 0.80, 0.88, 0.64, 0.75, 0.65, 0.40),
    "dev7": (42, 19, 0.50, 0.57, 0.85, 0.60, 0.70, 0.72, 0.60, 0.40),
    "dev8": (49, 30, 0.66, 0.62, 0.90, 0.88, 0.75, 0.72, 0.80, 0.30),
    "dev9": (45, 31, 0.70, 0.64, 0.94, 0.74, 0.62, 0.62, 0.72, 0.20),
    "dev10": (71, 30, 0.43, 0.45, 0.90, 0.60, 0.75, 0.54, 0.88, 0.18),
}
# set: the TRUTH F1 first reached (every stated fact right), kept as a floor
TRUTH_BOUNDS = {
    "heldout": 0.50,
    "heldout2": 0.47,
    "heldout3": 0.42,
    "heldout4": 0.33,
    "dev5": 0.24,
    "dev6": 0.49,
    "dev7": 0.15,
    "dev8": 0.28,
    "dev9": 0.22,
    "dev10": 0.07,
}


@cache
def scored(name: str):
    return score(SETS / name)


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_heldout_set_stays_at_the_reached_accuracy(name):
    required, found, f1, precision, date, kind, status, parties, amount, _ = BOUNDS[name]
    total, _, _ = scored(name)
    f = total.figures()
    report = f"{name}: {f} missed={total.missed} extra={total.extras}"
    assert f["required"] == required, report
    assert f["found"] >= found, report
    assert f["f1"] >= f1 and f["precision"] >= precision, report
    assert f["date"] >= date and f["kind"] >= kind and f["status"] >= status, report
    assert f["parties"] >= parties and f["amount"] >= amount, report
    assert f["quotes"] == 1.0, report


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_no_language_is_left_behind(name):
    _, by_lang, _ = scored(name)
    weakest = {lang: round(t.figures()["f1"], 2) for lang, t in by_lang.items()}
    assert min(weakest.values()) >= BOUNDS[name][-1], weakest


@pytest.mark.parametrize("name", sorted(TRUTH_BOUNDS))
def test_moves_stay_as_true_as_reached(name):
    total, _, _ = scored(name)
    f = total.figures()
    assert f["truth_f1"] >= TRUTH_BOUNDS[name], f"{name}: {f} untrue={total.untrue}"
