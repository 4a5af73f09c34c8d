/**
 * Interface text in Spanish and English, and date formatting that never goes through the local time zone
 * (days are formatted from UTC midnight with timeZone 'UTC').
 */
import type { Actor, Category, DeathKind, LocationPrecision, Verification } from '../data/schema';
import { dayToUTCDate, type Day } from '../time/days';
import type { Lang } from '../url/url-state';
import type { CsvColumn } from '../data/export';

type Dict = Record<string, { es: string; en: string }>;

export const CATEGORY_LABEL: Record<Category, { es: string; en: string }> = {
  blockade: { es: 'Bloqueo', en: 'Blockade' },
  march: { es: 'Marcha', en: 'March' },
  strike: { es: 'Paro', en: 'Strike' },
  repression: { es: 'Represión / enfrentamiento', en: 'Repression / clash' },
  emergency: { es: 'Emergencia / toque de queda', en: 'Emergency / curfew' },
  political: { es: 'Político', en: 'Political' },
  other: { es: 'Otro', en: 'Other' },
};

export const VERIFICATION_LABEL: Record<Verification, { es: string; en: string }> = {
  confirmed: { es: 'Confirmado', en: 'Confirmed' },
  'single-source': { es: 'Una sola fuente', en: 'Single source' },
  disputed: { es: 'En disputa', en: 'Disputed' },
};

export const DEATH_KIND_LABEL: Record<DeathKind, { es: string; en: string }> = {
  civilian: { es: 'civiles en enfrentamientos', en: 'civilians in clashes' },
  security: { es: 'policías o militares', en: 'police or soldiers' },
  blockade: { es: 'vinculadas a bloqueos', en: 'blockade-related' },
};

export const PRECISION_LABEL: Record<LocationPrecision, { es: string; en: string }> = {
  site: { es: 'lugar exacto', en: 'exact site' },
  town: { es: 'centro del pueblo o ciudad', en: 'town centre' },
  district: { es: 'capital del distrito', en: 'district capital' },
  province: { es: 'capital de la provincia', en: 'province capital' },
  region: { es: 'región', en: 'region' },
  national: { es: 'nacional', en: 'national' },
};

export const ACTOR_LABEL: Record<Actor, { es: string; en: string }> = {
  protesters: { es: 'manifestantes', en: 'protesters' },
  residents: { es: 'pobladores', en: 'residents' },
  students: { es: 'estudiantes', en: 'students' },
  unions: { es: 'sindicatos', en: 'unions' },
  'regional-organisations': { es: 'organizaciones regionales', en: 'regional organisations' },
  'indigenous-organisations': { es: 'organizaciones indígenas', en: 'Indigenous organisations' },
  miners: { es: 'mineros', en: 'miners' },
  'transport-workers': { es: 'transportistas', en: 'transport workers' },
  'national-police': { es: 'Policía Nacional', en: 'National Police' },
  'armed-forces': { es: 'Fuerzas Armadas', en: 'armed forces' },
  government: { es: 'Gobierno', en: 'government' },
  congress: { es: 'Congreso', en: 'Congress' },
  judiciary: { es: 'Poder Judicial', en: 'judiciary' },
  prosecutors: { es: 'Fiscalía', en: 'prosecutors' },
  ombudsman: { es: 'Defensoría del Pueblo', en: 'Ombudsman (Defensoría)' },
  'international-bodies': { es: 'organismos internacionales', en: 'international bodies' },
  'rights-groups': { es: 'organizaciones de derechos humanos', en: 'rights groups' },
  companies: { es: 'empresas', en: 'companies' },
  journalists: { es: 'periodistas', en: 'journalists' },
  'local-authorities': { es: 'autoridades locales', en: 'local authorities' },
  'foreign-governments': { es: 'gobiernos extranjeros', en: 'foreign governments' },
};

