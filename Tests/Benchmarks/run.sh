#!/usr/bin/env bash
# Start-up benchmark: median wall time and peak memory of the headline commands, against two
# baselines built here in the same run (a static Swift "hello world" and /bin/true), then how
# CareerCore's costs grow with the size of the guide. Public tools only: hyperfine and GNU time
# from Debian's packages (installed when missing), and the Swift toolchain.
#
#   Tests/Benchmarks/run.sh           full run (about eight minutes)
#   Tests/Benchmarks/run.sh --quick   a few runs of each, as CI does: checks the script works, not the figures
#
# It reports; it never fails because of a timing.
set -euo pipefail
cd "$(dirname "$0")/../.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true
runs=300; warmup=30; memory_runs=10
$quick && { runs=10; warmup=2; memory_runs=2; }

need() {  # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2…" >&2
    if command -v apt-get >/dev/null 2>&1; then
        { apt-get install -y -qq "$2" || { apt-get update -qq && apt-get install -y -qq "$2"; }; } >/dev/null 2>&1
    fi
    command -v "$1" >/dev/null 2>&1 || { echo "run.sh: needs $1 (Debian package $2)" >&2; exit 1; }
}
need hyperfine hyperfine
[ -x /usr/bin/time ] || need /usr/bin/time time

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building release (fully static on Linux, see Package.swift)…" >&2
swift build -c release --static-swift-stdlib --product careers >/dev/null
# Measure the binary as installed: copied out of the build folder, nothing beside it.
cp "$(swift build -c release --static-swift-stdlib --show-bin-path)/careers" "$work/careers"
echo 'print("hello")' > "$work/hello.swift"
# The baseline: a Swift hello world with the Swift runtime linked statically, as the budget defines it.
swiftc -O -static-stdlib "$work/hello.swift" -o "$work/hello" 2>/dev/null
# For transparency: the same hello world linked fully statically, as careers' release build is.
swiftc -O -static-executable "$work/hello.swift" -o "$work/hello-full" 2>/dev/null

names=("/bin/true" "swift hello (static runtime)" "swift hello (fully static)" "careers roles" "careers roles --json" "careers skills --role \"ML Engineer\"" "careers roadmap"
       "careers show \"Data Scientist\"" "careers search \"deep learning\"" "careers match --have python,pytorch")
commands=("/bin/true" "$work/hello" "$work/hello-full" "$work/careers roles" "$work/careers roles --json" "$work/careers skills --role 'ML Engineer'" "$work/careers roadmap"
          "$work/careers show 'Data Scientist'" "$work/careers search 'deep learning'" "$work/careers match --have python,pytorch")

args=()
for command in "${commands[@]}"; do args+=("$command"); done
hyperfine -N --style none --output=pipe --warmup "$warmup" --runs "$runs" --export-json "$work/times.json" "${args[@]}" >/dev/null 2>"$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; exit 1; }

