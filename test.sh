#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the full suite, then
# core and CLI tests under AddressSanitizer+UBSan, a short libFuzzer run of
# every harness, then the .deb package check.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/installer/setup.sh"

install_packages

passed=0
failed=0
# Adds the counts of a ctest run's "N% tests passed, F tests failed out of T" line.
count_ctest() {
    local line total failures
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -n 1)
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    failures=$(sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/' <<<"$line")
    passed=$((passed + total - failures))
    failed=$((failed + failures))
}

log_dir="$CENTERDESK_ROOT/build/test-logs"
mkdir -p "$log_dir"
status=0

configure_and_build default
echo "==> Running every test"
ctest --preset default -j "$(nproc)" 2>&1 | tee "$log_dir/default.log" || status=1
count_ctest "$log_dir/default.log"

echo "==> Benchmark at 10^4 cases (keeps tests/bench/bench_centerdesk working)"
if cmake --build --preset default --target bench_centerdesk >"$log_dir/bench.log" 2>&1 \
    && QT_QPA_PLATFORM=offscreen timeout 300 "$CENTERDESK_ROOT/build/default/tests/bench_centerdesk" \
        --cases 10000 --runs 3 >>"$log_dir/bench.log" 2>&1; then
    sed -n '/^figure /,$p' "$log_dir/bench.log"
    passed=$((passed + 1))
else
    tail -n 40 "$log_dir/bench.log"
    echo "Benchmark FAILED" >&2
    failed=$((failed + 1))
    status=1
fi

configure_and_build asan
echo "==> Running core and CLI tests under AddressSanitizer + UBSan"
ASAN_OPTIONS="detect_leaks=1:abort_on_error=0" \
LSAN_OPTIONS="suppressions=$CENTERDESK_ROOT/tests/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --preset asan -j "$(nproc)" 2>&1 | tee "$log_dir/asan.log" || status=1
count_ctest "$log_dir/asan.log"

configure_and_build fuzz
echo "==> Fuzzing each parser of outside data (libFuzzer, fixed seed and number of runs)"
"$CENTERDESK_ROOT/tests/fuzz/run-fuzzers.sh" "${CENTERDESK_FUZZ_RUNS:-20000}" 2>&1 \
    | tee "$log_dir/fuzz.log" || status=1
fuzz_passed=$(grep -c '^fuzz .*: passed' "$log_dir/fuzz.log" || true)
fuzz_failed=$(grep -c '^fuzz .*: FAILED' "$log_dir/fuzz.log" || true)
passed=$((passed + fuzz_passed))
failed=$((failed + fuzz_failed))
if [ "$fuzz_passed" -eq 0 ] && [ "$fuzz_failed" -eq 0 ]; then
    echo "Fuzzing FAILED: no harness ran" >&2
    failed=$((failed + 1))
    status=1
fi

configure_and_build release
echo "==> Building and checking the .deb package"
package_dir="$CENTERDESK_ROOT/build/package"
rm -rf "$package_dir"
mkdir -p "$package_dir"
(cd "$CENTERDESK_ROOT/build/release" && cpack -G "DEB;TGZ" -B "$package_dir") >"$log_dir/cpack.log" 2>&1 \
    || { cat "$log_dir/cpack.log"; status=1; }
deb=$(ls "$package_dir"/centerdesk_*.deb 2>/dev/null | head -n 1 || true)
extract_dir=$(mktemp -d)
trap 'rm -rf "$extract_dir"' EXIT
if [ -n "$deb" ] && dpkg-deb -x "$deb" "$extract_dir" \
    && version=$("$extract_dir/usr/bin/centerdesk-cli" --version) \
    && [ -x "$extract_dir/usr/bin/centerdesk" ] \
    && [ -f "$extract_dir/usr/share/applications/org.centerdesk.CenterDesk.desktop" ] \
    && dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite; then
    echo "Package check passed: $(basename "$deb") runs: $version"
    passed=$((passed + 1))
else
    echo "Package check FAILED: the .deb is missing, incomplete, or its centerdesk-cli does not run" >&2
    failed=$((failed + 1))
    status=1
fi

echo
echo "test.sh: $passed passed, $failed failed"
exit "$status"
