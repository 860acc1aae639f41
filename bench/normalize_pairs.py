"""Score the normaliser on the data pairs and controls in tests/data/normalize/.

    .venv/bin/python bench/normalize_pairs.py [--show-failures] [--category NAME] [--language nl-BE|nl-NL]
    .venv/bin/python bench/normalize_pairs.py --blind [--category NAME] [--language nl-BE|nl-NL]

``pairs.tsv`` holds written → spoken pairs (header ``category, language,
written, spoken``), ``controls.txt`` sentences the normaliser must return
unchanged.  Prints the pass rate per category and overall, and how many
controls changed; ``--show-failures`` lists each failing pair (and each
changed control) with what the normaliser said instead.  Always exits 0:
this is a score, not a test.

``--blind`` scores the held-out half in ``tests/data/normalize/blind/``
instead (same format).  It is never tuned against: in blind mode
``--show-failures`` is refused, and only the per-category and overall figures
and the number of changed controls are printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "normalize"
PAIRS = DATA / "pairs.tsv"
CONTROLS = DATA / "controls.txt"
BLIND = DATA / "blind"

sys.path.insert(0, str(ROOT))

from narrate.script import normalize  # noqa: E402  (after the path, so the checkout's narrate is scored)


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for n, row in enumerate(rows, start=2):
        if None in row or any(row.get(k) is None for k in ("category", "language", "written", "spoken")):
            raise SystemExit(f"{path}:{n}: expected 4 tab-separated fields")
    return rows


def load_controls(path: Path = CONTROLS) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-failures", action="store_true", help="list every failing pair and changed control")
    parser.add_argument("--category", help="only this category")
    parser.add_argument("--language", choices=("nl-BE", "nl-NL"), help="only pairs of this language")
    parser.add_argument("--blind", action="store_true", help="score the blind set in blind/ (figures only)")
    args = parser.parse_args(argv)
    if args.blind and args.show_failures:
        parser.error("--show-failures is refused with --blind: the blind set is never tuned against")

    pairs = load_pairs(BLIND / "pairs.tsv" if args.blind else PAIRS)
    if args.category:
        pairs = [p for p in pairs if p["category"] == args.category]
    if args.language:
        pairs = [p for p in pairs if p["language"] == args.language]

    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    failures = []
    for p in pairs:
        got = normalize(p["written"], p["language"])
        total[p["category"]] += 1
        if got == p["spoken"]:
            passed[p["category"]] += 1
        else:
            failures.append((p, got))

    controls = load_controls(BLIND / "controls.txt" if args.blind else CONTROLS)
    changed = [(c, out) for c in controls if (out := normalize(c)) != c]

    if args.show_failures:
        for p, got in failures:
            print(f"[{p['category']} {p['language']}] {p['written']!r}")
            print(f"    want {p['spoken']!r}")
            print(f"    got  {got!r}")
        for c, out in changed:
            print(f"[control] {c!r}")
            print(f"    got  {out!r}")
        if failures or changed:
            print()

    width = max((len(c) for c in total), default=8)
    print(f"{'category':<{width}}  pass/total   rate")
    for cat in sorted(total, key=lambda c: (passed[c] / total[c], c)):
        print(f"{cat:<{width}}  {passed[cat]:>4}/{total[cat]:<5}  {100 * passed[cat] / total[cat]:5.1f}%")
    n_pass, n_all = sum(passed.values()), sum(total.values())
    rate = 100 * n_pass / n_all if n_all else 0.0
    print(f"{'overall':<{width}}  {n_pass:>4}/{n_all:<5}  {rate:5.1f}%")
    print(f"controls changed: {len(changed)}/{len(controls)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
