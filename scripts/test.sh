#!/usr/bin/env bash
# Runs every test of CoverageMap on a fresh machine: installs what the tests need (Debian's Chromium for the
# browser tests, GDAL's ogrinfo for the export tests, PostgreSQL 15 + PostGIS 3 for the store's tests, which start a throw-away cluster of their own on 127.0.0.1), restores, builds and runs all test projects, then the map page's eslint and node --test. Usage: bash scripts/test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
command -v ogrinfo >/dev/null 2>&1 || need_apt+=(gdal-bin)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql-15)
ls /usr/share/postgresql/15/extension/postgis--*.sql >/dev/null 2>&1 || need_apt+=(postgresql-15-postgis-3)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need_apt[*]} (apt)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "== missing ${need_apt[*]}: install them with apt-get (root needed)" >&2
    exit 1
  fi
fi
export COVERAGEMAP_CHROMIUM="${COVERAGEMAP_CHROMIUM:-$(command -v chromium)}"
export COVERAGEMAP_OGRINFO="${COVERAGEMAP_OGRINFO:-$(command -v ogrinfo)}"

results="$(mktemp -d)"
echo "== dotnet test (results in $results)"
set +e
dotnet test CoverageMap.sln -c Release --logger "trx;LogFilePrefix=r" --results-directory "$results" "$@"
status=$?

# The map page's own checks: eslint and its modules' unit tests (node --test). The build above ran npm ci in web/.
echo "== web: eslint and node --test"
(cd web && npm run --silent lint && npm test --silent)
web_status=$?
if [ $status -eq 0 ] && [ $web_status -ne 0 ]; then status=$web_status; fi
set -e

# One plain closing line over all test projects.
python3 - "$results" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
p = f = s = 0
for path in glob.glob(sys.argv[1] + '/*.trx'):
    c = ET.parse(path).getroot().find('t:ResultSummary/t:Counters', ns)
    if c is None: continue
    p += int(c.get('passed', 0)); f += int(c.get('failed', 0)) + int(c.get('error', 0)) + int(c.get('timeout', 0))
    s += int(c.get('notExecuted', 0))
print(f"tests: {p} passed, {f} failed, {s} skipped")
PY
exit $status
