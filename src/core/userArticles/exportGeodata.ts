// The user's articles as `geodata/` files, so they can join the curated data with `npm run data`:
// `articles/<id>.txt` (the text, byte for byte), `articles/<id>.yaml` (the sidecar) and
// `incidents/<id>.yaml` (the accepted incidents in the curated format, through
// src/core/extract/toYaml.ts; rejected and merged proposals as `incident: false` records with a
// `why`). Undecided drafts are left out. What the pipeline would refuse is left out with a
// warning saying why and how to fix it. Pure: the gazetteer lookup is injected.
import { Document, isMap, isScalar, Scalar } from 'yaml';
import { haversineKm } from '../extract/distance.ts';
import type { Proposal } from '../extract/types.ts';
import type { PlaceLookup } from '../extract/recordLookup.ts';
import { draftRecords, incidentsYaml, uniqueQuote, type Draft } from '../extract/toYaml.ts';
import type { IncidentRecord } from '../validation.ts';
import { reviewNotes } from './compose.ts';
import { effectiveProposal } from './decisions.ts';
import type { Decision, UserArticle, UserData } from './model.ts';

/** One file of the export, its path relative to `geodata/`. */
export interface ExportFile {
  path: string;
  text: string;
}

/** The files and what was left out, in words. */
export interface GeodataExport {
  files: ExportFile[];
  warnings: string[];
}

/** What the export needs besides the user's data. */
export interface ExportOptions {
  lookup: PlaceLookup;
  /** Incident ids the curated data already uses (never reused). */
  existingIds: ReadonlySet<string>;
  /** Titles of incidents a proposal may be merged into, by id (for the `why`). */
  titleOf: (id: string) => string | null;
  /** Today (ISO), written in the files' header comments. */
  today: string;
}

const EXTRACTOR_DATE_NOTE =
  /The extractor read "[\s\S]*?" as \S+ \([^)]*\); the pipeline's phrase rules do not give that from the record alone\.\s*/;
const EXTRACTOR_PLACE_NOTE =
  /The extractor placed "[\s\S]*?; looking up "[\s\S]*?" alone gives another point, precision or radius\.\s*/;

/** The sidecar `articles/<id>.yaml` (src/core/validation.ts ArticleMetaSchema). */
export function sidecarYaml(a: UserArticle & { published: string }, today: string): string {
  const doc = new Document({
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    language: 'en',
    published: a.published,
    published_basis: `Given by the user in Borderlines' "Add article" dialog${a.url ? ` (published at ${a.url})` : ''}; check it against the article.`,
    source_file: `${a.id}.txt`,
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const v = pair.value;
      if (isScalar(v) && typeof v.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.value)) {
        v.type = Scalar.QUOTE_SINGLE;
      }
    }
  }
  doc.commentBefore = ` Exported from Borderlines on ${today} ("Add article").`;
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** The record of an accepted proposal with the user's edits, or a reason it cannot be exported. */
function acceptedRecord(
  draft: Draft,
  original: Proposal,
  d: Decision,
  lookup: PlaceLookup,
  text: string,
): { record: IncidentRecord } | { problem: string } {
  const rec: IncidentRecord = { ...draft.record };
  const e = effectiveProposal(original, d);
  let note = rec.note ?? '';
  if (d.date) note = note.replace(EXTRACTOR_DATE_NOTE, '');
  if (d.place) note = note.replace(EXTRACTOR_PLACE_NOTE, '');
  if (d.date) {
    rec.overrides = {
      ...rec.overrides,
      date: d.date.date,
      ...(d.date.date_end ? { date_end: d.date.date_end } : {}),
      date_precision: d.date.precision,
    };
  }
  if (d.place?.kind === 'map') {
    rec.overrides = {
      ...rec.overrides,
      coordinates: [d.place.lon, d.place.lat],
      place_precision: 'point',
      uncertainty_km: 0,
    };
    if (d.place.country) rec.country = d.place.country;
    if (d.place.admin1) rec.admin1 = d.place.admin1;
  }
  // a city offered for a proposal whose text names no place (its dateline), chosen in review:
  // the record names it as the text writes it ("QUETTA:")
  if (d.place?.kind === 'candidate' && !rec.place) {
    const c = d.place.candidate;
    const at = text.toLowerCase().indexOf(c.name.toLowerCase());
    if (at < 0) return { problem: `the place chosen, ${c.name}, is not written in the text` };
    rec.place = text.slice(at, at + c.name.length);
    rec.country = c.country;
    if (c.admin1) rec.admin1 = c.admin1;
  }
  const notes = [note.trim(), ...reviewNotes(original, d)].filter(Boolean);
  if (notes.length) rec.note = notes.join(' ');
  if (!rec.place) return { problem: 'the text names no place, and a record needs one' };
  if (e.place_precision === 'border' && !d.place) {
    const onBorder = borderRecord(rec, e.border_line);
    if ('problem' in onBorder) return onBorder;
    Object.assign(rec, onBorder);
    delete rec.admin1; // a border runs along provinces; the pipeline checks none for it
  }
  if (!rec.country) return { problem: 'the point lies outside the mapped countries' };
  if (!lookup(rec.place, rec.country)) {
    return {
      problem: `the gazetteer does not know "${rec.place}": add an alias to geodata/aliases.yaml, then export again`,
    };
  }
  if (!rec.admin1 && e.place_precision !== 'country' && !rec.border_with) {
    const atTown = townRecord(rec, e, lookup);
    if (!atTown) return { problem: 'its province is unknown to the gazetteer' };
    return { record: atTown };
  }
  return { record: rec };
}

