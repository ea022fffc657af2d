// Accidents are no incidents of this map: a sweep of disaster and accident sentences found a bus
// plunging into a ravine, a market fire and a boat capsizing each proposed as an attack
// (nonEventWords.ts). Words of violence keep a sentence an attack. An explosion stays an incident
// (the dev set's fuel-tanker blast at the Islam Qala crossing is one). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-01-23');

describe('accidents', () => {
  it.each([
    'A bus plunged into a ravine near Khuzdar on Monday, killing 14 passengers.',
    'A fire broke out at a market in Chaman on Monday, killing two.',
    'A boat capsized off Gwadar on Monday, killing six fishermen.',
  ])('"%s" is no incident', (text) => {
    expect(run(text)).toEqual([]);
  });
  it.each([
    'Militants set fire to a market in Chaman on Monday, killing two.',
    'Unknown men set an oil tanker on fire near Mastung on Monday, killing the driver.',
    'A bomb planted on an oil tanker exploded near Mastung on Monday, killing four.',
  ])('control: "%s" is an attack', (text) => {
    expect(run(text)[0]?.category).toBe('attack');
  });
});
