// The user-article model: ids that are valid geodata file names and proposal prefixes, and the
// "Add article" form's checks (http(s) links only, with a host and no space; real dates, none
// after today; titles and outlets of a sensible length; every problem reported; defaults).
import { describe, expect, it } from 'vitest';
import { slugId } from '../../../src/core/extract/extract.ts';
import {
  articleId,
  checkArticleForm,
  hash8,
  isWebUrl,
  MAX_OUTLET_CHARS,
  MAX_TITLE_CHARS,
} from '../../../src/core/userArticles/model.ts';
import { ArticleMetaSchema } from '../../../src/core/validation.ts';
import * as v from 'valibot';

const FORM = { outlet: '', title: '', url: '', published: '' };

describe('articleId', () => {
  it('is a valid geodata article id and survives the extractor slug unchanged', () => {
    const id = articleId(
      { title: 'Militants attack Rāsk HQ!', outlet: 'X' },
      'text',
      '2024-04-05T10:00:00Z',
    );
    expect(id).toMatch(/^user-militants-attack-rask-hq-[0-9a-f]{8}$/);
    expect(slugId(id)).toBe(id);
    expect(v.safeParse(ArticleMetaSchema.entries.id, id).success).toBe(true);
  });

  it('uses the outlet when there is no title, and differs for another text', () => {
    const a = articleId({ title: null, outlet: 'Dawn' }, 'one', 't');
    const b = articleId({ title: null, outlet: 'Dawn' }, 'two', 't');
    expect(a).toMatch(/^user-dawn-/);
    expect(a).not.toBe(b);
  });

  it('hash8 is eight hex digits and deterministic', () => {
    expect(hash8('abc')).toBe(hash8('abc'));
    expect(hash8('abc')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('checkArticleForm', () => {
  it('fills defaults: outlet "unknown", null title, URL and date', () => {
    expect(checkArticleForm(FORM)).toEqual({
      ok: true,
      outlet: 'unknown',
      title: null,
      url: null,
      published: null,
    });
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/a', 'example.org', 'data:text/html,x'])(
    'refuses the link %s (http and https only)',
    (url) => {
      const r = checkArticleForm({ ...FORM, url });
      expect(r).toMatchObject({ ok: false, field: 'url' });
    },
  );

  it('accepts an https link and trims fields', () => {
    const r = checkArticleForm({ ...FORM, url: ' https://example.org/a ', outlet: ' Dawn ' });
    expect(r).toMatchObject({ ok: true, url: 'https://example.org/a', outlet: 'Dawn' });
  });

  it('refuses a date that does not exist', () => {
    expect(checkArticleForm({ ...FORM, published: '2024-02-30' })).toMatchObject({
      ok: false,
      field: 'published',
    });
  });

  it.each([
    ['https://exa mple.org/a', /space/],
    ['https://example.org/a b', /space/],
    ['https://exa\tmple.org/a', /space/],
    ['http://', /no host/],
    ['https://', /no host/],
    ['http:///a', /no host/],
    ['http://:80/a', /no host/],
  ])('refuses %j, naming the problem', (url, message) => {
    const r = checkArticleForm({ ...FORM, url });
    expect(r).toMatchObject({ ok: false, field: 'url', message: expect.stringMatching(message) });
    expect(r.ok ? '' : r.message).not.toMatch(/must start with/);
  });

  it('every URL it accepts is one the app links (isWebUrl)', () => {
    for (const url of ['https://example.org/a', 'HTTP://Example.org', 'http://x.org:8080/a?b#c']) {
      const r = checkArticleForm({ ...FORM, url });
      expect(r).toMatchObject({ ok: true, url });
      expect(isWebUrl(url)).toBe(true);
    }
  });

  it('refuses a publication date after today, allowing one day ahead for time zones', () => {
    const today = '2026-12-01';
    expect(checkArticleForm({ ...FORM, published: '2031-06-01' }, today)).toEqual({
      ok: false,
      field: 'published',
      message: 'The publication date 2031-06-01 is after today; check it.',
      problems: [
        {
          field: 'published',
          message: 'The publication date 2031-06-01 is after today; check it.',
        },
      ],
    });
    expect(checkArticleForm({ ...FORM, published: '2026-12-03' }, today)).toMatchObject({
      ok: false,
      field: 'published',
    });
    for (const published of ['2026-12-02', '2026-12-01', '2020-01-01']) {
      expect(checkArticleForm({ ...FORM, published }, today)).toMatchObject({
        ok: true,
        published,
      });
    }
  });

  it('refuses a title over 500 characters and an outlet over 200', () => {
    expect(MAX_TITLE_CHARS).toBe(500);
    expect(MAX_OUTLET_CHARS).toBe(200);
    expect(checkArticleForm({ ...FORM, title: 'W'.repeat(500) })).toMatchObject({ ok: true });
    expect(checkArticleForm({ ...FORM, title: 'W'.repeat(5000) })).toMatchObject({
      ok: false,
      field: 'title',
      message: 'The title is 5,000 characters long; shorten it to at most 500.',
    });
    expect(checkArticleForm({ ...FORM, outlet: 'D'.repeat(201) })).toMatchObject({
      ok: false,
      field: 'outlet',
      message: 'The outlet is 201 characters long; shorten it to at most 200.',
    });
  });

  it('reports every problem of the form, first field first', () => {
    const r = checkArticleForm(
      { outlet: '', title: 'W'.repeat(600), url: 'javascript:alert(1)', published: '2031-06-01' },
      '2026-12-01',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual(['title', 'url', 'published']);
    expect(r.field).toBe('title');
    expect(r.message).toBe(r.problems.map((p) => p.message).join(' '));
  });

  it('isWebUrl is true for http(s) only', () => {
    expect(isWebUrl('https://a.b/c')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
