#!/usr/bin/env python3
"""Quick checker for research hand-off files. Usage: python3 check.py <name>  (checks <name>.events.csv etc.)"""
import csv, re, sys, os
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
name = sys.argv[1]
EV_HDR = "id,date,end_date,date_precision,category,scope,place,region,lat,lon,location_precision,deaths_civilians,deaths_security_forces,deaths_blockade_related,injured,detained,verification,actors,title_es,title_en,description_es,description_en,uncertainty_es,uncertainty_en,distinct_from".split(",")
SRC_HDR = "event_id,publisher,title,date,url,type".split(",")
DEATH_HDR = "event_id,kind,name,age,date_of_death,cause,counted_by_defensoria,source_url,note".split(",")
REGIONS = set("PE-AMA PE-ANC PE-APU PE-ARE PE-AYA PE-CAJ PE-CAL PE-CUS PE-HUC PE-HUV PE-ICA PE-JUN PE-LAL PE-LAM PE-LIM PE-LMA PE-LOR PE-MDD PE-MOQ PE-PAS PE-PIU PE-PUN PE-SAM PE-TAC PE-TUM PE-UCA".split())
CATS = {"blockade", "march", "strike", "repression", "emergency", "political", "other"}
ACTORS = set("protesters residents students unions regional-organisations indigenous-organisations miners transport-workers national-police armed-forces government congress judiciary prosecutors ombudsman international-bodies rights-groups companies journalists local-authorities foreign-governments".split())
errors = []


def err(f, row, field, msg):
    errors.append(f"{f}:{row} [{field}] {msg}")


def read(path, hdr):
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        rows = list(r)
    if rows[0] != hdr:
        errors.append(f"{path}: header must be exactly: {','.join(hdr)}")
        return []
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(hdr):
            err(path, i, "*", f"has {len(row)} fields, expected {len(hdr)} (quote fields containing commas)")
            continue
        out.append((i, dict(zip(hdr, row))))
    return out


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ef = os.path.join(here, f"{name}.events.csv")
sf = os.path.join(here, f"{name}.sources.csv")
events = read(ef, EV_HDR)
ids = Counter(e["id"] for _, e in events)
for i, e in events:
    f = os.path.basename(ef)
    if not re.match(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$", e["id"]): err(f, i, "id", "must be YYYY-MM-DD-slug")
    if ids[e["id"]] > 1: err(f, i, "id", "duplicate")
    if not DATE.match(e["date"]) or not ("2022-12-07" <= e["date"] <= "2023-03-31"): err(f, i, "date", "YYYY-MM-DD in 2022-12-07..2023-03-31")
    if not e["id"].startswith(e["date"]): err(f, i, "id", "must start with date")
    if e["end_date"] and (not DATE.match(e["end_date"]) or e["end_date"] < e["date"]): err(f, i, "end_date", "YYYY-MM-DD not before date")
    if e["date_precision"] not in ("day", "approximate"): err(f, i, "date_precision", "day|approximate")
    if e["category"] not in CATS: err(f, i, "category", str(CATS))
    if e["scope"] not in ("local", "regional", "national"): err(f, i, "scope", "local|regional|national")
    regs = [r for r in e["region"].split(";") if r]
    for r in regs:
        if r not in REGIONS: err(f, i, "region", f"unknown code {r}")
    if e["scope"] == "local":
        if len(regs) != 1: err(f, i, "region", "local needs exactly one region")
        try:
            lat, lon = float(e["lat"]), float(e["lon"])
            if not (-18.5 < lat < 0 and -81.5 < lon < -68.5): err(f, i, "lat/lon", "outside Peru")
        except ValueError:
            err(f, i, "lat/lon", "local needs numeric lat and lon")
    else:
        if e["lat"] or e["lon"]: err(f, i, "lat/lon", "only local events have coordinates")
        if e["scope"] == "regional" and not regs: err(f, i, "region", "regional needs region codes")
        if e["scope"] == "national" and regs: err(f, i, "region", "national has no region")
    if e["location_precision"] not in ("site", "town", "district", "province", "region", "national"): err(f, i, "location_precision", "bad value")
    for k in ("deaths_civilians", "deaths_security_forces", "deaths_blockade_related", "injured", "detained"):
        if e[k] and not re.match(r"^\d+$", e[k]): err(f, i, k, "whole number or empty")
    if e["verification"] not in ("confirmed", "single-source", "disputed"): err(f, i, "verification", "bad value")
    if e["verification"] in ("disputed", "single-source") and not e["uncertainty_en"]: err(f, i, "uncertainty_en", f"required for {e['verification']}")
    for a in e["actors"].split(";"):
        if a not in ACTORS: err(f, i, "actors", f"unknown actor '{a}'")
    for k in ("title_es", "title_en", "description_es", "description_en"):
        if not e[k].strip(): err(f, i, k, "required")
        if re.search(r"<[a-zA-Z/]", e[k]): err(f, i, k, "no HTML")
    for k in ("title_es", "title_en"):
        if len(e[k]) > 90: err(f, i, k, "max 90 chars")
    if bool(e["uncertainty_es"]) != bool(e["uncertainty_en"]): err(f, i, "uncertainty_*", "both languages or neither")

srcs = read(sf, SRC_HDR)
have = Counter()
for i, s in srcs:
    f = os.path.basename(sf)
    if s["event_id"] not in ids: err(f, i, "event_id", "no such event")
    have[s["event_id"]] += 1
    if not s["publisher"] or not s["title"]: err(f, i, "publisher/title", "required")
    if not re.match(r"^\d{4}-\d{2}(-\d{2})?$", s["date"]): err(f, i, "date", "YYYY-MM-DD or YYYY-MM")
    if not re.match(r"^https?://\S+$", s["url"]): err(f, i, "url", "http(s) URL")
    if s["type"] not in ("press", "wire", "official", "ngo", "intergovernmental", "reference", "compilation"): err(f, i, "type", "bad value")
for eid in ids:
    if not have[eid]: errors.append(f"event {eid}: no source")

dp = os.path.join(here, f"{name}.deaths.csv")
if os.path.exists(dp):
    ev = {e["id"]: e for _, e in events}
    cnt = Counter()
    for i, d in read(dp, DEATH_HDR):
        f = os.path.basename(dp)
        if d["event_id"] not in ev: err(f, i, "event_id", "no such event"); continue
        if d["kind"] not in ("civilian", "security", "blockade"): err(f, i, "kind", "bad")
        cnt[(d["event_id"], d["kind"])] += 1
        if d["age"] and int(d["age"]) < 18 and d["name"]: err(f, i, "name", "never name a minor")
        if not DATE.match(d["date_of_death"]): err(f, i, "date_of_death", "YYYY-MM-DD")
        if d["counted_by_defensoria"] not in ("yes", "no", "unclear"): err(f, i, "counted_by_defensoria", "yes|no|unclear")
    for eid, e in ev.items():
        for kind, col in (("civilian", "deaths_civilians"), ("security", "deaths_security_forces"), ("blockade", "deaths_blockade_related")):
            n = int(e[col] or 0)
            if n != cnt[(eid, kind)]: errors.append(f"event {eid}: {col}={n} but ledger has {cnt[(eid, kind)]}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
print(f"OK: {len(events)} events, {len(srcs)} sources")
