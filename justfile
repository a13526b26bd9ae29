# Worth's tasks. `./dev <task>` bootstraps uv and just first; with both installed, `just <task>`.

set positional-arguments

export UV_PYTHON_DOWNLOADS := "never"
# The workspace's environment lives with the rest of the local state.
export UV_PROJECT_ENVIRONMENT := justfile_directory() / ".worth" / "venv"

# List the tasks
default:
    @just --list

# Install the workspace (all services, libraries, dev tools) into .venv from the lock file
sync:
    uv sync --all-packages --locked --quiet

# Start everything on the embedded stack: gateway at http://127.0.0.1:8000; Ctrl-C stops it
up: sync
    uv run --no-sync python -m worth.devstack up --root .worth

# The whole test suite (lint and architecture checks first)
test *args: sync lint
    uv run --no-sync pytest -n 2 -p no:cacheprovider --basetemp=.worth/pytest "$@"

# Lint, format check, types and the import contract (no service imports another)
lint:
    uv run --no-sync ruff check .
    uv run --no-sync ruff format --check .
    uv run --no-sync lint-imports
    uv run --no-sync mypy libs contracts services cli

# Format the code
fmt:
    uv run --no-sync ruff format .
    uv run --no-sync ruff check --fix .

# Latency and throughput on the embedded stack; table + JSON under .worth/bench/
bench *args: sync
    uv run --no-sync python -m bench "$@"

# Evaluate the offline analyzer on the labelled development set; table + JSON under .worth/eval/
eval: sync
    uv run --no-sync python services/analysis/eval/run.py

# Analyze a resume against the running stack (`just up` in another terminal)
analyze file *args: sync
    uv run --no-sync worth analyze "$@"

# Regenerate the AsyncAPI document from the Avro schemas
asyncapi: sync
    uv run --no-sync python -m worth.contracts.asyncapi > contracts/asyncapi.yaml

# Topics as rpk commands (for Redpanda), from infra/redpanda/topics.yaml
topics: sync
    uv run --no-sync python -m worth.devstack.topics rpk-commands

# Remove local state (databases, stored files, mail, logs, keys); the toolchain and venv stay
clean:
    cd .worth && rm -rf kafka postgres redis mail storage logs keys bench
