#!/usr/bin/env python3
"""Scores the blind panel's raw answers against the key, per rater (never by vote).

Usage: python3 docs/panel/score.py docs/panel/<pass>/
The folder holds key.json (from `cargo run --example bank -- --key`) and the raters'
answers as a-1.txt, a-2.txt ..., b-1.txt ..., c-1.txt ..., d-1.txt ... (any count).
"""
import glob, json, os, re, sys

NAMES = {"i": "independence", "d": "dependence", "c": "codependence", "n": "interdependence"}
WORD = {"ind": "i", "dep": "d", "cod": "c", "int": "n"}
PERSONAS = {"Jordan": "c", "Sam": "i", "Riley": "d", "Morgan": "n"}


def lines(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*(\d+)\s*:\s*(.*)", line)
        if m:
            out[int(m.group(1))] = m.group(2)
    return out


def main(folder):
    key = {row["number"]: row["letters"] for row in json.load(open(os.path.join(folder, "key.json")))["key"]}
    n = len(key)
    ok = True
    print(f"{n} scenarios in the key")

    print("\n(a) classification, correct per dynamic (target >= 85% per rater)")
    for path in sorted(glob.glob(os.path.join(folder, "a-*.txt"))):
        right = {d: 0 for d in NAMES}
        seen = {d: 0 for d in NAMES}
        for num, text in lines(path).items():
            for letter, word in re.findall(r"([ABCD])\s*=\s*(ind|dep|cod|int)", text):
                truth = key[num][letter]
                seen[truth] += 1
                right[truth] += WORD[word] == truth
        row = {d: right[d] / n for d in NAMES}  # unanswered counts as wrong
        ok &= min(row.values()) >= 0.85
        print(f"  {os.path.basename(path)}: " + ", ".join(f"{NAMES[d]} {row[d]:.1%}" for d in NAMES)
              + f"  (answered {sum(seen.values())} of {4 * n})")

    print("\n(b) 'what most people would actually do' (target: interdependent in at most half)")
    for path in sorted(glob.glob(os.path.join(folder, "b-*.txt"))):
        picks = {d: 0 for d in NAMES}
        for num, text in lines(path).items():
            m = re.search(r"[ABCD]", text)
            if m:
                picks[key[num][m.group(0)]] += 1
        ok &= picks["n"] <= n / 2
        print(f"  {os.path.basename(path)}: " + ", ".join(f"{NAMES[d]} {picks[d]}" for d in NAMES)
              + f"  -> interdependent {picks['n'] / n:.1%}")

    print("\n(c) 'how reasonable does this sound', 1-5 (target: every mean within 0.75 of every other)")
    pooled = {d: [] for d in NAMES}
    for path in sorted(glob.glob(os.path.join(folder, "c-*.txt"))):
        ratings = {d: [] for d in NAMES}
        for num, text in lines(path).items():
            for letter, r in re.findall(r"([ABCD])\s*=\s*([1-5])", text):
                ratings[key[num][letter]].append(int(r))
        means = {d: sum(v) / max(1, len(v)) for d, v in ratings.items()}
        gap = max(means.values()) - min(means.values())
        ok &= gap <= 0.75
        for d in NAMES:
            pooled[d] += ratings[d]
        print(f"  {os.path.basename(path)}: " + ", ".join(f"{NAMES[d]} {means[d]:.2f}" for d in NAMES)
              + f"  (largest gap {gap:.2f})")
    if any(pooled.values()):
        means = {d: sum(v) / max(1, len(v)) for d, v in pooled.items()}
        print("  pooled: " + ", ".join(f"{NAMES[d]} {means[d]:.2f}" for d in NAMES)
              + f"  (largest gap {max(means.values()) - min(means.values()):.2f})")

    print("\n(d) personas in character (target: each persona's most chosen dynamic is its own)")
    for path in sorted(glob.glob(os.path.join(folder, "d-*.txt"))):
        counts = {p: {d: 0 for d in NAMES} for p in PERSONAS}
        for num, text in lines(path).items():
            for person, letter in re.findall(r"(Jordan|Sam|Riley|Morgan)\s*=\s*([ABCD])", text):
                counts[person][key[num][letter]] += 1
        parts = []
        for person, own in PERSONAS.items():
            c = counts[person]
            top = max(c, key=c.get)
            ok &= top == own and list(c.values()).count(c[top]) == 1
            parts.append(f"{person} ({NAMES[own]}): own {c[own]}/{n}, most chosen {NAMES[top]}")
        print(f"  {os.path.basename(path)}: " + "; ".join(parts))

    print("\nevery target met" if ok else "\nsome target missed")


main(sys.argv[1] if len(sys.argv) > 1 else ".")
