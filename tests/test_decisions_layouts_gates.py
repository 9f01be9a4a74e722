"""The fifteen layouts dev sets (evals/layouts*/): each set's decision scores stay at or above its gate.

Each set was written by someone who had not read the extractor, measured before it was changed for
it, and tuned on; its test file (tests/test_decisions_layouts*.py) holds the forms it taught.
"""

from __future__ import annotations

import pytest

from conftest import assert_layout_gate, layout_records

# Measured at the end of tuning (precision / recall / meeting date / outcome); each gate sits a little below:
# layouts 0.947 / 0.987 / 1.000 / 1.000 (before any tuning 0.723 / 0.554 / 1.000 / 0.707),
# layouts2 0.907 / 0.924 / 1.000 / 0.934, layouts3 0.919 / 0.924 / 1.000 / 0.985,
# layouts4 0.971 / 0.986 / 1.000 / 0.939, layouts5 0.833 / 0.981 / 1.000 / 0.938,
# layouts6 0.906 / 0.943 / 1.000 / 0.919 (before any tuning 0.821 / 0.914 / 1.000 / 0.917),
# layouts7 0.942 / 0.931 / 1.000 / 0.903 (before any tuning 0.825 / 0.681 / 1.000 / 0.889),
# layouts8 0.947 / 0.750 / 1.000 / 0.942 (before any tuning 0.935 / 0.597 / 0.907 / 0.927; its 16 missed
# labels are five report recommendations in an agenda pack, which layouts6 leaves unlabelled, and a
# Council of Governors table whose outcome cells hold a bare word),
# layouts9 0.986 / 1.000 / 1.000 / 0.984 (before any tuning 0.932 / 0.630 / 1.000 / 0.829),
# layouts10 1.000 / 1.000 / 1.000 / 1.000 (before any tuning 0.976 / 0.800 / 1.000 / 0.919),
# layouts11 1.000 / 1.000 / 1.000 / 1.000 (before any tuning 1.000 / 0.849 / 1.000 / 0.952),
# layouts12 1.000 / 1.000 / 1.000 / 1.000 (before any tuning 0.860 / 0.864 / 1.000 / 0.864; its tuning also
# raised layouts5's outcome to 0.958 and layouts7's to 0.957 / 0.944 / 1.000 / 0.935).
# layouts13 0.987 / 1.000 / 1.000 / 1.000 (before any tuning 0.897 / 0.769 / 1.000 / 0.804; its tuning also
# raised layouts3's precision to 0.987).
# layouts14 1.000 / 1.000 / 1.000 / 1.000 (before any tuning 0.944 / 0.971 / 1.000 / 0.793).
# layouts15 1.000 / 1.000 / 1.000 / 0.898 (before any tuning 0.946 / 0.966 / 1.000 / 0.891, 59 labels; 60 since
# the last meeting's note "was accepted" was labelled an approval).
# layouts16 1.000 / 1.000 / 1.000 / 0.967 (before any tuning 0.933 / 0.697 / 1.000 / 0.786; its tuning also
# raised layouts7 to 0.958 / 0.958 / 1.000 / 0.936 and layouts4 to 0.972 / 1.000 / 1.000 / 0.955).
# After the outcome-column table reader, the pack's end at "The meeting closed" + "Agenda Item n" and
# the original motion's vote, owner tags and untitled movers (precision of any kind / recall / meeting
# date / outcome): layouts2 0.962 / 0.949 / 1.000 / 0.951, layouts3 0.961 / 0.962 / 1.000 / 0.985,
# layouts4 0.971 / 0.986 / 1.000 / 0.954, layouts6 0.946 / 1.000 / 1.000 / 0.984, layouts7 0.942 / 0.931 / 1.000 / 0.919, layouts8 1.000 / 1.000 / 1.000 / 0.985 (its pack's report
# recommendations scored, as its labels have them; layouts6 leaves its pack's unlabelled: 3 of its 4
# wrong records).
# Precision is of records that are decisions, whatever kind the labeller filed them under (from
# 2026-12-07; the figures above for layouts to layouts5 are as first measured, of the same kind).
GATES = [
    ("layouts", 74, 0.9, 0.95, 0.95),
    ("layouts2", 79, 0.93, 0.93, 0.93),
    ("layouts3", 79, 0.93, 0.94, 0.95),
    ("layouts4", 73, 0.93, 0.95, 0.93),
    ("layouts5", 52, 0.8, 0.95, 0.9),
    ("layouts6", 70, 0.92, 0.97, 0.95),
    ("layouts7", 72, 0.9, 0.9, 0.9),
    ("layouts8", 72, 0.97, 0.97, 0.95),
    ("layouts9", 73, 0.95, 0.97, 0.95),
    ("layouts10", 55, 0.97, 0.97, 0.97),
    ("layouts11", 53, 0.97, 0.97, 0.97),
    ("layouts12", 59, 0.97, 0.97, 0.97),
    ("layouts13", 78, 0.97, 0.97, 0.97),
    ("layouts14", 70, 0.97, 0.97, 0.97),
    ("layouts15", 60, 0.97, 0.97, 0.88),
    ("layouts16", 66, 0.97, 0.97, 0.93),
]


@pytest.mark.parametrize(("folder", "labels", "precision", "recall", "outcome"), GATES, ids=[g[0] for g in GATES])
def test_layouts_gate(folder: str, labels: int, precision: float, recall: float, outcome: float) -> None:
    assert_layout_gate(layout_records(folder), folder, labels, precision, recall, outcome)
