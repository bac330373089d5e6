// A description of the partner's work: a scope or services heading, a sentence saying what
// the partner did or will do, or several activities named ("migration of ...",
// "déploiement de ..."). A frame agreement that only promises later work orders, or a
// thank-you note, describes no service.
import type { ServiceFinding } from '../precheck';
import { evidenceAt, matchAll, type PageText, type TextMatch } from './text';

const B = '(?<![\\p{L}\\p{N}])';

/** A heading on a line of its own, numbered or not. */
const HEADING = new RegExp(
  `^[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+)?(?:additional[ \\t]+)?(?:scope[ \\t]+of[ \\t]+(?:services|work)|(?:description|summary)[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:services|work)|services[ \\t]+(?:delivered|provided|performed|rendered)|work[ \\t]+(?:performed|delivered|completed)|deliverables|p[ée]rim[èe]tre(?:[ \\t]+(?:de[ \\t]+la[ \\t]+prestation|des[ \\t]+travaux|du[ \\t]+projet))?|description[ \\t]+des[ \\t]+(?:prestations|travaux|services)|prestations[ \\t]+(?:r[ée]alis[ée]es|fournies)|travaux[ \\t]+r[ée]alis[ée]s|livrables)[ \\t]*:?[ \\t]*$`,
  'gimu',
);

/** Sentences that say what the partner did or does. */
const WORK_SENTENCE = new RegExp(
  `${B}(?:will\\s+carry\\s+out|carried\\s+out|delivered\\s+the\\s+following|performed\\s+the\\s+following|summary\\s+of\\s+the\\s+work|the\\s+engagement\\s+covers|the\\s+services\\s+include|work\\s+also\\s+includes|will\\s+be\\s+responsible\\s+for\\s+the|a\\s+r[ée]alis[ée]|ont\\s+r[ée]alis[ée]|a\\s+effectu[ée]|a\\s+livr[ée]|prestations\\s+suivantes)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "<activity> of ...": the nouns of project work. */
const ACTIVITY = new RegExp(
  `${B}(?:implementation|deployment|migration|configuration|rollout|roll-out|onboarding|enrol{1,2}ment|provisioning|installation|integration|upgrade|assessment|automation|decommissioning|replacement|tuning|enablement|design\\s+and\\s+build|build|mise\\s+en\\s+(?:œuvre|oeuvre|place)|d[ée]ploiement|param[ée]trage|int[ée]gration|formation)\\s+(?:(?:of|de|du|des)(?![\\p{L}\\p{N}])|d['\u2019])`,
  'giu',
);

const MAX_EVIDENCE = 3;

export function serviceFindings(pages: readonly PageText[]): ServiceFinding[] {
  const headings = matchAll(pages, HEADING);
  const sentences = matchAll(pages, WORK_SENTENCE);
  const activities = matchAll(pages, ACTIVITY);
  const distinctActivities = new Set(activities.map((m) => m.page.text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ')));
  const found = headings.length > 0 || sentences.length > 0 || distinctActivities.size >= 2;
  if (!found) return [{ kind: 'service', status: 'missing', page: null, text: null, box: null, detail: { evidence: [] } }];
  const ordered: TextMatch[] = [...headings, ...sentences, ...activities];
  const first = ordered[0]!;
  const evidence = ordered.slice(0, MAX_EVIDENCE).map((m) => lineAround(m));
  const at = evidenceAt(first.page, first.start, first.end);
  return [{ kind: 'service', status: 'found', ...at, text: at.text?.replace(/^\d+(?:\.\d+)*\.?\s+/, '') ?? null, detail: { evidence } }];
}

/** The line a match stands on, for people: "Cap Horizon will carry out the migration of ...". */
function lineAround(m: TextMatch): string {
  const text = m.page.text;
  const from = text.lastIndexOf('\n', m.start - 1) + 1;
  const to = text.indexOf('\n', m.end);
  return text.slice(from, to < 0 ? text.length : to).replace(/\s+/g, ' ').trim().slice(0, 160);
}
