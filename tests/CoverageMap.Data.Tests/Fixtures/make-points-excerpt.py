#!/usr/bin/env python3
"""Writes warsaw-address-points-excerpt.geojson: a real excerpt (about 240 features, unchanged, in file order) of
shared/geodata/sources/address-points/warsaw-address-points.geojson for the AddressTextImporter tests. Run from this
folder (it reads the register copy in warsaw-streets/):  python3 make-points-excerpt.py /path/to/shared/geodata/sources/address-points/warsaw-address-points.geojson
Deterministic: every kind is taken by a fixed rule and a fixed stride, no randomness."""
import csv, json, re, sys

features = json.load(open(sys.argv[1], encoding='utf-8'))['features']
# TERYT ULIC ids the fixture register has (zero-padded to 5 digits there; RSPO writes them without the zeros)
register_ids = {row[1] for row in csv.reader(open('warsaw-streets/teryt-short-to-full-names.csv', encoding='utf-8'))}

def addr(f): return f['properties']['address']
def inside(f):
    lon, lat = f['geometry']['coordinates']
    return 52.07 <= lat <= 52.39 and 20.82 <= lon <= 21.30

kinds = [  # (what, rule, how many)
    ('RSPO rows with a TERYT ULIC id (street + housenumber + postcode)', lambda f: 'terytUlic' in f['properties'] and inside(f), 40),
    ("RSPO rows whose TERYT id the register has", lambda f: f['properties'].get('terytUlic', 'x').zfill(5) in register_ids, 12),
    ('RSPO rows outside Warsaw (the three real ones)', lambda f: not inside(f), 3),
    ("free text with 'lokal nr'", lambda f: 'lokal nr' in addr(f), 30),
    ('upper case', lambda f: 'terytUlic' not in f['properties'] and re.search('[A-ZŁŚŻŹĆŃÓĘĄ]{4}', addr(f)) and addr(f) == addr(f).upper(), 30),
    ("descriptions ('przy', 'w rejonie', 'teren', 'skrzyżowanie')", lambda f: re.search(r'\b(przy|rejonie|teren\w*|skrzy\w*)\b', addr(f), re.I), 15),
    ('several numbers (4/6/8)', lambda f: re.search(r'\d+/\d+/\d+', addr(f)), 6),
    ('streets several districts share (Krasickiego, Chopina, Śmiała, Mickiewicza)', lambda f: re.search('Krasickiego|Chopina|Śmiała|Mickiewicza', addr(f)), 12),
    ('ambiguous or unknown in the register (Burdzińskiego, Rybicka, Szucha, Gagarina)', lambda f: re.search('Burdzińskiego|Rybicka|Szucha|Gagarina', addr(f)), 8),
    ('initials and titles (ks., gen., al.)', lambda f: re.search(r'\b(ks|gen|al)\. ', addr(f), re.I), 20),
]
chosen = set()
for what, rule, n in kinds:
    matches = [i for i, f in enumerate(features) if rule(f) and i not in chosen]
    stride = max(1, len(matches) // n)
    picked = matches[::stride][:n]
    chosen.update(picked)
    print(f'{len(picked):4} {what} (of {len(matches)})')
rest = [i for i in range(len(features)) if i not in chosen]
picked = rest[::len(rest) // 80][:80]
chosen.update(picked)
print(f'{len(picked):4} others, every {len(rest) // 80}th')

with open('warsaw-address-points-excerpt.geojson', 'w', encoding='utf-8') as out:
    out.write('{"type":"FeatureCollection","name":"warsaw-address-points-excerpt","features":[\n')
    out.write(',\n'.join(json.dumps(features[i], ensure_ascii=False, separators=(',', ':')) for i in sorted(chosen)))
    out.write('\n]}\n')
print(f'{len(chosen)} features written')
