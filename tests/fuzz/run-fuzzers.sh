#!/usr/bin/env bash
# Runs every libFuzzer harness of the `fuzz` preset for a fixed number of
# inputs over a copy of its committed seed corpus (the corpus in git is never
# changed), with a fixed seed. Prints "fuzz NAME: passed|FAILED ..." per
# harness; exits 1 when any failed. Crashing inputs are kept as
# build/fuzz/artifacts/NAME-crash-*. tests/fuzz/NAME.flags, when present,
# holds extra libFuzzer flags for that harness.
#   tests/fuzz/run-fuzzers.sh [RUNS] [extra libFuzzer flags...]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-20000}"
shift || true
build="$root/build/fuzz/tests/fuzz"
artifacts="${CENTERDESK_FUZZ_ARTIFACTS:-$root/build/fuzz/artifacts}"
mkdir -p "$artifacts"
status=0
while read -r fuzzer; do
    [ -n "$fuzzer" ] || continue
    work=$(mktemp -d)
    cp -r "$root/tests/fuzz/corpus/$fuzzer/." "$work/"
    log="$artifacts/$fuzzer.log"
    # Per-harness libFuzzer flags (e.g. a larger -max_len), one file per harness.
    flags=()
    if [ -f "$root/tests/fuzz/$fuzzer.flags" ]; then
        read -r -a flags < "$root/tests/fuzz/$fuzzer.flags"
    fi
    start=$(date +%s)
    if ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
       LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0" \
       UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
       "$build/$fuzzer" -runs="$runs" -seed=1 -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
           -artifact_prefix="$artifacts/$fuzzer-" "${flags[@]}" "$@" "$work" >"$log" 2>&1; then
        echo "fuzz $fuzzer: passed ($(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1), $(( $(date +%s) - start )) s)"
    else
        echo "fuzz $fuzzer: FAILED (see $log)"
        tail -n 30 "$log"
        status=1
    fi
    rm -rf "$work"
done < "$build/fuzzers.txt"
exit "$status"
