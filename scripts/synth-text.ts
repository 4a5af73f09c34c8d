/**
 * Text templates for the synthetic benchmark datasets (scripts/synth-data.ts): titles, descriptions, uncertainty
 * notes and source titles, in Spanish and English, written for this purpose (nothing is copied from the real
 * events). Every template is a pair (es, en) with the same slots: {town}, {region}, {road}, {n}, {days}, {actor}.
 * Publishers are fictitious and every URL is under the reserved `.example` top-level domain (RFC 2606), so a
 * synthetic source can never be mistaken for a real one.
 */
import type { Category } from '../src/lib/data/schema';

export type Pair = readonly [es: string, en: string];

/** Titles of located (local) events, by category. */
export const LOCAL_TITLES: Record<Category, readonly Pair[]> = {
  blockade: [
    ['Bloqueo de la {road} a la altura de {town}', 'Blockade of the {road} near {town}'],
    [
      'Comuneros y transportistas cierran los accesos a {town}',
      'Villagers and transport workers close the roads into {town}',
    ],
    [
      'Piquetes con piedras y troncos interrumpen el tránsito en {town}',
      'Pickets with stones and logs stop traffic in {town}',
    ],
    ['Segundo día de bloqueo en el puente de entrada a {town}', 'Second day of the blockade on the bridge into {town}'],
    [
      'Cientos de vehículos varados por el bloqueo cerca de {town}',
      'Hundreds of vehicles stranded by the blockade near {town}',
    ],
  ],
  march: [
    [
      'Marcha hacia la plaza de armas de {town} pide la renuncia del gobierno',
      "March to {town}'s main square calls for the government to resign",
    ],
    ['Estudiantes y gremios marchan por el centro de {town}', 'Students and unions march through central {town}'],
    ['Delegaciones de {region} se movilizan en {town}', 'Delegations from {region} rally in {town}'],
    ['Marcha de mujeres y organizaciones sociales en {town}', 'Women and community organisations march in {town}'],
    ['Plantón frente a la sede de la prefectura de {town}', 'Sit-in outside the prefecture in {town}'],
  ],
  strike: [
    [
      'Paro indefinido se cumple con mercados cerrados en {town}',
      'Indefinite strike observed with markets closed in {town}',
    ],
    [
      'Gremios de {region} acatan el paro regional en {town}',
      '{region} organisations observe the regional strike in {town}',
    ],
    ['Transporte urbano paralizado en {town} por el paro', 'Urban transport halted in {town} by the strike'],
    ['Paro de 72 horas en {town}: comercios y colegios cerrados', '72-hour strike in {town}: shops and schools shut'],
  ],
  repression: [
    ['Enfrentamientos entre manifestantes y policías en {town}', 'Clashes between protesters and police in {town}'],
    [
      'La policía dispersa con gases lacrimógenos una protesta en {town}',
      'Police disperse a protest in {town} with tear gas',
    ],
    ['Detenciones durante el desalojo de un bloqueo en {town}', 'Arrests as a blockade is cleared in {town}'],
    [
      'Heridos de bala tras el intento de tomar el aeropuerto de {town}',
      'Gunshot injuries after an attempt to take the airport in {town}',
    ],
    [
      'Operativo policial y militar en la plaza de armas de {town}',
      "Police and military operation in {town}'s main square",
    ],
  ],
  emergency: [
    ['Estado de emergencia rige en la provincia de {town}', 'State of emergency in force in the province of {town}'],
    ['Toque de queda nocturno en {town}', 'Night-time curfew in {town}'],
    [
      'Fuerzas Armadas asumen el control del orden interno en {town}',
      'Armed forces take charge of internal order in {town}',
    ],
  ],
  political: [
    [
      'Alcaldes de {region} se reúnen en {town} para exigir el adelanto de elecciones',
      'Mayors of {region} meet in {town} to demand early elections',
    ],
    [
      'Mesa de diálogo entre el Ejecutivo y dirigentes en {town}',
      'Talks between the Executive and local leaders in {town}',
    ],
    [
      'Consejo regional de {region} se pronuncia desde {town}',
      '{region} regional council issues a statement from {town}',
    ],
    ['Visita de una comisión del gobierno a {town}', 'A government commission visits {town}'],
  ],
  other: [
    ['Vigilia por las víctimas de las protestas en {town}', 'Vigil for the victims of the protests in {town}'],
    [
      'Desabastecimiento de combustible y alimentos en {town} por los bloqueos',
      'Fuel and food shortages in {town} because of the blockades',
    ],
    ['Cierre temporal del aeropuerto de {town}', 'Airport of {town} temporarily closed'],
    ['Turistas varados en {town} son evacuados', 'Stranded tourists evacuated from {town}'],
    ['Sepelio multitudinario en {town}', 'Crowded funeral in {town}'],
    ['Ataque a una sede institucional en {town}', 'Attack on a public building in {town}'],
  ],
};

