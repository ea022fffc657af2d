// Hostile articles for "Add article" and `npm run extract`: the bytes or text a user pastes or
// drops, and the form beside it. Input that is not an article's text is refused with one clear
// message (what — fix); text that is an article, however odd, is read without a crash, every
// proposal's excerpt is a verbatim slice of the text at its offsets (nothing shifted or cut), and
// no date is made up from an impossible one. Figures: see harness.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { checkArticleText, readArticleBytes } from '../../../src/core/extract/input.ts';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { checkArticleForm } from '../../../src/core/userArticles/model.ts';
import { CLEAN, family, figures, isClearError } from './harness.ts';

const readers = nodeReaders();
const utf8 = (s: string) => new TextEncoder().encode(s);
const STRIKE = 'Gunmen attacked a police post in Turbat on Sunday, killing three policemen.';

/** Bytes that are not an article, and the word the message must contain. */
const REFUSED: [name: string, bytes: Uint8Array][] = [
  ['an empty file', new Uint8Array(0)],
  ['only whitespace and newlines', utf8(' \n\t\r\n  ')],
  ['5 MB of text', utf8(`${STRIKE}\n`.repeat(70_000))],
  ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ['Latin-1 bytes (not UTF-8)', new Uint8Array([...utf8('Quetta '), 0xe9, 0xe8, 0x20, 0x41])],
  ['a saved web page', utf8(`<!doctype html><html><body><p>${STRIKE}</p></body></html>`)],
  ['HTML without a doctype', utf8(`<div><p>${STRIKE}</p><p>More.</p></div>`)],
  // invented, in the manner of a French wire page (the thirty-third try's had been read as nothing)
  [
    'an article in French',
    utf8(
      "Cinq membres des forces de sécurité ont perdu la vie dimanche à la suite d'une attaque survenue près de Saravan, dans le sud-est du pays. Des unités militaires ont été rapidement déployées sur le terrain afin de traquer les responsables de cet acte, selon les autorités locales, qui n'ont pas donné plus de détails.",
    ),
  ],
  [
    'an article in Persian',
    utf8('پنج نفر از نیروهای امنیتی روز یکشنبه در حمله‌ای در نزدیکی سراوان کشته شدند. '.repeat(6)),
  ],
];

/** Texts that are articles, however odd: read, never crash, offsets verbatim. */
const READ: [name: string, text: string][] = [
  ['one inline tag in prose (kept as text)', `${STRIKE} <img src=x onerror=alert(1)> said.`],
  ['CRLF line endings', `QUETTA, May 15 (AP) -\r\n${STRIKE}\r\nOfficials said so.\r\n`],
  ['a byte-order mark', `\uFEFF${STRIKE}`],
  ['zero-width and bidi marks in names', STRIKE.replace('Turbat', 'Tur\u200bbat\u202e')],
  ['emoji (surrogate pairs) before the place', `🔥🔥 ${STRIKE}`],
  ['Persian and Urdu script around it', `گزارش: ${STRIKE} رپورٹ`],
  ['a text with no incident', 'Mix the flour and the water, then bake for twenty minutes.'],
  ['one 60 kB sentence without a full stop', `Near ${'and near Turbat '.repeat(3_500)}`],
  ['a thousand repeated sentences', `${STRIKE} `.repeat(1_000)],
  [
    'an English report full of names',
    'Quetta — Gunmen attacked a Frontier Corps post in Turbat on Sunday, killing three soldiers, Kech Deputy Commissioner Hussain Jan Baloch said. Levies Risaldar Major Abdul Ghani, Naib Subedar Muhammad Akram and Sepoy Shah Nawaz Khan of 12 Wing Turbat Scouts embraced martyrdom, ISPR added, naming Lance Naik Zahid Hussain Bugti as wounded.',
  ],
  ['an impossible date', 'Gunmen attacked a police post in Turbat on 31 February, officials said.'],
  ['a year far away', 'Gunmen attacked a police post in Turbat on 3 March 99999.'],
  ['control characters', `${STRIKE}\u0001\u0007\u001b[31m`],
];

/** Form fields a user may type, and the field the message must be about. */
const FORMS: [name: string, field: 'url' | 'published', url: string, published: string][] = [
  ['a javascript: URL', 'url', 'javascript:alert(1)', ''],
  ['a data: URL', 'url', 'data:text/html,<script>alert(1)</script>', ''],
  ['an impossible publication date', 'published', '', '2023-02-30'],
  ['a publication date in another format', 'published', '', '15/05/2023'],
];

const tally = family('articles');
afterAll(() => expect(tally.results.length).toBe(REFUSED.length + READ.length + FORMS.length));

/** True when some proposal's excerpt is not the text at its offsets (data shifted or cut). */
function offsetsLost(text: string, proposals: Proposal[]): boolean {
  return proposals.some((p) => text.slice(p.excerpt_start, p.excerpt_end) !== p.excerpt);
}

describe('hostile articles', () => {
  for (const [name, bytes] of REFUSED) {
    it(`${name} is refused with one clear message`, () => {
      let crash = false;
      let message = '';
      let complete = false;
      try {
        const r = readArticleBytes(bytes);
        if (!('text' in r)) {
          // As the CLI and the dialog print it: `file: what is wrong — fix`.
          message = `article.txt: ${r.message} — ${r.fix}`;
          complete = r.message.trim() !== '' && r.fix.trim() !== '';
        }
      } catch {
        crash = true;
      }
      const r = tally.record({
        name,
        crash,
        script: false,
        lost: false,
        unclear: !crash && !(complete && isClearError(message, 'article.txt')),
        detail: message || 'accepted as an article',
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }

  // a whole read of up to a thousand sentences: on a loaded machine it may take several seconds,
  // so the limit is a hang's, not a speed test's (speed lives in `npm run bench`)
  for (const [name, text] of READ) {
    it(
      `${name}: read without a crash, every excerpt verbatim at its offsets`,
      { timeout: 60_000 },
      () => {
        let crash = false;
        let proposals: Proposal[] = [];
        try {
          expect(checkArticleText(text)).toBeNull();
          proposals = extractIncidents(text, { published: '2023-05-15' }, readers);
        } catch (e) {
          crash = true;
          if (e instanceof Error && e.name === 'AssertionError') throw e;
        }
        const r = tally.record({
          name,
          crash,
          script: false,
          lost: offsetsLost(text, proposals),
          unclear: false,
        });
        expect(figures(r)).toEqual(CLEAN);
      },
    );
  }

  for (const name of ['an impossible date', 'a year far away']) {
    it(`${name} is never read as a date of the publication year`, () => {
      const text = READ.find(([n]) => n === name)![1];
      const proposals = extractIncidents(text, { published: '2023-05-15' }, readers);
      expect(proposals.map((p) => p.date?.slice(0, 7) ?? null)).toEqual([null]);
    });
  }

  for (const [name, field, url, published] of FORMS) {
    it(`${name} in the form is refused, naming the field`, () => {
      const checked = checkArticleForm({ outlet: '', title: '', url, published });
      const message = checked.ok ? '' : checked.message;
      const r = tally.record({
        name,
        crash: false,
        script: checked.ok && field === 'url',
        lost: false,
        unclear: checked.ok || checked.field !== field || message.length > 2000,
        detail: message || 'accepted',
      });
      expect(figures(r)).toEqual(CLEAN);
    });
  }
});
