/**
 * GLSL for the events layer (WebGL2, GLSL ES 3.00). Two programs draw quads around map positions given in Web
 * Mercator (0…1): `points` (one quad per event: shape icon, deaths ring, the time filter as uniforms) and `groups`
 * (one quad per group: a ring split by category, sized by count, with its count in digits). Quad k is vertices
 * 6k…6k+5 of a plain draw and reads its data from float textures (no attributes, no instancing: events-layer.ts).
 * Outputs are premultiplied alpha.
 */

/** Events per row of the per-event textures (2 RGBA texels each: 2,048 texels, events-layer.ts `uploadRecords`). */
export const EVENTS_PER_ROW = 1024;
/** Groups per row of the groups' data texture (3 RGBA texels each). */
export const GROUPS_PER_ROW = 682;

const COMMON_VS = `#version 300 es
precision highp float;
precision highp int;
precision highp sampler2D;   // float data textures: the default (lowp) would round positions
uniform mat4 u_matrix;
uniform vec2 u_viewport;   // CSS pixels
const int EVENTS_PER_ROW = ${EVENTS_PER_ROW};
const int GROUPS_PER_ROW = ${GROUPS_PER_ROW};
// No vertex attributes and no instancing ("vertex pulling"): each quad is 6 vertices of a plain draw (software WebGL
// pays per instance). Its corner, for triangles (0 1 2) (2 1 3) of (-1,-1) (1,-1) (-1,1) (1,1):
vec2 corner() {
  int v = gl_VertexID % 6;
  int k = v < 3 ? v : (v == 3 ? 2 : (v == 4 ? 1 : 3));
  return vec2(float(k & 1) * 2.0 - 1.0, float((k >> 1) & 1) * 2.0 - 1.0);
}
// Texel t of record k in a texture of perRow records of n texels a row (events-layer.ts, uploadRecords).
vec4 record(sampler2D tex, int k, int perRow, int n, int t) {
  return texelFetch(tex, ivec2((k % perRow) * n + t, k / perRow), 0);
}
vec4 place(vec2 merc, vec2 offsetPx) {
  vec4 p = u_matrix * vec4(merc, 0.0, 1.0);
  p.xy += offsetPx * 2.0 / u_viewport * p.w * vec2(1.0, -1.0);
  return p;
}
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);
`;

/**
 * Points. The time filter is here: an event shows when its days overlap [u_from, u_to], its category bit is in
 * u_mask and its region passes u_region; the CPU-summed group totals (u_groups) say whether it stands alone
 * (total 1: draw it) or is folded into its group's ring. Mode 1 draws only u_focus (hovered/selected) on top,
 * with a white disc behind it, whatever the filters.
 */