/** Optional endings of titles. */
export const TITLE_TAILS: readonly Pair[] = [
  [' pese al estado de emergencia', ' despite the state of emergency'],
  [' por tercer día consecutivo', ' for a third day running'],
  [' en rechazo al gobierno de Boluarte', " against Boluarte's government"],
  [' y exigen justicia por los fallecidos', ' and demand justice for the dead'],
  [', según la Defensoría del Pueblo', ', according to the Ombudsman'],
];

/** Titles of regional measures (no point on the map). */
export const REGIONAL_TITLES: Record<Category, readonly Pair[]> = {
  blockade: [['Bloqueos en varias provincias de {region}', 'Blockades across several provinces of {region}']],
  march: [
    ['Movilizaciones simultáneas en las provincias de {region}', 'Simultaneous rallies in the provinces of {region}'],
  ],
  strike: [['Paro regional indefinido en {region}', 'Indefinite regional strike in {region}']],
  repression: [['Denuncias de detenciones arbitrarias en {region}', 'Reports of arbitrary arrests in {region}']],
  emergency: [
    ['Estado de emergencia en {region} por {days} días', 'State of emergency in {region} for {days} days'],
    ['Prórroga del estado de emergencia en {region}', 'State of emergency in {region} extended'],
    ['Toque de queda en provincias de {region}', 'Curfew in provinces of {region}'],
  ],
  political: [['Gobierno regional de {region} declara duelo', '{region} regional government declares mourning']],
  other: [['Clases escolares suspendidas en {region}', 'School classes suspended in {region}']],
};

/** Titles of national measures and events. */
export const NATIONAL_TITLES: Record<Category, readonly Pair[]> = {
  blockade: [
    [
      'Más de {n} puntos de bloqueo en el país, según el reporte oficial',
      'More than {n} blockade points nationwide, says the official report',
    ],
  ],
  march: [
    [
      'Jornada nacional de movilización convocada por centrales sindicales',
      'National day of protest called by union federations',
    ],
  ],
  strike: [['Paro nacional convocado por gremios de transportistas', 'National strike called by transport unions']],
  repression: [
    [
      'Fiscalía abre investigación por las muertes en las protestas',
      'Prosecutors open an investigation into the protest deaths',
    ],
  ],
  emergency: [['Estado de emergencia nacional por {days} días', 'Nationwide state of emergency for {days} days']],
  political: [
    [
      'El Congreso debate una moción para adelantar las elecciones',
      'Congress debates a motion to bring the elections forward',
    ],
    ['Renuncia un ministro del gabinete', 'A cabinet minister resigns'],
    [
      'La presidenta pide una tregua en un mensaje a la nación',
      'The president calls for a truce in an address to the nation',
    ],
    [
      'Misión internacional de derechos humanos llega al país',
      'International human-rights mission arrives in the country',
    ],
    [
      'El Congreso rechaza el adelanto de elecciones en una nueva votación',
      'Congress rejects early elections in a new vote',
    ],
  ],
  other: [
    [
      'Pérdidas económicas por las protestas superan los {n} millones, según el gremio empresarial',
      'Losses from the protests exceed {n} million, says the business association',
    ],
    [
      'Defensoría publica un nuevo balance de conflictos sociales',
      'The Ombudsman publishes a new report on social conflicts',
    ],
  ],
};

