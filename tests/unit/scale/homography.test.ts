import { describe, expect, it } from 'vitest';
import {
  applyHomography,
  clipMatrix,
  homographyFromPoints,
  type Mat3,
} from '../../../src/scale/homography.ts';

/** A perspective homography like a pitched, rotated camera's (w varies over the plane). */
const CAMERA: Mat3 = [0.8, -0.3, 640, 0.25, 0.6, 400, 0.0004, -0.0009, 1.2];
const SRC: [number, number][] = [
  [-200, -150],
  [300, -120],
  [250, 260],
  [-180, 210],
];
const project = (h: Mat3, p: readonly [number, number]) => applyHomography(h, p[0], p[1])!;

describe('homographyFromPoints', () => {
  it('maps each source point onto its destination', () => {
    const dst = SRC.map((p) => project(CAMERA, p));
    const h = homographyFromPoints(SRC, dst);
    for (const [i, p] of SRC.entries()) {
      const [x, y] = project(h, p);
      expect(x).toBeCloseTo(dst[i]![0], 6);
      expect(y).toBeCloseTo(dst[i]![1], 6);
    }
  });

  it('recovers the projective map at points other than the four', () => {
    const h = homographyFromPoints(
      SRC,
      SRC.map((p) => project(CAMERA, p)),
    );
    for (const p of [
      [0, 0],
      [1000, -700],
      [-37.5, 512],
    ] as const) {
      const [x, y] = project(h, p);
      const [ex, ey] = project(CAMERA, p);
      expect(x).toBeCloseTo(ex, 5);
      expect(y).toBeCloseTo(ey, 5);
    }
  });

  it('has w = 1 at the first source point, so points in view have w > 0', () => {
    const h = homographyFromPoints(
      SRC,
      SRC.map((p) => project(CAMERA, p)),
    );
    expect(h[6] * SRC[0]![0] + h[7] * SRC[0]![1] + h[8]).toBeCloseTo(1, 12);
  });

  it('rejects three points on one line', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [5, 0],
    ];
    expect(() => homographyFromPoints(line, line)).toThrow(/degenerate/);
  });
});

describe('clipMatrix', () => {
  it('sends the canvas corners to the clip-space corners (y up)', () => {
    const identity: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
    const m = clipMatrix(identity, 800, 600);
    const clip = (x: number, y: number): [number, number] => {
      const w = m[3]! * x + m[7]! * y + m[15]!;
      return [(m[0]! * x + m[4]! * y + m[12]!) / w, (m[1]! * x + m[5]! * y + m[13]!) / w];
    };
    const cases: [number, number, number, number][] = [
      [0, 0, -1, 1],
      [800, 600, 1, -1],
      [400, 300, 0, 0],
    ];
    for (const [x, y, cx, cy] of cases) {
      const [gx, gy] = clip(x, y);
      expect(gx).toBeCloseTo(cx, 6); // float32 matrix
      expect(gy).toBeCloseTo(cy, 6);
    }
  });
});
