// Marker images drawn to a canvas: one shape per category (src/map/legend.ts), solid for precise
// places and hollow with a dashed outline for coarse ones, plus the arrowhead of cross-border arcs.
import { CATEGORY_STYLES, MARKER_ICONS, type MarkerShape } from './legend.ts';

/** Device pixels per CSS pixel the images are drawn at. */
const RATIO = 2;
/** Marker size in CSS pixels. */
export const MARKER_SIZE = 22;

/** An image MapLibre's `addImage` accepts. */
export interface IconImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function shapePath(ctx: CanvasRenderingContext2D, shape: MarkerShape, c: number, r: number): void {
  ctx.beginPath();
  const poly = (n: number, rot: number, rr = r) => {
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n;
      const x = c + rr * Math.cos(a);
      const y = c + rr * Math.sin(a);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  };
  switch (shape) {
    case 'circle':
      ctx.arc(c, c, r * 0.85, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(c - r * 0.75, c - r * 0.75, r * 1.5, r * 1.5);
      break;
    case 'diamond':
      poly(4, -Math.PI / 2);
      break;
    case 'triangle':
      ctx.moveTo(c, c - r);
      ctx.lineTo(c + r * 0.95, c + r * 0.7);
      ctx.lineTo(c - r * 0.95, c + r * 0.7);
      ctx.closePath();
      break;
    case 'hexagon':
      poly(6, 0, r * 0.9);
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : r * 0.45;
        const x = c + rr * Math.cos(a);
        const y = c + r * 0.08 + rr * Math.sin(a);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      break;
  }
}

function draw(fn: (ctx: CanvasRenderingContext2D, size: number) => void): IconImage {
  const size = MARKER_SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available to draw the map markers.');
  fn(ctx, size);
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}

/** Draws one marker: category colour and shape; hollow (dashed outline) for coarse places. */
export function markerImage(shape: MarkerShape, color: string, hollow: boolean): IconImage {
  return draw((ctx, size) => {
    const c = size / 2;
    const r = size / 2 - 4 * RATIO;
    shapePath(ctx, shape, c, r);
    ctx.lineJoin = 'round';
    if (hollow) {
      ctx.fillStyle = 'rgba(255,255,255,0.75)';
      ctx.fill();
      ctx.lineWidth = 5 * RATIO;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.setLineDash([3 * RATIO, 2 * RATIO]);
      ctx.lineWidth = 2.5 * RATIO;
      ctx.strokeStyle = color;
      ctx.stroke();
    } else {
      ctx.lineWidth = 4 * RATIO;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.fillStyle = color;
      ctx.fill();
      ctx.lineWidth = 1 * RATIO;
      ctx.strokeStyle = 'rgba(0,0,0,0.55)';
      ctx.stroke();
    }
  });
}

/** An arrowhead pointing north (rotated on the map by the arc's bearing). */
export function arrowImage(): IconImage {
  return draw((ctx, size) => {
    const c = size / 2;
    ctx.beginPath();
    ctx.moveTo(c, c - 8 * RATIO);
    ctx.lineTo(c + 6 * RATIO, c + 6 * RATIO);
    ctx.lineTo(c, c + 2 * RATIO);
    ctx.lineTo(c - 6 * RATIO, c + 6 * RATIO);
    ctx.closePath();
    ctx.lineWidth = 3 * RATIO;
    ctx.strokeStyle = '#ffffff';
    ctx.lineJoin = 'round';
    ctx.stroke();
    ctx.fillStyle = '#222222';
    ctx.fill();
  });
}

/** Every image the incident layers use, by name, with the pixel ratio to register them at. */
export function incidentImages(): { name: string; image: IconImage; pixelRatio: number }[] {
  return [
    ...MARKER_ICONS.map(({ name, category, hollow }) => {
      const s = CATEGORY_STYLES[category];
      return { name, image: markerImage(s.shape, s.color, hollow), pixelRatio: RATIO };
    }),
    { name: 'arc-arrow', image: arrowImage(), pixelRatio: RATIO },
  ];
}
