"""Worth event contracts: topic names, typed events and the one Kafka codec.

- `topics`: topic names and `dlq(topic)`.
- `events`: frozen pydantic models mirroring `schemas/avro/<event>/v<N>.avsc`.
- `codec`: `encode`/`decode` between models and Kafka records (Avro + CloudEvents headers).
- `schemas`, `compat`, `asyncapi`: schema access, evolution checks, the AsyncAPI document.
"""
