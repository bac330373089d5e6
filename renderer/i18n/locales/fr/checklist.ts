import type { checklist as english } from '../en/checklist';
import type { FrenchCatalog } from '../../catalog';

export const checklist: FrenchCatalog<typeof english> = {
  title: 'Liste des lacunes',
  saving: 'Enregistrement…',
  closed: 'Close',
  readOnly: 'Lecture seule',
  none: 'Aucune cochée',
  ticked_one: '{{count}} cochée · enregistré',
  ticked_other: '{{count}} cochées · enregistré',
  ticked_many: '{{count}} cochées · enregistré',
  closedNotice: 'La liste d’une demande close ne peut plus changer.',
  precheck: {
    changed: 'La demande a changé depuis le pré-contrôle de sa PoE.',
    never: 'La PoE n’a pas encore été pré-contrôlée.',
    running: 'Pré-contrôle…',
    run: 'Lancer le pré-contrôle',
    failed: 'Le pré-contrôle n’a pas pu s’exécuter\u00a0: {{message}}',
    deficient: 'Le pré-contrôle propose\u00a0: lacune',
    fine: 'Le pré-contrôle n’a rien trouvé',
    from: 'd’après {{files}}',
    differs: 'diffère de votre choix',
  },
  evidence: {
    label: 'Preuves pour {{item}}',
    show: 'Afficher la page {{page}} et surligner les mots',
    showIn: 'Afficher la page {{page}} de {{document}} et surligner les mots',
    page: 'p.\u00a0{{page}}',
  },
  products: {
    question: 'La PoE justifie-t-elle chaque produit\u202f?',
    judged: '{{judged}} sur {{total}} jugés',
    none: 'La demande ne nomme aucun produit.',
    found: 'trouvé',
    notFound: 'introuvable',
    show: 'Afficher la page {{page}} et surligner {{words}}',
    group: 'La PoE justifie-t-elle {{product}}\u202f?',
    supports: 'La PoE justifie {{product}}',
    lacks: 'La PoE ne justifie pas {{product}}\u00a0: coche {{item}}',
  },
};
