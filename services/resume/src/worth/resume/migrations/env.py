from worth.common.migrations import run_env
from worth.resume.projection import metadata

run_env(metadata)
