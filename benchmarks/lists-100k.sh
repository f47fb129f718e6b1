#!/usr/bin/env bash
# A list of 100,000 addresses end to end (issue 10, item 4): generates a Windows-1250 ';' CSV of 100,000 rows (Lp.,
# Imię, Adres, Telefon; the addresses are the bundled points' own texts, shuffled with a fixed seed and repeated, one
# row in 50 with an empty address), starts the server (Release) on 127.0.0.1 seeded from geodata/, and times with curl
# the whole request — upload, read, every row answered, the result written and downloaded — for the CSV result, the
# JSON summary and an XLSX list (made from the CSV by the CLI) answered as XLSX; then `coveragemap batch` on the CSV
# (which also loads the geodata). Each is run RUNS times; prints every wall time, and the CPU time the server (or the
# CLI) spent on it, in seconds.
#
# Usage: benchmarks/lists-100k.sh [runs=3] [port=5198]
set -euo pipefail
RUNS="${1:-3}"; PORT="${2:-5198}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="http://127.0.0.1:${PORT}"
TMP="$(mktemp -d)"

python3 - "$ROOT/geodata/address-points/warsaw-address-points.geojson" "$TMP/lista-100k.csv" <<'PY'
import csv, json, random, sys
texts = [f['properties']['address'] for f in json.load(open(sys.argv[1], encoding='utf-8'))['features']]
rng = random.Random(42)
rng.shuffle(texts)
names = ['Anna', 'Jan', 'Małgorzata', 'Paweł', 'Zofia', 'Łukasz', 'Żaneta', 'Grzegorz']
# Quoted as Excel quotes (a field with ';' or '"' in quotes, quotes doubled).
with open(sys.argv[2], 'w', encoding='cp1250', errors='replace', newline='') as f:
    w = csv.writer(f, delimiter=';', lineterminator='\r\n')
    w.writerow(['Lp.', 'Imię', 'Adres', 'Telefon'])
    for i in range(100_000):
        address = '' if i % 50 == 49 else texts[i % len(texts)]
        w.writerow([i + 1, names[i % len(names)], address, f'+48 600 {i % 1000:03d} {i % 997:03d}'])
PY
ls -l "$TMP/lista-100k.csv"

dotnet build -c Release "$ROOT/src/CoverageMap.Cli" -v quiet -nologo >/dev/null
CLI="$ROOT/src/CoverageMap.Cli/bin/Release/net10.0/coveragemap"
"$CLI" batch "$TMP/lista-100k.csv" -o "$TMP/lista-100k.xlsx" --geodata "$ROOT/geodata" >/dev/null
ls -l "$TMP/lista-100k.xlsx"

. "$ROOT/benchmarks/start-server.sh"
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"

# The server's CPU seconds (user + system, all threads) from /proc: on a shared machine the wall time counts the other
# processes' load too, the CPU time much less so.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$SERVER/stat"; }
timed() { # label, file, format
  for run in $(seq 1 "$RUNS"); do
    before=$(cpu)
    wall=$(curl -fsS -o "$TMP/out" -w "%{time_total} s (upload %{size_upload} B, answer %{size_download} B, HTTP %{http_code})" \
      -F "file=@$2" "$URL/api/lists/check?format=$3")
    echo "$1 run $run: wall $wall; server CPU $(echo "$(cpu) - $before" | bc) s"
  done
}
timed "CSV 1250 -> CSV " "$TMP/lista-100k.csv" csv
head -c 400 "$TMP/out" | iconv -f cp1250 -t utf-8; echo
timed "CSV 1250 -> JSON" "$TMP/lista-100k.csv" json
timed "XLSX -> XLSX    " "$TMP/lista-100k.xlsx" xlsx
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "coveragemap batch CSV -> XLSX run $run: wall %e s, CPU %U s user + %S s system (max RSS %M KB)" "$CLI" batch "$TMP/lista-100k.csv" -o "$TMP/cli.xlsx" --geodata "$ROOT/geodata" >/dev/null
done
