// Filters in the link: parsed, checked against the dataset, written back.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/core/filter/filters.ts';
import {
  hashFilterEntries,
  joinList,
  parseHashFilters,
  splitList,
} from '../../../src/core/filter/hashFilters.ts';

const available = {
  countries: ['IR', 'PK'],
  admin1: ['Balochistan'],
  actors: ['Jaish al-Adl', 'Taliban, Afghanistan'],
};
const parse = (hash: Record<string, string>) => parseHashFilters((k) => hash[k] ?? null, available);

describe('parseHashFilters', () => {
  it('reads categories, countries and the query', () => {
    const { filters, problems } = parse({ cat: 'attack,abduction', country: 'IR', q: ' saravan ' });
    expect(filters).toEqual({
      ...NO_FILTERS,
      categories: ['attack', 'abduction'],
      countries: ['IR'],
      query: 'saravan',
    });
    expect(problems).toEqual([]);
  });

  it('names a category that does not exist and keeps the rest', () => {
    const { filters, problems } = parse({ cat: 'attack,riot' });
    expect(filters.categories).toEqual(['attack']);
    expect(problems[0]).toMatch(
      /cat=riot names no category \(one of attack, .*\); that part was ignored/,
    );
  });

  it('names a country the dataset does not have', () => {
    const { filters, problems } = parse({ country: 'AF' });
    expect(filters.countries).toBeNull();
    expect(problems[0]).toMatch(/country=AF names no country of this dataset/);
  });

  it('names a fatalities value that is not a whole number', () => {
    const { filters, problems } = parse({ fatalities: 'many' });
    expect(filters.minFatalities).toBeNull();
    expect(problems[0]).toMatch(/fatalities=many is not a whole number/);
  });

  it('reads an actor whose name holds a comma', () => {
    expect(parse({ actor: 'Taliban\\, Afghanistan' }).filters.actors).toEqual([
      'Taliban, Afghanistan',
    ]);
  });

  it('cuts an overlong query and says so', () => {
    const { filters, problems } = parse({ q: 'x'.repeat(500) });
    expect([filters.query.length, problems.length]).toEqual([200, 1]);
  });
});

describe('hashFilterEntries', () => {
  it('writes only the filters in force and removes the others', () => {
    const entries = Object.fromEntries(
      hashFilterEntries({ ...NO_FILTERS, categories: ['attack'], minFatalities: 3 }),
    );
    expect(entries).toMatchObject({ cat: 'attack', fatalities: '3', country: null, q: null });
  });

  it('round-trips through the parser', () => {
    const f = {
      ...NO_FILTERS,
      categories: ['attack' as const],
      actors: ['Taliban, Afghanistan'],
      placePrecisions: ['point' as const, 'town' as const],
      query: 'bus',
    };
    const hash = Object.fromEntries(hashFilterEntries(f).filter(([, v]) => v !== null)) as Record<
      string,
      string
    >;
    expect(parse(hash).filters).toEqual(f);
  });
});

describe('list values', () => {
  it('split and join escape commas inside a value', () => {
    const values = ['a, b', 'c'];
    expect(splitList(joinList(values))).toEqual(values);
  });
});
