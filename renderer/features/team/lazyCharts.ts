import { lazy } from 'react';

// Recharts is the team view's alone: a chunk of its own, fetched when the first chart shows.
export const AgeingChart = lazy(() => import('./TeamCharts').then((m) => ({ default: m.AgeingChart })));
export const DecisionsChart = lazy(() => import('./TeamCharts').then((m) => ({ default: m.DecisionsChart })));
