// A description of the partner's work: a statement that someone did (or will do) project work on
// the customer's systems: a work verb or an activity noun ("configured", "migration of",
// "a déployé", "paramétrage de") in the same sentence as something the work is done to: a
// product, or the things IT work touches (mailboxes, devices, users, data, policies...). A
// scope heading counts only with such work under it. Licences bought or assigned, a frame
// agreement that promises later work orders, a thank-you note, a delivery of boxes, licences
// "delivered", work the customer's own IT did, or work that was "not tested" or put out of
// scope describe no service.
import type { ServiceFinding } from '../precheck';
import { KNOWN_PRODUCTS } from '../product-names-known';
import { PRODUCT_CATALOG } from '../products';
import { evidenceAt, matchAll, type PageText, type TextMatch } from './text';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const S = '[ \\t]+';

/** A heading on a line of its own, numbered or not. */
const HEADING = new RegExp(
  `^[ \\t]*(?:\\d+(?:\\.\\d+)*\\.?[ \\t]+)?(?:additional${S})?(?:scope${S}of${S}(?:services|work)|(?:description|summary)${S}of${S}(?:the${S})?(?:services|work)|services(?:${S}(?:delivered|provided|performed|rendered))?|work${S}(?:performed|delivered|completed|done)|what${S}we${S}delivered|deliverables|p[ée]rim[èe]tre(?:${S}(?:de${S}la${S}prestation|des${S}travaux|du${S}projet))?|description${S}des${S}(?:prestations|travaux|services)|prestations(?:${S}(?:r[ée]alis[ée]es|fournies))?|travaux${S}(?:r[ée]alis[ée]s|effectu[ée]s)|livrables)[ \\t]*:?[ \\t]*$`,
  'gimu',
);

/** Phrases that announce the partner's work whatever follows. */
const WORK_PHRASE = new RegExp(
  `${B}(?:delivered\\s+the\\s+following|performed\\s+the\\s+following|summary\\s+of\\s+the\\s+work|the\\s+engagement\\s+cover(?:s|ed)|the\\s+services\\s+include|work\\s+also\\s+includes|prestations\\s+suivantes)${E}`,
  'giu',
);

const EN_VERBS = [
  'planned', 'carried out', 'configured', 'reconfigured', 'migrated', 'deployed', 'implemented', 'installed', 'set up', 'stood up',
  'rolled out', 'trained', 'built', 'designed', 'integrated', 'documented', 'developed', 'customi[sz]ed', 'automated', 'tested',
  'assessed', 'audited', 'hardened', 'tuned', 'upgraded', 'enrolled', 'onboarded', 'provisioned', 'replaced', 'decommissioned',
  'performed', 'conducted', 'ran', 'led', 'delivered', 'wrote', 'created', 'facilitated', 'secured', 'optimi[sz]ed', 'moderni[sz]ed',
  'moved', 'connected', 'enabled', 'handed over', 'switched off', 'cut over',
];
const EN_BASES = [
  'plan', 'carry out', 'configure', 'migrate', 'deploy', 'implement', 'install', 'set up', 'roll out', 'train', 'build', 'design',
  'integrate', 'document', 'develop', 'customi[sz]e', 'automate', 'test', 'assess', 'audit', 'harden', 'tune', 'upgrade', 'enrol{1,2}',
  'onboard', 'provision', 'replace', 'decommission', 'perform', 'conduct', 'run', 'lead', 'deliver', 'create', 'secure', 'optimi[sz]e', 'move',
];
/**
 * French participles, by stem: with their accent anywhere ("déployé", "paramétrées"); without it
 * (OCR drops accents) only after an auxiliary ("ont parametre"), so that English words that look
 * like them ("modernise", "test") are not taken for French work.
 */
