# Mean read latency idle and during, split into the order service's request threads' CPU time,
# their run-queue wait (schedstat) and the rest (pauses, locks, I/O, the client): decomp.py OUT_DIR
import csv, sys, collections
d = sys.argv[1]
t0, t1 = map(int, open(f"{d}/window.txt").read().split())
reads = list(csv.DictReader(open(f"{d}/reads.csv")))
order_pid = None
rows = list(csv.DictReader(open(f"{d}/samples.csv")))
pids = sorted(set(r['pid'] for r in rows), key=int)
order_pid = pids[2]
idle_lo = min(int(r['start_ms']) for r in reads)
def http(lo, hi):
    first = {}; last = {}
    for r in rows:
        if r['pid'] != order_pid or not r['comm'].startswith('http-nio'): continue
        t = int(r['ms'])
        if lo <= t <= hi:
            first.setdefault(r['tid'], r); last[r['tid']] = r
    run = sum(int(last[k]['run_ns']) - int(first[k]['run_ns']) for k in first)
    wait = sum(int(last[k]['wait_ns']) - int(first[k]['wait_ns']) for k in first)
    return run / 1e6, wait / 1e6
for w, lo, hi in (("idle", idle_lo, t0), ("during", t0, t1)):
    lat = [float(r['latency_ms']) for r in reads if r['window'] == w and lo <= int(r['start_ms']) <= hi]
    run, wait = http(lo, hi)
    n = len(lat) + (int((hi - lo) / 250) if w == "during" else 0)  # job polls every 250 ms
    print(f"{d.rstrip('/').split('/')[-1]:9} {w:6}: reads {len(lat)}, mean latency {sum(lat)/len(lat):5.1f} ms; per request on server threads: run {run/n:4.1f} ms, run-queue wait {wait/n:4.1f} ms; rest {sum(lat)/len(lat) - (run+wait)/n:5.1f}")
