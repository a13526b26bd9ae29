"""`just bench`: latency and throughput of Worth on its own embedded stack.

Three parts, one fresh stack (`.worth/bench/stack-<timestamp>`, default settings):

1. upload → analysis.completed per resume (TXT/DOCX/PDF, English and Russian), detected on the
   topic rather than by polling, split by the events' timestamps and their records' relay times,
   and compared with the in-process cost of parsing and analysis: the rest is time between
   services. A burst of uploads then gives each polling user a resume of its own.
2. `GET /api/v1/analysis/{id}`: 1000 users each polling every 10 s, default rate limit (6/min).
3. saturation of the same endpoint: closed loop, 64 connections, 1000 subjects, against a second
   gateway process whose polling limit is out of the way.

The table goes to stdout, everything measured (with per-component CPU) to
`.worth/bench/<timestamp>.json` and `.worth/bench/latest.json`.
"""
