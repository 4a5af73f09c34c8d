/**
 * The dataset's vocabulary and types, shared by the build-time validator (scripts/build-data.ts), the loader in
 * the browser and the exports. Changing a list here changes what the build accepts: document it in
 * data/README.md in the same commit.
 */
import type { Day } from '../time/days';

export const CATEGORIES = ['blockade', 'march', 'strike', 'repression', 'emergency', 'political', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCOPES = ['local', 'regional', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

export const DATE_PRECISIONS = ['day', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const LOCATION_PRECISIONS = ['site', 'town', 'district', 'province', 'region', 'national'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const VERIFICATIONS = ['confirmed', 'single-source', 'disputed'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const ACTORS = [
  'protesters',
  'residents',
  'students',
  'unions',
  'regional-organisations',
  'indigenous-organisations',
  'miners',
  'transport-workers',
  'national-police',
  'armed-forces',
  'government',
  'congress',
  'judiciary',
  'prosecutors',
  'ombudsman',
  'international-bodies',
  'rights-groups',
  'companies',
  'journalists',
  'local-authorities',
  'foreign-governments',
] as const;
export type Actor = (typeof ACTORS)[number];

export const SOURCE_TYPES = [
  'press',
  'wire',
  'official',
  'ngo',
  'intergovernmental',
  'reference',
  'compilation',
  'aggregator',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const DEATH_KINDS = ['civilian', 'security', 'blockade'] as const;
export type DeathKind = (typeof DEATH_KINDS)[number];

export const DEFENSORIA_COUNTS = ['yes', 'no', 'unclear'] as const;
export type DefensoriaCount = (typeof DEFENSORIA_COUNTS)[number];

/** ISO 3166-2:PE codes with their Spanish names. PE-LMA is Lima Metropolitana (Lima province). */
export const REGIONS: Readonly<Record<string, string>> = {
  'PE-AMA': 'Amazonas',
  'PE-ANC': 'Áncash',
  'PE-APU': 'Apurímac',
  'PE-ARE': 'Arequipa',
  'PE-AYA': 'Ayacucho',
  'PE-CAJ': 'Cajamarca',
  'PE-CAL': 'Callao',
  'PE-CUS': 'Cusco',
  'PE-HUC': 'Huánuco',
  'PE-HUV': 'Huancavelica',
  'PE-ICA': 'Ica',
  'PE-JUN': 'Junín',
  'PE-LAL': 'La Libertad',
  'PE-LAM': 'Lambayeque',
  'PE-LIM': 'Lima (región)',
  'PE-LMA': 'Lima Metropolitana',
  'PE-LOR': 'Loreto',
  'PE-MDD': 'Madre de Dios',
  'PE-MOQ': 'Moquegua',
  'PE-PAS': 'Pasco',
  'PE-PIU': 'Piura',
  'PE-PUN': 'Puno',
  'PE-SAM': 'San Martín',
  'PE-TAC': 'Tacna',
  'PE-TUM': 'Tumbes',
  'PE-UCA': 'Ucayali',
};

export interface Source {
  publisher: string;
  title: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  url: string;
  type: SourceType;
}

/** One person in the deaths ledger. Names only for adults, as the major press reported them. */
export interface Victim {
  kind: DeathKind;
  name: string | null;
  age: number | null;
  date_of_death: string;
  cause: string;
  counted_by_defensoria: DefensoriaCount;
}

/** The properties of one Feature in /data/events.geojson. */
export interface EventProperties {
  id: string;
  date: string;
  end_date: string | null;
  date_precision: DatePrecision;
  category: Category;
  scope: Scope;
  place: string;
  /** The event's region (the first one for a multi-region measure); null for national items. */
  region: string | null;
  regions: string[];
  location_precision: LocationPrecision;
  /** Sum of the three death columns; null when no source gives any figure. */
  deaths: number | null;
  deaths_civilians: number | null;
  deaths_security_forces: number | null;
  deaths_blockade_related: number | null;
  injured: number | null;
  detained: number | null;
  verification: Verification;
  actors: Actor[];
  title_es: string;
  title_en: string;
  description_es: string;
  description_en: string;
  uncertainty_es: string | null;
  uncertainty_en: string | null;
  victims: Victim[];
  distinct_from: string[];
  sources: Source[];
  /**
   * The dataset version that last changed this event (its properties or geometry), stamped by the build from the
   * previous release's compiled file and data/CHANGELOG.md (src/lib/data/changelog.ts); never typed by hand.
   * Absent in files of releases built before 1.1.0.
   */
  updated?: string;
}

export interface EventFeature {
  type: 'Feature';
  id?: number;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: EventProperties;
}

export interface DatasetMeta {
  title: string;
  version: string;
  generated: string;
  license: string;
  citation: string;
  url: string;
  period: { from: string; to: string };
  /** Ids of removed (merged) events and the id that replaced each one, from data/redirects.csv. */
  redirects?: Record<string, string>;
}

export interface EventCollection {
  type: 'FeatureCollection';
  metadata: DatasetMeta;
  features: EventFeature[];
}

/** An event as the app uses it: the properties plus precomputed day numbers and position. */
export interface AtlasEvent extends EventProperties {
  /** Index in the dataset; also the MapLibre feature id. */
  index: number;
  start: Day;
  end: Day;
  lngLat: [number, number] | null;
}
