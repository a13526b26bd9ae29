from worth.common.migrations import run_env
from worth.notifier.projection import metadata

run_env(metadata)
