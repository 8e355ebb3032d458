#!/usr/bin/env python3
"""Writes the stand-in fixtures of the fetch tests (see README.md) from the bundled
Geldrop-Mierlo files. Run from this directory; needs psql and the project-local PostGIS
(./wijkatlas db start) for one ST_Union. The output is committed; this script documents how
it was made."""
import csv, json, os, subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '../../../../..'))
CBS = os.path.join(ROOT, 'geodata/datasets/cbs')
FIGURES = os.path.join(ROOT, 'geodata/datasets/indicators/cbs_kerncijfers_geldrop-mierlo.csv')
RD = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}
DB = os.environ.get('DATABASE_URL', 'postgres://wijkatlas:wijkatlas@localhost:55432/wijkatlas_test')

buurten = json.load(open(os.path.join(CBS, 'geldrop-mierlo_buurten_2025_rd.geojson')))['features']
wijken = json.load(open(os.path.join(CBS, 'geldrop-mierlo_wijken_2025_rd.geojson')))['features']
wijk_names = {w['properties']['statcode']: w['properties']['statnaam'] for w in wijken}


def union(a, b):
    sql = ("select ST_AsGeoJSON(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON('%s'), 28992), "
           "ST_SetSRID(ST_GeomFromGeoJSON('%s'), 28992)))") % (json.dumps(a), json.dumps(b))
    return json.loads(subprocess.check_output(['psql', '-X', '-tA', DB, '-c', sql]).decode())


def pdok_buurt(f, fid):
    p = f['properties']
    code = p['statcode']
    return {"type": "Feature", "id": "buurten.%d" % fid, "geometry": f['geometry'], "properties": {
        "buurtcode": code, "buurtnaam": p['statnaam'], "wijkcode": 'WK' + code[2:8],
        "wijknaam": wijk_names['WK' + code[2:8]], "gemeentecode": "GM1771", "gemeentenaam": "Geldrop-Mierlo",
        "water": "NEE", "indelingswijziging": "1"}}


def pdok_wijk(f, fid):
    p = f['properties']
    return {"type": "Feature", "id": "wijken.%d" % fid, "geometry": f['geometry'], "properties": {
        "wijkcode": p['statcode'], "wijknaam": p['statnaam'], "gemeentecode": "GM1771",
        "gemeentenaam": "Geldrop-Mierlo", "water": "NEE", "indelingswijziging": "1"}}


def collection(name, features):
    return {"type": "FeatureCollection", "name": name, "crs": RD, "features": features}


