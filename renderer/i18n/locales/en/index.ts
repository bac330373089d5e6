// The English catalog: the reference every other language is checked against (catalog.ts).
// One file per area of the UI; a new screen adds its file here and in fr/index.ts.
import { checklist } from './checklist';
import { claim } from './claim';
import { common } from './common';
import { decisions } from './decisions';
import { domain } from './domain';
import { format } from './format';
import { history } from './history';
import { keyboard } from './keyboard';
import { queue } from './queue';
import { refusals } from './refusals';
import { reports } from './reports';
import { roles } from './roles';
import { settings } from './settings';
import { sync } from './sync';
import { team } from './team';
import { viewer } from './viewer';

export const en = { common, format, domain, queue, claim, checklist, decisions, history, viewer, keyboard, reports, roles, refusals, settings, sync, team };
export type EnglishCatalog = typeof en;
