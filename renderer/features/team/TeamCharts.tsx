// The two charts, drawn with Recharts; loaded only when the team view opens, so the desk's
// start-up does not carry the chart library. Every colour is a theme variable (theme.css, light
// and dark): Recharts writes them as SVG attributes, and team.css sets the same on the axis text,
// grid and legend so a stylesheet rule, not only an attribute, carries them.
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../shared/domain/team-metrics';
import { formatCount } from '../../i18n/format';
import { AGE_COLOURS, type AgeRow, type DayRow, OUTCOME_COLOURS, outcomeLabel } from './chartRows';

const HEIGHT = 220;
const AXIS = { fontSize: 11, fill: 'var(--text-muted)' };
const TOOLTIP = {
  contentStyle: { background: 'var(--bg-panel)', border: '1px solid var(--border-strong)', borderRadius: 6, fontSize: 12, color: 'var(--text)', boxShadow: 'var(--shadow-dialog)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  cursor: { fill: 'var(--bg-hover)', stroke: 'none' },
};
/** The outcomes in the tooltip and the legend in one order, the tables' and the stack's. */
const byOutcome = (item: { readonly dataKey?: unknown }) => DECISION_OUTCOMES.indexOf(item.dataKey as DecisionOutcome);
const count = (value: unknown) => (typeof value === 'number' ? formatCount(value) : String(value));

/**
 * A chart is one picture (role img; its figures are in the table beside it), but Chromium lets Tab
 * stop on Recharts' layer groups: invisible stops with no ring. They are taken out of the Tab order
 * as Recharts draws them (after its container has measured itself, later than this component).
 */
function useNoTabStopsInside(ref: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const host = ref.current;
    if (!host) return;
    const untab = () => host.querySelectorAll('svg g:not([tabindex="-1"])').forEach((g) => g.setAttribute('tabindex', '-1'));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(host, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

export function AgeingChart({ rows, label }: { readonly rows: readonly AgeRow[]; readonly label: string }) {
  const { t } = useTranslation();
  const name = t('team.ageing.claims');
  const ref = useRef<HTMLDivElement>(null);
  useNoTabStopsInside(ref);
  return (
    <div ref={ref} role="img" aria-label={label} data-testid="ageing-chart">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} tickFormatter={count} />
          <Tooltip {...TOOLTIP} separator={t('team.chart.separator')} itemStyle={{ color: 'var(--text)' }} formatter={(value) => [count(value), name]} />
          <Bar dataKey="claims" name={name} isAnimationActive={false} radius={[3, 3, 0, 0]} maxBarSize={56}>
            {rows.map((row, i) => (
              <Cell key={row.label} fill={AGE_COLOURS[i] ?? AGE_COLOURS.at(-1)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function DecisionsChart({ rows, label }: { readonly rows: readonly DayRow[]; readonly label: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useNoTabStopsInside(ref);
  return (
    <div ref={ref} role="img" aria-label={label} data-testid="decisions-chart">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="label" tick={AXIS} tickLine={false} axisLine={{ stroke: 'var(--border-strong)' }} interval="preserveStartEnd" minTickGap={8} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} tickFormatter={count} />
          <Tooltip {...TOOLTIP} separator={t('team.chart.separator')} itemSorter={byOutcome} formatter={count} labelFormatter={(_, payload) => (payload[0]?.payload as DayRow | undefined)?.longLabel ?? ''} />
          <Legend iconType="square" iconSize={10} itemSorter={byOutcome} wrapperStyle={{ fontSize: 12, color: 'var(--text-muted)' }} />
          {DECISION_OUTCOMES.map((outcome) => (
            <Bar key={outcome} dataKey={outcome} name={outcomeLabel(outcome)} stackId="decisions" fill={OUTCOME_COLOURS[outcome]} isAnimationActive={false} maxBarSize={40} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
