// Unit and component tests run offline: any request is a bug, so fetch throws loudly.
import { beforeAll } from 'vitest';

beforeAll(() => {
  globalThis.fetch = (input: RequestInfo | URL) => {
    throw new Error(`Unexpected network request in a unit test: ${String(input)}`);
  };
});
