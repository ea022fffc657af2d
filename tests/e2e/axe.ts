// axe-core in the browser tests: injects the library into the page (playwright-core has no axe
// integration of its own) and runs it over the whole document, every rule axe enables by default
// (WCAG 2.0–2.2 A and AA, best practices), returning what it found in a form a test can print.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The minified axe-core build, read once. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One rule's result: its id, impact and the elements it concerns (selector and a clip of HTML). */
export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; why: string }[];
}

/** What axe found: rules violated, and rules it could not decide (e.g. contrast over a canvas). */
export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  /** Number of rules that ran and passed. */
  passes: number;
}

/** Runs axe-core over the page as it is now. */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface Node {
      target: unknown[];
      html: string;
      failureSummary?: string;
      any: { message: string }[];
    }
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      nodes: Node[];
    }
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: Document): Promise<{
            violations: Result[];
            incomplete: Result[];
            passes: Result[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document);
    const shape = (v: Result) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        why: (n.failureSummary ?? n.any.map((a) => a.message).join('; ')).slice(0, 300),
      })),
    });
    return {
      violations: r.violations.map(shape),
      incomplete: r.incomplete.map(shape),
      passes: r.passes.length,
    };
  });
}

/** A report's violations as readable lines (for an assertion's message). */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.why}\n    ${n.html}`).join('\n')}`,
    )
    .join('\n');
}