/**
 * A point no province can be claimed for (a border crossing lies on the line between two) as
 * the record of the town the text names (`rec.place`) on the claimed country's side: at the
 * town's gazetteer point, in its province, within a radius that holds the proposal's own point
 * and radius. Null when the gazetteer gives the town no province.
 */
function townRecord(rec: IncidentRecord, e: Proposal, lookup: PlaceLookup): IncidentRecord | null {
  const town = rec.place ? lookup(rec.place, rec.country) : null;
  if (!town?.admin1 || e.lat === null || e.lon === null) return null;
  if (lookup(town.admin1, rec.country, true)?.precision !== 'province') return null;
  const km = Math.ceil(haversineKm(town.lat, town.lon, e.lat, e.lon) + (e.uncertainty_km ?? 0));
  const { coordinates: _moved, ...overrides } = rec.overrides ?? {};
  void _moved;
  const note = `Exported at ${rec.place}, ${town.admin1}, within ${km} km: the extractor's point (${e.resolved_place ?? 'a chosen point'}, ${e.lat}, ${e.lon}) lies where no province can be claimed (a border crossing lies on the line between two).`;
  return {
    ...rec,
    admin1: town.admin1,
    overrides: { ...overrides, place_precision: town.precision, uncertainty_km: km },
    note: [rec.note?.replace(EXTRACTOR_PLACE_NOTE, '').trim(), note].filter(Boolean).join(' '),
  };
}

/** English names of the countries whose shared borders the gazetteer knows (as the pipeline spells them). */
const COUNTRY_NAME = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * A border-level incident as the pipeline writes it: `place` is the country the record claims
 * (the first of the pair when it claims neither) and `border_with` the other side of `line`
 * ("IR-PK"); the pipeline then places it on that shared border.
 */
function borderRecord(
  rec: IncidentRecord,
  line: string | undefined,
): Pick<IncidentRecord, 'place' | 'country' | 'border_with'> | { problem: string } {
  // A stretch two provinces share ("AF-NM/IR-SB") is exported as the whole border of their two
  // countries: the curated format names only the neighbour (coarser, still true).
  const pair = line?.includes('/')
    ? line.split('/').map((id) => id.slice(0, 2))
    : (line?.split('-') ?? []);
  if (pair.length !== 2) return { problem: 'it lies along a border the extractor did not name' };
  const country = pair.includes(rec.country ?? '') ? rec.country! : pair[0]!;
  const neighbour = pair.find((c) => c !== country)!;
  return { place: COUNTRY_NAME.of(country) ?? country, country, border_with: neighbour };
}

/** A `incident: false` record for a rejected or merged proposal. */
function excludedRecord(text: string, p: Proposal, id: string, why: string): IncidentRecord {
  return {
    id,
    incident: false,
    quote: uniqueQuote(text, p.excerpt_start, p.excerpt_end) ?? p.excerpt,
    date_phrase_describes: 'self',
    why,
  };
}

