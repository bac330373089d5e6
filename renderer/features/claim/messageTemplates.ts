// Messages to the partner, pre-filled from templates in English and French. The reviewer edits
// the text before it is sent; these only give a complete, polite starting point that names each
// deficiency in plain words and the time the partner has under the claim's policy.
import type { ClaimDetail } from '../../../shared/api/schemas';
import type { Deficiency, PolicyId, RejectionReason } from '../../../shared/domain/codes';
import { DEFICIENCIES } from '../../../shared/domain/codes';
import { type Duration, POLICIES } from '../../../shared/domain/policy';
import { unsupportedProducts } from '../../../shared/domain/product-support';

export const MESSAGE_LANGUAGES = ['en', 'fr'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<MessageLanguage, string> = { en: 'English', fr: 'Français' };

/** What a template needs to know about the claim and the person writing. */
export interface MessageContext {
  readonly claimId: string;
  readonly policy: PolicyId;
  readonly partnerName: string;
  readonly customerName: string;
  /** The partner contact's name, for the greeting; null greets without a name. */
  readonly contactName: string | null;
  readonly products: readonly string[];
  /** Products the reviewer marked as not supported by the PoE: "missing products" names them. */
  readonly unsupported?: readonly string[];
  /** The reviewer signing the message; null leaves only the team's name. */
  readonly reviewer: string | null;
}

export function messageContext(claim: ClaimDetail, reviewer: string | null): MessageContext {
  return {
    claimId: claim.id,
    policy: claim.policy,
    partnerName: claim.partner.name,
    customerName: claim.customer.name,
    contactName: claim.partner.contact?.name ?? null,
    products: claim.products,
    unsupported: unsupportedProducts(claim.productSupport),
    reviewer,
  };
}

interface DeficiencyText {
  /** The deficiency in plain words: the name the partner reads first. */
  readonly name: string;
  /** What is wrong and what to send; `{products}` is replaced by the claimed products. */
  readonly ask: string;
}

const DEFICIENCY_TEXT: Record<MessageLanguage, Record<Deficiency, DeficiencyText>> = {
  en: {
    'missing-poe': {
      name: 'Missing proof of execution',
      ask: 'no proof of execution is attached, or the file is wrong or unrelated to this customer association. Please attach a proof of execution of your work for this customer.',
    },
    'missing-customer-acknowledgment': {
      name: 'Missing customer acknowledgment',
      ask: "the customer's signature is not on the proof of execution. Please provide a version acknowledged (signed) by the customer.",
    },
    'missing-or-old-dates': {
      name: 'Missing or old dates',
      ask: 'the proof of execution has no dates, or its dates are more than 12 months before the claim. Please provide a dated document from the last 12 months.',
    },
    'missing-partner-service': {
      name: 'Missing partner solution or service',
      ask: 'the description of the work you did for the customer is missing or not detailed enough. Please describe the services you delivered.',
    },
    'missing-products': {
      name: 'Missing products',
      ask: 'the proof of execution does not name every product or workload claimed ({products}). Please provide evidence for each of them, or remove from the claim the products it does not support.',
    },
  },
  fr: {
    'missing-poe': {
      name: "Preuve d'exécution manquante",
      ask: "aucune preuve d'exécution n'est jointe, ou le fichier est erroné ou sans rapport avec cette association client. Veuillez joindre une preuve d'exécution de votre travail pour ce client.",
    },
    'missing-customer-acknowledgment': {
      name: 'Accusé de réception du client manquant',
      ask: "la signature du client ne figure pas sur la preuve d'exécution. Veuillez fournir une version reconnue (signée) par le client.",
    },
    'missing-or-old-dates': {
      name: 'Dates manquantes ou anciennes',
      ask: "la preuve d'exécution ne comporte aucune date, ou ses dates précèdent la demande de plus de 12 mois. Veuillez fournir un document daté de moins de 12 mois.",
    },
    'missing-partner-service': {
      name: 'Solution ou service du partenaire manquant',
      ask: 'la description du travail réalisé pour le client est absente ou insuffisante. Veuillez décrire les services fournis.',
    },
    'missing-products': {
      name: 'Produits manquants',
      ask: "la preuve d'exécution ne mentionne pas tous les produits ou charges de travail revendiqués ({products}). Veuillez fournir une preuve pour chacun d'eux, ou retirer de la demande les produits qu'elle ne justifie pas.",
    },
  },
};

/** "Missing products" once the reviewer has said which products the PoE does not support. */
const UNSUPPORTED_ASK: Record<MessageLanguage, string> = {
  en: 'the proof of execution does not support {products}. Please provide evidence for them, or remove them from the claim.',
  fr: "la preuve d'exécution ne justifie pas {products}. Veuillez fournir une preuve pour ces produits, ou les retirer de la demande.",
};

/** Until a reason is chosen the message holds a placeholder, which the dialog will not send. */
const NO_REASON: Record<MessageLanguage, string> = { en: '[the reason, chosen above]', fr: '[le motif, choisi ci-dessus]' };

function reasonText(lang: MessageLanguage, reason: RejectionReason | null): string {
  return reason ? REASON_TEXT[lang][reason] : NO_REASON[lang];
}

const REASON_TEXT: Record<MessageLanguage, Record<RejectionReason, string>> = {
  en: {
    'partner-request': 'you asked us to reject it',
    'customer-decline': 'the customer declined the association',
    'insufficient-poe': 'the proof of execution is not sufficient to support the association',
    'missing-customer-consent': "the proof of execution does not carry the customer's consent (acknowledgment)",
    'missing-products': 'the proof of execution does not support the products or workloads claimed',
    'no-partner-response': 'we did not receive the information we asked for in time',
    'poe-unavailable': 'the proof of execution could not be opened or is not available',
  },
  fr: {
    'partner-request': 'vous nous avez demandé de la rejeter',
    'customer-decline': "le client a refusé l'association",
    'insufficient-poe': "la preuve d'exécution ne suffit pas à justifier l'association",
    'missing-customer-consent': "la preuve d'exécution ne porte pas le consentement (accusé de réception) du client",
    'missing-products': "la preuve d'exécution ne justifie pas les produits ou charges de travail revendiqués",
    'no-partner-response': "nous n'avons pas reçu à temps les informations demandées",
    'poe-unavailable': "la preuve d'exécution n'a pas pu être ouverte ou n'est pas disponible",
  },
};

/** French puts a non-breaking space before ":" and ";", so the sign never starts a line. */
const NBSP = '\u00a0';

const TEAM: Record<MessageLanguage, string> = { en: 'CPOR review team', fr: 'Équipe de revue CPOR' };

/** "5 business days" / "5 jours ouvrés", "30 days" / "30 jours". */
export function durationText(lang: MessageLanguage, duration: Duration): string {
  const n = duration.amount;
  if (lang === 'fr') return duration.unit === 'business-days' ? `${n} ${n === 1 ? 'jour ouvré' : 'jours ouvrés'}` : `${n} ${n === 1 ? 'jour' : 'jours'}`;
  return duration.unit === 'business-days' ? `${n} business ${n === 1 ? 'day' : 'days'}` : `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** How long the partner has to answer a request for information under the claim's policy. */
export function responseWindowText(lang: MessageLanguage, policy: PolicyId): string {
  return durationText(lang, POLICIES[policy].timings['partner-response']);
}

/** The name of a deficiency as the message writes it. */
export function deficiencyName(lang: MessageLanguage, code: Deficiency): string {
  return DEFICIENCY_TEXT[lang][code].name;
}

function greeting(lang: MessageLanguage, ctx: MessageContext): string {
  const hello = lang === 'fr' ? 'Bonjour' : 'Hello';
  const name = ctx.contactName?.trim();
  return name ? `${hello} ${name},` : `${hello},`;
}

function signature(lang: MessageLanguage, ctx: MessageContext): string {
  const regards = lang === 'fr' ? 'Cordialement,' : 'Kind regards,';
  const reviewer = ctx.reviewer?.trim();
  return [regards, ...(reviewer ? [reviewer] : []), TEAM[lang]].join('\n');
}

function claimRef(lang: MessageLanguage, ctx: MessageContext): string {
  return lang === 'fr'
    ? `la demande ${ctx.claimId} (${ctx.partnerName} pour ${ctx.customerName})`
    : `claim ${ctx.claimId} (${ctx.partnerName} for ${ctx.customerName})`;
}

function productList(lang: MessageLanguage, products: readonly string[]): string {
  if (products.length === 0) return lang === 'fr' ? 'aucun produit indiqué' : 'none named';
  return products.join(', ');
}

/** The deficiencies in checklist order, whatever order they were ticked in. */
export function orderedDeficiencies(deficiencies: Iterable<Deficiency>): Deficiency[] {
  const chosen = new Set(deficiencies);
  return DEFICIENCIES.filter((code) => chosen.has(code));
}

/** A request for information: every deficiency named and explained, then the response window. */
export function requestInfoMessage(lang: MessageLanguage, ctx: MessageContext, deficiencies: Iterable<Deficiency>): string {
  const lines = orderedDeficiencies(deficiencies).map((code) => {
    const text = DEFICIENCY_TEXT[lang][code];
    const named = code === 'missing-products' && ctx.unsupported?.length;
    const ask = named ? UNSUPPORTED_ASK[lang].replace('{products}', productList(lang, ctx.unsupported ?? [])) : text.ask.replace('{products}', productList(lang, ctx.products));
    return `- ${text.name}${lang === 'fr' ? NBSP : ''}: ${ask}`;
  });
  const window = responseWindowText(lang, ctx.policy);
  const body =
    lang === 'fr'
      ? [
          `Nous avons examiné la preuve d'exécution de ${claimRef(lang, ctx)}. Avant de pouvoir décider, nous avons besoin des éléments suivants${NBSP}:`,
          lines.join('\n'),
          `Veuillez compléter la demande et la soumettre de nouveau dans un délai de ${window} (politique ${ctx.policy}). Sans réponse de votre part dans ce délai, la demande sera rejetée pour absence de réponse du partenaire.`,
        ]
      : [
          `We reviewed the proof of execution for ${claimRef(lang, ctx)}. Before we can decide, we need the following:`,
          lines.join('\n'),
          `Please update the claim and resubmit it within ${window} (policy ${ctx.policy}). If we do not hear from you within that time, the claim will be rejected for no partner response.`,
        ];
  return [greeting(lang, ctx), ...body, signature(lang, ctx)].join('\n\n');
}

