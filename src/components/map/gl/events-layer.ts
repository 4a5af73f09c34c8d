/**
 * The events as a MapLibre custom layer (WebGL2), the way deck.gl's DataFilterExtension works: per-event
 * attribute buffers are uploaded once per dataset, and the time range, the categories and the region are
 * uniforms, so a scrub step is a uniform change and one repaint — no setData, no worker, no re-tiling
 * (docs/design.md, "Map layer").
 *
 * Groups (clusters) are fixed per zoom (src/lib/map/groups.ts); on a filter change the CPU sums each group's
 * events in one pass over typed arrays and uploads the totals (a small texture the point shader reads, and the
 * group instances). Picking happens on the CPU too (pick.ts), from the same sums.
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
import { GROUPS_FS, GROUPS_VS, POINTS_FS, POINTS_VS } from './shaders';

export const EVENTS_LAYER_ID = 'events-gl';

export interface EventsFilter {
  range: DayRange;
  mask: CategoryMask;
  /** Region code index, or −1 for all. */
  region: number;
}

/** Icon box in CSS pixels at scale 1. */
const ICON_CSS = 16;

function compile(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const prog = gl.createProgram()!;
  for (const [type, src] of [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ] as const) {
    const sh = gl.createShader(type)!;
    gl.shaderSource(sh, src);
    gl.compileShader(sh);
    if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS)) throw new Error(`shader: ${gl.getShaderInfoLog(sh)}`);
    gl.attachShader(prog, sh);
  }
  gl.linkProgram(prog);
  if (!gl.getProgramParameter(prog, gl.LINK_STATUS)) throw new Error(`program: ${gl.getProgramInfoLog(prog)}`);
  return prog;
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
  #pointVao: WebGLVertexArrayObject | null = null;
  #groupVao: WebGLVertexArrayObject | null = null;
  #groupAttr: WebGLBuffer | null = null;
  #groupInstances: WebGLBuffer | null = null;
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

  setFocus(hovered: number | null, selected: number | null) {
    const next: [number, number] = [hovered ?? -1, selected ?? -1];
    if (next[0] === this.#focus[0] && next[1] === this.#focus[1]) return;
    this.#focus = next;
    this.#focusDirty = true;
    this.#map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext) {
    this.#map = map;
    this.#points = compile(gl, POINTS_VS, POINTS_FS);
    this.#groupsProg = compile(gl, GROUPS_VS, GROUPS_FS);
    this.#buildPoints(gl);
    this.#buildTextures(gl);
    this.#groupInstances = gl.createBuffer();
    this.#groupVao = gl.createVertexArray();
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext) {
    for (const b of [this.#groupAttr, this.#groupInstances, this.#focusBuf]) if (b) gl.deleteBuffer(b);
    for (const t of [this.#groupTex, this.#iconTex, this.#digitTex]) if (t) gl.deleteTexture(t);
    for (const v of [this.#pointVao, this.#groupVao, this.#focusVao]) if (v) gl.deleteVertexArray(v);
    for (const p of [this.#points, this.#groupsProg]) if (p) gl.deleteProgram(p);
    this.#map = null;
  }

  /** Per-event attributes, uploaded once: position, days, category, deaths, region, index (+ group, per level). */
  #buildPoints(gl: WebGL2RenderingContext) {
    const t = this.table;
    const n = t.count;
    // Interleaved: x, y, start, end, cat, deaths, region, index (8 floats). Days relative to the first event so
    // that float32 holds them exactly.
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
      data[o + 7] = i;
    }
    const vao = gl.createVertexArray()!;
    gl.bindVertexArray(vao);
    const buf = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, buf);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    this.#pointData = data;
    this.#pointAttributes(gl, 32, false);
    const prog = this.#points!;
    this.#groupAttr = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#groupAttr);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(n), gl.DYNAMIC_DRAW);
    const loc = gl.getAttribLocation(prog, 'a_group');
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, 1, gl.FLOAT, false, 4, 0);
    gl.vertexAttribDivisor(loc, 1);
    gl.bindVertexArray(null);
    this.#pointVao = vao;
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

    this.#groupTex = gl.createTexture();
  }

  /** Level change (zoom) or filter change: re-sum the groups and upload totals and group instances. */
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
      gl.bindBuffer(gl.ARRAY_BUFFER, this.#groupAttr);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, Float32Array.from(level.of));
    }
    const sums = this.#sums;
    // Totals texture for the point shader.
    const w = Math.min(4096, Math.max(1, level.count));
    const h = Math.max(1, Math.ceil(level.count / w));
    const tex = new Float32Array(w * h);
    tex.set(sums.total);
    gl.bindTexture(gl.TEXTURE_2D, this.#groupTex);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.R32F, w, h, 0, gl.RED, gl.FLOAT, tex);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    this.#texWidth = w;
    // Group instances: x, y, total, cum×7 (the 7th is implied), deaths → 11 floats; only groups of 2 or more.
    const C = CATEGORIES.length;
    const inst = new Float32Array(level.count * 11);
    let k = 0;
    for (let g = 0; g < level.count; g++) {
      const total = sums.total[g]!;
      if (total < 2) continue;
      const o = k * 11;
      inst[o] = level.x[g]!;
      inst[o + 1] = level.y[g]!;
      inst[o + 2] = total;
      let cum = 0;
      for (let c = 0; c < C - 1; c++) {
        cum += sums.byCategory[g * C + c]!;
        inst[o + 3 + c] = cum / total;
      }
      inst[o + 9] = sums.deaths[g]!;
      k++;
    }
    this.#groupCount = k;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#groupInstances);
    gl.bufferData(gl.ARRAY_BUFFER, inst.subarray(0, k * 11), gl.DYNAMIC_DRAW);
    gl.bindVertexArray(this.#groupVao);
    const prog = this.#groupsProg!;
    const attr = (name: string, size: number, offset: number) => {
      const loc = gl.getAttribLocation(prog, name);
      if (loc < 0) return;
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, 44, offset * 4);
      gl.vertexAttribDivisor(loc, 1);
    };
    attr('a_pos', 2, 0);
    attr('a_total', 1, 2);
    attr('a_cum0', 4, 3);
    attr('a_cum1', 3, 7);
    attr('a_deaths', 1, 9);
    gl.bindVertexArray(null);
  }
  #groupCount = 0;
  #pointData: Float32Array = new Float32Array(0);
  #focusVao: WebGLVertexArrayObject | null = null;
  #focusBuf: WebGLBuffer | null = null;
  #focusCount = 0;
  #focusDirty = true;

  /** The hovered and selected events' attributes in a buffer of their own (drawn last, whatever the filters). */
  #updateFocus(gl: WebGL2RenderingContext) {
    if (!this.#focusDirty) return;
    this.#focusDirty = false;
    const ids = [...new Set(this.#focus.filter((i) => i >= 0 && i < this.table.count && this.table.hasPoint(i)))];
    // Hovered first, so that the selected event draws on top.
    ids.sort((a, b) => (a === this.#focus[1] ? 1 : 0) - (b === this.#focus[1] ? 1 : 0));
    const data = new Float32Array(ids.length * 9);
    ids.forEach((i, k) => {
      data.set(this.#pointData.subarray(i * 8, i * 8 + 8), k * 9);
      data[k * 9 + 8] = 0;
    });
    this.#focusCount = ids.length;
    if (!this.#focusVao) {
      this.#focusVao = gl.createVertexArray();
      this.#focusBuf = gl.createBuffer();
      gl.bindVertexArray(this.#focusVao);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.#focusBuf);
      this.#pointAttributes(gl, 36, true);
      gl.bindVertexArray(null);
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, this.#focusBuf);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
  }

  /** Attribute pointers of the point program for an interleaved buffer bound to ARRAY_BUFFER. */
  #pointAttributes(gl: WebGL2RenderingContext, stride: number, withGroup: boolean) {
    const prog = this.#points!;
    const attr = (name: string, size: number, offset: number) => {
      const loc = gl.getAttribLocation(prog, name);
      if (loc < 0) return;
      gl.enableVertexAttribArray(loc);
      gl.vertexAttribPointer(loc, size, gl.FLOAT, false, stride, offset * 4);
      gl.vertexAttribDivisor(loc, 1);
    };
    attr('a_pos', 2, 0);
    attr('a_days', 2, 2);
    attr('a_cat', 1, 4);
    attr('a_deaths', 1, 5);
    attr('a_region', 1, 6);
    attr('a_index', 1, 7);
    if (withGroup) attr('a_group', 1, 8);
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput) {
    const map = this.#map;
    if (!map || !this.#points || !this.#groupsProg) return;
    const g2 = gl as WebGL2RenderingContext;
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
    this.#updateFocus(g2);

    g2.enable(g2.BLEND);
    g2.blendFunc(g2.ONE, g2.ONE_MINUS_SRC_ALPHA);
    g2.disable(g2.DEPTH_TEST);

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
      g2.bindVertexArray(this.#groupVao);
      g2.drawArraysInstanced(g2.TRIANGLE_STRIP, 0, 4, this.#groupCount);
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
    g2.uniform2f(u('u_focus'), this.#focus[0], this.#focus[1]);
    g2.activeTexture(g2.TEXTURE0);
    g2.bindTexture(g2.TEXTURE_2D, this.#iconTex);
    g2.uniform1i(u('u_icons'), 0);
    g2.activeTexture(g2.TEXTURE1);
    g2.bindTexture(g2.TEXTURE_2D, this.#groupTex);
    g2.uniform1i(u('u_groups'), 1);
    g2.bindVertexArray(this.#pointVao);
    g2.uniform1i(u('u_mode'), 0);
    g2.drawArraysInstanced(g2.TRIANGLE_STRIP, 0, 4, this.table.count);
    if (this.#focusCount > 0) {
      g2.uniform1i(u('u_mode'), 1);
      g2.bindVertexArray(this.#focusVao);
      g2.drawArraysInstanced(g2.TRIANGLE_STRIP, 0, 4, this.#focusCount);
    }
    g2.bindVertexArray(null);
    g2.activeTexture(g2.TEXTURE0);
    this.onRender?.();
  }
}
