// A new article for "Add article": its text and form checked in the words the dialog shows, and
// what the app says while it is read or when the extractor finds nothing in it.
import { checkArticleText } from '../extract/input.ts';
import { checkArticleForm, type ArticleForm, type CheckedForm } from './model.ts';

/** Why "Add article" adds nothing when the extractor proposes no incident. */
export const NO_INCIDENT_MESSAGE =
  'No incident found: no sentence reports an attack, abduction, release, meeting or statement the extractor can date or place. Nothing was added; check that this is the article you meant.';

/** A refusal of a new article: the message (with its fix) and the field at fault. */
export interface NewArticleProblem {
  /** Always false: the article is refused. */
  ok: false;
  /** The form field to fix, or `text` for the article's text. */
  field: keyof ArticleForm | 'text';
  /** What is wrong and how to fix it, as a sentence. */
  message: string;
}

/** Checks the text first, then the form: the first problem, or the form's values to store. */
export function checkNewArticle(
  text: string,
  form: ArticleForm,
): NewArticleProblem | Extract<CheckedForm, { ok: true }> {
  const problem = checkArticleText(text);
  if (problem) {
    return { ok: false, field: 'text', message: `${capital(problem.message)}: ${problem.fix}.` };
  }
  const checked = checkArticleForm(form);
  if (!checked.ok) return { ok: false, field: checked.field, message: checked.message };
  return checked;
}

/** What the app shows while the article is read: "Reading “Title”…" (else its outlet). */
export function readingLabel(form: { title: string | null; outlet: string }): string {
  return `Reading “${form.title ?? (form.outlet === 'unknown' ? 'the article' : form.outlet)}”…`;
}

function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