/** The caret goes after the last listed deficiency, where a reviewer adds a specific remark. */
export function afterDeficiencyList(text: string): number {
  let position = 0;
  let end = -1;
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) end = position + line.length;
    position += line.length + 1;
  }
  return end === -1 ? text.length : end;
}

/** A rejection notice: the reason, where the decision stands, and how to dispute it. */
export function rejectionMessage(lang: MessageLanguage, ctx: MessageContext, reason: RejectionReason | null): string {
  const policy = POLICIES[ctx.policy];
  const window = durationText(lang, policy.timings['dispute-window']);
  const once = policy.maxDisputes === 1;
  const body =
    lang === 'fr'
      ? [
          `Nous avons rejeté ${claimRef(lang, ctx)}${NBSP}: ${reasonText(lang, reason)}.`,
          `Vous pouvez contester ce rejet dans un délai de ${window} à compter d'aujourd'hui, depuis la demande, avec une justification et, si besoin, une preuve d'exécution mise à jour.${once ? ' Une seule contestation est possible pour cette demande.' : ''} Passé ce délai, une nouvelle association avec une preuve d'exécution à jour sera nécessaire.`,
        ]
      : [
          `We rejected ${claimRef(lang, ctx)}: ${reasonText(lang, reason)}.`,
          `You may dispute this rejection within ${window} from today, from the claim, with a business justification and, if needed, an updated proof of execution.${once ? ' Only one dispute is possible for this claim.' : ''} After that, a new association with an updated proof of execution is needed.`,
        ];
  return [greeting(lang, ctx), ...body, signature(lang, ctx)].join('\n\n');
}