/** Opening sentences of descriptions, by category. */
export const OPENINGS: Record<Category, readonly Pair[]> = {
  blockade: [
    [
      'Manifestantes bloquearon la {road} con piedras, troncos y llantas quemadas a la altura de {town}.',
      'Protesters blocked the {road} with stones, logs and burning tyres near {town}.',
    ],
    [
      'Comuneros de las provincias altas de {region} instalaron piquetes en los accesos a {town} desde la madrugada.',
      'Villagers from the highland provinces of {region} set up pickets on the roads into {town} before dawn.',
    ],
  ],
  march: [
    [
      'Miles de personas marcharon por las calles de {town} hasta la plaza de armas.',
      'Thousands of people marched through the streets of {town} to the main square.',
    ],
    [
      'Estudiantes, gremios y organizaciones campesinas se concentraron en {town} y recorrieron el centro.',
      'Students, unions and peasant organisations gathered in {town} and marched through the centre.',
    ],
  ],
  strike: [
    [
      'El paro convocado por los gremios de {region} se cumplió en {town} con mercados, colegios y comercios cerrados.',
      'The strike called by {region} organisations was observed in {town}, with markets, schools and shops closed.',
    ],
    [
      'El transporte urbano e interprovincial no circuló en {town} durante la jornada de paro.',
      'Urban and inter-provincial transport did not run in {town} on the strike day.',
    ],
  ],
  repression: [
    [
      'Agentes de la policía dispersaron a los manifestantes en {town} con gases lacrimógenos y perdigones.',
      'Police dispersed the protesters in {town} with tear gas and pellets.',
    ],
    [
      'Los enfrentamientos en {town} se prolongaron durante varias horas, según testigos citados por la prensa local.',
      'The clashes in {town} went on for several hours, according to witnesses quoted by the local press.',
    ],
  ],
  emergency: [
    [
      'El Ejecutivo declaró el estado de emergencia, que suspende las libertades de reunión y de tránsito.',
      'The Executive declared a state of emergency, suspending the freedoms of assembly and movement.',
    ],
    [
      'Un decreto supremo dispuso el toque de queda y el apoyo de las Fuerzas Armadas a la policía.',
      'A supreme decree imposed a curfew and ordered the armed forces to support the police.',
    ],
  ],
  political: [
    [
      'El pleno del Congreso debatió durante horas sin alcanzar los votos necesarios.',
      'The full Congress debated for hours without reaching the votes required.',
    ],
    [
      'Autoridades regionales y dirigentes se reunieron con representantes del gobierno en {town}.',
      'Regional authorities and leaders met government representatives in {town}.',
    ],
  ],
  other: [
    [
      'Las protestas y los bloqueos afectaron el abastecimiento de combustible y alimentos en {town}.',
      'Protests and blockades disrupted the supply of fuel and food in {town}.',
    ],
    [
      'Vecinos de {town} se reunieron para recordar a las personas fallecidas durante las protestas.',
      'Residents of {town} gathered to remember the people who died during the protests.',
    ],
  ],
};

