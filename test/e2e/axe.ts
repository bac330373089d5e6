// axe-core's WCAG 2.1 AA scan of a page or one part of it (issue 18): the serious and critical
// violations, each with where it was found and, for contrast, the colours and ratio measured.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface Finding {
  readonly where: string;
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

export async function scan(page: Page, where: string, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      rule: v.id,
      impact: v.impact ?? '',
      // For contrast, the colours and the ratio axe measured, so the failure says what to change.
      targets: v.nodes.slice(0, 6).map((n) => {
        const data = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        return `${n.target.join(' ')}${data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio})` : ''}`;
      }),
    }));
}
