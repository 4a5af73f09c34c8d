/**
 * The events as a MapLibre custom layer (WebGL2), the way deck.gl's DataFilterExtension works: per-event data is
 * uploaded once per dataset, and the time range, the categories and the region are uniforms, so a scrub step is a
 * uniform change and one repaint — no setData, no worker, no re-tiling (docs/design.md, "Map layer").
 *
 * Groups (clusters) are fixed per zoom (src/lib/map/groups.ts); on a filter change the CPU sums each group's
 * events in one pass over typed arrays and uploads the totals (a small texture the point shader reads, and the
 * groups' own data). Picking happens on the CPU too (pick.ts), from the same sums.
 *
 * Every quad is two triangles of a plain (not instanced) draw whose vertex shader reads its event's or group's data
 * from a float texture at `gl_VertexID / 6` ("vertex pulling", shaders.ts). Software WebGL (SwiftShader) pays about
 * 13 µs per instance of an instanced draw: 100,000 instanced events cost over a second per frame there (issue 10).
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { CATEGORIES } from '../../../lib/data/schema';
import type { EventTable } from '../../../lib/data/table';
import type { CategoryMask } from '../../../lib/data/aggregate';
import { aggregate, levelFor, mercatorX, mercatorY, type GroupLevel, type GroupSums } from '../../../lib/map/groups';
import { ringScale } from '../../../lib/map/group-collision';
import { CATEGORY_STYLE } from '../../../lib/map/palette';
import { rasterizeShape } from '../../../lib/map/icons';
import type { DayRange } from '../../../lib/time/range';
import { EVENTS_PER_ROW, GROUPS_FS, GROUPS_PER_ROW, GROUPS_VS, POINTS_FS, POINTS_VS } from './shaders';

export const EVENTS_LAYER_ID = 'events-gl';

/** Groups per row of the group totals texture (one texel each; within the least MAX_TEXTURE_SIZE of WebGL2). */
const GROUP_TOTALS_PER_ROW = 2048;

export interface EventsFilter {
  range: DayRange;
  mask: CategoryMask;
  /** Region code index, or −1 for all. */
  region: number;
}

/** Icon box in CSS pixels at scale 1. */
const ICON_CSS = 16;

/**
 * Starts compiling and linking a program without waiting for it. Chromium compiles in its GPU process, and any
 * status query waits there for the result: asked right away, the two programs cost ~0.4 s of the first load on
 * software WebGL (issue 10). Asked at the first draw (`checkLinked`), the compiling overlaps with the map's tiling
 * of the regions. The shaders have no vertex attributes (see the file's header), so nothing else needs the result.
 */
function compile(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const prog = gl.createProgram()!;
  for (const [type, src] of [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ] as const) {
    const sh = gl.createShader(type)!;
    gl.shaderSource(sh, src);
    gl.compileShader(sh);
    gl.attachShader(prog, sh);
  }
  gl.linkProgram(prog);
  return prog;
}

/**
 * A float texture of `perRow` records of `texels` RGBA (or R) texels each, one row after another: how the
 * shaders read per-event and per-group data (`texelFetch` at `(k % perRow) * texels + t, k / perRow`). Widths
 * stay within 2,048 texels, the least MAX_TEXTURE_SIZE WebGL2 allows, so up to 2,048 rows: 2 million events.
 */
function uploadRecords(
  gl: WebGL2RenderingContext,
  tex: WebGLTexture,
  data: Float32Array,
  count: number,
  texels: number,
  perRow: number,
  channels: 1 | 4,
) {
  const width = Math.max(1, Math.min(count, perRow) * texels);
  const height = Math.max(1, Math.ceil(count / perRow));
  const size = width * height * channels;
  let pixels = data;
  if (data.length !== size) {
    pixels = new Float32Array(size);
    pixels.set(data.subarray(0, Math.min(data.length, size)));
  }
  gl.bindTexture(gl.TEXTURE_2D, tex);
  const [internal, format] = channels === 4 ? [gl.RGBA32F, gl.RGBA] : [gl.R32F, gl.RED];
  gl.texImage2D(gl.TEXTURE_2D, 0, internal, width, height, 0, format, gl.FLOAT, pixels);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
}

/** Throws with the driver's log when a program failed (a shader that does not compile fails the link too). */
function checkLinked(gl: WebGL2RenderingContext, prog: WebGLProgram) {
  // A lost context answers null to everything; MapLibre stops drawing until it is restored.
  if (gl.isContextLost() || gl.getProgramParameter(prog, gl.LINK_STATUS)) return;
  const logs = gl.getAttachedShaders(prog)?.map((sh) => gl.getShaderInfoLog(sh)) ?? [];
  throw new Error(`events layer program: ${[gl.getProgramInfoLog(prog), ...logs].filter(Boolean).join(' | ')}`);
}

