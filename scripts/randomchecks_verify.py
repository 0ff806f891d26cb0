#!/usr/bin/env python3
"""Recompute a Shian random-check draw (双随机) from its published verification data.

Usage:
    python3 scripts/randomchecks_verify.py verification.json
    python3 scripts/randomchecks_verify.py https://shian.example/api/v1/randomchecks/tasks/<id>/verification

Standard library only. For every round whose seed is revealed it checks that SHA-256(seed) equals the published
commitment, that the pool lists hash to the published pool hash, and that the draw recomputed with the
algorithm "shian-randomchecks-v1" (src/Shian/Modules/RandomChecks/README.md) equals the published targets and
inspectors. Prints the task's pool filter (area, category, risk grades) and one line per round; exits 0 when everything matches, 1 otherwise.
"""
import hashlib
import hmac
import json
import sys
import urllib.request


def canonical(r):
    lines = ["shian-randomchecks-pool-v1",
             f"targets_to_draw:{r['targetsToDraw']}",
             f"inspectors_per_target:{r['inspectorsPerTarget']}"]
    for name, key in (("targets", "targets"), ("inspectors", "inspectors"), ("recusals", "recusals")):
        items = sorted(set(r[key]), key=lambda s: s.encode("utf-8"))
        lines.append(f"{name}:{len(items)}")
        lines.extend(items)
    return "".join(line + "\n" for line in lines)


def uniform(seed, label, n):
    zone = (2 ** 64 // n) * n
    attempt = 0
    while True:
        block = hmac.new(seed, f"{label}#{attempt}".encode("utf-8"), hashlib.sha256).digest()
        u = int.from_bytes(block[:8], "big")
        if u < zone:
            return u % n
        attempt += 1


def draw(seed, r):
    utf8 = lambda s: s.encode("utf-8")
    targets = sorted(set(r["targets"]), key=utf8)
    inspectors = sorted(set(r["inspectors"]), key=utf8)
    recused = set(r["recusals"])
    k, m = r["targetsToDraw"], r["inspectorsPerTarget"]
    for i in range(k):
        j = i + uniform(seed, f"target:{i}", len(targets) - i)
        targets[i], targets[j] = targets[j], targets[i]
    drawn = []
    for i in range(k):
        code = targets[i]
        eligible = [x for x in inspectors if f"{code} {x}" not in recused]
        if len(eligible) < m:
            return drawn, {"position": i, "creditCode": code, "eligible": len(eligible)}
        for q in range(m):
            j = q + uniform(seed, f"inspector:{i}:{q}", len(eligible) - q)
            eligible[q], eligible[j] = eligible[j], eligible[q]
        drawn.append({"position": i, "creditCode": code, "inspectors": eligible[:m]})
    return drawn, None


def main(source):
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source) as response:
            data = json.load(response)
    else:
        with open(source, encoding="utf-8") as f:
            data = json.load(f)
    if data.get("algorithm") != "shian-randomchecks-v1":
        print(f"unknown algorithm {data.get('algorithm')!r}")
        return 1
    f = data.get("filter")
    if f:
        # Shown, not checked: the lists below are what was frozen; the filter says how they were chosen.
        print(f"pool filter: area {f.get('jurisdictionCode')}, category {f.get('category') or 'all'}, "
              f"risk grades {','.join(f.get('grades') or []) or 'all (also ungraded)'}")
    ok = True
    for r in data["rounds"]:
        pool_ok = hashlib.sha256(canonical(r).encode("utf-8")).hexdigest() == r["poolHash"]
        if r.get("seed") is None:
            print(f"round {r['number']}: seed not revealed yet; pool hash {'OK' if pool_ok else 'MISMATCH'}")
            ok &= pool_ok
            continue
        seed = bytes.fromhex(r["seed"])
        seed_ok = hashlib.sha256(seed).hexdigest() == r["commitment"]
        drawn, failure = draw(seed, r)
        if r["drawn"]:
            draw_ok = failure is None and [(d["creditCode"], d["inspectors"]) for d in drawn] == \
                [(d["creditCode"], d["inspectors"]) for d in r["drawn"]]
        elif r.get("failure"):
            draw_ok = failure is not None and failure["position"] == r["failure"]["position"]
        else:
            draw_ok = True  # superseded before drawing: nothing was published to compare
        round_ok = seed_ok and pool_ok and draw_ok
        ok &= round_ok
        print(f"round {r['number']}: {'MATCH' if round_ok else 'MISMATCH'} "
              f"(seed/commitment {'OK' if seed_ok else 'BAD'}, pool hash {'OK' if pool_ok else 'BAD'}, "
              f"draw {'OK' if draw_ok else 'BAD'}, {len(drawn)} targets)")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
