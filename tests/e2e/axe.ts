// axe-core in a Playwright page: injected from node_modules (no network), run over the page the
// person sees, serious and critical violations only.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string; html: string }>;
}

let axeSource: string | null = null;

/** Serious and critical violations of the WCAG 2.x A/AA rules in the document as it stands. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The local cloud's CSP refuses inline scripts (addScriptTag); evaluate is the debugger's and passes.
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(`${axeSource};\nwindow.axe = axe;`);
  }
  const all = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 160) })),
    }));
  });
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function formatViolations(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} ${n.html}\n      ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim()}`)
          .join('\n'),
    )
    .join('\n');
}