/** Further sentences, any category. */
export const FILLERS: readonly Pair[] = [
  [
    'Los manifestantes exigían la renuncia de la presidenta, el cierre del Congreso y el adelanto de las elecciones.',
    "The protesters demanded the president's resignation, the closure of Congress and early elections.",
  ],
  [
    'La Defensoría del Pueblo informó de la situación en su reporte diario de conflictos sociales.',
    'The Ombudsman reported on the situation in its daily social-conflict report.',
  ],
  [
    'Según la prensa local, la protesta se mantuvo hasta la noche.',
    'According to the local press, the protest continued into the night.',
  ],
  [
    'Las autoridades de {region} pidieron diálogo y anunciaron que evaluarían la situación.',
    'The authorities of {region} called for dialogue and said they would assess the situation.',
  ],
  [
    'Los dirigentes anunciaron nuevas medidas si el gobierno no respondía a sus pedidos.',
    'Leaders announced further action if the government did not respond to their demands.',
  ],
  [
    'Varios comercios permanecieron cerrados y el transporte funcionó de forma parcial.',
    'Several shops stayed closed and transport ran only in part.',
  ],
  [
    'La policía informó que restableció el tránsito por la tarde, versión que los dirigentes negaron.',
    'The police said traffic was restored in the afternoon, which the leaders denied.',
  ],
  [
    'El Ministerio del Interior atribuyó los hechos a grupos organizados; las organizaciones locales rechazaron esa versión.',
    'The Interior Ministry blamed organised groups; local organisations rejected that account.',
  ],
  [
    'Hospitales de la zona atendieron a personas con contusiones y problemas respiratorios.',
    'Local hospitals treated people for bruises and breathing problems.',
  ],
  [
    'La jornada coincidió con una convocatoria nacional de las centrales sindicales.',
    'The day coincided with a national call by the union federations.',
  ],
  [
    'La Iglesia y colegios profesionales ofrecieron mediar entre las partes.',
    'The Church and professional associations offered to mediate between the parties.',
  ],
  [
    'El balance oficial se actualizó en los días siguientes.',
    'The official figures were updated in the days that followed.',
  ],
];

export const CASUALTY_SENTENCES: Pair = [
  'Según los reportes, hubo {n} personas fallecidas y otras heridas.',
  'According to the reports, {n} people died and others were injured.',
];

export const UNCERTAINTY_BASE: Pair = [
  'Evento sintético generado para pruebas de rendimiento; no describe un hecho real.',
  'Synthetic event generated for performance tests; it does not describe a real event.',
];

export const UNCERTAINTY_EXTRA: readonly Pair[] = [
  [
    'Las fuentes difieren en la hora de inicio y en el número de participantes.',
    'Sources differ on the starting time and on the number of participants.',
  ],
  [
    'Coordenadas del centro de la localidad, no del lugar exacto.',
    'Coordinates are the town centre, not the exact spot.',
  ],
  [
    'La cifra de heridos procede de una sola fuente y no pudo contrastarse.',
    'The number of injured comes from a single source and could not be cross-checked.',
  ],
  [
    'La fecha es aproximada: la nota se publicó al día siguiente sin precisar el día.',
    'The date is approximate: the report was published the next day without giving the day.',
  ],
];

export const ROADS = [
  'Panamericana Sur',
  'Panamericana Norte',
  'Carretera Central',
  'Interoceánica Sur',
  'Longitudinal de la Sierra',
  'vía de Evitamiento',
  'carretera departamental',
  'vía de acceso al aeropuerto',
] as const;

/** Fictitious outlets; URLs on the reserved .example TLD. */
export const PUBLISHERS: readonly { name: string; domain: string; type: 'press' | 'wire' | 'official' | 'ngo' }[] = [
  { name: 'Diario Ejemplo', domain: 'diario-ejemplo.example', type: 'press' },
  { name: 'Crónica del Sur (ficticio)', domain: 'cronica-sur.example', type: 'press' },
  { name: 'Radio Muestra', domain: 'radio-muestra.example', type: 'press' },
  { name: 'Noticias de Prueba', domain: 'noticias-prueba.example', type: 'press' },
  { name: 'El Observador Sintético', domain: 'observador.example', type: 'press' },
  { name: 'Agencia Ficticia de Noticias', domain: 'agencia-ficticia.example', type: 'wire' },
  { name: 'Boletín Oficial de Prueba', domain: 'gob-prueba.example', type: 'official' },
  { name: 'Observatorio Ciudadano (ficticio)', domain: 'observatorio.example', type: 'ngo' },
];

export const SOURCE_TITLE_SUFFIXES: readonly string[] = [
  ': lo que se sabe',
  ' | Minuto a minuto',
  ': reportan la situación en la zona',
  ' — EN VIVO',
  ', según testigos',
  '',
];

export const CAUSES = [
  'gunshot wound',
  'pellet wounds',
  'head trauma',
  'asphyxia',
  'lack of medical care at a blockade',
];
