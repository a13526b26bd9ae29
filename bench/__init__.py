"""`just bench`: latency and throughput of Worth on its own embedded stack.

Three parts, one fresh stack (`.worth/bench/stack-<timestamp>`):

1. upload → analysis.completed latency per resume, split by event timestamps and compared with
   the in-process cost of parsing and analysis (what is left is time between services);
2. `GET /api/v1/analysis/{id}` under 1000 users each polling every 10 s, default rate limit;
3. saturation of the same endpoint: closed loop, many connections and subjects.

The table goes to stdout, everything measured to `.worth/bench/<timestamp>.json` and `latest.json`.
"""
