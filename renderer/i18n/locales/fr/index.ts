// The French catalog, file by file the English one's shape (catalog.ts): a missing key fails tsc.
import type { FrenchCatalog } from '../../catalog';
import type { EnglishCatalog } from '../en';
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

export const fr: FrenchCatalog<EnglishCatalog> = { common, format, domain, queue, claim, checklist, decisions, history, viewer, keyboard, reports, roles, refusals, settings, sync, team };
