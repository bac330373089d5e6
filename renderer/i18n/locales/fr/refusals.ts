import type { refusals as english } from '../en/refusals';
import type { FrenchCatalog } from '../../catalog';

// Statuses and actions arrive as their French labels, quoted where they sit inside a sentence.
export const refusals: FrenchCatalog<typeof english> = {
  'claim-not-found': 'La demande {{claim}} n’existe pas.',
  'claim-changed':
    'La demande {{claim}} a changé depuis son ouverture (version {{expected}}, maintenant {{now}})\u00a0: rechargez-la, puis recommencez.',
  'claim-closed-checklist': 'La demande {{claim}} est au statut «\u00a0{{status}}\u00a0»\u00a0: sa liste des lacunes est close.',
  'claim-closed-assignment': 'La demande {{claim}} est au statut «\u00a0{{status}}\u00a0»\u00a0: elle est close et ne peut pas être attribuée.',
  'action-not-allowed': '{{action}}\u00a0: impossible, la demande est au statut «\u00a0{{status}}\u00a0».',
  'action-not-in-policy': '{{action}}\u00a0: cette action n’existe pas selon la politique {{policy}}.',
  'deficiency-required': 'Cochez au moins une lacune.',
  'message-required': 'Écrivez un message au partenaire.',
  'reason-required': 'Choisissez un motif de rejet.',
  'override-required_one': 'La lacune {{deficiencies}} est toujours ouverte\u00a0: donnez le motif de la dérogation pour approuver.',
  'override-required_other': '{{count}} lacunes sont toujours ouvertes ({{deficiencies}})\u00a0: donnez le motif de la dérogation pour approuver.',
  'override-required_many': '{{count}} lacunes sont toujours ouvertes ({{deficiencies}})\u00a0: donnez le motif de la dérogation pour approuver.',
  'disputes-used':
    'La politique {{policy}} permet {{max}} contestation par demande, et elle a déjà eu lieu\u00a0: le partenaire doit soumettre une nouvelle association.',
  'dispute-window-closed': 'Le délai de contestation a pris fin le {{closedAt}}\u00a0: le partenaire doit soumettre une nouvelle association.',
  'justification-required': 'Une justification métier est requise.',
  'consent-window-closed': 'Le délai de consentement du client a pris fin le {{closedAt}}.',
  'answer-required': 'Écrivez une réponse à la contestation.',
  'disassociation-reason-required': 'Écrivez le motif de la dissociation.',
  'edit-not-allowed':
    'La demande {{claim}} ne peut pas être modifiée au statut «\u00a0{{status}}\u00a0»\u00a0: selon la politique {{policy}}, un partenaire ne modifie une demande qu’au statut {{statuses}}.',
  'product-not-claimed': 'La demande {{claim}} ne revendique pas «\u00a0{{product}}\u00a0»\u202f; les produits qu’elle revendique\u00a0: {{products}}.',
  noProduct: 'aucun',
  'comment-empty': 'Écrivez le texte du commentaire.',
  'comment-too-long': 'Un commentaire compte au plus {{max, number}} caractères.',
  'internal-note-by-reviewers': 'Les notes internes sont écrites par les réviseurs.',
  'document-not-found': 'Le document {{document}} n’existe pas.',
  'document-file-missing': 'Le fichier de «\u00a0{{name}}\u00a0» manque dans le dossier de données.',
  'document-unknown-type':
    '«\u00a0{{name}}\u00a0» est un fichier de type inconnu\u00a0: le poste ne le confie à aucun autre programme, car l’ouvrir pourrait l’exécuter.',
  'document-no-program': 'Aucun programme n’a pu ouvrir «\u00a0{{name}}\u00a0»\u00a0:',
  'desktop-only': '{{task}} nécessite l’application de bureau.',
  desktopTask: {
    'choose-data-folder': 'Choisir le dossier de données',
    'save-backup': 'Enregistrer une sauvegarde par une boîte de dialogue',
    'restore-from-file': 'Restaurer par une boîte de dialogue',
    'open-external': 'Ouvrir un fichier avec la visionneuse du système',
  },
  assign: {
    'assign-to-someone-else': 'd’attribuer une demande à quelqu’un d’autre',
    'unassign-someone-elses': 'de retirer une demande attribuée à {{assignee}}',
    'take-someone-elses': 'de prendre une demande attribuée à {{assignee}}',
  },
  'restore-refused': 'Restauration refusée, rien n’a changé\u00a0: {{problem}}',
  backup: {
    'not-a-backup': 'le fichier n’est pas une sauvegarde utilisable.',
    damaged: 'la sauvegarde est endommagée.',
    'damaged-entry': 'la sauvegarde est endommagée\u00a0: «\u00a0{{entry}}\u00a0» est illisible ou échoue à sa vérification.',
    'not-workstation-backup': 'ce n’est pas une sauvegarde du poste de travail.',
    'unexpected-entry': 'la sauvegarde contient une entrée inattendue, «\u00a0{{entry}}\u00a0».',
    'manifest-invalid': 'le manifeste de la sauvegarde n’est pas valide.',
    'newer-version':
      'cette sauvegarde vient d’une version plus récente du poste (schéma {{schema}}, celui-ci connaît jusqu’au {{known}})\u00a0: mettez d’abord le poste à jour.',
    incomplete: 'la sauvegarde est incomplète\u00a0: {{files}} fichiers de PoE sur {{expected}}.',
    'does-not-verify': 'la sauvegarde ne passe pas la vérification\u00a0:',
    'foreign-schema': 'la base de la sauvegarde n’est pas celle du poste ({{detail}})\u00a0: elle contient ce qu’aucune version du poste ne crée, et l’exécuterait à chaque modification.',
    'entry-too-large': 'l’entrée «\u00a0{{entry}}\u00a0» de la sauvegarde annonce {{size}} octets, au-delà de la limite de {{limit}}.',
    'zip-bomb': 'l’entrée «\u00a0{{entry}}\u00a0» de la sauvegarde se décompresserait {{ratio}} fois\u00a0: refusée comme probable bombe de décompression, avant toute écriture.',
    'no-space': 'la sauvegarde occupe {{neededMb}}\u00a0Mo une fois décompressée et le disque n’a que {{freeMb}}\u00a0Mo de libre\u00a0: libérez de la place, puis restaurez de nouveau.',
    'disk-filled': 'le disque s’est rempli pendant la décompression de la sauvegarde ({{freeMb}}\u00a0Mo libres)\u00a0: libérez de la place, puis restaurez de nouveau.',
    'store-busy': 'un autre programme a la base ouverte (une commande cpor\u202f?)\u00a0: laissez-le finir, puis restaurez de nouveau.',
    'too-large': 'la sauvegarde dépasse 1\u00a0Gio\u00a0: restaurez-la depuis un terminal avec «\u00a0cpor restore FICHIER\u00a0».',
  },
  'restore-under-way': 'Une restauration est déjà en cours.',
  'hub-address': '«\u00a0{{value}}\u00a0» n’est pas l’adresse d’un hub\u00a0: elle commence par «\u00a0http\u00a0» ou «\u00a0https\u00a0», suivi du nom de la machine et du port (7420 par défaut).',
  'hub-token': 'Un jeton de hub est «\u00a0cpor_\u00a0» suivi de 43 lettres, chiffres, «\u00a0-\u00a0» ou «\u00a0_\u00a0», tel que «\u00a0cpor hub token create\u00a0» l’a affiché.',
  'review-locked': '{{holder}} examine la réclamation {{claim}} (verrou d’examen jusqu’au {{until}}).',
  'hub-unreachable': 'Le hub de l’équipe est injoignable\u202f; votre travail reste en file. ({{detail}})',
  'hub-refused': 'Le hub de l’équipe a refusé\u00a0: {{detail}}',
  'team-settings-from-hub':
    'Le calendrier ouvré et la politique sont fixés par le hub de l’équipe (en dernier par {{name}}, le {{setAt}})\u00a0: un chef d’équipe les modifie dans les Réglages, connecté au hub.',
  'team-settings-changed':
    '{{name}} a modifié les réglages de l’équipe sur le hub ({{setAt}}) pendant que vous les changiez\u00a0: ils sont affichés de nouveau\u202f; refaites votre changement sur eux et enregistrez.',
  'team-settings-offline': 'Le calendrier et la politique de l’équipe ne changent que sur le hub, qui est injoignable\u00a0: rien n’a été modifié. ({{detail}})',
  'disk-full': 'Le disque qui contient le dossier de données est plein\u00a0: rien n’a été enregistré ({{method}}). Libérez de la place, puis réessayez.',
  'store-read-only': 'Le dossier de données ne peut pas être modifié (il est en lecture seule, ou appartient à un autre utilisateur)\u00a0: vous pouvez consulter, mais rien ne peut être changé ici ({{method}}).',
  'failed-unexpectedly': 'Le poste de travail a échoué de façon inattendue ({{method}})\u202f; les détails sont dans son journal.',
};
