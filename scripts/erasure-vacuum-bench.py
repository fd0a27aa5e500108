# Cost of the erasure step on SQLite: VACUUM + wal_checkpoint(TRUNCATE) on a database of grain-state-like rows,
# and what a writer saving a draft (one upsert, synchronous=FULL) meanwhile waits.
# Usage: python3 scripts/erasure-vacuum-bench.py SIZE_MB  (docs/benchmarks.md, "Erasure"; writes and removes /tmp/erasure-bench-SIZE.db)
import sqlite3, os, random, sys, time, threading, statistics
size_mb = int(sys.argv[1])
p = f'/tmp/erasure-bench-{size_mb}.db'
for f in [p, p+'-wal', p+'-shm']:
    if os.path.exists(f): os.remove(f)
c = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
c.execute('pragma journal_mode=wal'); c.execute('pragma synchronous=full'); c.execute('pragma secure_delete=on')
c.execute('create table g(k integer, n0 int, payload blob, primary key(k, n0))')
written = 0; i = 0
c.execute('begin')
while written < size_mb * 1024 * 1024:
    b = os.urandom(random.randint(1500, 9000)); written += len(b)
    c.execute('insert into g values(?,?,?)', (i, i * 7, b)); i += 1
c.execute('commit')
# a deletion: a tenth of the rows rewritten smaller, as a leave does
for k in range(0, i, 10):
    c.execute('update g set payload=? where k=?', (os.urandom(300), k))
c.execute('pragma wal_checkpoint(truncate)')
w = sqlite3.connect(p, isolation_level=None, check_same_thread=False, timeout=30)
w.execute('pragma synchronous=full'); w.execute('pragma secure_delete=on')
def saves(seconds):
    lat = []; end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        t = time.perf_counter(); w.execute('insert or replace into g values(?,?,?)', (-1, 0, os.urandom(2000))); lat.append((time.perf_counter() - t) * 1000)
        time.sleep(0.01)
    return lat
quiet = saves(2)
during = []
th = threading.Thread(target=lambda: during.extend(saves(vac_seconds_box[0])))
vac_seconds_box = [0]
t = time.perf_counter(); c.execute('vacuum'); c.execute('pragma wal_checkpoint(truncate)'); vac = time.perf_counter() - t
vac_seconds_box[0] = vac + 0.5
th.start(); t = time.perf_counter(); c.execute('vacuum'); c.execute('pragma wal_checkpoint(truncate)'); vac2 = time.perf_counter() - t; th.join()
q = sorted(quiet); d = sorted(during)
print(f'{size_mb} MB rows={i}: VACUUM+truncate {vac*1000:.0f} ms (again, with a writer: {vac2*1000:.0f} ms); draft save quiet p50 {statistics.median(q):.1f} ms max {q[-1]:.1f} ms; during erasure p50 {statistics.median(d):.1f} ms max {d[-1]:.1f} ms (n={len(d)})')
for f in [p, p+'-wal', p+'-shm']:
    if os.path.exists(f): os.remove(f)
