// A new article's checks: the text and every problem of the form in one message, the date checked
// against the day it is added.
import { describe, expect, it } from 'vitest';
import { checkNewArticle, todayOf } from '../../../src/core/userArticles/newArticle.ts';

const FORM = { outlet: 'IRNA', title: 'Guards killed', url: '', published: '' };
const TEXT = 'Gunmen killed three border guards near Mirjaveh on Tuesday.';
const TODAY = '2026-12-01';

describe('checkNewArticle', () => {
  it('refuses a publication date after today', () => {
    expect(checkNewArticle(TEXT, { ...FORM, published: '2031-06-01' }, TODAY)).toMatchObject({
      ok: false,
      field: 'published',
      message: 'The publication date 2031-06-01 is after today; check it.',
    });
    expect(checkNewArticle(TEXT, { ...FORM, published: '2026-12-02' }, TODAY)).toMatchObject({
      ok: true,
      published: '2026-12-02',
    });
  });

  it('reports the text and every form problem together, the text first', () => {
    const r = checkNewArticle(
      '<html><body><p>Gunmen attacked</p></body></html>',
      { ...FORM, url: 'javascript:alert(1)', published: '2031-06-01' },
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('text');
    expect(r.fields).toEqual(['text', 'url', 'published']);
    expect(r.message).toMatch(/looks like HTML.*\. The URL .*\. The publication date 2031-06-01/);
  });
});

describe('todayOf', () => {
  it('is the local calendar day, written YYYY-MM-DD', () => {
    expect(todayOf(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(todayOf(new Date(2031, 0, 9, 0, 1))).toBe('2031-01-09');
  });
});