export const POINTS_VS =
  COMMON_VS +
  `
uniform sampler2D u_events;   // per event: (x, y, first day, last day), (category, deaths, region, 0)
uniform sampler2D u_groupOf;  // R: per event, its group at this level
uniform float u_from;
uniform float u_to;
uniform int u_mask;
uniform float u_region;      // -1: every region
uniform sampler2D u_groups;  // R: events in range per group
uniform int u_groupsWidth;
uniform int u_grouped;       // 0: draw every visible event (no grouping at this zoom)
uniform float u_iconSize;    // CSS px
uniform int u_mode;          // 0: quad k is event k; 1: quad 0 is u_focus.x, quad 1 u_focus.y
uniform ivec2 u_focus;       // (hovered, selected) indices, -1 for none
out vec2 v_px;
flat out float v_cat;
flat out float v_ring;
flat out float v_half;
flat out float v_focus;      // 0 none, 1 hovered, 2 selected

float groupTotal(float g) {
  int gi = int(g);
  return texelFetch(u_groups, ivec2(gi % u_groupsWidth, gi / u_groupsWidth), 0).r;
}

void main() {
  int quad = gl_VertexID / 6;
  int i = u_mode == 1 ? (quad == 0 ? u_focus.x : u_focus.y) : quad;
  if (i < 0) { gl_Position = HIDDEN; return; }
  vec4 e0 = record(u_events, i, EVENTS_PER_ROW, 2, 0);
  // The cheapest test first: on a short range most events are outside it.
  if (u_mode == 0 && (e0.z > u_to || e0.w < u_from)) { gl_Position = HIDDEN; return; }
  vec4 e1 = record(u_events, i, EVENTS_PER_ROW, 2, 1);
  float focus = i == u_focus.y ? 2.0 : (i == u_focus.x ? 1.0 : 0.0);
  if (u_mode == 0) {
    int cat = int(e1.x + 0.5);
    bool show = (u_mask & (1 << cat)) != 0 && (u_region < 0.0 || abs(e1.z - u_region) < 0.5)
        && (u_grouped == 0 || groupTotal(record(u_groupOf, i, EVENTS_PER_ROW, 1, 0).r) < 1.5);
    if (!show) { gl_Position = HIDDEN; return; }
  }
  vec2 a_pos = e0.xy;
  float a_cat = e1.x;
  float a_deaths = e1.y;
  // Deaths ring: the radius grows with the square root of the toll (area ∝ deaths), 11 px for one death.
  float ring = a_deaths > 0.0 ? clamp(11.0 + (sqrt(a_deaths) - 1.0) * 3.0, 11.0, 24.0) : 0.0;
  float half_ = max(max(u_iconSize * (u_mode == 1 ? 0.6 : 0.5), ring + 1.5), u_mode == 1 ? (focus > 1.5 ? 16.0 : 14.0) : 0.0) + 1.0;
  vec2 c = corner();
  v_px = c * half_;
  v_cat = a_cat;
  v_ring = ring;
  v_half = half_;
  v_focus = u_mode == 1 ? focus : 0.0;
  gl_Position = place(a_pos, c * half_);
}
`;

export const POINTS_FS = `#version 300 es
precision highp float;
in vec2 v_px;
flat in float v_cat;
flat in float v_ring;
flat in float v_half;
flat in float v_focus;
uniform sampler2D u_icons;   // 7 icons side by side, premultiplied RGBA
uniform float u_iconSize;
out vec4 color;

vec4 over(vec4 top, vec4 bottom) { return top + bottom * (1.0 - top.a); }

void main() {
  float d = length(v_px);
  vec4 col = vec4(0.0);
  if (v_focus > 0.0) {
    // Focus: white disc with a dark outline (heavier when selected).
    float r = v_focus > 1.5 ? 14.0 : 12.0;
    float w = v_focus > 1.5 ? 3.5 : 2.5;
    float fill = clamp(r - d + 0.5, 0.0, 1.0);
    float stroke = clamp(w * 0.5 - abs(d - r) + 0.5, 0.0, 1.0);
    col = over(vec4(vec3(0.067) * stroke, stroke), vec4(vec3(1.0) * 0.85 * fill, 0.85 * fill));
  } else if (v_ring > 0.0) {
    float fill = clamp(v_ring - d + 0.5, 0.0, 1.0) * 0.12;
    float stroke = clamp(1.0 - abs(d - v_ring) + 0.5, 0.0, 1.0);
    col = over(vec4(vec3(0.1) * stroke, stroke), vec4(vec3(0.1) * fill, fill));
  }
  float size = u_iconSize * (v_focus > 0.0 ? 1.2 : 1.0);
  vec2 uv = v_px / size + 0.5;
  if (uv.x >= 0.0 && uv.x <= 1.0 && uv.y >= 0.0 && uv.y <= 1.0) {
    vec4 icon = texture(u_icons, vec2((v_cat + uv.x) / 7.0, uv.y));
    col = over(icon, col);
  }
  if (col.a < 0.004) discard;
  color = col;
}
`;

/**
 * Groups: a donut split by category (cumulative fractions in v_cum0/v_cum1), sized by count, and a dark outer ring
 * if any deaths, thicker with the toll (2 px for one death, about 6 px from 40: width ∝ √deaths, as a single
 * event's ring radius is). Sizes are multiplied by the level's u_scale (group-collision.ts ringScale, the same
 * formulas). With u_hollow (regions shaded) the white centre is left out and the band is narrower, so the region's
 * colour shows through the ring; the count keeps a white halo and the band a white rim.
 */
