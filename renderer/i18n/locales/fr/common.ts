import type { common as english } from '../en/common';
import type { FrenchCatalog } from '../../catalog';

export const common: FrenchCatalog<typeof english> = {
  colon: '{{text}}\u00a0:',
  quote: '«\u00a0{{text}}\u00a0»',
  yes: 'Oui',
  no: 'Non',
  dismiss: 'Fermer',
  close: 'Fermer',
  cancel: 'Annuler',
  loading: 'Chargement',
  working: 'En cours',
  saving: 'Enregistrement',
  sending: 'Envoi',
  tryAgain: 'Réessayer',
  session: { unavailable: 'Les informations de session ne sont pas disponibles' },
  authLost: {
    title: 'Cette fenêtre n’est plus connectée',
    body: 'Le jeton d’accès de cette fenêtre est absent ou expiré. Ouvrez de nouveau l’adresse affichée par <code>cpor serve</code> / <code>npm start</code>.',
  },
  screens: { label: 'Écrans', desk: 'Bureau', team: 'Équipe', reports: 'Rapports', settings: 'Réglages' },
  roles: { reviewer: 'Réviseur', 'team-lead': 'Chef d’équipe', auditor: 'Auditeur' },
  topBar: {
    claims_one: '{{count, number}} demande',
    claims_other: '{{count, number}} demandes',
    claims_many: '{{count, number}} de demandes',
    shortcuts: 'Raccourcis clavier',
    user: 'Version {{version}} · données\u00a0: {{dataDir}}',
  },
  sla: { badge: 'Délai «\u00a0{{clock}}\u00a0»\u00a0: {{state}}' },
  errors: {
    unauthorized: 'Le jeton d’accès est absent ou expiré.',
    unreachable: 'Le service du poste de travail est injoignable.',
    unexpectedResponse: 'Réponse inattendue du service (HTTP {{status}}).',
    malformedResponse: 'Réponse mal formée du service (HTTP {{status}}).',
    unexpected: 'Erreur inattendue',
  },
};
