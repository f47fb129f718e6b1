#!/usr/bin/env python3
"""Derives geodata/warsaw-streets/teryt-ulic-from-rspo.csv: the TERYT ULIC id of every street the RSPO schools register
rows of the bundled address points name (street as RSPO writes it, id as RSPO gives it). Same columns as
teryt-short-to-full-names.csv (simc, ulic, short, full). A street given several ids is left out. Source: RSPO
(2022-03-14, via openstreetmap-polska/dane-rspo); processed by CoverageMap (name taken without its type word)."""
import csv, json, re, sys
from pathlib import Path
root = Path(__file__).resolve().parent.parent
points = json.loads((root / 'geodata/address-points/warsaw-address-points.geojson').read_text(encoding='utf-8'))
ids = {}
for f in points['features']:
    p = f['properties']
    if p.get('terytUlic') and p.get('street'):
        full = re.sub(r'^(ul\.|al\.|pl\.|os\.|rondo|skwer)\s*', '', p['street'], flags=re.I).strip()
        ids.setdefault(full, {})[p['terytUlic'].zfill(5)] = p['street']
out = root / 'geodata/warsaw-streets/teryt-ulic-from-rspo.csv'
with out.open('w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh, lineterminator='\n')
    w.writerow(['simc', 'ulic', 'short', 'full'])
    for full in sorted(ids):
        if len(ids[full]) == 1:
            (ulic, _), = ids[full].items()
            w.writerow(['0918123', ulic, '', full])
print(f'{out}: {sum(1 for v in ids.values() if len(v) == 1)} streets', file=sys.stderr)
