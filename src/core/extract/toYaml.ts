// Draft records from proposals, in the exact format of geodata/incidents/*.yaml (see
// src/core/validation.ts `IncidentRecordSchema`), plus the article sidecar, so that adding an
// article is: extract, review, save, `npm run data`. Each record's status and reasons are YAML
// comments. Where the extractor resolved something the pipeline's own rules would not get from
// the record alone (a date read against the previous event, a namesake chosen by context), the
// draft carries `overrides` with a `note` saying so. Pure: the gazetteer lookup is injected.
import { Document, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { DatePhraseError, needsAnchor, resolveDatePhrase, type ResolvedDate } from '../dates.ts';
import { findAll } from '../quotes.ts';
import type { PlacePrecision } from '../types.ts';
import type { IncidentRecord } from '../validation.ts';
import { haversineKm } from './distance.ts';
import type { PlaceLookup } from './recordLookup.ts';
import type { Proposal } from './types.ts';

/** What drafting needs besides the proposals. */
export interface DraftOptions {
  /** The article text the proposals index. */
  text: string;
  published: string | null;
  lookup: PlaceLookup;
  /** Record ids already used in geodata/incidents/, never reused. */
  existingIds?: ReadonlySet<string>;
}

/** A draft record with the comment lines that go above it. */
export interface Draft {
  record: IncidentRecord;
  comments: string[];
}

/** Halo radii the pipeline gives by precision (pipeline/build-incidents.ts). */
const PIPELINE_RADIUS: Partial<Record<PlacePrecision, number>> = { point: 0, town: 5, county: 50 };

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The shortest stretch from `[start, end)` outwards, a word at a time, whose text occurs once in
 * `text` (a quote must be unique for the pipeline to place it); null when none is.
 */
export function uniqueQuote(text: string, start: number, end: number): string | null {
  let s = start;
  let e = end;
  while (findAll(text, text.slice(s, e).trim()).length > 1) {
    if (e < text.length) {
      const next = text.slice(e).search(/\S\s/);
      e = next === -1 ? text.length : e + next + 1;
    } else if (s > 0) {
      const before = text.slice(0, s).search(/\s\S*\s*$/);
      s = before <= 0 ? 0 : before;
    } else return null;
  }
  return text.slice(s, e).trim();
}

/** The part of the place phrase the gazetteer knows ("the outskirts of Panjgur" → "Panjgur"). */
function lookupName(p: Proposal, lookup: PlaceLookup): string | null {
  if (!p.place) return null;
  const names = [
    p.place,
    ...[
      ...p.place.matchAll(
        /\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*(?:\s+(?:county|district|province))?/gu,
      ),
    ].map((m) => m[0]),
  ];
  return names.find((n) => lookup(n, p.country ?? undefined)) ?? null;
}

function sameDate(a: ResolvedDate, p: Proposal): boolean {
  return (
    a.date === p.date &&
    (a.date_end ?? null) === (p.date_end ?? null) &&
    a.precision === p.date_precision
  );
}

/** Date fields: the phrase, an anchor when the phrase needs one, overrides when rules differ. */
function dateFields(
  p: Proposal,
  anchor: { id: string; p: Proposal } | null,
  published: string | null,
) {
  const out: Partial<IncidentRecord> = {};
  const notes: string[] = [];
  if (p.date_basis) out.date_phrase = p.date_basis;
  if (!p.date || !p.date_basis) return { out, notes };
  const tries: Partial<IncidentRecord>[] = [];
  if (!needsAnchor(p.date_basis)) tries.push({});
  else if (anchor)
    tries.push(
      { date_anchor: anchor.id },
      { date_anchor: anchor.id, date_phrase_describes: 'anchor' },
    );
  for (const t of tries) {
    try {
      const a = anchor?.p.date
        ? {
            date: anchor.p.date,
            ...(anchor.p.date_end ? { date_end: anchor.p.date_end } : {}),
            precision: anchor.p.date_precision ?? 'day',
          }
        : undefined;
      const r = resolveDatePhrase(p.date_basis, {
        published: published ?? '9999-12-31',
        ...(t.date_anchor && a ? { anchor: a } : {}),
        phraseDescribesAnchor: t.date_phrase_describes === 'anchor',
      });
      if (sameDate(r, p)) return { out: { ...out, ...t }, notes };
    } catch (e) {
      if (!(e instanceof DatePhraseError)) throw e;
    }
  }
  out.overrides = {
    date: p.date,
    ...(p.date_end ? { date_end: p.date_end } : {}),
    date_precision: p.date_precision ?? 'day',
  };
  notes.push(
    `The extractor read "${p.date_basis}" as ${p.date}${p.date_end ? `..${p.date_end}` : ''} (${p.date_precision}); the pipeline's phrase rules do not give that from the record alone.`,
  );
  return { out, notes };
}

/** Draft records for `proposals` (in text order), with their comments. */
export function draftRecords(proposals: readonly Proposal[], opts: DraftOptions): Draft[] {
  const used = new Set(opts.existingIds ?? []);
  const drafts: Draft[] = [];
  let anchor: { id: string; p: Proposal } | null = null;
  for (const p of proposals) {
    const base = `${p.date?.slice(0, 4) ?? 'undated'}-${slug(p.resolved_place ?? p.place ?? 'unplaced') || 'unplaced'}-${p.category}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const comments = [`${p.status}${p.status === 'needs_review' ? ': check before saving' : ''}`];
    for (const r of p.reasons) comments.push(`- ${r.code}: ${r.message}`);
    const quote = uniqueQuote(opts.text, p.excerpt_start, p.excerpt_end);
    if (!quote)
      comments.push('- the excerpt occurs more than once in the article: lengthen the quote');
    const rec: IncidentRecord = {
      id,
      incident: true,
      title: p.title,
      category: p.category,
      quote: quote ?? p.excerpt,
      date_phrase_describes: 'self',
    };
    const name = lookupName(p, opts.lookup);
    if (p.place) rec.place = name ?? p.place;
    if (p.place && !name)
      comments.push(
        `- the gazetteer does not know "${p.place}": add an alias to geodata/aliases.yaml or rewrite \`place\``,
      );
    if (p.country) rec.country = p.country;
    if (p.admin1 && p.place_precision !== 'country') {
      if (opts.lookup(p.admin1, p.country ?? undefined, true)?.precision === 'province')
        rec.admin1 = p.admin1;
      else
        comments.push(
          `- "${p.admin1}" is not a province name the gazetteer knows: \`npm run data\` will name the right one for \`admin1\``,
        );
    }
    const { out, notes } = dateFields(p, anchor, opts.published);
    Object.assign(rec, out);
    const found = name ? opts.lookup(name, p.country ?? undefined) : null;
    if (found && p.lat !== null && p.lon !== null && p.place_precision) {
      const moved = haversineKm(found.lat, found.lon, p.lat, p.lon) > 1;
      // a crossing's side: the province of the side the record claims (the extractor gives none)
      if (!rec.admin1 && !moved && found.precision === 'point' && found.admin1)
        rec.admin1 = found.admin1;
      const radius = found.uncertainty_km ?? PIPELINE_RADIUS[p.place_precision];
      const wider =
        p.uncertainty_km !== null && radius !== undefined && p.uncertainty_km !== radius;
      if (moved || found.precision !== p.place_precision || wider) {
        rec.overrides = {
          ...rec.overrides,
          ...(moved ? { coordinates: [p.lon, p.lat] as [number, number] } : {}),
          place_precision: p.place_precision,
          ...(p.uncertainty_km !== null ? { uncertainty_km: p.uncertainty_km } : {}),
        };
        notes.push(
          `The extractor placed "${p.place}" at ${p.resolved_place ?? 'a chosen point'} (${p.lat}, ${p.lon}, ${p.place_precision}, ${p.uncertainty_km} km); looking up "${name}" alone gives another point, precision or radius.`,
        );
      }
    }
    if (p.fatalities !== undefined && p.fatalities_basis) {
      rec.fatalities = p.fatalities;
      rec.fatalities_phrase = p.fatalities_basis;
    }
    if (p.origin) rec.origin = p.origin;
    if (p.target) rec.target = p.target;
    if (p.origin_place) rec.origin_place = p.origin_place;
    if (notes.length) rec.note = notes.join(' ');
    drafts.push({ record: rec, comments });
    if (p.date) anchor = { id, p };
  }
  return drafts;
}

