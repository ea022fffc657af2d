// A new article for "Add article": its text and form checked in the words the dialog shows, and
// what the app says while it is read or when the extractor finds nothing in it.
import { checkArticleText } from '../extract/input.ts';
import { checkArticleForm, type ArticleForm, type CheckedForm } from './model.ts';

/** Why "Add article" adds nothing when the extractor proposes no incident. */
export const NO_INCIDENT_MESSAGE =
  'No incident found: no sentence reports an attack, abduction, release, meeting or statement the extractor can date or place. Nothing was added; check that this is the article you meant.';

/** A refusal of a new article: every problem (with its fix) and the fields at fault. */
export interface NewArticleProblem {
  /** Always false: the article is refused. */
  ok: false;
  /** The first field to fix (the one to focus), or `text` for the article's text. */
  field: keyof ArticleForm | 'text';
  /** Every field at fault, in form order (the text first). */
  fields: (keyof ArticleForm | 'text')[];
  /** What is wrong and how to fix it: one sentence per problem. */
  message: string;
}

/**
 * Checks the text and the form and reports every problem at once, or returns the form's values
 * to store. `today` is the user's day (ISO; see todayOf): a publication date after it is refused.
 */
export function checkNewArticle(
  text: string,
  form: ArticleForm,
  today: string,
): NewArticleProblem | Extract<CheckedForm, { ok: true }> {
  const problems: { field: keyof ArticleForm | 'text'; message: string }[] = [];
  const textProblem = checkArticleText(text);
  if (textProblem) {
    problems.push({
      field: 'text',
      message: `${capital(textProblem.message)}: ${textProblem.fix}.`,
    });
  }
  const checked = checkArticleForm(form, today);
  if (!checked.ok) problems.push(...checked.problems);
  if (checked.ok && !problems.length) return checked;
  return {
    ok: false,
    field: problems[0]!.field,
    fields: problems.map((p) => p.field),
    message: problems.map((p) => p.message).join(' '),
  };
}

/** The user's day as an ISO date (their local calendar, as they read the article's date). */
export function todayOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the app shows while the article is read: "Reading “Title”…" (else its outlet). */
export function readingLabel(form: { title: string | null; outlet: string }): string {
  return `Reading “${form.title ?? (form.outlet === 'unknown' ? 'the article' : form.outlet)}”…`;
}

function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