# Median seconds of each command, in order, from hyperfine's JSON.
mapfile -t medians < <(python3 -c '
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(result["median"])
' "$work/times.json")

peak_kb() {  # the highest peak resident set size over a few runs, in KiB
    local peak=0 kb
    for _ in $(seq "$memory_runs"); do
        /usr/bin/time -f %M -o "$work/mem" sh -c "exec $1" >/dev/null 2>&1 || true
        kb=$(tail -1 "$work/mem"); [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$peak"
}

baseline=${medians[1]}
printf '| command | median | vs. Swift hello | peak memory | budget (1.0×, 7 MiB) |\n|---|---|---|---|---|\n'
for i in "${!names[@]}"; do
    kb=$(peak_kb "${commands[$i]}")
    read -r ms ratio verdict < <(python3 -c '
import sys
median, base, kb, is_careers = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
ratio = median / base
verdict = ("within" if ratio <= 1.0 and kb <= 7 * 1024 else "over") if is_careers else "-"
print(f"{median * 1000:.2f} {ratio:.2f} {verdict}")
' "${medians[$i]}" "$baseline" "$kb" "$([[ ${names[$i]} == careers* ]] && echo 1 || echo 0)")
    printf '| `%s` | %s ms | %s× | %.1f MiB | %s |\n' "${names[$i]}" "$ms" "$ratio" "$(echo "$kb / 1024" | bc -l)" "$verdict"
done

# Worst cases within the input limits (README: "Limits"), next to the ordinary case: fuzzy matching and
# did-you-mean are bounded, so no input within the limits costs more than a few times the usual.
python3 -c 'print("a" * 999)' > "$work/word"
python3 -c '
import random
random.seed(1)
for _ in range(500): print("".join(random.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(60)))
' > "$work/junk-skills"
worst_names=("careers search \"deep learning\"" "careers search <999 letters>" "careers show \"Data Scientist\""
             "careers show <a 1,000-letter typo>" "careers match --have python,pytorch" "careers match --have-file <500 unknown names>")
worst_commands=("$work/careers search 'deep learning'" "$work/careers search $(cat "$work/word")" "$work/careers show 'Data Scientist'"
                "$work/careers show $(cat "$work/word")x" "$work/careers match --have python,pytorch"
                "$work/careers match --have-file $work/junk-skills")
worst_runs=20; $quick && worst_runs=3
hyperfine -N -i --style none --output=pipe --warmup 2 --runs "$worst_runs" --export-json "$work/worst.json" "${worst_commands[@]}" >/dev/null 2>"$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; exit 1; }
echo
echo "Worst cases within the input limits, each after its ordinary case:"
echo
python3 -c '
import json, sys
names = sys.argv[2:]
results = json.load(open(sys.argv[1]))["results"]
print("| command | median | vs. the ordinary case above it |")
print("|---|---|---|")
for i, (name, result) in enumerate(zip(names, results)):
    median, ordinary = result["median"], results[i - 1]["median"]
    ratio = "-" if i % 2 == 0 else f"{median / ordinary:.1f}×"
    print(f"| `{name}` | {median * 1000:.2f} ms | {ratio} |")
' "$work/worst.json" "${worst_names[@]}"

echo
echo "CareerCore at scale (swift run -c release scale-benchmark):"
echo
swift build -c release --product scale-benchmark >/dev/null
"$(swift build -c release --show-bin-path)/scale-benchmark" $($quick && echo --quick)

# A content pack the size of a real framework (4,000 roles, 16,000 skills, about 17 MB), against
# grep -ci over the same files. Each command has its own budget, as a multiple of grep's median (issue 26):
# completion 0.25×, roles --json 2×, path, match and gap 0.2×, validate 10×, the others 5×; and at most
# 64 MiB of memory beyond the compiled copy (which is mapped, not read).
echo
echo "A pack of 4,000 roles and 16,000 skills (scale-benchmark --write-pack), against grep over the same files:"
echo
pack="$work/pack"
"$(swift build -c release --show-bin-path)/scale-benchmark" --write-pack "$pack"
# The pack's compiled copy goes to a cache of this run's own: the first command builds it (timed and
# measured here), the runs below use it, as every run after the first does for a user.
export XDG_CACHE_HOME="$work/cache"
# The first run's median over a few runs, each from an empty cache (its memory from the last of them).
first_runs=5; $quick && first_runs=2
hyperfine -N --style none --output=pipe --runs "$first_runs" --prepare "rm -rf $XDG_CACHE_HOME" --export-json "$work/first.json" \
    "$work/careers --content $pack roles" >/dev/null 2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }
rm -rf "$XDG_CACHE_HOME"
/usr/bin/time -f "%M" -o "$work/first" "$work/careers" --content "$pack" roles >/dev/null
first_kb=$(tail -1 "$work/first")
first_s=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/first.json")
pack_bytes=$(cat "$pack"/*.json | wc -c)
cache_bytes=$(cat "$XDG_CACHE_HOME"/careers/packs/*.guide | wc -c)
role=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[1234]["name"])' "$pack/roles.json")
# A role on the pack's growth path (every tenth role leads to the tenth after it), near its end.
path_role=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[3960]["name"])' "$pack/roles.json")
prefix=${role%% *}
pack_names=("grep -ci pipelines" "careers show \"$role\"" "careers search pipelines" "careers roles" "careers roles --json"
            "careers skills --role \"$role\"" "careers match --have …" "careers gap \"$role\"" "careers path --role \"$path_role\""
            "careers __complete show $prefix" "careers validate")
pack_budgets=("-" 5 5 5 2 5 0.2 0.2 0.2 0.25 10)
pack_commands=("grep -ci pipelines $pack/skills.json $pack/roles.json" "$work/careers --content $pack show '$role'"
               "$work/careers --content $pack search pipelines" "$work/careers --content $pack roles"
               "$work/careers --content $pack roles --json"
               "$work/careers --content $pack skills --role '$role'"
               "$work/careers --content $pack match --have 'cloud pipelines engineering, data models testing'"
               "$work/careers --content $pack gap '$role'" "$work/careers --content $pack path --role '$path_role'"
               "$work/careers __complete --content $pack show $prefix"
               "$work/careers validate $pack")
pack_runs=20; $quick && pack_runs=3
# Every program's output goes through a pipe that hyperfine reads: GNU grep stops at its first match when its
# output is /dev/null (hyperfine's default), and would then not be reading the files at all.
hyperfine -N -i --style none --output=pipe --warmup 2 --runs "$pack_runs" --export-json "$work/pack.json" "${pack_commands[@]}" \
    >/dev/null 2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }
mapfile -t pack_medians < <(python3 -c '
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    print(result["median"])
' "$work/pack.json")
printf '| command | median | vs. grep | budget | peak memory | within budget |\n|---|---|---|---|---|---|\n'
for i in "${!pack_names[@]}"; do
    kb=$(peak_kb "${pack_commands[$i]}")
    read -r ms ratio verdict < <(python3 -c '
import sys
median, base, kb, budget, cache = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
ratio = median / base
verdict = "-" if budget == "-" else "yes" if ratio <= float(budget) and kb * 1024 <= 64 * 2**20 + cache else "no"
print(f"{median * 1000:.1f} {ratio:.2f} {verdict}")
' "${pack_medians[$i]}" "${pack_medians[0]}" "$kb" "${pack_budgets[$i]}" "$cache_bytes")
    budget=${pack_budgets[$i]}; [ "$budget" != "-" ] && budget="${budget}×"
    printf '| `%s` | %s ms | %s× | %s | %.1f MiB | %s |\n' "${pack_names[$i]}" "$ms" "$ratio" "$budget" "$(echo "$kb / 1024" | bc -l)" "$verdict"
done
python3 -c '
import sys
first, kb, grep, pack, cache = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print()
print(f"The first command on the pack, which validates it and writes its compiled copy to the cache: median {first * 1000:.0f} ms"
      f" ({first / grep:.0f}× grep; budget 60×), peak memory {kb / 1024:.0f} MiB.")
print(f"The compiled copy: {cache / 2**20:.1f} MiB for {pack / 2**20:.1f} MiB of pack files ({cache / pack:.2f}×; budget 1.5×).")
' "$first_s" "$first_kb" "${pack_medians[0]}" "$pack_bytes" "$cache_bytes"

# careers import onet on a synthetic database of O*NET's full size (Tests/Benchmarks/onet-synthetic.py: 1,016
# occupations, 8,800 technologies in 32,600 links, 56,560 other titles, 18,796 tasks; about 10 MB), then the
# first command on the pack it writes (the import compiles it into the cache) and a few more, against grep.
echo
echo "careers import onet, on a synthetic database of O*NET's full size (Tests/Benchmarks/onet-synthetic.py):"
echo
onet_db="$work/db_29_2_text"
python3 Tests/Benchmarks/onet-synthetic.py "$onet_db"
onet="$work/onet"
import_runs=10; $quick && import_runs=2
hyperfine -N --style none --output=pipe --warmup 1 --runs "$import_runs" --prepare "rm -rf $onet" \
    --export-json "$work/import.json" "$work/careers import onet $onet_db $onet" >/dev/null 2>"$work/hyperfine.log" \
    || { cat "$work/hyperfine.log" >&2; exit 1; }
rm -rf "$onet"
/usr/bin/time -f "%M" -o "$work/import-mem" "$work/careers" import onet "$onet_db" "$onet" >/dev/null 2>&1
/usr/bin/time -f "%e %M" -o "$work/onet-first" "$work/careers" --content "$onet" roles >/dev/null
onet_names=("grep -ci python <the database's files>" "careers match --have <four technologies>" "careers show \"Occupation 7 …\""
            "careers search \"machine learning\"" "careers __complete show Occupation 7")
onet_role=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[7]["name"])' "$onet/roles.json")
onet_have=$(python3 -c 'import json, sys; print(", ".join(s["name"] for s in json.load(open(sys.argv[1]))[:40:10]))' "$onet/skills.json")
onet_commands=("grep -ci python $onet_db/Occupation\ Data.txt $onet_db/Technology\ Skills.txt $onet_db/Task\ Statements.txt $onet_db/Alternate\ Titles.txt"
               "$work/careers --content $onet match --have '$onet_have'"
               "$work/careers --content $onet show '$onet_role'" "$work/careers --content $onet search 'machine learning'"
               "$work/careers __complete --content $onet show Occupation 7")
hyperfine -N -i --style none --output=pipe --warmup 2 --runs "$pack_runs" --export-json "$work/onet.json" "${onet_commands[@]}" \
    >/dev/null 2>"$work/hyperfine.log" || { cat "$work/hyperfine.log" >&2; exit 1; }
python3 -c '
import json, sys
imported = json.load(open(sys.argv[1]))["results"][0]
onet = json.load(open(sys.argv[2]))["results"]
import_kb = int(open(sys.argv[3]).read().split()[-1])
first_s, first_kb = open(sys.argv[4]).read().split()
grep = onet[0]["median"]
median, runs = imported["median"], len(imported["times"])
print(f"Import: median {median * 1000:.0f} ms over {runs} runs ({median / grep:.0f}× grep over the files), peak memory {import_kb / 1024:.0f} MiB.")
first_ms = "under 10 ms" if float(first_s) < 0.01 else f"{float(first_s) * 1000:.0f} ms"
print(f"The first command on the pack (which reads the compiled copy the import left in the cache): {first_ms}, peak memory {int(first_kb) / 1024:.0f} MiB.")
print()
print("| command | median | vs. grep |")
print("|---|---|---|")
for name, result in zip(sys.argv[5:], onet):
    value = result["median"]
    print(f"| `{name}` | {value * 1000:.1f} ms | {value / grep:.2f}× |")
' "$work/import.json" "$work/onet.json" "$work/import-mem" "$work/onet-first" "${onet_names[@]}"

# careers browse on a pseudo-terminal of 120×40, driven by keys (Tests/Benchmarks/browse-keys.py): the
# browser measures in-process the time from the guide loaded to the end of the first screen, and from each
# key read to the end of its redraw; a search keystroke runs the ranked search and draws its results and
# the top result's page.
echo
echo "careers browse, key to the end of the redraw, measured in-process (Tests/Benchmarks/browse-keys.py):"
echo
echo "| guide | first screen | search keystroke: \"deep learning\" (bundled), \"cloud pipelines\" (pack) | other key |"
echo "|---|---|---|---|"
python3 Tests/Benchmarks/browse-keys.py "$work/careers"
python3 Tests/Benchmarks/browse-keys.py "$work/careers" "$pack" "cloud pipelines"
