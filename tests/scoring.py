"""The evaluation scorer's rules (tests/eval_score.py, a copy of it) for the suite's accuracy tests.

`Tally.score_article(gold, predicted, text)` adds one article's detection and TRUTH figures, and keeps the
quotes of missed and extra events so a failing bound says which moves it was about.
"""

from __future__ import annotations

from tests import eval_score as official
from tests.eval_score import SOFTBANK_SIDE, match, other_parties, parties, truth_checks

__all__ = ["SOFTBANK_SIDE", "Tally", "match", "other_parties", "parties", "truth_checks"]


class Tally(official.Tally):
    def __init__(self):
        super().__init__()
        self.missed: list[str] = []
        self.extras: list[str] = []
        self.untrue: list[str] = []

    def score_article(self, gold_events: list[dict], predicted: list[dict], text: str) -> None:
        self.add(official.score_article({}, gold_events, predicted, text, show=False))
        predicted = [p for p in predicted if official.is_softbank_side(p)]
        pairs = match(gold_events, predicted)
        self.missed += [g["quote"][:100] for gi, g in enumerate(gold_events) if g["required"] and gi not in pairs]
        matched = set(pairs.values())
        self.extras += [(p.get("quote") or "")[:100] for pi, p in enumerate(predicted) if pi not in matched]
        for gi, pi in pairs.items():
            wrong = [k for k, ok in truth_checks(gold_events[gi], predicted[pi]).items() if not ok]
            if wrong:
                self.untrue.append(f"{','.join(wrong)}: {(predicted[pi].get('quote') or '')[:80]}")
