// The user-article model: ids that are valid geodata file names and proposal prefixes, and the
// "Add article" form's checks (http(s) links only, real dates, defaults).
import { describe, expect, it } from 'vitest';
import { slugId } from '../../../src/core/extract/extract.ts';
import {
  articleId,
  checkArticleForm,
  hash8,
  isWebUrl,
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

  it('isWebUrl is true for http(s) only', () => {
    expect(isWebUrl('https://a.b/c')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