/** Field order of the curated files. */
const KEY_ORDER: (keyof IncidentRecord)[] = [
  'id',
  'incident',
  'title',
  'category',
  'quote',
  'place',
  'country',
  'admin1',
  'border_with',
  'date_phrase',
  'date_anchor',
  'date_phrase_describes',
  'date_before',
  'origin',
  'target',
  'origin_place',
  'fatalities',
  'fatalities_phrase',
  'overrides',
  'note',
  'why',
];

/** A record as the curated files write it: their field order, defaults left out. */
function clean(rec: IncidentRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = rec[k];
    if (
      v === undefined ||
      (k === 'incident' && v === true) ||
      (k === 'date_phrase_describes' && v === 'self')
    )
      continue;
    out[k] = v;
  }
  return out;
}

function style(node: unknown): void {
  if (isMap(node)) for (const pair of node.items) style(pair.value);
  else if (isSeq(node)) {
    if (node.items.every((i) => isScalar(i) && typeof i.value === 'number')) node.flow = true;
    else node.items.forEach(style);
  } else if (isScalar(node) && typeof node.value === 'string') {
    const s = node.value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) node.type = Scalar.QUOTE_SINGLE;
    else if (s.length > 80 && !/\n|\s{2}|^\s|\s$/.test(s)) node.type = Scalar.BLOCK_FOLDED;
  }
}

/** The incidents file `geodata/incidents/<article-id>.yaml` for the drafts, comments included. */
export function incidentsYaml(drafts: readonly Draft[], header: string[]): string {
  const doc = new Document(drafts.map((d) => clean(d.record)));
  style(doc.contents);
  if (isSeq(doc.contents)) {
    doc.contents.items.forEach((item, i) => {
      const c = drafts[i]?.comments ?? [];
      (item as Node).commentBefore = c.map((l) => ` ${l}`).join('\n');
    });
  }
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return doc
    .toString({ lineWidth: 100, minContentWidth: 40 })
    .replace(/([^\n])\n(# (?:proposed|needs_review))/g, '$1\n\n$2');
}

/** The article sidecar `geodata/articles/<id>.yaml` (src/core/validation.ts ArticleMetaSchema). */
export interface ArticleDraft {
  id: string;
  outlet: string;
  title: string | null;
  language: string;
  published: string | null;
  published_basis: string;
  source_file: string;
}

/** The sidecar as YAML, with a comment asking for review. */
export function articleYaml(a: ArticleDraft): string {
  const doc = new Document(a);
  style(doc.contents);
  doc.commentBefore =
    ' Draft sidecar written by `npm run extract -- --yaml`: check outlet, title, published and\n its basis.';
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
