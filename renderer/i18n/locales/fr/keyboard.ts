import type { keyboard as english } from '../en/keyboard';
import type { FrenchCatalog } from '../../catalog';

export const keyboard: FrenchCatalog<typeof english> = {
  title: 'Raccourcis clavier',
  note: 'Les raccourcis attendent pendant la saisie dans un champ ou quand une boîte de dialogue est ouverte\u202f; Échap ferme toujours la boîte de dialogue.',
  groups: { Claims: 'Demandes', Checklist: 'Liste des lacunes', Decisions: 'Décisions', Document: 'Document', Anywhere: 'Partout' },
  where: { queue: 'dans la file', dialog: 'dans une boîte de dialogue' },
  keys: { Enter: 'Entrée', Esc: 'Échap', Ctrl: 'Ctrl', Shift: 'Maj', Tab: 'Tab', PgUp: 'Pg préc.', PgDn: 'Pg suiv.' },
  shortcut: {
    next: 'Demande suivante\u00a0: prendre la demande non attribuée la plus urgente',
    down: 'Demande suivante dans l’ordre de la file',
    up: 'Demande précédente dans l’ordre de la file',
    open: 'Ouvrir la demande sélectionnée',
    search: 'Rechercher dans la file',
    back: 'Retour à la file',
    toggle: 'Cocher ou décocher {{item}}',
    startReview: 'Commencer la revue',
    approve: 'Approuver (demande contestée\u00a0: lever le rejet)',
    requestInfo: 'Demander des informations au partenaire',
    reject: 'Rejeter (demande contestée\u00a0: maintenir le rejet)',
    send: 'Envoyer la décision ou le commentaire en cours',
    closeDialog: 'Fermer la boîte de dialogue (votre texte est gardé)',
    find: 'Rechercher dans le document',
    zoom: 'Zoom avant, zoom arrière',
    pages: 'Page précédente, page suivante',
    help: 'Afficher ces raccourcis',
    tab: 'Passer à la commande suivante (Maj+Tab\u00a0: revenir)',
  },
  notice: {
    notInQueue: 'Cette demande n’est pas dans la file telle qu’elle est filtrée\u00a0: appuyez sur Échap pour voir la file.',
    last: 'C’est la dernière demande de la file.',
    first: 'C’est la première demande de la file.',
    tooFar: 'La file n’a pas pu être chargée jusque-là.',
    notPossible: '{{action}}\u00a0: impossible, la demande est au statut «\u00a0{{status}}\u00a0».',
    noClaimWaiting: 'Aucune demande n’attend de réviseur.',
    nextFailed: 'Demande suivante\u00a0: {{message}}',
  },
};
