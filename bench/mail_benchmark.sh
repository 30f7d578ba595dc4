#!/usr/bin/env bash
# Mail benchmark (issue 5): a generated mbox of 10,000 messages with
# attachments through `dsar ingest` (streamed mbox parsing, one child item
# per message and attachment, extraction in isolated workers, duplicate and
# thread marking), beside `grep -c '^From '` over the same file as the I/O
# floor. Prints a Markdown section for docs/benchmarks.md.
# Run from the repository root after building:  bash bench/mail_benchmark.sh [build-dir] [messages]
set -euo pipefail
BUILD=${1:-build}
N=${2:-10000}
DSAR="$BUILD/pipeline/cli/dsar"
[ -x "$DSAR" ] || { echo "build first: make build" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/export"
python3 bench/make_mbox.py "$WORK/export/staff.mbox" "$N"
cat > "$WORK/request.toml" <<TOML
reference = "BENCH-MAIL"
received = 2026-11-02
[subject]
name = "Nobody Inparticular"
[requester]
relationship = "self"
[sources]
paths = ["export/"]
TOML
MB=$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$WORK/export/staff.mbox")/1e6}")
/usr/bin/time -f "%e %M" -o "$WORK/grep" grep -c '^From ' "$WORK/export/staff.mbox" >"$WORK/count"
read -r grep_t grep_m < "$WORK/grep"
"$DSAR" -q --workspace "$WORK/ws" case new "$WORK/request.toml" >/dev/null
/usr/bin/time -f "%e %M" -o "$WORK/ingest" "$DSAR" -q --workspace "$WORK/ws" ingest BENCH-MAIL >/dev/null 2>"$WORK/err" ||
  { cat "$WORK/err" >&2; exit 1; }
read -r ing_t ing_m < "$WORK/ingest"
DB="$WORK/ws/BENCH-MAIL/case.sqlite"
ITEMS=$(sqlite3 "$DB" "select count(*) from items")
MSGS=$(sqlite3 "$DB" "select count(*) from items where part like 'message %'")
ATTS=$(sqlite3 "$DB" "select count(*) from items where part like 'attachment %'")
EXTRACTED=$(sqlite3 "$DB" "select count(*) from items where status = 'extracted'")
THREADED=$(sqlite3 "$DB" "select count(*) from items where thread <> ''")
# A second ingest of the same export: everything comes from the cache.
/usr/bin/time -f "%e %M" -o "$WORK/again" "$DSAR" -q --workspace "$WORK/ws" ingest BENCH-MAIL >/dev/null 2>&1
read -r again_t again_m < "$WORK/again"
rate() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
echo "## Mailboxes (issue 5)"
echo
echo "Measured $(date -u +%Y-%m-%d) on this project's machine ($(nproc) cores), Release build, by"
echo "\`bench/mail_benchmark.sh\`: one generated mbox (\`bench/make_mbox.py\`) of $(cat "$WORK/count") messages, $MB MB,"
echo "every 4th message with a PDF attachment, every 10th with a text attachment, every 3rd a reply"
echo "quoting its predecessor. \`dsar ingest\` parses the mbox streamed, stores each message and"
echo "attachment in the blob store, extracts every one in an isolated worker ($(nproc) at a time),"
echo "and marks duplicates and threads. Peak RSS is the largest process (\`/usr/bin/time\`)."
echo
echo "| work | time | messages/s | MB/s | peak RSS |"
echo "| --- | --- | --- | --- | --- |"
echo "| \`grep -c '^From '\` (I/O floor) | $grep_t s | $(rate "$MSGS" "$grep_t") | $(rate "$MB" "$grep_t") | $grep_m KB |"
echo "| \`dsar ingest\`: $ITEMS items ($MSGS messages, $ATTS attachments), $EXTRACTED extracted, $THREADED in threads | $ing_t s | $(rate "$MSGS" "$ing_t") | $(rate "$MB" "$ing_t") | $ing_m KB |"
echo "| \`dsar ingest\` again (nothing new to extract) | $again_t s | $(rate "$MSGS" "$again_t") | $(rate "$MB" "$again_t") | $again_m KB |"
