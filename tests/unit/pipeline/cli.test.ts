// The CLI: `--check` passes on the committed data and `--acled` hands over to the importer.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../pipeline/cli.ts';

describe('pipeline CLI', () => {
  it('--check passes when the committed outputs are current', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await main(['--check'])).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/up to date/));
    log.mockRestore();
  }, 60_000); // builds boundaries and gazetteer from the npm packages: seconds on a busy machine
  it('--acled delegates to importAcledCli with the arguments', async () => {
    vi.doMock('../../../pipeline/import-acled.ts', () => ({
      importAcledCli: async (args: string[]) => (args.includes('x.csv') ? 7 : 0),
    }));
    expect(await main(['--acled', 'x.csv'])).toBe(7);
    vi.doUnmock('../../../pipeline/import-acled.ts');
  });
});
