#!/bin/sh
# Creates the topics declared in topics.yaml on Redpanda (docker-compose runs it with rpk pointed
# at the broker, e.g. RPK_BROKERS=redpanda:9092). Topics that already exist are left alone.
#
#   create-topics.sh           create the topics
#   create-topics.sh --print   only print the rpk commands
#
# No Python or YAML parser in the Redpanda image, so awk reads topics.yaml's flat layout; a test
# checks the commands agree with `python -m worth.devstack.topics rpk-commands`.
set -eu

topics_file=${TOPICS_FILE:-$(dirname "$0")/topics.yaml}

commands=$(awk '
  function flush() {
    if (name != "") print "rpk topic create " name " -p " partitions " -r " replicas configs
    name = ""; configs = ""
  }
  { sub(/^[ \t]*#.*$/, ""); sub(/[ \t]+#.*$/, ""); gsub(/["\047]/, "") }
  /^[ \t]*- name:/               { flush(); name = $3; next }
  /^[ \t]+partitions:/           { partitions = $2; next }
  /^[ \t]+replication_factor:/   { replicas = $2; next }
  /^[ \t]+config:/               { next }
  /^[ \t]+[A-Za-z0-9._-]+: /     { key = $1; sub(/:$/, "", key); configs = configs " -c " key "=" $2 }
  END { flush() }
' "$topics_file")

if [ "${1:-}" = "--print" ]; then
  printf '%s\n' "$commands"
  exit 0
fi

printf '%s\n' "$commands" | while read -r command; do
  # Values hold no spaces, so plain word splitting rebuilds the arguments.
  if output=$($command 2>&1); then
    printf '%s\n' "$output"
  elif printf '%s' "$output" | grep -q TOPIC_ALREADY_EXISTS; then
    printf 'exists: %s\n' "$(printf '%s' "$command" | cut -d' ' -f4)"
  else
    printf '%s\n' "$output" >&2
    exit 1
  fi
done