def write(path, data):
    """One feature or row per line, as readable as an answer gets."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            items = ',\n'.join('  ' + json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(json.dumps(key) + ': [\n' + items + '\n ]')
        else:
            lines.append(json.dumps(key) + ': ' + json.dumps(value, ensure_ascii=False))
    with open(path, 'w') as out:
        out.write('{\n ' + ',\n '.join(lines) + '\n}\n')


# --- PDOK 2024: the 15 buurten and 2 wijken as they are, plus one water part (synthetic) ---
b2024 = [pdok_buurt(f, 13171 + i) for i, f in enumerate(buurten)]
water = {"type": "Feature", "id": "buurten.99999", "geometry": {"type": "Polygon", "coordinates": [[
    [171500, 381000], [171600, 381000], [171600, 381100], [171500, 381100], [171500, 381000]]]},
    "properties": dict(b2024[-1]['properties'], water="JA")}
b2024.insert(7, water)
write('pdok/2024/buurten.json', collection('buurten', b2024))
write('pdok/2024/wijken.json', collection('wijken', [pdok_wijk(f, 2790 + i) for i, f in enumerate(wijken)]))

# --- PDOK 2025 (synthetic change): BU17710111 Neerakkers merged into BU17710110 Mierlo-Dorp ---
b2025 = []
by_code = {f['properties']['statcode']: f for f in buurten}
for i, f in enumerate(buurten):
    code = f['properties']['statcode']
    if code == 'BU17710111':
        continue
    feature = pdok_buurt(f, 23171 + i)
    if code == 'BU17710110':
        feature['geometry'] = union(f['geometry'], by_code['BU17710111']['geometry'])
    b2025.append(feature)
write('pdok/2025/buurten.json', collection('buurten', b2025))
write('pdok/2025/wijken.json', collection('wijken', [pdok_wijk(f, 3790 + i) for i, f in enumerate(wijken)]))

# --- CBS 85984NED (2024): real values for GM1771 and its wijken; synthetic buurt rows -------
real = {}
for row in csv.DictReader(open(FIGURES)):
    real.setdefault(row['area_code'], {})[row['indicator_code']] = int(row['value'])
KEYS_2024 = ['AantalInwoners_5', 'Mannen_6', 'Vrouwen_7', 'Bevolkingsdichtheid_34', 'Woningvoorraad_35',
             'OppervlakteTotaal_122', 'OppervlakteLand_123', 'OppervlakteWater_124']
# Synthetic (made up for the test, labelled in README.md): inhabitants per buurt.
SYNTHETIC_INWONERS = {'BU17710000': 3105, 'BU17710001': 2890, 'BU17710002': 4210, 'BU17710003': 5020,
                      'BU17710004': 3370, 'BU17710005': 4480, 'BU17710006': 3215, 'BU17710007': 2480,
                      'BU17710008': 415, 'BU17710009': 295, 'BU17710110': 4160, 'BU17710111': 3245,
                      'BU17710112': 2110, 'BU17710113': 1230, 'BU17710114': 510}


def cbs_row(i, code, name, kind, values):
    row = {"ID": i, "WijkenEnBuurten": code.ljust(10), "Gemeentenaam_1": "Geldrop-Mierlo".ljust(40),
           "SoortRegio_2": kind.ljust(10), "Codering_3": code.ljust(10), "IndelingswijzigingGemeenteWijkBuurt_4": "1"}
    row.update(values)
    return row


def synthetic_2024(code):
    inwoners = SYNTHETIC_INWONERS[code]
    values = {"AantalInwoners_5": inwoners, "Mannen_6": inwoners // 2 - 5, "Vrouwen_7": inwoners - inwoners // 2 + 5,
              "Bevolkingsdichtheid_34": inwoners // 2, "Woningvoorraad_35": inwoners * 9 // 20,
              "OppervlakteTotaal_122": 100, "OppervlakteLand_123": 98, "OppervlakteWater_124": 2}
    if code == 'BU17710009':
        values['Bevolkingsdichtheid_34'] = -99997   # suppressed (CBS: geheim)
        values['Mannen_6'] = -99997
    if code == 'BU17710008':
        values['Woningvoorraad_35'] = None          # missing ('.')
    return values


rows = [cbs_row(10900, 'GM1771', 'Geldrop-Mierlo', 'Gemeente', {k: real['GM1771'][k] for k in KEYS_2024})]
for w in sorted(wijk_names):
    rows.append(cbs_row(10901 + len(rows), w, wijk_names[w], 'Wijk', {k: real[w][k] for k in KEYS_2024}))
for code in sorted(SYNTHETIC_INWONERS):
    rows.append(cbs_row(10901 + len(rows), code, by_code[code]['properties']['statnaam'], 'Buurt', synthetic_2024(code)))
META = "https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet"
write('cbs/85984NED/TypedDataSet-1.json', {"odata.metadata": META, "value": rows[:10],
                                           "odata.nextLink": "{base}/85984NED/TypedDataSet?$format=json&$filter={filter}&$skiptoken=10"})
write('cbs/85984NED/TypedDataSet-2.json', {"odata.metadata": META, "value": rows[10:]})

# --- CBS 86165NED (2025, synthetic values): the buurt merge, renumbered area keys ----------
KEYS_2025 = ['AantalInwoners_5', 'Mannen_6', 'Vrouwen_7', 'OppervlakteTotaal_115', 'OppervlakteLand_116',
             'OppervlakteWater_117']


def values_2025(inwoners):
    return {"AantalInwoners_5": inwoners, "Mannen_6": inwoners // 2, "Vrouwen_7": inwoners - inwoners // 2,
            "OppervlakteTotaal_115": 100, "OppervlakteLand_116": 98, "OppervlakteWater_117": 2}


inwoners_2025 = {c: v + 25 for c, v in SYNTHETIC_INWONERS.items()}
inwoners_2025['BU17710110'] += inwoners_2025.pop('BU17710111')
rows = [cbs_row(11900, 'GM1771', 'Geldrop-Mierlo', 'Gemeente', values_2025(sum(inwoners_2025.values())))]
for w in sorted(wijk_names):
    rows.append(cbs_row(11901 + len(rows), w, wijk_names[w], 'Wijk',
                        values_2025(sum(v for c, v in inwoners_2025.items() if c[2:8] == w[2:]))))
for code in sorted(inwoners_2025):
    rows.append(cbs_row(11901 + len(rows), code, by_code[code]['properties']['statnaam'], 'Buurt',
                        values_2025(inwoners_2025[code])))
write('cbs/86165NED/TypedDataSet-1.json', {
    "odata.metadata": "https://opendata.cbs.nl/ODataApi/OData/86165NED/$metadata#Cbs.OData.WebAPI.TypedDataSet",
    "value": rows})