const FR_STEMS = [
  'd[ée]ploy', 'param[ée]tr', 'configur', 'migr', 'install', 'int[ée]gr', 'r[ée]alis', 'effectu', 'men', 'form', 'anim', 'r[ée]dig',
  'document', 'd[ée]velopp', 'automatis', 'test', 'audit', 's[ée]curis', 'optimis', 'accompagn', 'livr', 'remplac', 'cr[ée]', 'bascul', 'modernis',
];
const FR_AUX = "(?:a|ont|avons|avez|été|ete|est|sont|été|ai)\\s+(?:[\\p{L}'’]+\\s+)?";
const FR_VERBS = [
  `(?:${FR_STEMS.join('|')})ée?s?`,
  `${FR_AUX}(?:${FR_STEMS.join('|')})ee?s?`,
  `${FR_AUX}(?:con[çc]ue?s?|conduit|remis)`,
  'mise?s?\\s+en\\s+(?:place|œuvre|oeuvre|service|production)',
  'conduira', 'd[ée]ploiera', 'r[ée]alisera', 'mettra\\s+en\\s+(?:place|œuvre|oeuvre)',
];
/** Nouns of project work: "migration of", "déploiement de", "workshops for". */
const ACTIVITIES = [
  'implementation', 'deployment', 'migration', 'configuration', 'rollout', 'roll-out', 'onboarding', 'enrol{1,2}ment', 'provisioning',
  'installation', 'integration', 'upgrade', 'assessment', 'automation', 'decommissioning', 'replacement', 'tuning', 'enablement',
  'design', 'build', 'go-live', 'pilot', 'workshops?', 'training', 'adoption\\s+programme', 'adoption\\s+program', 'hardening', 'moves?',
  'cut-over', 'readiness\\s+review', 'acceptance\\s+testing', 'custom\\s+reports',
  'mise\\s+en\\s+(?:œuvre|oeuvre|place|production|service)', 'd[ée]ploiement', 'param[ée]trage', 'int[ée]gration', 'formations?',
  'migration', 'audit', 'conception', 'ateliers?', 'recette', 'accompagnement', 'conduite\\s+du\\s+changement', 'bascule', 'reprise\\s+des\\s+donn[ée]es',
  'cr[ée]ation', 'sessions?\\s+de\\s+formation', 'tableaux\\s+de\\s+bord',
];
const WORK_VERB = new RegExp(`${B}(?:(?:${EN_VERBS.join('|')})|(?:will|to|shall)\\s+(?:${EN_BASES.join('|')})|(?:${FR_VERBS.join('|')}))${E}`, 'giu');
/** An activity noun is work when it says on what: "migration of", "déploiement d'", "workshops for". */
const WORK_NOUN = new RegExp(`${B}(?:${ACTIVITIES.join('|')})\\s+(?:of|for|on|across|de|du|des|pour|sur|autour|d['’])`, 'giu');
/** Work a named company performed, said of the services themselves: "prestations réalisées par Groupe Azimut", "services performed by Nimbus". */
const PERFORMED_BY = new RegExp(
  `${B}(?:prestations?|travaux|interventions?|services|work|consulting\\s+days?|jours\\s+de\\s+prestation)\\s+(?:r[ée]alis[ée]e?s?|effectu[ée]e?s?|performed|delivered|carried\\s+out|rendered)\\s+(?:par|by)\\s+\\p{Lu}`,
  'gu',
);
/** A work word under a negation ("not tested", "n'a pas été déployé", "out of scope") is no work. */
const NEGATED = /(?:\bnot|\bno|\bnever|\bpas|\bjamais|\bnon|\baucun[e]?|hors)\s+(?:\S+\s+){0,2}$/iu;
/**
 * Work the customer did itself ("carried out by our own IT department", "assuré par le service
 * informatique du client", "en interne"): the sentence describes no partner service.
 */
