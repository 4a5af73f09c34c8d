import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import {
  compileDataset,
  compileRedirects,
  decreesIn,
  DEATH_COLUMNS,
  EVENT_COLUMNS,
  findInitials,
  formatError,
  REDIRECT_COLUMNS,
  SOURCE_COLUMNS,
} from './validate';

type Row = Record<string, string>;

const goodEvent: Row = {
  id: '2023-01-09-juliaca-airport',
  date: '2023-01-09',
  end_date: '',
  date_precision: 'day',
  category: 'repression',
  scope: 'local',
  place: 'Aeropuerto Inca Manco Cápac, Juliaca',
  region: 'PE-PUN',
  lat: '-15.4840',
  lon: '-70.1330',
  location_precision: 'town',
  deaths_civilians: '1',
  deaths_security_forces: '',
  deaths_blockade_related: '',
  injured: '100',
  detained: '',
  verification: 'confirmed',
  actors: 'protesters;national-police',
  title_es: 'Título',
  title_en: 'Title',
  description_es: 'Descripción.',
  description_en: 'Description.',
  uncertainty_es: '',
  uncertainty_en: '',
  distinct_from: '',
};
const nationalEvent: Row = {
  ...goodEvent,
  id: '2022-12-14-national-emergency',
  date: '2022-12-14',
  end_date: '2023-01-13',
  category: 'emergency',
  scope: 'national',
  place: 'Todo el país',
  region: '',
  lat: '',
  lon: '',
  location_precision: 'national',
  deaths_civilians: '',
  injured: '',
  actors: 'government',
};
const sources: Row[] = [
  {
    event_id: goodEvent.id!,
    publisher: 'La República',
    title: 'T',
    date: '2023-01-10',
    url: 'https://larepublica.pe/a',
    type: 'press',
  },
  {
    event_id: goodEvent.id!,
    publisher: 'Infobae',
    title: 'T',
    date: '2023-01-10',
    url: 'https://infobae.com/b',
    type: 'press',
  },
  {
    event_id: nationalEvent.id!,
    publisher: 'El Peruano',
    title: 'DS',
    date: '2022-12',
    url: 'https://elperuano.pe/c',
    type: 'official',
  },
];
const deaths: Row[] = [
  {
    event_id: goodEvent.id!,
    kind: 'civilian',
    name: 'Nombre Adulto',
    age: '30',
    date_of_death: '2023-01-09',
    cause: 'gunshot',
    counted_by_defensoria: 'yes',
    source_url: 'https://larepublica.pe/a',
    note: '',
  },
];

function files(ev: Row[], src: Row[] = sources, dead: Row[] = deaths) {
  const csv = (cols: readonly string[], rows: Row[]) =>
    parseCsv(
      toCsv(
        cols,
        rows.map((r) => cols.map((c) => r[c] ?? '')),
      ),
    );
  return {
    events: { name: 'data/events.csv', table: csv(EVENT_COLUMNS, ev) },
    sources: { name: 'data/sources.csv', table: csv(SOURCE_COLUMNS, src) },
    deaths: { name: 'data/deaths.csv', table: csv(DEATH_COLUMNS, dead) },
  };
}

