// The user's own articles and the decisions taken on their proposals ("Add article" in the app):
// what is stored in IndexedDB, and the small pure helpers every other part shares (ids, the form's
// checks). No DOM, no storage here.
import { isIsoDate, isoToDay } from '../days.ts';
import type { PlaceCandidate, Proposal } from '../extract/types.ts';
import type { DatePrecision } from '../types.ts';

/** One article the user added, with the proposals the extractor made for it. */
export interface UserArticle {
  /** `user-<slug>-<hash>`: valid as a geodata file name and as an incident id prefix. */
  id: string;
  /** The text exactly as given (pasted or read from the file). */
  text: string;
  /** Outlet as the user typed it; `unknown` when not given. */
  outlet: string;
  title: string | null;
  /** `http(s)` URL, or null. */
  url: string | null;
  /** Publication date (ISO), or null: relative dates then need review. */
  published: string | null;
  /** When it was added (ISO timestamp), for ordering. */
  added: string;
  /** The file it was read from, when dropped or chosen, else null (pasted). */
  file: string | null;
  /** The extractor's proposals, in text order; their ids start with the article id. */
  proposals: Proposal[];
}

/** Another place for a proposal: one of its candidates, or a point the user clicked. */
export type PlaceEdit =
  | { kind: 'candidate'; candidate: PlaceCandidate }
  | {
      kind: 'map';
      lat: number;
      lon: number;
      /** Country and province the point lies in (from areas.geojson), null outside them. */
      country: string | null;
      admin1: string | null;
    };

/** A date set by hand in review. */
export interface DateEdit {
  date: string;
  /** Last day, for ranges, months and years. */
  date_end?: string;
  precision: DatePrecision;
}

/** The answer to "Same incident as …?" for one proposal. */
export interface SameAnswer {
  /** `merge`: the proposal is a further source of `incident`; `separate`: it is its own. */
  answer: 'merge' | 'separate';
  /** Id of the incident it was compared with. */
  incident: string;
}

/** What the user decided about one proposal (absent: still pending, untouched). */
export interface Decision {
  /** The proposal's id. */
  id: string;
  /** The article's id. */
  article: string;
  status: 'pending' | 'accepted' | 'rejected';
  place?: PlaceEdit;
  date?: DateEdit;
  same?: SameAnswer;
}

/** Everything the user added, as stored. */
export interface UserData {
  articles: UserArticle[];
  /** Decisions by proposal id. */
  decisions: ReadonlyMap<string, Decision>;
}

/** No articles, no decisions. */
export const NO_USER_DATA: UserData = { articles: [], decisions: new Map() };

/** 32-bit FNV-1a of a string, as 8 hex digits (ids only; not a security hash). */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case ASCII slug, at most `max` characters, no leading or trailing hyphen. */
export function slug(s: string, max = 40): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/**
 * Id of a new article: `user-<slug of title or outlet>-<hash of text and time>`. Lower-case,
 * so the extractor's proposal ids (`<id>-<n>`) keep it as their prefix.
 */
export function articleId(
  meta: { title: string | null; outlet: string },
  text: string,
  added: string,
): string {
  const name = slug(meta.title ?? '') || slug(meta.outlet === 'unknown' ? '' : meta.outlet);
  return ['user', name, hash8(`${added}\n${text}`)].filter(Boolean).join('-');
}

/** The form's fields as typed. */
export interface ArticleForm {
  outlet: string;
  title: string;
  url: string;
  published: string;
}

/** Longest article title the form takes (a headline, not a paragraph). */
export const MAX_TITLE_CHARS = 500;
/** Longest outlet name the form takes. */
export const MAX_OUTLET_CHARS = 200;

/** One problem of the form: the field to fix and what is wrong, as a sentence. */
export interface FormProblem {
  field: keyof ArticleForm;
  message: string;
}

/** The form's fields checked: values to store, or every problem in words. */
export type CheckedForm =
  | {
      ok: true;
      outlet: string;
      title: string | null;
      url: string | null;
      published: string | null;
    }
  | {
      ok: false;
      /** The first field at fault (the one to focus). */
      field: keyof ArticleForm;
      /** Every problem's message, in field order, as one text. */
      message: string;
      /** Every problem, in field order. */
      problems: FormProblem[];
    };

/**
 * Checks the form's fields (the text is checked by src/core/extract/input.ts) and reports every
 * problem at once. `today` (ISO date, the user's day) refuses a publication date more than one
 * day ahead of it (one day of slack for time zones); without it, future dates are not checked.
 */
export function checkArticleForm(form: ArticleForm, today?: string): CheckedForm {
  const problems: FormProblem[] = [];
  const outlet = form.outlet.trim();
  const title = form.title.trim();
  const url = form.url.trim();
  const published = form.published.trim();
  const outletProblem = lengthProblem('outlet', outlet, MAX_OUTLET_CHARS);
  if (outletProblem) problems.push({ field: 'outlet', message: outletProblem });
  const titleProblem = lengthProblem('title', title, MAX_TITLE_CHARS);
  if (titleProblem) problems.push({ field: 'title', message: titleProblem });
  const urlProblem = url ? webUrlProblem(url) : null;
  if (urlProblem) problems.push({ field: 'url', message: urlProblem });
  const dateProblem = published ? publishedProblem(published, today) : null;
  if (dateProblem) problems.push({ field: 'published', message: dateProblem });
  if (problems.length) {
    return {
      ok: false,
      field: problems[0]!.field,
      message: problems.map((p) => p.message).join(' '),
      problems,
    };
  }
  return {
    ok: true,
    outlet: outlet || 'unknown',
    title: title || null,
    url: url || null,
    published: published || null,
  };
}

function lengthProblem(name: string, value: string, max: number): string | null {
  if (value.length <= max) return null;
  return `The ${name} is ${value.length.toLocaleString('en')} characters long; shorten it to at most ${max}.`;
}

/**
 * Why `url` (trimmed, not empty) is not a web address the app can link, or null. Checked on the
 * text as typed, not only by the URL parser: browsers differ (Chromium accepts a space in the
 * host and writes it as %20), and the app links only what isWebUrl accepts.
 */
export function webUrlProblem(url: string): string | null {
  const scheme = /^https?:\/\//i.exec(url);
  if (!scheme) return 'The URL must start with http:// or https:// (or leave it empty).';
  if (/\s/.test(url)) {
    return "The URL has a space in it; copy the link again from the browser's address bar.";
  }
  // The host: what follows "//" up to the path, query or fragment, without user and port.
  const authority = url.slice(scheme[0].length).split(/[/?#]/)[0]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  if (!host) {
    return `The URL has no host: give the site's name after ${scheme[0]} (e.g. ${scheme[0]}example.org/…).`;
  }
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !parsed.hostname) {
    return `The URL's host “${host}” is not a valid site name; copy the link from the browser's address bar.`;
  }
  return null;
}

function publishedProblem(published: string, today: string | undefined): string | null {
  if (!isIsoDate(published)) {
    return 'The publication date must be a real date written YYYY-MM-DD (or leave it empty).';
  }
  if (today && isIsoDate(today) && isoToDay(published) > isoToDay(today) + 1) {
    return `The publication date ${published} is after today; check it.`;
  }
  return null;
}

/** True for an `http(s)` URL (what the app renders as a link). */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\/\S+$/i.test(url);
}