/**
 * A record dated against a record left out (`date_anchor`, `date_before`) keeps its date as an
 * override instead, so the pipeline does not look for the missing record.
 */
function unhook(
  rec: IncidentRecord,
  skipped: ReadonlySet<string>,
  accepted: { p: Proposal; d: Decision }[],
  drafts: Draft[],
): void {
  const refs = [rec.date_anchor, rec.date_before].filter((r) => r && skipped.has(r));
  if (refs.length === 0) return;
  const k = drafts.findIndex((dr) => dr.record.id === rec.id);
  const e = k >= 0 ? effectiveProposal(accepted[k]!.p, accepted[k]!.d) : null;
  if (!e?.date) return;
  delete rec.date_anchor;
  delete rec.date_before;
  rec.date_phrase_describes = 'self';
  rec.overrides = {
    ...rec.overrides,
    date: e.date,
    ...(e.date_end ? { date_end: e.date_end } : {}),
    date_precision: e.date_precision ?? 'day',
  };
  const note = `Dated against an incident left out of this export (${refs.join(', ')}); the date is the one read in review.`;
  rec.note = rec.note ? `${rec.note} ${note}` : note;
}

/** The `geodata/` files of every article that has a publication date. */
export function exportGeodata(data: UserData, opts: ExportOptions): GeodataExport {
  const files: ExportFile[] = [];
  const warnings: string[] = [];
  const used = new Set(opts.existingIds);
  for (const a of data.articles) {
    const name = a.title ?? a.id;
    if (!a.published) {
      warnings.push(
        `"${name}" is left out: it has no publication date, which geodata/ needs. Remove it and add it again with its date.`,
      );
      continue;
    }
    const decided = a.proposals.flatMap((p) => {
      const d = data.decisions.get(p.id);
      return d && d.status !== 'pending' ? [{ p, d }] : [];
    });
    const accepted = decided.filter(
      ({ d }) => d.status === 'accepted' && d.same?.answer !== 'merge',
    );
    const drafts = draftRecords(
      accepted.map(({ p, d }) => effectiveProposal(p, d)),
      { text: a.text, published: a.published, lookup: opts.lookup, existingIds: used },
    );
    for (const dr of drafts) used.add(dr.record.id);
    const out: Draft[] = [];
    const skipped = new Set<string>();
    let n = 0;
    for (const { p, d } of decided) {
      const k = accepted.findIndex((x) => x.p === p);
      if (k >= 0) {
        const r = acceptedRecord(drafts[k]!, p, d, opts.lookup, a.text);
        if ('problem' in r) {
          skipped.add(drafts[k]!.record.id);
          warnings.push(`"${p.title}" (${name}) is left out of geodata/: ${r.problem}.`);
          continue;
        }
        out.push({ record: r.record, comments: ['accepted in review in Borderlines'] });
        continue;
      }
      let id: string;
      do id = `${a.id.toLowerCase()}-not-mapped-${++n}`;
      while (used.has(id));
      used.add(id);
      const why =
        d.status === 'rejected'
          ? `Rejected in review in Borderlines: the reviewer judged that this sentence does not report an incident to map (the extractor proposed "${p.title}").`
          : `Same incident as "${opts.titleOf(d.same!.incident) ?? d.same!.incident}" (${d.same!.incident}); merged there in Borderlines as a further source.`;
      const comment = d.status === 'rejected' ? 'rejected in review' : 'merged into another';
      out.push({ record: excludedRecord(a.text, p, id, why), comments: [comment] });
    }
    for (const dr of out) unhook(dr.record, skipped, accepted, drafts);
    const undecided = a.proposals.length - decided.length;
    files.push({ path: `articles/${a.id}.txt`, text: a.text });
    files.push({
      path: `articles/${a.id}.yaml`,
      text: sidecarYaml({ ...a, published: a.published }, opts.today),
    });
    const header = [
      `Incidents of ${a.id}.txt, exported from Borderlines on ${opts.today} after review.`,
      ...(undecided ? [`${undecided} undecided proposal(s) left out.`] : []),
    ];
    files.push({
      path: `incidents/${a.id}.yaml`,
      text: out.length ? incidentsYaml(out, header) : `# ${header.join('\n# ')}\n[]\n`,
    });
  }
  return { files, warnings };
}