describe('compileDataset', () => {
  it('compiles good rows into features with sources, victims and summed deaths', () => {
    const { features, errors } = compileDataset(files([goodEvent, nationalEvent]));
    expect(errors).toEqual([]);
    expect(features).toHaveLength(2);
    const local = features.find((f) => f.properties.id === goodEvent.id)!;
    expect(local.geometry).toEqual({ type: 'Point', coordinates: [-70.133, -15.484] });
    expect(local.properties).toMatchObject({
      deaths: 1,
      deaths_civilians: 1,
      deaths_security_forces: null,
      injured: 100,
      region: 'PE-PUN',
      regions: ['PE-PUN'],
    });
    expect(local.properties.sources).toHaveLength(2);
    expect(local.properties.victims).toEqual([
      {
        kind: 'civilian',
        name: 'Nombre Adulto',
        age: 30,
        date_of_death: '2023-01-09',
        cause: 'gunshot',
        counted_by_defensoria: 'yes',
      },
    ]);
    const national = features.find((f) => f.properties.id === nationalEvent.id)!;
    expect(national.geometry).toBeNull();
    expect(national.properties.deaths).toBeNull();
  });

  // Each malformed row must fail with the file, the line, the field and a hint of what to write.
  it.each([
    ['a bad date', { date: '2023-02-30' }, 'date', /not a real date/],
    ['a date outside the period', { date: '2022-11-30' }, 'date', /outside the covered period/],
    ['end before start', { end_date: '2023-01-01' }, 'end_date', /before the start date/],
    ['an unknown category', { category: 'riot' }, 'category', /use one of: blockade/],
    ['a bad region code', { region: 'PE-XXX' }, 'region', /not an ISO 3166-2:PE code/],
    ['coordinates outside Peru', { lat: '15.48', lon: '-70.13' }, 'lat/lon', /outside Peru/],
    ['missing coordinates on a local event', { lat: '' }, 'lat/lon', /needs numeric lat and lon/],
    ['a non-numeric count', { injured: 'many' }, 'injured', /not a whole number/],
    ['an unknown actor', { actors: 'protesters;aliens' }, 'actors', /"aliens" is not allowed/],
    ['HTML in a text', { description_en: 'A <b>bold</b> claim' }, 'description_en', /HTML/],
    ['a missing translation', { title_en: '' }, 'title_en', /is empty/],
    ['uncertainty in one language only', { uncertainty_es: 'Dudas.' }, 'uncertainty_en', /both languages/],
    ['a disputed event without a note', { verification: 'disputed' }, 'uncertainty_en', /what is disputed/],
    ['a bad id', { id: 'Juliaca 9 Jan' }, 'id', /not a valid id/],
    ['death columns that disagree with the ledger', { deaths_civilians: '2' }, 'deaths_civilians', /lists 1 civilian/],
  ])('rejects %s', (_label, patch, field, message) => {
    const { errors } = compileDataset(files([{ ...goodEvent, ...patch } as Row, nationalEvent]));
    const e = errors.find((x) => x.field === field);
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.file).toBe('data/events.csv');
    expect(e!.line).toBe(2);
    expect(e!.message).toMatch(message);
    expect(formatError(e!)).toMatch(/^data\/events\.csv:2 field "/);
  });

  it('rejects a national measure with a point', () => {
    const { errors } = compileDataset(files([goodEvent, { ...nationalEvent, lat: '-12', lon: '-77' }]));
    expect(errors.map((e) => [e.line, e.field])).toContainEqual([3, 'lat/lon']);
  });

  it('rejects duplicate ids and same day/category/place unless marked distinct', () => {
    const twin = { ...goodEvent, id: 'other-id', deaths_civilians: '' };
    const twinSources = [
      ...sources,
      { ...sources[0]!, event_id: 'other-id' },
      { ...sources[1]!, event_id: 'other-id' },
    ];
    let { errors } = compileDataset(files([goodEvent, twin, nationalEvent], twinSources));
    expect(errors.map((e) => [e.line, e.field])).toEqual([[3, 'distinct_from']]);
    ({ errors } = compileDataset(
      files([goodEvent, { ...twin, distinct_from: goodEvent.id! }, nationalEvent], twinSources),
    ));
    expect(errors).toEqual([]);
    ({ errors } = compileDataset(files([goodEvent, { ...goodEvent }])));
    expect(errors.some((e) => e.field === 'id' && /already used on line 2/.test(e.message))).toBe(true);
  });

  it('requires a source for every event, and two outlets or an official body for "confirmed"', () => {
    let { errors } = compileDataset(files([goodEvent, nationalEvent], [sources[0]!, sources[2]!]));
    expect(errors.some((e) => e.field === 'verification' && /two independent outlets/.test(e.message))).toBe(true);
    ({ errors } = compileDataset(files([goodEvent, nationalEvent], sources.slice(0, 2))));
    expect(errors.some((e) => e.field === 'id' && /has no source/.test(e.message))).toBe(true);
  });

  it('"confirmed" counts independent publishers: one wire story reprinted twice, or one outlet twice, is one source', () => {
    const one = (publisher: string, url: string, type = 'wire') => ({ ...sources[0]!, publisher, url, type });
    const check = (src: Row[]) =>
      compileDataset(files([goodEvent, nationalEvent], [...src, sources[2]!])).errors.filter(
        (e) => e.field === 'verification',
      );
    expect(
      check([one('Expreso (EFE)', 'https://expreso.ec/a'), one('Infobae (EFE)', 'https://infobae.com/b')]),
    ).toHaveLength(1);
    expect(
      check([
        one('La República', 'https://larepublica.pe/a', 'press'),
        one('La República', 'https://larepublica.pe/b', 'press'),
      ]),
    ).toHaveLength(1);
    expect(
      check([one('Expreso (EFE)', 'https://expreso.ec/a'), one('Infobae (AFP)', 'https://infobae.com/b')]),
    ).toHaveLength(0);
  });

  it('a compilation or an aggregator never confirms an event', () => {
    const agg = { ...sources[1]!, publisher: 'Política y Economía', type: 'aggregator' };
    let { errors } = compileDataset(files([goodEvent, nationalEvent], [sources[0]!, agg, sources[2]!]));
    const e = errors.find((x) => x.field === 'verification');
    expect(e?.message).toMatch(/compilations and aggregators never count/);
    ({ errors } = compileDataset(
      files([goodEvent, nationalEvent], [sources[0]!, { ...agg, type: 'compilation' }, sources[2]!]),
    ));
    expect(errors.some((x) => x.field === 'verification')).toBe(true);
  });

  it.each([
    ['a mirror host', 'https://829842.bflnqr70.asia/print/77892', /copy of servindi\.org/],
    ['a staging host', 'https://beta.gestion.pe/peru/x-noticia/', /development, test, staging/],
    ['a CDN origin', 'https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/peru/x', /CDN or origin server/],
    ['a tag page', 'https://lanoticia.com.pe/tag/ecuador/', /not an article/],
    ['plain http', 'http://ojo.pe/actualidad/x-noticia/', /write https:\/\/ojo\.pe/],
  ])('rejects a source URL on %s, naming file, line, field and the fix', (_l, url, message) => {
    const { errors } = compileDataset(
      files([goodEvent, nationalEvent], [sources[0]!, { ...sources[1]!, url }, sources[2]!]),
    );
    const e = errors.find((x) => x.file === 'data/sources.csv' && x.field === 'url');
    expect(e?.line).toBe(3);
    expect(e?.message).toMatch(message);
  });

  it.each([
    ['a non-http URL', { url: 'ftp://x.pe/a' }, 'url'],
    ['a URL with spaces', { url: 'https://x.pe/a b' }, 'url'],
    ['a missing date', { date: '' }, 'date'],
    ['an unknown event', { event_id: 'nope' }, 'event_id'],
    ['an unknown type', { type: 'blog' }, 'type'],
  ])('rejects a source with %s, naming data/sources.csv and its line', (_l, patch, field) => {
    const { errors } = compileDataset(
      files([goodEvent, nationalEvent], [sources[0]!, { ...sources[1]!, ...patch }, sources[2]!]),
    );
    expect(errors.find((e) => e.file === 'data/sources.csv' && e.field === field)?.line).toBe(3);
  });

  it('never publishes the name of a minor', () => {
    const { errors } = compileDataset(files([goodEvent, nationalEvent], sources, [{ ...deaths[0]!, age: '15' }]));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/deaths.csv', line: 2, field: 'name' }));
  });

  // Privacy: initials identify people (a minor by initials plus a place); they are never printed, in any text.
  it.each([
    ['an event description', 'events', { description_en: 'A boy, J.C.M., died.' }, 'description_en', 'J.C.M.'],
    ['a title with spaced initials', 'events', { title_es: 'Muere J. C. M. en Virú' }, 'title_es', 'J. C. M.'],
    [
      'an uncertainty note',
      'events',
      { uncertainty_es: 'Solo E. V.', uncertainty_en: 'Only E. V.' },
      'uncertainty_es',
      'E. V.',
    ],
    ['a ledger name', 'deaths', { name: 'J. Pérez' }, 'name', 'J. Pérez'],
    ['a ledger note', 'deaths', { note: "Listed only as 'J.C.' in the report" }, 'note', 'J.C.'],
    ['a published headline', 'sources', { title: 'Menor D.E.V.J. fue hallado' }, 'title', 'D.E.V.J.'],
  ])('rejects initials in %s', (_label, file, patch, field, found) => {
    const ev = file === 'events' ? [{ ...goodEvent, ...patch } as Row, nationalEvent] : [goodEvent, nationalEvent];
    const src = file === 'sources' ? [{ ...sources[0]!, ...patch } as Row, ...sources.slice(1)] : sources;
    const dead = file === 'deaths' ? [{ ...deaths[0]!, ...patch } as Row] : deaths;
    const { errors } = compileDataset(files(ev, src, dead));
    const e = errors.find((x) => x.file === `data/${file}.csv` && x.field === field);
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.line).toBe(2);
    expect(e!.message).toContain(`"${found}" looks like a person's initials`);
  });

  it('lets legitimate abbreviations through', () => {
    const patch = {
      description_es:
        'Llegaron a la Av. Abancay a las 10 a.m. y a las 3 p.m. el Sr. Quispe habló; EE.UU. y Minera S.A. respondieron.',
      description_en: 'The U.S. embassy and Minera S.A.C. reacted to Decree n.º 009; Annex I. lists the dead.',
    };
    const src = [
      { ...sources[0]!, title: 'En intervención de U. San Marcos detuvieron a 193 personas' },
      ...sources.slice(1),
    ];
    expect(compileDataset(files([{ ...goodEvent, ...patch }, nationalEvent], src)).errors).toEqual([]);
  });

  it.each(['J.C.M.', 'J. C. M.', 'J.C.', 'E. V.', 'J. Pérez', 'murió Juan C. ayer'])(
    'finds the initials in "%s"',
    (text) => {
      expect(findInitials(text)).not.toBeNull();
    },
  );

  it.each([
    'EE.UU.',
    'EE. UU.',
    'S.A.',
    'S.A.C.',
    'S.R.L.',
    'a.m.',
    'p.m.',
    'n.º 190',
    'N.º 190',
    'Av. Grau',
    'Jr. Puno',
    'Sr. Quispe',
    'U.S.',
    'Informe III.',
    'Anexo I.',
  ])('does not mistake "%s" for initials', (text) => {
    expect(findInitials(text)).toBeNull();
  });

  it('reads a published headline leniently for single initials, strictly for runs of them', () => {
    expect(findInitials('En intervención de U. San Marcos', true)).toBeNull();
    expect(findInitials('En intervención de U. San Marcos')).toBe('U. San');
    expect(findInitials('Menor J. Q. murió', true)).toBe('J. Q.');
  });

  it('reports a missing column in the header', () => {
    const f = files([goodEvent]);
    f.events.table.header = f.events.table.header.filter((h) => h !== 'scope');
    const { errors } = compileDataset(f);
    expect(errors[0]).toMatchObject({ file: 'data/events.csv', line: 1, field: 'header' });
    expect(errors[0]!.message).toMatch(/missing column\(s\) scope/);
  });

  it('does not mutate the parsed tables', () => {
    const f = files([goodEvent, nationalEvent]);
    const before = JSON.stringify(f);
    compileDataset(f);
    expect(JSON.stringify(f)).toBe(before);
  });

  it('two ids with the same slug must be marked distinct (or merged)', () => {
    const later = { ...goodEvent, id: '2023-01-19-juliaca-airport', date: '2023-01-19', deaths_civilians: '' };
    const src = [...sources, { ...sources[0]!, event_id: later.id }, { ...sources[1]!, event_id: later.id }];
    let { errors } = compileDataset(files([goodEvent, later, nationalEvent], src));
    const e = errors.find((x) => x.field === 'distinct_from');
    expect(e?.line).toBe(3);
    expect(e?.message).toMatch(/same slug as "2023-01-09-juliaca-airport" \(line 2\)/);
    ({ errors } = compileDataset(files([goodEvent, { ...later, distinct_from: goodEvent.id! }, nationalEvent], src)));
    expect(errors).toEqual([]);
  });

  it('one decree is one event: two titles naming the same decree must be marked distinct', () => {
    expect(decreesIn('Toque de queda en Puno (DS 009-2023-PCM) y DS 143-2022-PCM')).toEqual([
      '009-2023-PCM',
      '143-2022-PCM',
    ]);
    const curfew = {
      ...nationalEvent,
      id: '2022-12-16-curfew',
      date: '2022-12-16',
      end_date: '',
      title_en: 'Curfew in Puno (DS 143-2022-PCM)',
    };
    const decree = { ...nationalEvent, title_en: 'Nationwide emergency (DS 143-2022-PCM)' };
    const src = [...sources, { ...sources[2]!, event_id: curfew.id }];
    let { errors } = compileDataset(files([goodEvent, decree, curfew], src));
    const e = errors.find((x) => x.field === 'distinct_from');
    expect(e?.line).toBe(4);
    expect(e?.message).toMatch(/names decree 143-2022-PCM, as does "2022-12-14-national-emergency" \(line 3\)/);
    ({ errors } = compileDataset(files([goodEvent, decree, { ...curfew, distinct_from: nationalEvent.id! }], src)));
    expect(errors).toEqual([]);
  });
});