export const GROUPS_VS =
  COMMON_VS +
  `
uniform sampler2D u_groupData;   // per group drawn: (x, y, total, cum0), (cum1, cum2, cum3, cum4), (cum5, deaths, 0, 0)
uniform float u_scale;
out vec2 v_px;
flat out float v_r;
flat out float v_total;
flat out vec4 v_cum0;
flat out vec3 v_cum1;
flat out float v_deaths;
flat out float v_dn;
void main() {
  int g = gl_VertexID / 6;
  vec4 t0 = record(u_groupData, g, GROUPS_PER_ROW, 3, 0);
  vec4 t1 = record(u_groupData, g, GROUPS_PER_ROW, 3, 1);
  vec4 t2 = record(u_groupData, g, GROUPS_PER_ROW, 3, 2);
  vec2 a_pos = t0.xy;
  float a_total = t0.z;
  float a_deaths = t2.y;
  if (a_total < 1.5) { gl_Position = HIDDEN; return; }
  // Radius by the square root of the count: 13 px for 2 events, 30 px from about 100.
  float r = max(12.0, clamp(10.0 + 2.2 * sqrt(a_total), 13.0, 30.0) * u_scale);
  float w = a_deaths > 0.0 ? max(2.0, clamp(1.2 + 0.75 * sqrt(a_deaths), 2.0, 6.5) * u_scale) : 0.0;
  float half_ = r + (a_deaths > 0.0 ? 3.0 + w : 1.5);
  // Room for the deaths badge at the ring's upper right (its centre on the deaths ring, at most 13 px wide).
  if (a_deaths > 0.0) half_ = max(half_, (r + 2.0 + w * 0.5) * 0.7071 + 14.0);
  vec2 c = corner();
  v_px = c * half_;
  v_r = r;
  v_total = a_total;
  v_cum0 = vec4(t0.w, t1.xyz);   // cumulative shares after categories 0…3
  v_cum1 = vec3(t1.w, t2.x, 1.0); // after 4, 5 and 6 (the last is 1)
  v_deaths = w;
  v_dn = a_deaths;
  gl_Position = place(a_pos, c * half_);
}
`;