function hexToVec3(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Digits atlas "0123456789k" drawn with the page's bold font, alpha only. */
function digitAtlas(dpr: number): { canvas: HTMLCanvasElement; cell: [number, number] } {
  const cellW = 8;
  const cellH = 13;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(cellW * 11 * dpr);
  canvas.height = Math.ceil(cellH * dpr);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.font = `700 12px "Noto Sans", system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#000';
  '0123456789k'.split('').forEach((ch, i) => ctx.fillText(ch, i * cellW + cellW / 2, cellH / 2 + 0.5));
  return { canvas, cell: [cellW, cellH] };
}

export class EventsLayer implements CustomLayerInterface {
  readonly id = EVENTS_LAYER_ID;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;

  #map: MapLibreMap | null = null;
  #points: WebGLProgram | null = null;
  #groupsProg: WebGLProgram | null = null;
  /** An empty vertex array: the draws read no attributes, and MapLibre's bound arrays must not be checked. */
  #vao: WebGLVertexArrayObject | null = null;
  /** Per event, 2 RGBA texels (EVENTS_PER_ROW a row): (x, y, first day, last day), (category, deaths, region, 0). */
  #eventTex: WebGLTexture | null = null;
  /** Per event (R, EVENTS_PER_ROW a row): its group at the current level. */
  #groupOfTex: WebGLTexture | null = null;
  /** Per group drawn (3 RGBA texels, GROUPS_PER_ROW a row), see `#update`. */
  #groupDataTex: WebGLTexture | null = null;
  /** Per group of the level (R, 2,048 a row): its events in range; the point shader hides grouped events. */
  #groupTex: WebGLTexture | null = null;
  #iconTex: WebGLTexture | null = null;
  #digitTex: WebGLTexture | null = null;
  #digitCell: [number, number] = [8, 13];
  #texWidth = 1;
  #level: GroupLevel | null = null;
  #sums: GroupSums | null = null;
  #filter: EventsFilter;
  #focus: [number, number] = [-1, -1];
  #dirty = true;
  /** Whether both programs' link status has been checked (at the first draw, not at `onAdd`: see `compile`). */
  #linked = false;
  #groupCount = 0;
  /** Fired after each frame this layer drew (the bench and the tests wait on it). */
  onRender: (() => void) | null = null;

  constructor(
    readonly table: EventTable,
    readonly levels: readonly GroupLevel[],
    filter: EventsFilter,
  ) {
    this.#filter = filter;
  }

  /** The sums behind what is drawn now (picking reads them). */
  get current(): { level: GroupLevel | null; sums: GroupSums | null; filter: EventsFilter } {
    return { level: this.#level, sums: this.#sums, filter: this.#filter };
  }

  setFilter(f: EventsFilter) {
    const o = this.#filter;
    if (o.range.from === f.range.from && o.range.to === f.range.to && o.mask === f.mask && o.region === f.region)
      return;
    this.#filter = f;
    this.#dirty = true;
    this.#map?.triggerRepaint();
  }

  #hollow = false;
  /** Regions shaded under the events: groups leave their centre open so that the shade shows (shaders.ts). */
  setHollow(hollow: boolean) {
    if (hollow === this.#hollow) return;
    this.#hollow = hollow;
    this.#map?.triggerRepaint();
  }

  /** The hovered and selected events (indices or null), drawn last with a white disc, whatever the filters. */
  setFocus(hovered: number | null, selected: number | null) {
    const next: [number, number] = [hovered ?? -1, selected ?? -1];
    if (next[0] === this.#focus[0] && next[1] === this.#focus[1]) return;
    this.#focus = next;
    this.#map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext) {
    this.#map = map;
    this.#points = compile(gl, POINTS_VS, POINTS_FS);
    this.#groupsProg = compile(gl, GROUPS_VS, GROUPS_FS);
    this.#linked = false;
    this.#vao = gl.createVertexArray();
    this.#eventTex = gl.createTexture();
    this.#groupOfTex = gl.createTexture();
    this.#groupDataTex = gl.createTexture();
    this.#groupTex = gl.createTexture();
    this.#level = null;
    this.#dirty = true;
    this.#uploadEvents(gl);
    this.#buildTextures(gl);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext) {
    for (const t of [
      this.#eventTex,
      this.#groupOfTex,
      this.#groupDataTex,
      this.#groupTex,
      this.#iconTex,
      this.#digitTex,
    ])
      if (t) gl.deleteTexture(t);
    if (this.#vao) gl.deleteVertexArray(this.#vao);
    for (const p of [this.#points, this.#groupsProg]) if (p) gl.deleteProgram(p);
    this.#map = null;
  }

  /** Per-event data, uploaded once: position, days, category, deaths, region (shaders.ts, POINTS_VS). */
  #uploadEvents(gl: WebGL2RenderingContext) {
    const t = this.table;
    const n = t.count;
    // Days relative to the first event so that float32 holds them exactly.
    const data = new Float32Array(n * 8);
    for (let i = 0; i < n; i++) {
      const o = i * 8;
      const has = t.hasPoint(i);
      data[o] = has ? mercatorX(t.lng[i]!) : -10;
      data[o + 1] = has ? mercatorY(t.lat[i]!) : -10;
      data[o + 2] = t.start[i]! - this.#dayBase;
      data[o + 3] = t.end[i]! - this.#dayBase;
      data[o + 4] = t.category[i]!;
      data[o + 5] = t.deathsOf(i);
      data[o + 6] = t.regionStart[i + 1]! > t.regionStart[i]! ? t.regionList[t.regionStart[i]!]! : -1;
    }
    uploadRecords(gl, this.#eventTex!, data, n, 2, EVENTS_PER_ROW, 4);
  }

  get #dayBase(): number {
    return this.table.count ? this.table.start[0]! : 0;
  }

  #buildTextures(gl: WebGL2RenderingContext) {
    // Category icons, rasterised in code (identical everywhere), side by side, premultiplied.
    const dpr = Math.min(3, Math.max(1, Math.round(window.devicePixelRatio || 1)));
    const size = Math.round(ICON_CSS * dpr * 1.25);
    const atlas = new Uint8Array(size * 7 * size * 4);
    CATEGORIES.forEach((c, k) => {
      const img = rasterizeShape(CATEGORY_STYLE[c].shape, CATEGORY_STYLE[c].color, size, 1.5 * dpr);
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) {
          const s = (y * size + x) * 4;
          const d = (y * size * 7 + k * size + x) * 4;
          const a = img.data[s + 3]! / 255;
          atlas[d] = img.data[s]! * a;
          atlas[d + 1] = img.data[s + 1]! * a;
          atlas[d + 2] = img.data[s + 2]! * a;
          atlas[d + 3] = img.data[s + 3]!;
        }
    });
    this.#iconTex = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.#iconTex);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, size * 7, size, 0, gl.RGBA, gl.UNSIGNED_BYTE, atlas);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);

    const digits = digitAtlas(dpr);
    this.#digitCell = digits.cell;
    this.#digitTex = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.#digitTex);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, digits.canvas);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  }

  /** Level change (zoom) or filter change: re-sum the groups and upload totals and the groups' data. */
  #update(gl: WebGL2RenderingContext, zoom: number) {
    const level = levelFor(this.levels, zoom);
    const levelChanged = level !== this.#level;
    if (!levelChanged && !this.#dirty) return;
    this.#dirty = false;
    const f = this.#filter;
    const t = this.table;
    const include = f.region >= 0 ? (i: number) => t.inRegion(i, f.region) : undefined;
    this.#sums = aggregate(t, level, f.range, f.mask, include, levelChanged ? undefined : (this.#sums ?? undefined));
    if (levelChanged) {
      this.#level = level;
      uploadRecords(gl, this.#groupOfTex!, Float32Array.from(level.of), t.count, 1, EVENTS_PER_ROW, 1);
    }
    const sums = this.#sums;
    // Totals texture for the point shader: one texel per group, GROUP_TOTALS_PER_ROW a row.
    uploadRecords(gl, this.#groupTex!, Float32Array.from(sums.total), level.count, 1, GROUP_TOTALS_PER_ROW, 1);
    this.#texWidth = Math.max(1, Math.min(level.count, GROUP_TOTALS_PER_ROW));
    // Groups drawn (2 events or more), 12 floats each: x, y, total, cum×6 (after categories 0…5; the 7th ends at
    // 1), deaths, 0, 0 — three RGBA texels (GROUPS_VS).
    const C = CATEGORIES.length;
    const data = new Float32Array(level.count * 12);
    let k = 0;
    for (let g = 0; g < level.count; g++) {
      const total = sums.total[g]!;
      if (total < 2) continue;
      const o = k * 12;
      data[o] = level.x[g]!;
      data[o + 1] = level.y[g]!;
      data[o + 2] = total;
      let cum = 0;
      for (let c = 0; c < C - 1; c++) {
        cum += sums.byCategory[g * C + c]!;
        data[o + 3 + c] = cum / total;
      }
      data[o + 9] = sums.deaths[g]!;
      k++;
    }
    this.#groupCount = k;
    uploadRecords(gl, this.#groupDataTex!, data.subarray(0, k * 12), k, 3, GROUPS_PER_ROW, 4);
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput) {
    const map = this.#map;
    if (!map || !this.#points || !this.#groupsProg) return;
    const g2 = gl as WebGL2RenderingContext;
    if (!this.#linked) {
      checkLinked(g2, this.#points);
      checkLinked(g2, this.#groupsProg);
      this.#linked = true;
    }
    const zoom = map.getZoom();
    this.#update(g2, zoom);
    // mainMatrix projects Web Mercator 0…1 to clip space (modelViewProjectionMatrix works in world pixels).
    const matrix = options.defaultProjectionData.mainMatrix as unknown as Float32List;
    // The map's size in CSS px from the canvas's buffer (MapLibre sizes it to pixel ratio × CSS size): reading
    // clientWidth would force a layout of the page in the middle of the frame (issue 10: the DOM a scrub step
    // changed is laid out once, after the frame).
    const canvas = map.getCanvas();
    const pr = map.getPixelRatio();
    const viewport = [canvas.width / pr, canvas.height / pr];

    g2.enable(g2.BLEND);
    g2.blendFunc(g2.ONE, g2.ONE_MINUS_SRC_ALPHA);
    g2.disable(g2.DEPTH_TEST);
    g2.bindVertexArray(this.#vao);

    // Groups first, so that single events (and the deaths they carry) sit on top.
    if (this.#groupCount > 0) {
      const p = this.#groupsProg;
      g2.useProgram(p);
      g2.uniformMatrix4fv(g2.getUniformLocation(p, 'u_matrix'), false, matrix);
      g2.uniform2fv(g2.getUniformLocation(p, 'u_viewport'), viewport);
      g2.uniform3fv(
        g2.getUniformLocation(p, 'u_colors'),
        CATEGORIES.flatMap((c) => hexToVec3(CATEGORY_STYLE[c].color)),
      );
      g2.uniform2fv(g2.getUniformLocation(p, 'u_digitCell'), this.#digitCell);
      g2.uniform1f(g2.getUniformLocation(p, 'u_scale'), ringScale(this.#level?.zoom ?? Infinity));
      g2.uniform1i(g2.getUniformLocation(p, 'u_hollow'), this.#hollow ? 1 : 0);
      g2.activeTexture(g2.TEXTURE0);
      g2.bindTexture(g2.TEXTURE_2D, this.#digitTex);
      g2.uniform1i(g2.getUniformLocation(p, 'u_digits'), 0);
      g2.activeTexture(g2.TEXTURE1);
      g2.bindTexture(g2.TEXTURE_2D, this.#groupDataTex);
      g2.uniform1i(g2.getUniformLocation(p, 'u_groupData'), 1);
      g2.drawArrays(g2.TRIANGLES, 0, 6 * this.#groupCount);
    }

    const p = this.#points;
    g2.useProgram(p);
    const f = this.#filter;
    const u = (name: string) => g2.getUniformLocation(p, name);
    g2.uniformMatrix4fv(u('u_matrix'), false, matrix);
    g2.uniform2fv(u('u_viewport'), viewport);
    g2.uniform1f(u('u_from'), f.range.from - this.#dayBase);
    g2.uniform1f(u('u_to'), f.range.to - this.#dayBase);
    g2.uniform1i(u('u_mask'), f.mask);
    g2.uniform1f(u('u_region'), f.region);
    g2.uniform1i(u('u_groupsWidth'), this.#texWidth);
    g2.uniform1i(u('u_grouped'), 1);
    // Icons grow a little with zoom (0.85× at the national view, 1.15× from zoom 9), as the basemap's labels do.
    g2.uniform1f(u('u_iconSize'), ICON_CSS * Math.min(1.15, Math.max(0.85, 0.85 + (zoom - 4) * 0.06)));
    // Hovered first, so that the selected event draws on top; an event both hovered and selected is drawn once.
    const [hovered, selected] = this.#focus;
    const count = this.table.count;
    const inTable = (i: number) => (i >= 0 && i < count ? i : -1);
    g2.uniform2i(u('u_focus'), hovered === selected ? -1 : inTable(hovered), inTable(selected));
    const textures: [string, WebGLTexture | null][] = [
      ['u_icons', this.#iconTex],
      ['u_groups', this.#groupTex],
      ['u_events', this.#eventTex],
      ['u_groupOf', this.#groupOfTex],
    ];
    textures.forEach(([name, tex], unit) => {
      g2.activeTexture(g2.TEXTURE0 + unit);
      g2.bindTexture(g2.TEXTURE_2D, tex);
      g2.uniform1i(u(name), unit);
    });
    g2.uniform1i(u('u_mode'), 0);
    g2.drawArrays(g2.TRIANGLES, 0, 6 * count);
    if (inTable(hovered) >= 0 || inTable(selected) >= 0) {
      g2.uniform1i(u('u_mode'), 1);
      g2.drawArrays(g2.TRIANGLES, 0, 12);
    }
    g2.bindVertexArray(null);
    g2.activeTexture(g2.TEXTURE0);
    this.onRender?.();
  }
}
