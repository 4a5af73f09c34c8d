// Compares data-format options for docs/design.md: bytes raw/gzip, parse and row-validation time, supercluster build.
// The real dataset is repeated with jittered positions to 10,000 and 100,000 events.  npx tsx scripts/measure-format.ts
/* eslint-disable @typescript-eslint/no-explicit-any -- a measurement script over loosely typed JSON */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import Supercluster from 'supercluster';

const real = JSON.parse(readFileSync('public/data/events.geojson', 'utf8'));
function scale(n: number) {
  const out: any[] = [];
  let seed = 1;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const f = structuredClone(real.features[i % real.features.length]);
    f.properties.id = f.properties.id + '-' + i;
    if (f.geometry)
      f.geometry.coordinates = [
        f.geometry.coordinates[0] + (rnd() - 0.5) * 0.5,
        f.geometry.coordinates[1] + (rnd() - 0.5) * 0.5,
      ];
    out.push(f);
  }
  return { ...real, features: out };
}
const P0 = 19333;
const cats = ['blockade', 'march', 'strike', 'repression', 'emergency', 'political', 'other'];
const day = (s: string) => Math.round(Date.parse(s + 'T00:00:00Z') / 864e5) - P0;
function columnar(fc: any) {
  const F = fc.features;
  return {
    n: F.length,
    start: F.map((f: any) => day(f.properties.date)),
    end: F.map((f: any) => day(f.properties.end_date ?? f.properties.date)),
    cat: F.map((f: any) => cats.indexOf(f.properties.category)),
    lng: F.map((f: any) => (f.geometry ? Math.round(f.geometry.coordinates[0] * 1e4) : null)),
    lat: F.map((f: any) => (f.geometry ? Math.round(f.geometry.coordinates[1] * 1e4) : null)),
    deaths: F.map((f: any) => f.properties.deaths ?? 0),
    region: F.map((f: any) => (f.properties.region ? 1 : 0)),
  };
}
function binary(fc: any) {
  const F = fc.features;
  const n = F.length;
  const buf = new ArrayBuffer(n * 16);
  const dv = new DataView(buf);
  F.forEach((f: any, i: number) => {
    const o = i * 16;
    dv.setInt16(o, day(f.properties.date), true);
    dv.setInt16(o + 2, day(f.properties.end_date ?? f.properties.date), true);
    dv.setUint8(o + 4, cats.indexOf(f.properties.category));
    dv.setUint8(o + 5, 1);
    dv.setUint16(o + 6, f.properties.deaths ?? 0, true);
    dv.setFloat32(o + 8, f.geometry?.coordinates[0] ?? NaN, true);
    dv.setFloat32(o + 12, f.geometry?.coordinates[1] ?? NaN, true);
  });
  return new Uint8Array(buf);
}
const Row = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
  cat: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
  lng: v.nullable(v.pipe(v.number(), v.integer())),
  lat: v.nullable(v.pipe(v.number(), v.integer())),
  deaths: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const t = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return +(performance.now() - t0).toFixed(1);
};
console.log(
  '| events | GeoJSON raw / gzip | columnar JSON raw / gzip | binary raw / gzip | parse GeoJSON | parse columnar | validate rows (valibot) | supercluster build |',
);
for (const n of [300, 10000, 100000]) {
  const fc = n === 300 ? real : scale(n);
  const g = JSON.stringify(fc);
  const c = JSON.stringify(columnar(fc));
  const b = binary(fc);
  const kb = (x: number) => (x / 1024).toFixed(0) + ' KB';
  const pg = t(() => JSON.parse(g));
  const pc = t(() => JSON.parse(c));
  const cc = JSON.parse(c);
  const vt = t(() => {
    for (let i = 0; i < cc.n; i++) {
      const r = v.safeParse(Row, {
        start: cc.start[i],
        end: cc.end[i],
        cat: cc.cat[i],
        lng: cc.lng[i],
        lat: cc.lat[i],
        deaths: cc.deaths[i],
      });
      if (!r.success) {
        console.log(JSON.stringify(r.issues[0].path?.[0]?.key), r.issues[0].message);
        throw 0;
      }
    }
  });
  const pts = fc.features
    .filter((f: any) => f.geometry)
    .map((f: any, i: number) => ({ type: 'Feature', properties: { i }, geometry: f.geometry }));
  const sc = t(() => new Supercluster({ radius: 26, maxZoom: 9, minZoom: 3 }).load(pts));
  console.log(
    `| ${n} | ${kb(g.length)} / ${kb(gzipSync(g).length)} | ${kb(c.length)} / ${kb(gzipSync(c).length)} | ${kb(b.length)} / ${kb(gzipSync(b).length)} | ${pg} ms | ${pc} ms | ${vt} ms | ${sc} ms |`,
  );
}
