from worth.analysis.projection import metadata
from worth.common.migrations import run_env

run_env(metadata)
