# AB runs pooled: reads by the state (A off, B on) they started in, idle and during: abpool.py OUT_DIR...
import csv, sys, bisect, math
def pct(v, q):
    v = sorted(v); return v[max(0, min(len(v)-1, math.ceil(q/100*len(v))-1))] if v else float('nan')
groups = {}
per_run = []
for out in sys.argv[1:]:
    flips = [(int(r['ms']), r['on']) for r in csv.DictReader(open(f"{out}/ab.csv"))]
    fms = [f[0] for f in flips]
    g = {}
    for r in csv.DictReader(open(f"{out}/reads.csv")):
        s = int(r['start_ms']); i = bisect.bisect_right(fms, s) - 1
        if i < 0 or s - fms[i] < 300: continue
        key = (r['window'], r['endpoint'], 'B' if flips[i][1] == '1' else 'A')
        groups.setdefault(key, []).append(float(r['latency_ms'])); g.setdefault(key, []).append(float(r['latency_ms']))
    per_run.append((out, g))
for w in ("idle", "during"):
    for ep in ("list", "byid"):
        line = f"pooled {w:6} {ep:4}"
        for s in ("A", "B"):
            v = groups.get((w, ep, s), [])
            line += f" | {s} n={len(v):4} mean {sum(v)/max(len(v),1):5.1f} p50 {pct(v,50):5.1f} p95 {pct(v,95):5.1f} p99 {pct(v,99):5.1f}"
        print(line)
for out, g in per_run:
    s = out.split('/')[-1]
    for ep in ("list", "byid"):
        a = g.get(("during", ep, "A"), []); b = g.get(("during", ep, "B"), [])
        s += f" | during {ep}: p95 A {pct(a,95):.1f} B {pct(b,95):.1f}, mean A {sum(a)/len(a):.1f} B {sum(b)/len(b):.1f}"
    print(s)
