# Flips a treatment on and off every AB_PERIOD (6) s on the services' threads and logs each flip
# (ab.csv): AB=idle puts the background workers under SCHED_IDLE, AB=jit the JIT compiler threads
# at nice 10. Reads are then compared by the state they started in (abpool.py).
import os, re, sys, time
pids = sys.argv[1].split(","); out = sys.argv[2]; mode = os.environ["AB"]
PERIOD = float(os.environ.get("AB_PERIOD", "6"))
JIT = re.compile(r"^C[12] CompilerThre"); WORK = re.compile(r"^(import-worker|import-lane|payment-batch|notification-bu|notification-di)")
def threads():
    for pid in pids:
        try: tids = os.listdir(f"/proc/{pid}/task")
        except OSError: continue
        for tid in tids:
            try: yield int(tid), open(f"/proc/{pid}/task/{tid}/comm").read().strip()
            except OSError: pass
def apply(on):
    for tid, comm in threads():
        try:
            if mode in ("jit", "both") and JIT.match(comm):
                want = 10 if on else 0
                if os.getpriority(os.PRIO_PROCESS, tid) != want: os.setpriority(os.PRIO_PROCESS, tid, want)
            if mode in ("idle", "both") and WORK.match(comm):
                want = os.SCHED_IDLE if on else os.SCHED_OTHER
                if os.sched_getscheduler(tid) != want: os.sched_setscheduler(tid, want, os.sched_param(0))
        except OSError: pass
log = open(f"{out}/ab.csv", "w"); log.write("ms,on\n")
on = False; flip = time.time()
log.write(f"{int(flip*1000)},{int(on)}\n"); log.flush()
while True:
    now = time.time()
    if now - flip >= PERIOD:
        on = not on; flip = now
        apply(on)
        log.write(f"{int(time.time()*1000)},{int(on)}\n"); log.flush()
    else:
        apply(on)
    time.sleep(0.5)
