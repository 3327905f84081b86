# Per run: import time, CPU pressure idle / during, p50 / p95 / p99 idle -> during and the p95 ratio: summary.py OUT_DIR...
import csv,sys,math
for d in sys.argv[1:]:
    t0,t1=map(int,open(f"{d}/window.txt").read().split())
    r=list(csv.DictReader(open(f"{d}/reads.csv")))
    def pct(v,q):
        v=sorted(v); return v[max(0,min(len(v)-1,math.ceil(q/100*len(v))-1))]
    s=f"{d.split('/')[-1]:9} import {(t1-t0)/1000:.0f}s"
    rows={}
    for x in csv.DictReader(open(f"{d}/samples.csv")): rows[int(x['ms'])]=int(x['psi_some_us'])
    ts=sorted(rows); lo=min(int(x['start_ms']) for x in r)
    def psi(a,b):
        t=[k for k in ts if a<=k<=b]; return (rows[t[-1]]-rows[t[0]])/1e3/(t[-1]-t[0])*100
    s+=f" | PSI {psi(lo,t0):.0f}% / {psi(t0,t1):.0f}%"
    for ep in ("list","byid"):
        i=[float(x['latency_ms']) for x in r if x['window']=='idle' and x['endpoint']==ep]
        u=[float(x['latency_ms']) for x in r if x['window']=='during' and x['endpoint']==ep]
        s+=f" | {ep} {pct(i,50):.1f} / {pct(i,95):.1f} / {pct(i,99):.1f} -> {pct(u,50):.1f} / {pct(u,95):.1f} / {pct(u,99):.1f} x{pct(u,95)/pct(i,95):.2f}"
    print(s)
