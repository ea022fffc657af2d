// Validates article sidecars against their texts and produces `Article`s.
import type { Article } from '../src/core/types.ts';
import { ArticleMetaSchema, type DataIssue } from '../src/core/validation.ts';
import type { SourceFile, Sources } from './load-sources.ts';
import { readYamlAs } from './read-yaml.ts';

/** An article sidecar's schema and the fix for one that breaks it. */
const ARTICLE_META = {
  schema: ArticleMetaSchema,
  what: 'article metadata',
  fix: 'give id, outlet ("unknown" if none), title (null if unknown), language, published (YYYY-MM-DD), published_basis and source_file',
};

function stem(file: SourceFile): string {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.'));
}

/** Articles with their texts, sorted by id; problems go to `issues`. */
export function loadArticles(sources: Sources, issues: DataIssue[]): Article[] {
  const out: Article[] = [];
  for (const text of sources.articleText.values()) {
    if (text.unreadable) issues.push({ file: text.path, line: null, ...text.unreadable });
  }
  for (const file of sources.articleMeta) {
    const read = readYamlAs(file, ARTICLE_META, issues);
    if (!read) continue;
    const { value: meta, yaml } = read;
    if (meta.id !== stem(file)) {
      issues.push({
        file: file.path,
        line: yaml.lineOf(['id']),
        message: `id "${meta.id}" differs from the file name "${stem(file)}"`,
        fix: `set id: ${stem(file)} (the sidecar and the text share the article id)`,
      });
      continue;
    }
    const text = sources.articleText.get(meta.id);
    if (!text) {
      issues.push({
        file: file.path,
        line: null,
        message: `no article text ${meta.id}.txt next to this metadata`,
        fix: `copy the article byte-for-byte to ${file.path.replace(/\.yaml$/, '.txt')}`,
      });
      continue;
    }
    if (text.unreadable) continue; // reported above
    if (text.invalidUtf8) {
      issues.push({
        file: text.path,
        line: text.invalidUtf8,
        message: 'article text is not valid UTF-8',
        fix: 'save the article as UTF-8 (convert it, do not retype it) and copy it again',
      });
      continue;
    }
    out.push({
      id: meta.id,
      outlet: meta.outlet,
      title: meta.title,
      published: meta.published,
      published_basis: meta.published_basis,
      language: meta.language,
      source_file: meta.source_file,
      text: text.text,
    });
  }
  for (const [id, text] of sources.articleText) {
    if (text.unreadable) continue;
    if (!out.some((a) => a.id === id) && !sources.articleMeta.some((m) => stem(m) === id)) {
      issues.push({
        file: text.path,
        line: null,
        message: 'article text has no metadata',
        fix: `add ${text.path.replace(/\.txt$/, '.yaml')} with outlet, title, language, published, published_basis, source_file`,
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
