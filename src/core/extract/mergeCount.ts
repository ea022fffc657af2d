// The count of dead of a proposal merged from two or more (a lead and its detail, a standfirst and
// the body, a lead and the sentence pointing back at it): the kept proposal takes the other's
// count when it has none, and its title says so; two counts that differ leave none. Pure.
import { retitleCount } from './titles.ts';
import type { Proposal } from './types.ts';

/** Gives `out` the count of dead of `from` when `out` has none, its title saying it. */
export function inheritCount(out: Proposal, from: Proposal): void {
  if (out.fatalities !== undefined || from.fatalities === undefined) return;
  out.fatalities = from.fatalities;
  if (from.fatalities_basis !== undefined) out.fatalities_basis = from.fatalities_basis;
  out.title = retitleCount(out.title, out.fatalities, out.fatalities_basis);
}

/** Takes the count of dead off `out` and its title: two counts differ, for the reviewer to add up. */
export function dropCount(out: Proposal): void {
  delete out.fatalities;
  delete out.fatalities_basis;
  out.title = retitleCount(out.title);
}
