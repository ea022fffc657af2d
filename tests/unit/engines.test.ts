// The Node versions the README and `engines` promise hold for every installed package: each
// range's lowest version satisfies every `engines.node` in package-lock.json (regression:
// `npm install` warned EBADENGINE, a style-tooling dependency asking for Node ≥ 22).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

/** The lowest version of each `||` part of the project's range ("^20.19.0 || >=24" → 20.19.0, 24.0.0). */
const lowest = pkg.engines.node.split('||').map((r) => semver.minVersion(r.trim())!.version);

describe('supported Node versions', () => {
  it('the README states the same range as `engines`', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    expect(lowest).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    expect(readme).toContain('20.19 or later in the 20 line, 22.13+ or 24+');
  });

  for (const version of lowest) {
    it(`every locked package accepts Node ${version}`, () => {
      const refused = Object.entries(lock.packages).flatMap(([name, p]) => {
        const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
        return range && !semver.satisfies(version, range) ? [`${name} (${range})`] : [];
      });
      expect(refused).toEqual([]);
    });
  }
});
