#!/usr/bin/env python3
"""One-off generator of the address fixtures (PRG GML + OSM XML). Run from this folder:
   python3 make-address-fixtures.py /path/to/shared/geodata/streets-skeleton.geojson
Positions: points spread along the approximate street centrelines of shared/geodata/streets-skeleton.geojson
(Malczewskiego, which the skeleton lacks, along a straight segment), odd numbers 15 m to one side, even to the
other. EPSG:2180 coordinates come from `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2180` (input lon lat,
output easting northing); the GML writes them northing first, as PRG does. Street ids (idTERYT) and PRG ids are
made up for the fixture."""
import json, math, subprocess, sys

sk = {f['properties']['name']: f['geometry']['coordinates'] for f in json.load(open(sys.argv[1]))['features']
      if f['geometry']['type'] == 'LineString'}
sk['Jacka Malczewskiego'] = [[21.0040, 52.1931], [21.0190, 52.1936]]

def along(line, t):
    segs = [(a, b, math.hypot((b[0]-a[0])*0.612, b[1]-a[1])) for a, b in zip(line, line[1:])]
    total = sum(s[2] for s in segs); d = t * total
    for a, b, l in segs:
        if d <= l or (a, b, l) == segs[-1]:
            f = d / l if l else 0
            return [a[0] + (b[0]-a[0])*f, a[1] + (b[1]-a[1])*f], [(b[0]-a[0])*0.612, b[1]-a[1]], l
        d -= l

def place(street, t, side):
    p, (dx, dy), _ = along(sk[street], t)
    n = math.hypot(dx, dy); nx, ny = -dy/n, dx/n          # unit normal in metric-ish space
    off = 15 / 111320                                     # 15 m in degrees of latitude
    return [p[0] + side*nx*off/0.612, p[1] + side*ny*off]

streets = {  # full name -> (made-up TERYT ULIC id, PRG gml:id, house numbers, postcode)
    'Juliusza Słowackiego': ('20593', 'PL.PZGIK.200.UL.1', ['1', '2', '5', '8', '11', '12A', '15/19', '16', '21', '27', '30', '44'], '01-627'),
    'Adama Mickiewicza': ('13249', 'PL.PZGIK.200.UL.2', ['3', '7', '9a', '10', '18', '25', '27', '33', '36', '40'], '01-625'),
    'Zygmunta Krasińskiego': ('11030', 'PL.PZGIK.200.UL.3', ['2', '4', '11', '14', '20', '29', '31', '52'], '01-615'),
    'Jacka Malczewskiego': ('12966', 'PL.PZGIK.200.UL.4', ['2', '19', '26', '33', '44a', '53'], '02-612'),
}
points = []
for street, (ulic, gid, numbers, pc) in streets.items():
    for i, num in enumerate(numbers):
        digits = int(''.join(ch for ch in num.split('/')[0] if ch.isdigit()))
        lon, lat = place(street, (i + 0.5) / len(numbers), 1 if digits % 2 else -1)
        points.append((street, ulic, gid, num, pc, lat, lon))

inp = '\n'.join(f'{p[6]:.7f} {p[5]:.7f}' for p in points)
out = subprocess.run(['gdaltransform', '-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:2180'], input=inp, capture_output=True, text=True, check=True).stdout
en = [tuple(map(float, l.split()[:2])) for l in out.strip().splitlines()]

NS = ('xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:prg-ad="urn:gugik:specyfikacje:gmlas:panstwowyRejestrGranicAdresy:1.0" '
      'xmlns:bt="urn:gugik:specyfikacje:gmlas:modelPodstawowy:1.0" '
      'xmlns:mua="urn:gugik:specyfikacje:gmlas:ewidencjaMiejscowosciUlicAdresow:1.0"')
URI = 'http://geoportal.gov.pl/PZGIK/dane/'

def street_obj(full, ulic, gid):
    parts = full.split(' ')
    return f'''  <gml:featureMember>
    <prg-ad:PRG_UlicaNazwa gml:id="{gid}">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>{gid}</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:nazwa>{full}</prg-ad:nazwa>
      <mua:idTERYT>{ulic}</mua:idTERYT>
      <mua:nazwaCzesc>{' '.join(parts[:-1])}</mua:nazwaCzesc>
      <mua:nazwaGlownaCzesc>{parts[-1]}</mua:nazwaGlownaCzesc>
      <mua:typ>ulica</mua:typ>
    </prg-ad:PRG_UlicaNazwa>
  </gml:featureMember>
'''

