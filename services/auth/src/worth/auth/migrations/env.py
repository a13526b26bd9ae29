from worth.auth.projection import metadata
from worth.common.migrations import run_env

run_env(metadata)
