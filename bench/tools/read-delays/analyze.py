# One run's story: stop-the-world pauses (GC log safepoints) idle and during, how many of the
# slow reads overlap one, CPU and run-queue wait per thread group and process: analyze.py OUT_DIR
import csv, sys, re, collections, datetime, bisect
out = sys.argv[1]
t0, t1 = map(int, open(f"{out}/window.txt").read().split())
reads = list(csv.DictReader(open(f"{out}/reads.csv")))
def ms(s): return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()*1000
# safepoints (all stop-the-world pauses) in wall ms: [start,end]
pauses = []
for line in open(f"{out}/gc.log"):
    m = re.match(r"\[([^\]]+)\].*Safepoint \"(\w+)\".*Total: (\d+) ns", line)
    if m:
        end = ms(m.group(1)); dur = int(m.group(3))/1e6
        pauses.append((end-dur, end, m.group(2)))
def inwin(a, b, lo, hi): return a < hi and b > lo
dur_p = [p for p in pauses if inwin(p[0], p[1], t0, t1)]
idle_lo = min(int(r['start_ms']) for r in reads if r['window']=='idle')
idle_p = [p for p in pauses if inwin(p[0], p[1], idle_lo, t0)]
def pstat(ps, secs):
    d = sorted(p[1]-p[0] for p in ps)
    if not d: return "none"
    kinds = collections.Counter(p[2] for p in ps)
    return f"{len(d)} pauses, total {sum(d):.0f} ms ({sum(d)/secs/10:.2f}% of wall), max {d[-1]:.1f} ms, p50 {d[len(d)//2]:.1f} ms; {dict(kinds.most_common(4))}"
print("STW during:", pstat(dur_p, (t1-t0)/1000))
print("STW idle  :", pstat(idle_p, (t0-idle_lo)/1000))
# reads
def pct(v, q):
    v = sorted(v); import math
    return v[max(0, min(len(v)-1, math.ceil(q/100*len(v))-1))]
idle_lat = [float(r['latency_ms']) for r in reads if r['window']=='idle']
thr = pct(idle_lat, 95)
during = [r for r in reads if r['window']=='during']
slow = [r for r in during if float(r['latency_ms']) > thr]
def overlaps(r):
    a = int(r['start_ms']); b = a + float(r['latency_ms'])
    return [p for p in pauses if inwin(p[0], p[1], a, b)]
ov = [r for r in slow if overlaps(r)]
stw_in_slow = sum(sum(min(p[1], int(r['start_ms'])+float(r['latency_ms'])) - max(p[0], int(r['start_ms'])) for p in overlaps(r)) for r in slow)
lat_slow = sum(float(r['latency_ms']) for r in slow)
print(f"during reads {len(during)}, slower than idle p95 ({thr:.1f} ms): {len(slow)}; of these {len(ov)} overlap a STW pause; STW time inside slow reads {stw_in_slow:.0f} ms of {lat_slow:.0f} ms latency ({100*stw_in_slow/max(lat_slow,1):.0f}%)")
allov = sum(1 for r in during if overlaps(r))
print(f"  all during reads overlapping a pause: {allov}")
# CPU per thread group
rows = list(csv.DictReader(open(f"{out}/samples.csv")))
def group(comm):
    c = re.sub(r"[#\-_ ]?\d+$", "", comm)
    c = re.sub(r"\d+", "N", c)
    return c
per = collections.defaultdict(dict)  # (pid,tid) -> list of (ms,ticks)
times = sorted(set(int(r['ms']) for r in rows))
info = {}
for r in rows:
    k = (r['pid'], r['tid']); t = int(r['ms'])
    per[k][t] = int(r['ticks']); info[k] = (r['comm'], r['nice'])
psi = {}; run = {}
for r in rows:
    psi[int(r['ms'])] = int(r['psi_some_us']); run[int(r['ms'])] = int(r['procs_running'])
pidname = {}
for line in open(f"{out}/summary.txt"): pass
def cpu_between(lo, hi):
    agg = collections.Counter()
    for k, series in per.items():
        ts = sorted(series)
        a = [t for t in ts if t >= lo]; b = [t for t in ts if t <= hi]
        if not a or not b: 
            continue
        d = series[b[-1]] - series[a[0]]
        if d > 0: agg[(k[0], group(info[k][0]), info[k][1])] += d
    return agg
for label, lo, hi in (("idle", idle_lo, t0), ("during", t0, t1)):
    secs = (hi-lo)/1000
    agg = cpu_between(lo, hi)
    tot = collections.Counter()
    for (pid,g,n),v in agg.items(): tot[pid]+=v
    ts = [t for t in times if lo <= t <= hi]
    psid = (psi[ts[-1]]-psi[ts[0]])/1e6/secs*100
    print(f"CPU {label} ({secs:.0f} s): per pid % of one core: " + ", ".join(f"{p}: {100*v/100/secs:.0f}%" for p,v in tot.items()) + f"; PSI cpu some {psid:.0f}%; mean procs_running {sum(run[t] for t in ts)/len(ts):.2f}")
    for (pid,g,n),v in agg.most_common(14):
        print(f"   {pid} {g:<22} nice {n:>3}: {100*v/100/secs:5.1f}%")
# schedstat: per group run/wait ns during vs idle, per read
def sched_between(lo, hi):
    agg = collections.defaultdict(lambda: [0,0])
    for r in rows:
        pass
    return agg
first = {}; last = {}
for r in rows:
    t = int(r['ms']); k = (r['pid'], r['tid'])
    for label, lo, hi in (("idle", idle_lo, t0), ("during", t0, t1)):
        if lo <= t <= hi:
            first.setdefault((label,k), r); last[(label,k)] = r
for label, lo, hi in (("idle", idle_lo, t0), ("during", t0, t1)):
    n = sum(1 for r in reads if r['window']==label and lo <= int(r['start_ms']) <= hi)
    agg = collections.defaultdict(lambda: [0,0])
    for (lab,k), a in first.items():
        if lab != label: continue
        b = last[(lab,k)]
        g = (k[0], group(a['comm']), a['nice'])
        agg[g][0] += int(b['run_ns'])-int(a['run_ns']); agg[g][1] += int(b['wait_ns'])-int(a['wait_ns'])
    print(f"schedstat {label}: {n} reads")
    for g,(run_,wait_) in sorted(agg.items(), key=lambda x: -x[1][0]-x[1][1])[:12]:
        print(f"   {g[0]} {g[1]:<22} nice {g[2]:>3}: run {run_/1e6:8.0f} ms, runqueue wait {wait_/1e6:8.0f} ms, wait/run {wait_/max(run_,1):.2f}" + (f"; per read: run {run_/1e6/n:.2f} ms wait {wait_/1e6/n:.2f} ms" if g[1].startswith('http-nio') else ""))
# idle before vs after
for w in ("list","byid"):
    bef = [float(r['latency_ms']) for r in reads if r['window']=='idle' and r['endpoint']==w and int(r['start_ms'])<t0]
    aft = [float(r['latency_ms']) for r in reads if r['window']=='idle' and r['endpoint']==w and int(r['start_ms'])>t1]
    print(f"{w}: idle before p50 {pct(bef,50):.1f} p95 {pct(bef,95):.1f}; idle after p50 {pct(aft,50):.1f} p95 {pct(aft,95):.1f}")