const IN_HOUSE = new RegExp(
  `${B}(?:(?:our|their|its|the\\s+company['’]s)\\s+own\\s+IT|internal\\s+(?:IT|project|pilot|team|staff)|in-house|[ée]quipes?\\s+internes?|projet\\s+interne|by\\s+(?:the\\s+customer\\s+itself|our\\s+IT|the\\s+customer['’]s\\s+(?:own\\s+)?(?:IT|staff|team))|en\\s+interne|par\\s+notre\\s+service\\s+informatique|par\\s+le\\s+service\\s+informatique\\s+(?:du|de\\s+la|de\\s+l['’])|par\\s+(?:le\\s+client\\s+lui-même|nos\\s+équipes\\s+internes|notre\\s+équipe\\s+interne))${E}`,
  'iu',
);
/**
 * The document says in so many words that the partner did no work at all: "supplied no consulting,
 * implementation or training effort", "No installation, configuration, migration or training
 * services were ordered", "acted only as the licensing provider", "aucune prestation ... n'a été
 * commandée". Denying one kind of work ("no training was included") is not this.
 */
const KINDS = '(?:consulting|implementation|installation|configuration|deployment|migration|training|integration|professional|project|support|onboarding|advisory)';
const DENIES_SERVICES = new RegExp(
  [
    `${B}(?:no|without(?:\\s+any)?)\\s+(?:external\\s+|partner\\s+|third-party\\s+)?${KINDS}(?:\\s*,\\s*${KINDS})*\\s*,?\\s+(?:or|nor|and)\\s+${KINDS}(?:\\s+(?:services?|effort|work))?`,
    `${B}(?:no|not\\s+any)\\s+(?:external\\s+|partner\\s+|professional\\s+)?services\\s+(?:were|was|are|have\\s+been)\\s+(?:ordered|provided|supplied|delivered|performed|commissioned|purchased|included)`,
    `${B}(?:acted|acts|was\\s+involved|is\\s+involved)\\s+only\\s+as\\s+(?:the\\s+|a\\s+|our\\s+)?(?:licensing|licence|license|reseller|billing)`,
    // "aucune prestation d'accompagnement, de paramétrage ou de formation"; "aucune prestation n'a été commandée à un prestataire"
    `${B}aucune\\s+prestation\\s+(?:d['’]|de\\s+)[\\p{L}-]+(?:\\s*,\\s*(?:d['’]|de\\s+)[\\p{L}-]+)*\\s*,?\\s+(?:ou|ni|et)\\s+(?:d['’]|de\\s+)[\\p{L}-]+`,
    `${B}aucune\\s+prestation\\s+n['’]a\\s+été\\s+(?:command[ée]e|fournie|factur[ée]e)\\s+(?:à|au|par)\\s+(?:un|le|au|notre)?\\s*(?:prestataire|partenaire|revendeur|fournisseur)`,
    `${B}(?:sans|hors)\\s+(?:aucune\\s+)?prestations?\\s+(?:de\\s+service|d['’]accompagnement|associ[ée]es?)`,
  ].join('|'),
  'iu',
);
/**
 * Licences, subscriptions or seats handed over ("Licences delivered", "Éléments livrés : 125
 * licences"): a delivery verb about them is a sale, not work.
 */
