#!/usr/bin/env bash
# Builds the libFuzzer targets (Tests/Fuzz/*/Fuzz*.swift) into .build/fuzz/ and runs each for a bounded
# time, starting from a copy of its seed corpus (Tests/Fuzz/*/seeds/, left untouched).
# Fails if any target crashes, hangs, leaks or runs out of memory, and says where the input is.
#
#   Tests/Fuzz/run.sh                  every target, 10 seconds each
#   Tests/Fuzz/run.sh 600              every target, 10 minutes each
#   Tests/Fuzz/run.sh 60 json plan     the named targets only
#   .build/fuzz/json CRASH-FILE        once built: replay one input (a crash) under the same checks
#
# Needs only the Swift toolchain for Linux, which ships libFuzzer (`swiftc -sanitize=fuzzer`).
# FUZZ_OPTIMIZE=-O builds optimised code (slower to build, more runs a second); the default, -Onone,
# builds in seconds and keeps assertions, as `swift test` does.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

seconds=${1:-10}
shift || true
if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    targets=()
    for dir in Tests/Fuzz/*/; do
        dir=${dir%/}
        [[ -d $dir/seeds ]] && targets+=("${dir##*/}")
    done
fi

if [[ $(uname -s) != Linux ]]; then
    echo "fuzz: libFuzzer comes with the Swift toolchain for Linux only; run this on Linux" >&2
    exit 1
fi

out=$root/.build/fuzz
mkdir -p "$out/include" "$out/artifacts" "$out/logs"
# As the package builds (Swift 6 mode); lld, because gold warns about every sanitizer helper it links.
# One package, as SwiftPM names it, so that `package` declarations are visible across the modules.
swift_flags=(-sanitize=fuzzer,address -use-ld=lld -swift-version 6 -package-name careers -parse-as-library -g "${FUZZ_OPTIMIZE:--Onone}" -I "$out" -I "$out/include")
# The toolchain's own clang, which matches its sanitizer runtime.
clang=$(dirname "$(command -v swiftc)")/clang
[[ -x $clang ]] || clang=clang

# --- Build -------------------------------------------------------------------------------------------
started=$SECONDS
# The compilers' output goes to a log, shown only if the build fails (warnings are for `swift build`).
build_log=$out/logs/build.log
: >"$build_log"
trap 'status=$?; if [[ $status -ne 0 && -s $build_log ]]; then tail -n 60 "$build_log" >&2; fi' EXIT
# The C target, as SwiftPM would see it: a module map over its public header. It is data only, so it
# needs no coverage, just AddressSanitizer's bounds around it.
cat >"$out/include/module.modulemap" <<EOF
module BundledGuide {
    header "$root/Sources/BundledGuide/include/BundledGuide.h"
    export *
}
EOF
"$clang" -c -O1 -fsanitize=address -I Sources/BundledGuide/include Sources/BundledGuide/BundledGuide.c \
    -o "$out/BundledGuide.o" >>"$build_log" 2>&1

# The two modules, once, as static libraries built for testing, so that the targets can reach their
# internal parts (`@testable import`); the executable's main.swift stays out.
build_module() {
    local name=$1
    shift
    # In $out: the compiler leaves an object file in the working directory.
    (cd "$out" && swiftc "${swift_flags[@]}" -module-name "$name" -enable-testing -wmo \
        -emit-module -emit-module-path "$out/$name.swiftmodule" -emit-library -static -o "$out/lib$name.a" "$@") >>"$build_log" 2>&1
}
mapfile -t core_sources < <(find "$root/Sources/CareerCore" -name '*.swift' | sort)
mapfile -t cli_sources < <(find "$root/Sources/careers" -name '*.swift' ! -path "$root/Sources/careers/main.swift" | sort)
build_module CareerCore "${core_sources[@]}"
build_module careers "${cli_sources[@]}"
build_module TestSupport "$root"/Tests/Support/*.swift

for target in "${targets[@]}"; do
    sources=("$root"/Tests/Fuzz/"$target"/*.swift)
    [[ -e ${sources[0]} ]] || { echo "fuzz: no target '$target' in Tests/Fuzz" >&2; exit 1; }
    sources+=("$root"/Tests/Fuzz/Support/*.swift)
    (cd "$out" && swiftc "${swift_flags[@]}" "${sources[@]}" "$out/libTestSupport.a" "$out/libcareers.a" "$out/libCareerCore.a" \
        "$out/BundledGuide.o" -o "$out/$target") >>"$build_log" 2>&1
done
echo "fuzz: built ${targets[*]} in $((SECONDS - started)) s"
trap - EXIT

# --- Run ---------------------------------------------------------------------------------------------
# Swift's own crash backtracer reads the crashed process's memory in a way AddressSanitizer reports as an
# error of its own, burying the real one; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
    # A copy of the seeds: what the fuzzer adds stays out of the repository.
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/careers-fuzz-$target.XXXXXX")
    cp Tests/Fuzz/"$target"/seeds/* "$corpus"/
    log=$out/logs/$target.log
    # -timeout: one input taking seconds is a hang; -rss_limit_mb: a blow-up in memory is a failure too.
    if "$out/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
        echo "fuzz: $target: no failure in $seconds s ($runs inputs)"
    else
        echo "fuzz: $target: FAILED; from its log ($log):"
        # From the first report of what went wrong (a Swift runtime error, or a sanitizer's or libFuzzer's).
        report=$(grep -n -m 1 -E 'Fatal error|Precondition failed|ERROR: ' "$log" | cut -d: -f1 || true)
        if [[ -n $report ]]; then tail -n "+$report" "$log" | head -n 40; else tail -n 40 "$log"; fi | sed 's/^/    /'
        input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        echo "fuzz: $target: the failing input: ${input:-none written (see the log)}"
        [[ -n $input ]] && echo "fuzz: replay it with: SWIFT_BACKTRACE=enable=no .build/fuzz/$target $input"
        failed+=("$target")
    fi
    rm -rf "$corpus"
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