export const GROUPS_FS = `#version 300 es
precision highp float;
in vec2 v_px;
flat in float v_r;
flat in float v_total;
flat in vec4 v_cum0;
flat in vec3 v_cum1;
flat in float v_deaths;   // width of the deaths ring (px), 0 without deaths
flat in float v_dn;       // deaths in range (the badge's figure)
uniform vec3 u_colors[7];
uniform sampler2D u_digits;   // "0123456789k" in equal cells, alpha = ink
uniform vec2 u_digitCell;     // cell size in the atlas, CSS px at scale 1
uniform int u_hollow;         // 1: regions are shaded, leave the centre open
out vec4 color;

vec4 over(vec4 top, vec4 bottom) { return top + bottom * (1.0 - top.a); }

int digitAt(int slot, int n, int value) {
  // Digit number slot (0 = leftmost) of value written with n digits, in integer arithmetic (pow() is inexact).
  int div = 1;
  for (int i = 0; i < 5; i++) { if (i < n - 1 - slot) div *= 10; }
  return (value / div) % 10;
}

void main() {
  float d = length(v_px);
  float r = v_r;
  bool hollow = u_hollow == 1;
  float inner = r * (hollow ? 0.68 : 0.58);
  vec4 col = vec4(0.0);
  // Deaths: a dark ring just outside the donut, v_deaths px wide (its width, from the toll, set above).
  if (v_deaths > 0.0) {
    float s = clamp(v_deaths * 0.5 - abs(d - (r + 2.0 + v_deaths * 0.5)) + 0.5, 0.0, 1.0);
    col = vec4(vec3(0.1) * s, s);
  }
  // White rim and centre (hollow: a white rim on both sides of the band only), then the category donut between
  // inner and r.
  float disc = clamp(r + 1.5 - d + 0.5, 0.0, 1.0) * (hollow ? clamp(d - (inner - 1.5) + 0.5, 0.0, 1.0) : 1.0);
  col = over(vec4(vec3(1.0) * disc, disc), col);
  float band = clamp(r - d + 0.5, 0.0, 1.0) * clamp(d - inner + 0.5, 0.0, 1.0);
  if (band > 0.0) {
    float a = atan(v_px.x, -v_px.y) / 6.2831853;   // clockwise from 12 o'clock
    a = a < 0.0 ? a + 1.0 : a;
    int k = 6;
    float cums[7] = float[7](v_cum0.x, v_cum0.y, v_cum0.z, v_cum0.w, v_cum1.x, v_cum1.y, 1.0);
    for (int i = 0; i < 7; i++) { if (a < cums[i]) { k = i; break; } }
    col = over(vec4(u_colors[k] * band, band), col);
  }
  // The count in the white centre.
  bool kilo = v_total >= 10000.0;
  float value = kilo ? floor(v_total / 1000.0) : v_total;
  float n = value >= 1000.0 ? 4.0 : value >= 100.0 ? 3.0 : value >= 10.0 ? 2.0 : 1.0;
  float slots = n + (kilo ? 1.0 : 0.0);
  float scale = clamp(r * 0.58 * 1.5 / (slots * u_digitCell.x), 0.45, 1.0);
  vec2 cell = u_digitCell * scale;
  vec2 p = v_px + vec2(slots * cell.x * 0.5, cell.y * 0.5);
  if (p.x >= 0.0 && p.y >= 0.0 && p.x < slots * cell.x && p.y < cell.y) {
    float slot = floor(p.x / cell.x);
    float glyph = slot >= n ? 10.0 : float(digitAt(int(slot), int(n), int(value + 0.5)));
    vec2 uv = vec2((glyph + fract(p.x / cell.x)) / 11.0, p.y / cell.y);
    float ink = texture(u_digits, uv).a;
    if (hollow) {
      // A white halo (the ink dilated by about 1.5 px, within the glyph's cell) keeps the count readable on any
      // shade.
      float halo = 0.0;
      vec2 step_ = vec2(1.5 / (11.0 * cell.x), 1.5 / cell.y);
      float x0 = glyph / 11.0;
      for (int k = 0; k < 8; k++) {
        float a = float(k) * 0.785398;
        vec2 q = uv + vec2(cos(a), sin(a)) * step_;
        q.x = clamp(q.x, x0, x0 + 1.0 / 11.0);
        halo = max(halo, texture(u_digits, q).a);
      }
      halo = min(1.0, halo * 1.6);
      col = over(vec4(vec3(1.0) * halo, halo), col);
    }
    col = over(vec4(vec3(0.12) * ink, ink), col);
  }
  // Deaths: a dark badge with the figure in white, on the deaths ring at the upper right (a fresh tester, issue 8:
  // a ring's thickness alone cannot be read as a number, and a phone has no tooltip).
  if (v_dn > 0.5) {
    float bd = (r + 2.0 + v_deaths * 0.5) * 0.7071;
    vec2 bp = v_px - vec2(bd, -bd);
    float dn = min(v_dn, 9999.0);
    float bn = dn >= 1000.0 ? 4.0 : dn >= 100.0 ? 3.0 : dn >= 10.0 ? 2.0 : 1.0;
    vec2 bcell = u_digitCell * (9.0 / u_digitCell.y);
    float rb = max(7.0, bn * bcell.x * 0.5 + 2.5);
    float bdist = length(bp);
    float rim = clamp(rb + 1.5 - bdist + 0.5, 0.0, 1.0);
    col = over(vec4(vec3(1.0) * rim, rim), col);
    float fill = clamp(rb - bdist + 0.5, 0.0, 1.0);
    col = over(vec4(vec3(0.1) * fill, fill), col);
    vec2 q = bp + vec2(bn * bcell.x * 0.5, bcell.y * 0.5);
    if (q.x >= 0.0 && q.y >= 0.0 && q.x < bn * bcell.x && q.y < bcell.y) {
      float slot = floor(q.x / bcell.x);
      float glyph = float(digitAt(int(slot), int(bn), int(dn + 0.5)));
      float ink = texture(u_digits, vec2((glyph + fract(q.x / bcell.x)) / 11.0, q.y / bcell.y)).a;
      col = over(vec4(vec3(1.0) * ink, ink), col);
    }
  }
  if (col.a < 0.004) discard;
  color = col;
}
`;
