import type { roles as english } from '../en/roles';
import type { FrenchCatalog } from '../../catalog';

// "Le rôle auditeur ne permet pas de décider des demandes : seuls les rôles réviseur et chef
// d’équipe le permettent." The role, not the person, is the subject: no gender to guess.
export const roles: FrenchCatalog<typeof english> = {
  summary: {
    reviewer: 'Prend des demandes, coche la liste des lacunes, commente et décide\u202f; ne s’attribue des demandes qu’à soi-même.',
    'team-lead': 'Tout ce que fait un réviseur, et en plus\u00a0: attribuer à quiconque, la vue d’équipe, les rapports et la restauration d’une sauvegarde.',
    auditor: 'Consulte les files, les demandes et l’historique, vérifie la base et exporte les rapports\u202f; ne modifie rien.',
  },
  inSentence: { reviewer: 'réviseur', 'team-lead': 'chef d’équipe', auditor: 'auditeur' },
  subject: { reviewer: 'Le rôle réviseur', 'team-lead': 'Le rôle chef d’équipe', auditor: 'Le rôle auditeur' },
  refusal: '{{subject}} ne permet pas {{what}}\u00a0: {{allowed}}.',
  allowed_one: 'seul le rôle {{roles}} le permet',
  allowed_other: 'seuls les rôles {{roles}} le permettent',
  allowed_many: 'seuls les rôles {{roles}} le permettent',
  what: {
    claim: {
      decide: 'de décider des demandes',
      checklist: 'de cocher la liste des lacunes',
      productSupport: 'd’indiquer quels produits la PoE justifie',
      comment: 'd’écrire des commentaires',
      precheck: 'de lancer le pré-contrôle',
      edit: 'd’enregistrer une modification du partenaire',
      record: 'd’enregistrer une action du partenaire ou du client',
      assign: 'd’attribuer des demandes',
      assignMany: 'd’attribuer des demandes en lot',
    },
    queue: { next: 'de prendre la demande suivante' },
    team: { dashboard: 'd’ouvrir la vue d’équipe' },
    report: { preview: 'de prévisualiser les rapports de décisions', file: 'd’exporter les rapports de décisions' },
    store: {
      backup: 'de sauvegarder les données',
      backupToFile: 'de sauvegarder les données',
      restore: 'de restaurer une sauvegarde',
      restoreFromFile: 'de restaurer une sauvegarde',
    },
    sync: { resolve: 'de résoudre les conflits de synchronisation' },
  },
  teamSettings: {
    calendar: 'de modifier le calendrier ouvré de l’équipe',
    policy: 'de modifier la politique active de l’équipe',
  },
  settingsLink: 'Réglages du rôle',
};