/** A disassociation (2023 policy): the approved association ends, for good. */
export function disassociationMessage(lang: MessageLanguage, ctx: MessageContext, reason: RejectionReason | null): string {
  const body =
    lang === 'fr'
      ? `Nous avons mis fin à l'association de ${claimRef(lang, ctx)}${NBSP}: ${reasonText(lang, reason)}. Cette décision est définitive${NBSP}; une nouvelle association avec une preuve d'exécution à jour sera nécessaire.`
      : `We disassociated ${claimRef(lang, ctx)}: ${reasonText(lang, reason)}. This decision is final; a new association with an updated proof of execution is needed.`;
  return [greeting(lang, ctx), body, signature(lang, ctx)].join('\n\n');
}

/** The answer to a dispute: the rejection stands (uphold) or is lifted (overturn). */
export function disputeAnswerMessage(
  lang: MessageLanguage,
  ctx: MessageContext,
  answer: 'uphold-rejection' | 'overturn-rejection',
): string {
  const final = ctx.policy === '2023';
  const consent = durationText(lang, POLICIES[ctx.policy].timings.consent);
  let body: string;
  if (answer === 'overturn-rejection') {
    body =
      lang === 'fr'
        ? `Nous avons examiné votre contestation de ${claimRef(lang, ctx)} et levé le rejet${NBSP}: l'association est approuvée. Le client en est informé et dispose de ${consent} pour s'y opposer.`
        : `We reviewed your dispute of ${claimRef(lang, ctx)} and overturned the rejection: the association is approved. The customer is notified and has ${consent} to opt out.`;
  } else {
    body =
      lang === 'fr'
        ? `Nous avons examiné votre contestation de ${claimRef(lang, ctx)}. Le rejet est maintenu${final ? ' et cette décision est définitive' : ''}${NBSP}: [expliquez pourquoi la justification ou la preuve d'exécution ne suffit pas].${final ? '' : ' Vous pouvez soumettre une nouvelle association avec une preuve d\'exécution à jour.'}`
        : `We reviewed your dispute of ${claimRef(lang, ctx)}. The rejection stands${final ? ' and this decision is final' : ''}: [explain why the justification or proof of execution is not sufficient].${final ? '' : ' You may submit a new association with an updated proof of execution.'}`;
  }
  return [greeting(lang, ctx), body, signature(lang, ctx)].join('\n\n');
}

/** The deficiencies a message no longer names (after the reviewer edited it): a gentle warning. */
export function unnamedDeficiencies(message: string, lang: MessageLanguage, deficiencies: Iterable<Deficiency>): Deficiency[] {
  const text = message.toLocaleLowerCase(lang);
  return orderedDeficiencies(deficiencies).filter((code) => !text.includes(deficiencyName(lang, code).toLocaleLowerCase(lang)));
}

/** Text in square brackets is a template's instruction to the reviewer, never meant to be sent. */
export function hasPlaceholder(message: string): boolean {
  return /\[[^\]\n]{3,}\]/.test(message);
}
