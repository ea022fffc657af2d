// The shaders of the large-dataset layer's point program (pointsGl.ts): one vertex per incident,
// hidden outside the time window; a disc whose fill alpha encodes place precision with an opaque
// outline, a ring for the selection and hover, and a count mode that lights one pixel of an offscreen grid per kept incident.

/** Vertex shader of the point program. */
export const VERTEX = `#version 300 es
uniform mat4 u_matrix;      // Mercator offset from the origin -> clip space
uniform vec2 u_window;      // from, to (days relative to the dataset origin)
uniform float u_count_mode; // 1: place vertex i at grid cell i of an offscreen target
uniform float u_grid;
uniform float u_scale;      // CSS pixels -> device pixels
uniform float u_extra;      // extra diameter (selection ring), CSS pixels
uniform float u_force;      // 1: draw even outside the window (the selected incident)
in vec2 a_pos;
in vec2 a_days;             // start, end (relative to origin)
in vec4 a_color;
in float a_size;
out vec4 v_color;
out float v_size;
void main() {
  bool visible = u_force > 0.5 || (a_days.x <= u_window.y && a_days.y >= u_window.x);
  if (u_count_mode > 0.5) {
    float i = float(gl_VertexID);
    vec2 cell = vec2(mod(i, u_grid), floor(i / u_grid)) + 0.5;
    gl_Position = visible ? vec4(cell / u_grid * 2.0 - 1.0, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 1.0;
  } else {
    gl_Position = visible ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = (a_size + u_extra) * u_scale;
  }
  v_color = a_color;
  v_size = (a_size + u_extra) * u_scale;
}`;

/** Fragment shader of the point program. */
export const FRAGMENT = `#version 300 es
precision highp float;
uniform float u_count_mode;
uniform float u_ring;       // 1: draw a ring (selection or hover) in u_ring_color
uniform vec3 u_ring_color;
uniform float u_fade;       // fill alpha factor (1, or less for a selection outside the window)
uniform float u_scale;
in vec4 v_color;
in float v_size;
out vec4 fragColor;
void main() {
  if (u_count_mode > 0.5) { fragColor = vec4(1.0); return; }
  float r = length(gl_PointCoord - 0.5) * v_size; // distance from centre in device pixels
  float edge = v_size * 0.5;
  if (r > edge) discard;
  if (u_ring > 0.5) {
    if (r < edge - 2.5 * u_scale) discard;
    fragColor = vec4(u_ring_color, 1.0);
    return;
  }
  // A 1-pixel opaque outline in the category colour, a fill whose alpha encodes place precision.
  float a = (r > edge - 1.2 * u_scale ? 1.0 : v_color.a) * u_fade;
  fragColor = vec4(v_color.rgb * a, a); // premultiplied
}`;