describe('compileRedirects', () => {
  const table = (rows: Row[]) =>
    parseCsv(
      toCsv(
        REDIRECT_COLUMNS,
        rows.map((r) => REDIRECT_COLUMNS.map((c) => r[c] ?? '')),
      ),
    );
  const ids = new Set(['2023-01-21-machu-picchu-closure', '2023-02-05-emergency']);

  it('maps each removed id to the event that replaced it', () => {
    const { redirects, errors } = compileRedirects(
      'data/redirects.csv',
      table([{ old_id: '2023-01-20-machu-picchu-rail', new_id: '2023-01-21-machu-picchu-closure', reason: 'merged' }]),
      ids,
    );
    expect(errors).toEqual([]);
    expect(redirects).toEqual({ '2023-01-20-machu-picchu-rail': '2023-01-21-machu-picchu-closure' });
  });

  it.each([
    ['a new id that is not an event', { new_id: 'nope' }, 'new_id', /not an event id in events\.csv/],
    ['an old id that is still an event', { old_id: '2023-02-05-emergency' }, 'old_id', /still an event/],
    ['a malformed old id', { old_id: 'Old Id' }, 'old_id', /not a valid event id/],
    ['no reason', { reason: '' }, 'reason', /say why the event was removed/],
  ])('rejects %s, with file, line and field', (_l, patch, field, message) => {
    const row = { old_id: '2023-01-20-x', new_id: '2023-01-21-machu-picchu-closure', reason: 'merged', ...patch };
    const { errors } = compileRedirects('data/redirects.csv', table([row]), ids);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/redirects.csv', line: 2, field }));
    expect(errors.find((e) => e.field === field)!.message).toMatch(message);
  });

  it('rejects the same old id redirected twice', () => {
    const row = { old_id: '2023-01-20-x', new_id: '2023-02-05-emergency', reason: 'merged' };
    const { errors } = compileRedirects('data/redirects.csv', table([row, row]), ids);
    expect(errors).toEqual([expect.objectContaining({ line: 3, field: 'old_id' })]);
  });
});