const DELIVERY_VERB = /^(?:delivered|provided|provisioned|enabled|livr[ée]e?s?|fourni[e]?s?)$/iu;
const LICENCES = /(?<![\p{L}])(?:licen[cs]es?|subscriptions?|seats?|abonnements?|SKUs?)(?![\p{L}])/iu;
/** A participle after "the", "its", "the customer's" qualifies a noun ("documented instructions"): no one did work. */
const ADJECTIVAL = /(?:['’]s|\b(?:the|an|its|their|our|your|his|her|this|these|those|any|all|le|la|les|des|du|un|une|ses|leurs?|nos|vos))\s+$/iu;

/** What IT work is done to, besides the products themselves. */
const IT_OBJECTS = [
  'tenant', 'mailbox(?:es)?', 'users?', 'devices?', 'laptops?', 'phones?', 'servers?', 'data', 'polic(?:y|ies)', 'settings?', 'dashboards?',
  'reports?', 'workflows?', 'apps?', 'applications?', 'sites?', 'channels?', 'security', 'identity', 'directory', 'network',
  'platform', 'environment', 'procedures', 'run\\s*books?', 'administrators?', 'service\\s+desk', 'help\\s+desk',
  'staff', 'employees', 'sellers', 'agents', 'salari[ée]s', 'collaborat(?:eur|rice)s', 'records?', 'source\\s+system', 'departments?', 'baseline', 'alerts?', 'endpoints?', 'licen[cs]es?\\s+assignment',
  'locataire', 'bo[îi]tes?\\s+aux\\s+lettres', 'utilisat(?:eur|rice)s?', 'postes?', 'appareils?', 'serveurs?', 'donn[ée]es', 'strat[ée]gies',
  'politique\\s+de\\s+s[ée]curit[ée]', 'param[èe]tres', 'rapports?', 'flux', 'annuaire', 'r[ée]seau', 'plateforme',
  'environnement', 'proc[ée]dures', 'administrateurs', 'centre\\s+de\\s+services', 'messagerie', 'terminaux',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const PRODUCT_WORDS = [...new Set([...PRODUCT_CATALOG.flatMap((p) => [p.name, ...p.synonyms, ...p.alsoKnownAs]), ...KNOWN_PRODUCTS.flatMap((p) => [p.name, ...p.spellings]).filter((w) => /\s/.test(w))])]
  .sort((a, b) => b.length - a.length)
  .map(escape);
const OBJECTS = [...PRODUCT_WORDS, 'Microsoft\\s+365', 'Office\\s+365', 'M365', 'O365', 'Azure', 'Dynamics\\s+365', ...IT_OBJECTS].join('|');
/** Any product of the catalog (the others' names of more than one word: "Stream" or "Planner" alone is an ordinary word here), or Microsoft 365 / Office 365 as a whole, or what IT work touches. */
const OBJECT = new RegExp(`${B}(?:${OBJECTS})${E}`, 'iu');
/** "<object> <activity>": "mailbox moves", "Intune deployment", "data migration". */
const OBJECT_WORK = new RegExp(`${B}(?:${OBJECTS})\\s+(?:${ACTIVITIES.join('|')})${E}`, 'giu');

const MAX_EVIDENCE = 3;

/** Where sentences end on a page: a full stop (or ! ? ; :) before a space, or a blank line. */
const SENTENCE_END = /[.!?;:](?=\s)|\n\s*\n/gu;
/** A row of capitalised words: a table's column names ("Item Description Delivered") or a title. */
const TITLE_ROW = /^\s*(?:[#№]\s+)?\p{Lu}[\p{L}'’()-]*(?:\s+\p{Lu}[\p{L}'’()-]*){1,6}\s*$/u;
/** A scope heading as a line, for the work words heading lines hold ("Work performed"). */
const HEADING_LINE = new RegExp(HEADING.source, 'iu');

function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
}

/** The sentence around a position, between the ends before and after it (sorted `ends`). */
function sentenceAround(ends: readonly number[], length: number, at: number): { from: number; to: number } {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return { from: lo > 0 ? ends[lo - 1]! : 0, to: lo < ends.length ? ends[lo]! : length };
}

/** Work words standing in a sentence that names what the work was done to. */
function workStatements(pages: readonly PageText[]): TextMatch[] {
  const ends = new Map<PageText, number[]>();
  const verbs = matchAll(pages, WORK_VERB).filter((m) => !ADJECTIVAL.test(m.page.text.slice(Math.max(0, m.start - 30), m.start)));
  const performedBy = matchAll(pages, PERFORMED_BY);
  const candidates = [...verbs, ...matchAll(pages, WORK_NOUN), ...matchAll(pages, OBJECT_WORK), ...performedBy].sort((a, b) => a.page.page - b.page.page || a.start - b.start);
  return candidates.filter((m) => {
    const text = m.page.text;
    if (NEGATED.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
    // A heading announces work; what it announces must follow it.
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    if (HEADING_LINE.test(line) || TITLE_ROW.test(line)) return false;
    let pageEnds = ends.get(m.page);
    if (!pageEnds) ends.set(m.page, (pageEnds = sentenceEnds(text)));
    const { from, to } = sentenceAround(pageEnds, text.length, m.start);
    const sentence = text.slice(from, to);
    if (IN_HOUSE.test(sentence)) return false;
    if (DELIVERY_VERB.test(text.slice(m.start, m.end)) && LICENCES.test(sentence)) return false;
    return OBJECT.test(sentence) || performedBy.includes(m);
  });
}

/** A denial about one product ("no training or support for Power BI") or with an exception ("no consulting beyond the migration") is not about all the work. */
const PRODUCT = new RegExp(`${B}(?:${PRODUCT_WORDS.join('|')})${E}`, 'iu');
const SCOPED = /(?<![\p{L}])(?:except|other than|apart from|beyond|besides|for (?:it|this|that|these)|on (?:it|this)|hormis|sauf|en dehors d[eu]|au-del[àa]|à ce titre|pour (?:ce|cette|ces) )/iu;

function deniesAllWork(pages: readonly PageText[]): boolean {
  const all = new RegExp(DENIES_SERVICES.source, 'giu');
  return matchAll(pages, all).some((m) => {
    const { from, to } = sentenceAround(sentenceEnds(m.page.text), m.page.text.length, m.start);
    const sentence = m.page.text.slice(from, to);
    return !PRODUCT.test(sentence) && !SCOPED.test(sentence);
  });
}

/** How many lines under a work heading its list may run. */
const LIST_REACH = 8;

/**
 * The items of a list under a work heading ("Travaux réalisés", "Services delivered",
 * "Deliverables") that name what was worked on: "- Power Apps : application de saisie, tests".
 * The heading says the work was done; each item says on what. Licences listed, and work the
 * customer's own IT did, are not such items.
 */
function listedWork(pages: readonly PageText[]): TextMatch[] {
  const out: TextMatch[] = [];
  for (const h of matchAll(pages, HEADING)) {
    const text = h.page.text;
    let at = text.indexOf('\n', h.end);
    for (let k = 0; k < LIST_REACH && at !== -1; k++) {
      const end = text.indexOf('\n', at + 1);
      const line = text.slice(at + 1, end === -1 ? undefined : end);
      if (!line.trim() || (k > 0 && (HEADING_LINE.test(line) || /:\s*$/u.test(line)))) break;
      if (OBJECT.test(line) && !LICENCES.test(line) && !IN_HOUSE.test(line) && !NEGATED_LINE.test(line)) out.push({ page: h.page, start: at + 1, end: end === -1 ? text.length : end, groups: [] });
      at = end;
    }
  }
  return out;
}
/** An item that says the work was not done. */
const NEGATED_LINE = /(?<![\p{L}])(?:not|no|never|pas|aucune?|non|hors|excluded|exclue?s?)(?![\p{L}])/iu;

export function serviceFindings(pages: readonly PageText[]): ServiceFinding[] {
  // Work words in a document that says the partner did no work describe someone else's work.
  const statements = deniesAllWork(pages) ? [] : [...workStatements(pages), ...listedWork(pages)];
  const phrases = matchAll(pages, WORK_PHRASE);
  const headings = statements.length > 0 ? matchAll(pages, HEADING) : [];
  // A phrase or a heading announces work; only work named after it ("the following: licences") counts.
  const found = statements.length > 0;
  if (!found) return [{ kind: 'service', status: 'missing', page: null, text: null, box: null, detail: { evidence: [] } }];
  const ordered: TextMatch[] = [...headings, ...phrases, ...statements];
  const first = ordered[0]!;
  const evidence = [...new Set(ordered.map((m) => lineAround(m)))].slice(0, MAX_EVIDENCE);
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
