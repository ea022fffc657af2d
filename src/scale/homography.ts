// Plane-to-screen projection from public map APIs only. A flat Web Mercator map seen by a camera
// (any zoom, bearing and pitch) maps the ground plane to the screen by a projective transform (a
// 3×3 homography); four ground/screen point pairs determine it exactly. The overlay takes four
// screen points, asks the map where they are on the ground (`map.unproject`), and builds the clip
// matrix its vertex shader applies — no private transform, no copy of MapLibre's camera maths.

/** A 3×3 matrix, row-major. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

/**
 * The homography H with H·(src_i, 1) ∝ (dst_i, 1) for the four point pairs (no three of them on
 * one line). Solves the 8×8 linear system with partial pivoting, in coordinates relative to
 * `src[0]` (so the normalisation h22 = 1 holds at a point in view); throws if it is singular.
 */
export function homographyFromPoints(
  src: readonly (readonly [number, number])[],
  dst: readonly (readonly [number, number])[],
): Mat3 {
  if (src.length !== 4 || dst.length !== 4) throw new Error('homography needs four point pairs');
  const [x0, y0] = src[0]!;
  // Unknowns h00 h01 h02 h10 h11 h12 h20 h21 (h22 = 1); two equations per pair.
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const x = src[i]![0] - x0;
    const y = src[i]![1] - y0;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let col = 0; col < 8; col++) {
    let pivot = col;
    for (let r = col + 1; r < 8; r++)
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) throw new Error('homography: degenerate point pairs');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const row = a[col]!;
    for (let r = 0; r < 8; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / row[col]!;
      if (f !== 0) for (let c = col; c < 9; c++) a[r]![c]! -= f * row[c]!;
    }
  }
  const h = a.map((row, i) => row[8]! / row[i]!);
  // Back to the caller's coordinates: H · translate(−x0, −y0).
  const shift = (c0: number, c1: number, c2: number): number => c2 - x0 * c0 - y0 * c1;
  return [
    h[0]!,
    h[1]!,
    shift(h[0]!, h[1]!, h[2]!),
    h[3]!,
    h[4]!,
    shift(h[3]!, h[4]!, h[5]!),
    h[6]!,
    h[7]!,
    shift(h[6]!, h[7]!, 1),
  ];
}

/** Applies `h` to (x, y): the projected point, or null where it is at or behind the horizon. */
export function applyHomography(h: Mat3, x: number, y: number): [number, number] | null {
  const w = h[6] * x + h[7] * y + h[8];
  if (!(w > 0)) return null;
  return [(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w];
}

/**
 * Column-major 4×4 clip matrix for a vertex shader from a homography `h` that maps ground
 * coordinates to CSS pixels of a `width`×`height` canvas (y down). The ground point (x, y, 0, 1)
 * goes to clip space with w = the homography's w, so the GPU's perspective divide finishes it.
 * `homographyFromPoints` scales `h` so that w = 1 at its first source point (in view).
 */
export function clipMatrix(h: Mat3, width: number, height: number): Float32Array {
  const sx = 2 / width;
  const sy = -2 / height;
  // Rows of the clip transform: X = sx·Hx − Hw, Y = sy·Hy + Hw, Z = 0, W = Hw.
  const rx = [sx * h[0] - h[6], sx * h[1] - h[7], sx * h[2] - h[8]];
  const ry = [sy * h[3] + h[6], sy * h[4] + h[7], sy * h[5] + h[8]];
  const rw = [h[6], h[7], h[8]];
  // Column-major: m[col * 4 + row]; input columns are x, y, z (unused), 1.
  return new Float32Array([
    rx[0]!,
    ry[0]!,
    0,
    rw[0]!,
    rx[1]!,
    ry[1]!,
    0,
    rw[1]!,
    0,
    0,
    0,
    0,
    rx[2]!,
    ry[2]!,
    0,
    rw[2]!,
  ]);
}