const UI: Dict = {
  title: { es: 'Atlas de las protestas en el Perú', en: 'Peru Protest Atlas' },
  subtitle: { es: 'Diciembre 2022 – marzo 2023', en: 'December 2022 – March 2023' },
  events: { es: 'eventos', en: 'events' },
  event: { es: 'evento', en: 'event' },
  deaths: { es: 'muertes', en: 'deaths' },
  death: { es: 'muerte', en: 'death' },
  shown: { es: 'en el mapa y la línea de tiempo', en: 'on the map and timeline' },
  play: { es: 'Reproducir', en: 'Play' },
  pause: { es: 'Pausa', en: 'Pause' },
  reset: { es: 'Todo el periodo', en: 'Whole period' },
  categories: { es: 'Categorías', en: 'Categories' },
  legend: { es: 'Leyenda', en: 'Legend' },
  close: { es: 'Cerrar', en: 'Close' },
  sources: { es: 'Fuentes', en: 'Sources' },
  casualties: { es: 'Víctimas', en: 'Casualties' },
  dead: { es: 'Fallecidos', en: 'Dead' },
  injured: { es: 'Heridos', en: 'Injured' },
  detained: { es: 'Detenidos', en: 'Detained' },
  noFigure: { es: 'sin cifra en las fuentes', en: 'no figure in sources' },
  victims: { es: 'Personas fallecidas', en: 'People who died' },
  minor: { es: 'menor de edad (nombre omitido)', en: 'minor (name withheld)' },
  unnamed: { es: 'sin nombre publicado', en: 'name not published' },
  age: { es: 'años', en: 'years old' },
  diedOn: { es: 'falleció el', en: 'died on' },
  uncertainty: { es: 'Incertidumbre', en: 'Uncertainty' },
  actors: { es: 'Actores', en: 'Actors' },
  location: { es: 'Ubicación', en: 'Location' },
  national: { es: 'Medida nacional', en: 'National measure' },
  regional: { es: 'Medida regional', en: 'Regional measure' },
  measuresLane: { es: 'Medidas nacionales y regionales', en: 'National and regional measures' },
  deathsStrip: { es: 'Muertes por día', en: 'Deaths per day' },
  atThisPlace: { es: 'eventos en este lugar', en: 'events at this place' },
  mapUnavailable: {
    es: 'No se puede dibujar el mapa en este navegador (requiere WebGL2). La lista de eventos, la línea de tiempo, los filtros y las fichas con sus fuentes siguen funcionando.',
    en: 'This browser cannot draw the map (it needs WebGL2). The list of events, the timeline, the filters and the event cards with their sources still work.',
  },
  loadFailed: {
    es: 'No se pudieron cargar los datos de eventos.',
    en: 'The event data could not be loaded.',
  },
  retry: { es: 'Reintentar', en: 'Try again' },
  mapStartFailed: {
    es: 'El mapa no pudo iniciarse (no se cargó uno de sus archivos). La lista de eventos, la línea de tiempo, los filtros y las fichas siguen funcionando.',
    en: 'The map could not start (one of its files did not load). The list of events, the timeline, the filters and the event cards still work.',
  },
  basemapFailed: {
    es: 'Parte del mapa base no se pudo cargar',
    en: 'Part of the base map could not be loaded',
  },
  basemapRegions: { es: 'límites de las regiones', en: 'region boundaries' },
  basemapNeighbours: { es: 'países vecinos', en: 'neighbouring countries' },
  basemapLabels: { es: 'nombres de regiones y ciudades', en: 'region and town names' },
  basemapFonts: { es: 'tipografía de los rótulos', en: 'label font' },
  loading: { es: 'Cargando eventos…', en: 'Loading events…' },
  download: { es: 'Descargar', en: 'Download' },
  downloadCsv: { es: 'CSV de esta vista', en: 'CSV of this view' },
  downloadFramed: {
    es: 'Si la descarga no empieza, la página que contiene el atlas no la permite:',
    en: 'If the download does not start, the page around the atlas does not allow it:',
  },
  downloadFullData: { es: 'todos los datos (GeoJSON)', en: 'all the data (GeoJSON)' },
  downloadIncomplete: {
    es: 'No se creó el archivo: no se pudieron cargar los detalles de {events}.',
    en: 'The file was not made: the details of {events} could not be loaded.',
  },
  downloadGeojson: { es: 'GeoJSON de esta vista', en: 'GeoJSON of this view' },
  credits: { es: 'Datos', en: 'Data' },
  about: { es: 'Acerca de', en: 'About' },
  range: { es: 'Periodo', en: 'Period' },
  verification: { es: 'Verificación', en: 'Verification' },
  from: { es: 'Desde', en: 'From' },
  to: { es: 'Hasta', en: 'To' },
  noEvents: {
    es: 'Ningún evento en este periodo con estos filtros.',
    en: 'No events in this period with these filters.',
  },
  selectHint: {
    es: 'Pulse un evento en el mapa o en la línea de tiempo para ver el detalle y sus fuentes.',
    en: 'Select an event on the map or the timeline to see its details and sources.',
  },
  language: { es: 'Idioma', en: 'Language' },
  mapLabel: { es: 'Mapa de eventos', en: 'Map of events' },
  timelineLabel: { es: 'Línea de tiempo', en: 'Timeline' },
  brushLabel: { es: 'Periodo seleccionado', en: 'Selected period' },
  rangeStart: { es: 'Inicio del periodo', en: 'Start of the period' },
  rangeEnd: { es: 'Fin del periodo', en: 'End of the period' },
  rangeWindow: { es: 'Periodo (mover entero)', en: 'Period (move as a whole)' },
  detailsUnavailable: {
    es: 'No se pudieron cargar el texto y las fuentes de este evento.',
    en: 'The text and sources of this event could not be loaded.',
  },
  rejectedEvents: {
    es: 'Algunos eventos del archivo de datos tienen errores y no se muestran',
    en: 'Some events in the data file have errors and are not shown',
  },
  rejectedDetails: {
    es: 'El texto y las fuentes de algunos eventos tienen errores: están en el mapa y la línea de tiempo, pero sus fichas no se pueden abrir',
    en: 'The texts and sources of some events have errors: they are on the map and timeline, but their cards cannot be opened',
  },
  loadNetwork: {
    es: 'No se pudieron descargar los datos de eventos. Compruebe su conexión y vuelva a intentarlo.',
    en: 'The event data could not be downloaded. Check your connection and try again.',
  },
  loadHttp: {
    es: 'No se pudieron descargar los datos de eventos: el servidor respondió con un error.',
    en: 'The event data could not be downloaded: the server answered with an error.',
  },
  loadDamaged: {
    es: 'El archivo de datos de eventos está dañado.',
    en: 'The event data file is damaged.',
  },
  loadFormat: {
    es: 'El archivo de datos de eventos no tiene el formato esperado.',
    en: 'The event data file is not in the expected format.',
  },
  dayLabel: { es: 'días', en: 'days' },
  cluster: { es: 'Varios eventos: pulse para acercar', en: 'Several events: click to zoom in' },
  // Issue 8: a group that zooming cannot split (one place, or the last level) lists its events on a click.
  clusterList: {
    es: 'Varios eventos en el mismo lugar: pulse para verlos',
    en: 'Several events at one place: click to list them',
  },
  opensNewTab: { es: '(se abre en una pestaña nueva)', en: '(opens in a new tab)' },
  deathsDetail: { es: 'Desglose', en: 'Breakdown' },
  showAll: { es: 'Todas', en: 'All' },
  sourceCount: { es: 'fuentes', en: 'sources' },
  timelineKeys: {
    es: 'Flechas: un día; Re Pág y Av Pág: una semana; Inicio y Fin: los extremos del periodo.',
    en: 'Arrow keys: a day; Page Up and Page Down: a week; Home and End: the ends of the period.',
  },

  // Issue 7 (accessibility): views, list, keyboard, announcements, map controls and texts that were hard-coded.
  views: { es: 'Vistas', en: 'Views' },
  viewMap: { es: 'Mapa', en: 'Map' },
  viewTimeline: { es: 'Línea de tiempo', en: 'Timeline' },
  viewList: { es: 'Lista de eventos', en: 'List of events' },
  listCaption: {
    es: 'Eventos del periodo y las categorías elegidas ({count})',
    en: 'Events in the chosen period and categories ({count})',
  },
  listCaptionRegion: {
    es: 'Eventos de {region} en el periodo y las categorías elegidas ({count})',
    en: 'Events in {region} in the chosen period and categories ({count})',
  },
  listSortHint: {
    es: 'Pulse el nombre de una columna para ordenar por ella.',
    en: 'Press a column name to sort by it.',
  },
  colDate: { es: 'Fecha', en: 'Date' },
  colPlace: { es: 'Lugar', en: 'Place' },
  colRegion: { es: 'Región', en: 'Region' },
  colCategory: { es: 'Categoría', en: 'Category' },
  colCasualties: { es: 'Víctimas', en: 'Casualties' },
  colTitle: { es: 'Título', en: 'Title' },
  colSources: { es: 'Fuentes', en: 'Sources' },
  listRows: { es: 'Eventos {first}–{last} de {total}', en: 'Events {first}–{last} of {total}' },
  pagePrev: { es: 'Página anterior', en: 'Previous page' },
  pageNext: { es: 'Página siguiente', en: 'Next page' },
  pagination: { es: 'Páginas de la lista', en: 'List pages' },
  textLoading: { es: 'cargando…', en: 'loading…' },
  textUnavailable: { es: 'texto no disponible', en: 'text unavailable' },
  nationalPlace: { es: 'Todo el país', en: 'Whole country' },
  approximateDate: { es: 'fecha aproximada', en: 'approximate date' },
  moreHere: { es: 'y {n} más aquí', en: 'and {n} more here' },
  legendDeaths: {
    es: 'Con muertes (cuantas más, más grande o más grueso el anillo; en un grupo, su cifra en negro)',
    en: 'With deaths (the more deaths, the larger or thicker the ring; on a group, their number in black)',
  },
  // A ring's count is not a region's (a fresh tester read the Puno ring's 82 as Puno's 71).
  legendGroup: {
    es: 'Grupo de eventos cercanos (puede juntar regiones vecinas)',
    en: 'Group of nearby events (it may span neighbouring regions)',
  },
  creditsLine: {
    es: 'Datos: Peru Protest Atlas{version} · CC BY 4.0 · fuentes citadas en cada evento · límites: Natural Earth',
    en: 'Data: Peru Protest Atlas{version} · CC BY 4.0 · sources cited in every event · boundaries: Natural Earth',
  },
  aboutMethod: {
    es: 'Cada evento se basa en al menos una fuente publicada que los editores leyeron; los de una sola fuente o en disputa están marcados y explicados. Las descripciones son propias, en español e inglés. Los nombres de menores nunca se publican.',
    en: 'Every event rests on at least one published source the editors read; single-source and disputed events are marked and explained. Descriptions are the editors’ own, in Spanish and English. Minors are never named.',
  },
  aboutDeaths: {
    es: 'Muertes: la Defensoría del Pueblo contó 67 al 21 de marzo de 2023 (49 civiles en enfrentamientos con las fuerzas del orden, 11 vinculadas a bloqueos, 1 policía y 6 militares). Este atlas registra {counted} de ellas persona por persona',
    en: 'Deaths: the Defensoría del Pueblo counted 67 by 21 March 2023 (49 civilians in clashes with security forces, 11 blockade-related, 1 police officer and 6 soldiers). This atlas records {counted} of them person by person',
  },
  aboutDeathsOthers: {
    es: ', y {others} más que otras fuentes vinculan a las protestas sin que conste que la Defensoría las contara',
    en: ', plus {others} that other sources link to the protests but the Defensoría is not known to have counted',
  },
  aboutCumulative: {
    es: '. Los balances acumulados no se suman como muertes nuevas.',
    en: '. Cumulative tolls are never added as new deaths.',
  },
  howToCite: { es: 'Cómo citar', en: 'How to cite' },
  fullDataset: { es: 'Conjunto de datos completo (GeoJSON)', en: 'Full dataset (GeoJSON)' },
  exportView: { es: 'Vista: del {from} al {to}, {url}', en: 'View: {from} to {to}, {url}' },
  exportViewRegion: { es: 'Vista: {region}, del {from} al {to}, {url}', en: 'View: {region}, {from} to {to}, {url}' },
  exportFilePrefix: { es: 'atlas-protestas-peru', en: 'peru-protest-atlas' },
  mapKeys: {
    es: 'N y P: evento siguiente y anterior (del centro hacia fuera); Intro: abrirlo; flechas: mover el mapa; + y −: acercar y alejar.',
    en: 'N and P: next and previous event (from the centre outwards); Enter: open it; arrow keys: move the map; + and −: zoom.',
  },
  mapFocused: { es: '{k} de {n}: {title}. {date}, {category}.', en: '{k} of {n}: {title}. {date}, {category}.' },
  mapNoneVisible: {
    es: 'No hay eventos visibles en esta parte del mapa.',
    en: 'No events are visible on this part of the map.',
  },
  mlZoomIn: { es: 'Acercar', en: 'Zoom in' },
  mlZoomOut: { es: 'Alejar', en: 'Zoom out' },
  mlResetBearing: { es: 'Orientar al norte', en: 'Reset bearing to north' },
  mlAttribution: { es: 'Mostrar u ocultar los créditos del mapa', en: 'Toggle map credits' },
  announceRange: { es: '{range}: {events}, {deaths}.', en: '{range}: {events}, {deaths}.' },
  announceRegion: { es: '{region}, {range}', en: '{region}, {range}' },
  laneMarks: {
    es: 'Medidas nacionales y regionales: flechas para recorrerlas, Intro para abrir',
    en: 'National and regional measures: arrow keys to move through them, Enter to open',
  },
  histogramMarks: {
    es: 'Eventos por día: flechas para recorrerlos, Intro para abrir',
    en: 'Events per day: arrow keys to move through them, Enter to open',
  },
  markBin: { es: '{events} · {category} · {date}', en: '{events} · {category} · {date}' },
  markEvent: { es: '{title} · {date} · {category}', en: '{title} · {date} · {category}' },
  marksNone: { es: 'Ninguna marca con estos filtros', en: 'No marks with these filters' },
  citation: {
    es: 'Peru Protest Atlas (conjunto de datos, versión {version}). Eventos de las protestas en el Perú, 7 de diciembre de 2022 – 31 de marzo de 2023. Licencia CC BY 4.0.',
    en: 'Peru Protest Atlas (dataset, version {version}). Events of the protests in Peru, 7 December 2022 – 31 March 2023. Licensed CC BY 4.0.',
  },
  titleOther: { es: 'Peru Protest Atlas', en: 'Atlas de las protestas en el Perú' },
  // Texts of components merged in from issues 6 and 8 (print view), through the catalogue like every other.
  storyAnnounce: { es: 'Paso {n} de {total}: {title}.', en: 'Step {n} of {total}: {title}.' },
  printDataset: { es: 'Peru Protest Atlas v{version}', en: 'Peru Protest Atlas v{version}' },
  printCurrentVersion: { es: '(versión actual: {version})', en: '(current version: {version})' },
  printMapCredit: {
    es: '© Natural Earth · Peru Protest Atlas (CC BY 4.0)',
    en: '© Natural Earth · Peru Protest Atlas (CC BY 4.0)',
  },
  // --- Issue 6 (branch stories): links that stay true, share and cite, guided stories, print ---------------------
  versionOld: {
    es: 'Este enlace muestra los datos como eran en la versión {old} ({date}). La versión actual es la {current}.',
    en: 'This link shows the data as it was in version {old} ({date}). The current version is {current}.',
  },
  versionChanges: {
    es: 'Desde entonces cambiaron {n} eventos de esta vista:',
    en: 'Since then, {n} events in this view have changed:',
  },
  versionOneChange: {
    es: 'Desde entonces cambió 1 evento de esta vista:',
    en: 'Since then, 1 event in this view has changed:',
  },
  versionNoChanges: {
    es: 'Ningún evento de esta vista cambió desde entonces.',
    en: 'No event in this view has changed since then.',
  },
  versionUseCurrent: { es: 'Usar los datos actuales', en: 'Use the current data' },
  versionShowChanges: { es: 'Ver los cambios', en: 'See the changes' },
  versionMissing: {
    es: 'Este enlace pide la versión {old} de los datos, que no se conserva aquí; se muestra la versión actual, {current}.',
    en: 'This link asks for version {old} of the data, which is not kept here; the current version, {current}, is shown.',
  },
  versionReasonNote: {
    es: 'Motivos tomados del registro de cambios del conjunto de datos (en inglés).',
    en: "Reasons from the dataset's changelog.",
  },
  changeAdded: { es: 'añadido', en: 'added' },
  changeCorrected: { es: 'corregido', en: 'corrected' },
  changeRemoved: { es: 'eliminado', en: 'removed' },
  changeReplacedBy: { es: 'fusionado con', en: 'merged into' },
  share: { es: 'Compartir y citar', en: 'Share and cite' },
  shareTitle: { es: 'Compartir y citar esta vista', en: 'Share and cite this view' },
  permalink: { es: 'Enlace permanente a esta vista', en: 'Permanent link to this view' },
  copyLink: { es: 'Copiar enlace', en: 'Copy link' },
  copy: { es: 'Copiar', en: 'Copy' },
  copied: { es: 'Copiado', en: 'Copied' },
  copyManually: {
    es: 'No se pudo copiar automáticamente: el texto está seleccionado, pulse Ctrl+C (⌘C en Mac).',
    en: 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).',
  },
  citeAs: { es: 'Citar esta vista', en: 'Cite this view' },
  citeNote: {
    es: 'Con el enlace permanente, la versión de los datos y la fecha de consulta de hoy.',
    en: "With the permanent link, the data version and today's access date.",
  },
  print: { es: 'Imprimir', en: 'Print' },
  printHint: {
    es: 'Mapa, línea de tiempo y lista de los eventos de esta vista con sus fuentes.',
    en: 'Map, timeline and list of the events in this view with their sources.',
  },
  stories: { es: 'Historias', en: 'Stories' },
  storiesIntro: { es: 'Recorridos guiados, paso a paso', en: 'Guided tours, step by step' },
  storiesUnavailable: { es: 'No se pudieron cargar las historias.', en: 'The stories could not be loaded.' },
  storyUnavailable: { es: 'No se pudo cargar esta historia.', en: 'This story could not be loaded.' },
  storyLabel: { es: 'Historia guiada', en: 'Guided story' },
  storySteps: { es: '{n} pasos', en: '{n} steps' },
  storyStepOf: { es: 'Paso {n} de {total}', en: 'Step {n} of {total}' },
  storyPrev: { es: 'Anterior', en: 'Previous' },
  storyNext: { es: 'Siguiente', en: 'Next' },
  storyExplore: { es: 'Explorar el mapa', en: 'Explore the map' },
  storyResume: { es: 'Volver al paso {n}', en: 'Back to step {n}' },
  storyExploring: {
    es: 'Está explorando por su cuenta. La historia sigue en el paso {n}.',
    en: 'You are exploring on your own. The story waits at step {n}.',
  },
  storyClose: { es: 'Cerrar la historia', en: 'Close the story' },
  storyEvents: { es: 'Eventos de este paso', en: 'Events in this step' },
  storyKeys: {
    es: 'Flechas izquierda y derecha, o deslizar: paso anterior o siguiente.',
    en: 'Left and right arrow keys, or swipe: previous or next step.',
  },
  printList: { es: 'Eventos de esta vista', en: 'Events in this view' },
  printView: { es: 'Vista', en: 'View' },
  printAccessed: { es: 'Consultado el', en: 'Accessed' },
  printMapMissing: {
    es: 'El mapa no pudo incluirse en la impresión.',
    en: 'The map could not be included in the print.',
  },
  printDetailsMissing: {
    es: 'Texto y fuentes no disponibles para este evento.',
    en: 'Text and sources not available for this event.',
  },
  allCategories: { es: 'todas las categorías', en: 'all categories' },

  // Issue 8: regions, totals, the cumulative toll.
  region: { es: 'Región', en: 'Region' },
  wholeCountry: { es: 'Todo el país', en: 'Whole country' },
  backToCountry: { es: 'Volver a todo el país', en: 'Back to the whole country' },
  regionFocus: { es: 'Vista de la región', en: 'Region view' },
  shade: { es: 'Sombrear regiones por', en: 'Shade regions by' },
  shadeOff: { es: 'Sin sombreado', en: 'No shading' },
  shadeEvents: { es: 'Eventos', en: 'Events' },
  shadeDeaths: { es: 'Muertes', en: 'Deaths' },
  shadeEventsRate: { es: 'Eventos por 100 000 hab.', en: 'Events per 100,000 people' },
  shadeDeathsRate: { es: 'Muertes por 100 000 hab.', en: 'Deaths per 100,000 people' },
  shadeNone: { es: 'Ninguno', en: 'None' },
  shadeRule: {
    es: 'Clases por cuantiles de las regiones con alguno, en el periodo y las categorías elegidas. Población: censo 2017 (INEI).',
    en: 'Classes by quantiles of the regions with any, in the chosen period and categories. Population: 2017 census (INEI).',
  },
  perHundredK: { es: 'por 100 000 hab.', en: 'per 100,000 people' },
  clickToFocus: { es: 'Pulse para ver solo esta región', en: 'Click to show this region only' },
  totals: { es: 'Totales', en: 'Totals' },
  totalsScope: { es: 'de esta vista', en: 'of this view' },
  byCategory: { es: 'Eventos por categoría', en: 'Events by category' },
  countedYes: { es: 'en la cifra de la Defensoría', en: 'in the Defensoría’s count' },
  countedNo: { es: 'fuera de su cifra', en: 'outside its count' },
  countedUnclear: { es: 'sin confirmar', en: 'unconfirmed' },
  defensoriaShort: { es: 'Defensoría', en: 'Defensoría' },
  // Not "según la Defensoría": on a day before its final count, it had published a lower figure (a fresh tester).
  defensoriaTotal: {
    es: 'que la Defensoría del Pueblo incluye en su recuento',
    en: 'that the Defensoría del Pueblo includes in its count',
  },
  deathsOutside: {
    es: 'que otras fuentes vinculan a las protestas y la Defensoría no cuenta',
    en: 'that other sources link to the protests and the Defensoría does not count',
  },
  injuredMin: { es: 'Heridos (cifras mínimas de las fuentes)', en: 'Injured (lowest figures in the sources)' },
  detainedMin: { es: 'Detenidos (cifras mínimas de las fuentes)', en: 'Detained (lowest figures in the sources)' },
  nationalWithRegionOne: {
    es: 'medida nacional que también rige aquí (no incluida en la cuenta)',
    en: 'national measure that applies here too (not in the count)',
  },
  nationalWithRegion: {
    es: 'medidas nacionales que también rigen aquí (no incluidas en la cuenta)',
    en: 'national measures that apply here too (not in the count)',
  },
  openList: { es: 'Ver los eventos', en: 'See the events' },
  // Issue 8 (a fresh tester's findings): the totals panel's table of deaths, kinds by rows, the split by columns.
  totalsKindHead: { es: 'Tipo de muerte', en: 'Kind of death' },
  totalsAllHead: { es: 'Total', en: 'Total' },
  totalsYesHead: { es: 'Defensoría', en: 'Defensoría' },
  totalsNoHead: { es: 'Fuera de su cifra', en: 'Outside its count' },
  totalsUnclearHead: { es: 'Sin confirmar', en: 'Unconfirmed' },
  tollBand: { es: 'Muertes acumuladas', en: 'Cumulative deaths' },
  // "75 al 31 mar." read as a range of days (a fresh tester): "75 hasta el 31 mar.".
  tollUntil: { es: 'hasta el', en: 'by' },
  tollCounted: { es: 'contadas por la Defensoría', en: 'counted by the Defensoría' },
  tollPublished: { es: 'cifra publicada por la Defensoría', en: 'total published by the Defensoría' },
  tollNote: { es: 'La Defensoría y el registro, fecha por fecha', en: 'The Defensoría and the ledger, date by date' },
  tollNoteIntro: {
    es: 'El registro cuenta cada muerte el día en que ocurrió; la Defensoría publicó su total en estas fechas (◆ coincide con el registro ese día, ◇ difiere). Difieren en:',
    en: 'The ledger counts each death on the day it happened; the Defensoría published its total on these dates (◆ agrees with the ledger that day, ◇ differs). They differ on:',
  },
  // Issue 8 (fresh tester): why the line's figure and the header's can differ for the same view.
  tollLineExplain: {
    es: 'La línea suma cada muerte en la fecha en que ocurrió, desde el 7 de diciembre de 2022 (la discontinua, solo las que cuenta la Defensoría). El encabezado y los totales suman las muertes de los eventos del periodo elegido, aunque alguien muriera después: por eso las cifras pueden diferir.',
    en: 'The line adds up each death on the date it happened, from 7 December 2022 (the dashed line: only those the Defensoría counts). The header and the totals add up the deaths of the events in the chosen period, even when someone died later: that is why the figures can differ.',
  },
  tollNoteSame: { es: 'Coinciden en las demás fechas.', en: 'They agree on the other dates.' },
  tollNationalOnly: {
    es: 'Las cifras de la Defensoría son nacionales: se muestran con todo el país y todas las categorías.',
    en: 'The Defensoría’s totals are national: they are shown for the whole country with every category.',
  },
  ledger: { es: 'registro', en: 'ledger' },
  nationalOutline: { es: 'contorno: todo el país', en: 'outline: whole country' },
  // Issue 8 (timeline tester): a visible hint when the toll line's figure and the header's deaths differ.
  tollGapLead: { es: 'La línea cuenta por fecha de muerte', en: 'The line counts by date of death' },
  tollGapOutsideOne: { es: 'de {total} queda fuera del periodo', en: 'of the {total} falls outside the range' },
  tollGapOutside: { es: 'de {total} quedan fuera del periodo', en: 'of the {total} fall outside the range' },
  tollGapEarlierOne: { es: 'muerte anterior al periodo incluida', en: 'earlier death included' },
  tollGapEarlier: { es: 'muertes anteriores al periodo incluidas', en: 'earlier deaths included' },

  // --- Issue 6: embed mode, embed code, host messages -----------------------------------------------------------
  embed: { es: 'Insertar', en: 'Embed' },
  embedTitle: { es: 'Insertar esta vista en una página', en: 'Embed this view in a page' },
  embedIntro: {
    es: 'El código muestra la vista actual (periodo, categorías, región, evento abierto e idioma) en formato compacto para artículos. Funciona en cualquier ancho desde 320 px.',
    en: 'The code shows the current view (period, categories, region, open event and language) in a compact layout for articles. It works at any width from 320 px.',
  },
  embedResponsive: { es: 'Adaptable: la altura sigue al ancho', en: 'Responsive: the height follows the width' },
  embedResponsiveNote: {
    es: 'Un script pequeño del atlas ajusta la altura del iframe. Las páginas con pym.js o AMP (amp-iframe resizable) no lo necesitan: el atlas les envía la altura en su formato.',
    en: 'A small script from the atlas sets the iframe’s height. Pages using pym.js or AMP (amp-iframe resizable) do not need it: the atlas sends them its height in their format.',
  },
  embedPlain: { es: 'Solo iframe, altura fija', en: 'Plain iframe, fixed height' },
  embedPlainNote: {
    es: 'Para gestores de contenido que no admiten scripts.',
    en: 'For content systems that do not allow scripts.',
  },
  copyCode: { es: 'Copiar código', en: 'Copy code' },
  codeCopied: { es: 'Código copiado.', en: 'Code copied.' },
  copyFailed: {
    es: 'No se pudo copiar: el código está seleccionado, cópielo con Ctrl+C (⌘+C).',
    en: 'Could not copy: the code is selected, copy it with Ctrl+C (⌘+C).',
  },
  openFull: { es: 'Abrir el atlas completo', en: 'Open the full atlas' },
  openFullShort: { es: 'Atlas completo', en: 'Full atlas' },
  frameTitle: {
    es: 'Atlas de las protestas en el Perú: mapa y línea de tiempo',
    en: 'Peru Protest Atlas: map and timeline',
  },
  gestureTouch: { es: 'Use dos dedos para mover el mapa', en: 'Use two fingers to move the map' },
  gestureWheel: { es: 'Use Ctrl + rueda para acercar el mapa', en: 'Use Ctrl + scroll to zoom the map' },
  gestureWheelMac: { es: 'Use ⌘ + rueda para acercar el mapa', en: 'Use ⌘ + scroll to zoom the map' },
  // --- Issue 7 (fresh tester's findings, branch a11y2) -------------------------------------------------------------
  technicalDetail: { es: 'Detalle técnico:', en: 'Technical detail:' },
};

