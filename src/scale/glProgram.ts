// Compiling and linking a WebGL2 program from two shader sources, for the large layer's point
// and dense-grid programs. A compile or link failure throws with the driver's log.

function compile(gl: WebGL2RenderingContext, type: number, source: string, label: string) {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`${label} shader failed to compile: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

/** Compiles `vertex` and `fragment` and links them into a program; `label` names it in errors. */
export function linkProgram(
  gl: WebGL2RenderingContext,
  vertex: string,
  fragment: string,
  label: string,
): WebGLProgram {
  const program = gl.createProgram()!;
  const shaders = [
    compile(gl, gl.VERTEX_SHADER, vertex, label),
    compile(gl, gl.FRAGMENT_SHADER, fragment, label),
  ];
  for (const s of shaders) gl.attachShader(program, s);
  gl.linkProgram(program);
  for (const s of shaders) gl.deleteShader(s);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`${label} program failed to link: ${gl.getProgramInfoLog(program)}`);
  }
  return program;
}
