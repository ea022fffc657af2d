// The GL side of the large layer's dense mode: the grid of cells painted on the CPU
// (denseMode.ts `paintDense`) uploaded as one texture and drawn over the whole canvas, each
// device pixel reading its cell with `texelFetch` (nearest, exact). One small upload and one
// quad a frame, whatever the number of incidents.
import type { DenseGrid } from './denseMode.ts';
import { linkProgram } from './glProgram.ts';

const VERTEX = `#version 300 es
void main() {
  vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)); // strip: 0,1,2,3
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform highp sampler2D u_cells;
uniform float u_cell;       // cell side in device pixels
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_cells, ivec2(floor(gl_FragCoord.xy / u_cell)), 0);
}`;

/** Draws a dense grid on one WebGL2 context. */
export interface DenseProgram {
  /** Uploads `grid` and draws it over the bound framebuffer (blending left to the caller). */
  draw(grid: DenseGrid): void;
  /** Frees the program and the texture. */
  dispose(): void;
}

/** Compiles the dense-grid program on `gl`. */
export function createDenseProgram(gl: WebGL2RenderingContext): DenseProgram {
  const program = linkProgram(gl, VERTEX, FRAGMENT, 'Dense layer');
  const cellLoc = gl.getUniformLocation(program, 'u_cell');
  const samplerLoc = gl.getUniformLocation(program, 'u_cells');
  const texture = gl.createTexture();
  const vao = gl.createVertexArray();
  let size = [0, 0];
  return {
    draw(grid) {
      gl.useProgram(program);
      gl.bindVertexArray(vao);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
      const bytes = new Uint8Array(
        grid.pixels.buffer,
        grid.pixels.byteOffset,
        grid.pixels.length * 4,
      );
      if (size[0] !== grid.cols || size[1] !== grid.rows) {
        size = [grid.cols, grid.rows];
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
        gl.texImage2D(
          gl.TEXTURE_2D,
          0,
          gl.RGBA8,
          grid.cols,
          grid.rows,
          0,
          gl.RGBA,
          gl.UNSIGNED_BYTE,
          bytes,
        );
      } else {
        gl.texSubImage2D(
          gl.TEXTURE_2D,
          0,
          0,
          0,
          grid.cols,
          grid.rows,
          gl.RGBA,
          gl.UNSIGNED_BYTE,
          bytes,
        );
      }
      gl.uniform1i(samplerLoc, 0);
      gl.uniform1f(cellLoc, grid.cell);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
      gl.bindVertexArray(null);
    },
    dispose() {
      gl.deleteTexture(texture);
      gl.deleteVertexArray(vao);
      gl.deleteProgram(program);
    },
  };
}