export type UiKey = keyof typeof UI;
/** The interface catalogue as it is (the completeness test walks it). */
export const UI_CATALOGUE: Readonly<Dict> = UI;
export const UI_KEYS = Object.keys(UI) as UiKey[];

export function t(key: UiKey, lang: Lang): string {
  return UI[key]?.[lang] ?? String(key);
}

/** t() with {name} placeholders filled in (issue 6). */
export function tf(key: UiKey, lang: Lang, values: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export function label(map: Record<string, { es: string; en: string }>, key: string, lang: Lang): string {
  return map[key]?.[lang] ?? key;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', { ...opts, timeZone: 'UTC' });
    dayFormats.set(key, f);
  }
  return f;
}

/** "11 dic. 2022" / "11 Dec 2022". */
export function formatDate(day: Day, lang: Lang): string {
  return fmt(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayToUTCDate(day));
}

/** "11–19 dic. 2022" style ranges, or a single date when start === end. */
export function formatDayRange(start: Day, end: Day, lang: Lang): string {
  if (start === end) return formatDate(start, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

// One formatter per language and options: building an Intl.NumberFormat costs ~0.1 ms, and a scrub step formats
// dozens of figures (issue 10: it was most of a step's script time).
const numberFormats = new Map<string, Intl.NumberFormat>();
/** "1 234" / "1,234"; options for other forms (two significant digits for a rate: "0,93" / "0.93"). */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${lang}${JSON.stringify(options)}` : lang;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang === 'es' ? 'es-PE' : 'en-GB', options)));
  return f.format(n);
}

/** A moment as a long date in the reader's own time zone ("30 de noviembre de 2026" / "30 November 2026"). */
export function formatLongDate(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', { dateStyle: 'long' }).format(d);
}

/** "1 evento" / "2 eventos", the form chosen by Intl.PluralRules. */
export function plural(n: number, one: UiKey, many: UiKey, lang: Lang): string {
  return `${formatNumber(n, lang)} ${t(pluralRules(lang).select(n) === 'one' ? one : many, lang)}`;
}

// Issue 7 (accessibility): plural forms through Intl.PluralRules, and messages with values.

/**
 * Header row of the CSV download, in the reader's language. The English names are the dataset's field names
 * (data/README.md); the Spanish ones keep the same order and the same snake_case, so a script can map them.
 */
export const CSV_COLUMN_LABEL: Record<CsvColumn, { es: string; en: string }> = {
  id: { es: 'id', en: 'id' },
  date: { es: 'fecha', en: 'date' },
  end_date: { es: 'fecha_fin', en: 'end_date' },
  date_precision: { es: 'precision_fecha', en: 'date_precision' },
  category: { es: 'categoria', en: 'category' },
  scope: { es: 'alcance', en: 'scope' },
  place: { es: 'lugar', en: 'place' },
  region: { es: 'region', en: 'region' },
  regions: { es: 'regiones', en: 'regions' },
  lat: { es: 'lat', en: 'lat' },
  lon: { es: 'lon', en: 'lon' },
  location_precision: { es: 'precision_ubicacion', en: 'location_precision' },
  deaths: { es: 'muertes', en: 'deaths' },
  deaths_civilians: { es: 'muertes_civiles', en: 'deaths_civilians' },
  deaths_security_forces: { es: 'muertes_fuerzas_del_orden', en: 'deaths_security_forces' },
  deaths_blockade_related: { es: 'muertes_por_bloqueos', en: 'deaths_blockade_related' },
  injured: { es: 'heridos', en: 'injured' },
  detained: { es: 'detenidos', en: 'detained' },
  verification: { es: 'verificacion', en: 'verification' },
  actors: { es: 'actores', en: 'actors' },
  title_es: { es: 'titulo_es', en: 'title_es' },
  title_en: { es: 'titulo_en', en: 'title_en' },
  description_es: { es: 'descripcion_es', en: 'description_es' },
  description_en: { es: 'descripcion_en', en: 'description_en' },
  uncertainty_es: { es: 'incertidumbre_es', en: 'uncertainty_es' },
  uncertainty_en: { es: 'incertidumbre_en', en: 'uncertainty_en' },
  sources: { es: 'fuentes', en: 'sources' },
  dataset_version: { es: 'version_del_conjunto', en: 'dataset_version' },
  cite_as: { es: 'citar_como', en: 'cite_as' },
};

const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang === 'es' ? 'es-PE' : 'en-GB')));
  return r;
}

type Forms = { one: string; other: string; many?: string };
/** Nouns counted in the interface, in the plural categories CLDR gives each language. */
export const NOUNS: Record<string, Record<Lang, Forms>> = {
  day: { es: { one: 'día', other: 'días' }, en: { one: 'day', other: 'days' } },
  event: { es: { one: 'evento', other: 'eventos', many: 'de eventos' }, en: { one: 'event', other: 'events' } },
  death: { es: { one: 'muerte', other: 'muertes', many: 'de muertes' }, en: { one: 'death', other: 'deaths' } },
  injured: { es: { one: 'herido', other: 'heridos', many: 'de heridos' }, en: { one: 'injured', other: 'injured' } },
  dead: { es: { one: 'fallecido', other: 'fallecidos', many: 'de fallecidos' }, en: { one: 'dead', other: 'dead' } },
  detained: {
    es: { one: 'detenido', other: 'detenidos', many: 'de detenidos' },
    en: { one: 'detained', other: 'detained' },
  },
  source: { es: { one: 'fuente', other: 'fuentes', many: 'de fuentes' }, en: { one: 'source', other: 'sources' } },
};
export type Noun = keyof typeof NOUNS;

/** "1 día" / "3 días" / "1 day": the number through Intl.NumberFormat, the noun's form through Intl.PluralRules. */
export function countOf(n: number, noun: Noun, lang: Lang): string {
  return `${formatNumber(n, lang)} ${nounForm(n, noun, lang)}`;
}

/** The noun alone in the form for n ("fallecido" for 1, "fallecidos" for 2), when the number is shown apart. */
export function nounForm(n: number, noun: Noun, lang: Lang): string {
  const forms = NOUNS[noun]![lang];
  return forms[pluralRules(lang).select(n) as keyof Forms] ?? forms.other;
}