def point_obj(i, street, gid, num, pc, n, e, status='istniejacy', with_street_text=True, srs='urn:ogc:def:crs:EPSG::2180'):
    lid = f'0f5e{i:04d}-7c1b-4d7e-9a51-2f3c{i:08d}'
    ulica = f'      <prg-ad:ulica>{street}</prg-ad:ulica>\n' if with_street_text else ''
    return f'''  <gml:featureMember>
    <prg-ad:PRG_PunktAdresowy gml:id="PL.PZGIK.200.PA.{i}">
      <prg-ad:idIIP><bt:BT_Identyfikator><bt:lokalnyId>{lid}</bt:lokalnyId><bt:przestrzenNazw>PL.PZGIK.200</bt:przestrzenNazw><bt:wersjaId>2023-05-10T08:00:00+02:00</bt:wersjaId></bt:BT_Identyfikator></prg-ad:idIIP>
      <prg-ad:jednostkaAdmnistracyjna>Polska</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>mazowieckie</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:jednostkaAdmnistracyjna>Warszawa</prg-ad:jednostkaAdmnistracyjna>
      <prg-ad:miejscowosc>Warszawa</prg-ad:miejscowosc>
{ulica}      <prg-ad:numerPorzadkowy>{num}</prg-ad:numerPorzadkowy>
      <prg-ad:kodPocztowy>{pc}</prg-ad:kodPocztowy>
      <prg-ad:status>{status}</prg-ad:status>
      <prg-ad:pozycja><gml:Point gml:id="PL.PZGIK.200.PA.{i}.P" srsName="{srs}"><gml:pos>{n:.2f} {e:.2f}</gml:pos></gml:Point></prg-ad:pozycja>
      <prg-ad:komponent xlink:href="{URI}{gid}"/>
    </prg-ad:PRG_PunktAdresowy>
  </gml:featureMember>
'''

def doc(body):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection {NS} gml:id="PRG_PA_fixture">\n{body}</gml:FeatureCollection>\n'

body = ''.join(point_obj(i + 1, p[0], p[2], p[3], p[4], en[i][1], en[i][0], with_street_text=(i % 5 != 3)) for i, p in enumerate(points))
# three records the importer must refuse: archival, no house number, position of Kraków (outside Warsaw)
body += point_obj(901, 'Juliusza Słowackiego', 'PL.PZGIK.200.UL.1', '7', '01-627', en[2][1] + 40, en[2][0] + 40, status='archiwalny')
body += point_obj(902, 'Adama Mickiewicza', 'PL.PZGIK.200.UL.2', '', '01-625', en[12][1], en[12][0])
body += point_obj(903, 'Floriańska', 'PL.PZGIK.200.UL.9', '1', '31-019', 244700.00, 566800.00)
body += ''.join(street_obj(s, v[0], v[1]) for s, v in streets.items())   # street objects after the points, as in big files
open('prg-punkty-adresowe-warszawa.gml', 'w').write(doc(body))

# the axis-order trap: the same first six points written easting first (a wrong export)
trap = ''.join(point_obj(i + 1, p[0], p[2], p[3], p[4], en[i][0], en[i][1]) for i, p in enumerate(points[:6]))
trap += ''.join(street_obj(s, v[0], v[1]) for s, v in list(streets.items())[:1])
open('prg-axis-swapped.gml', 'w').write(doc(trap))

# expected positions, for the tests
with open('prg-expected.csv', 'w') as f:
    f.write('id,street,number,lat,lon\n')
    for i, p in enumerate(points):
        f.write(f'0f5e{i+1:04d}-7c1b-4d7e-9a51-2f3c{i+1:08d},{p[0]},{p[3]},{p[5]:.7f},{p[6]:.7f}\n')

# OSM XML: the same addresses (short street names as OSM writes them: full names), half as nodes, half as buildings
nodes, ways, nid, wid = [], [], 1000, 5000
def tag(k, v): return f'    <tag k="{k}" v="{v}"/>'
for i, p in enumerate(points):
    tags = [tag('addr:street', p[0]), tag('addr:housenumber', p[3]), tag('addr:postcode', p[4]), tag('addr:city', 'Warszawa')]
    if i % 2 == 0:
        nid += 1
        nodes.append(f'  <node id="{nid}" version="1" lat="{p[5]:.7f}" lon="{p[6]:.7f}">\n' + '\n'.join(tags) + '\n  </node>')
    else:
        d = 0.00006
        ids = []
        for dx, dy in [(-d, -d), (d, -d), (d, d), (-d, d)]:
            nid += 1; ids.append(nid)
            nodes.append(f'  <node id="{nid}" version="1" lat="{p[5]+dy:.7f}" lon="{p[6]+dx/0.612:.7f}"/>')
        wid += 1
        ways.append(f'  <way id="{wid}" version="1">\n' + '\n'.join(f'    <nd ref="{r}"/>' for r in ids + [ids[0]])
                    + '\n' + tag('building', 'apartments') + '\n' + '\n'.join(tags) + '\n  </way>')
# refused: a node without a house number, two numbers in one tag
nid += 1; nodes.append(f'  <node id="{nid}" version="1" lat="52.2701" lon="20.9800">\n{tag("addr:street", "Juliusza Słowackiego")}\n  </node>')
nid += 1; nodes.append(f'  <node id="{nid}" version="1" lat="52.2702" lon="20.9801">\n{tag("addr:street", "Juliusza Słowackiego")}\n{tag("addr:housenumber", "3;3A")}\n  </node>')
osm = '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="make-address-fixtures.py">\n  <bounds minlat="52.19" minlon="20.95" maxlat="52.29" maxlon="21.03"/>\n' + '\n'.join(nodes + ways) + '\n</osm>\n'
open('osm-addresses-warszawa.osm', 'w').write(osm)
print(len(points), 'points')
