import type { format as english } from '../en/format';
import type { FrenchCatalog } from '../../catalog';

// Numbers stay joined to their unit (no-break spaces): "2 j 3 h" never breaks after "2".
export const format: FrenchCatalog<typeof english> = {
  datePlaceholder: 'jj/mm/aaaa',
  openCalendar: 'Choisir {{field}} dans un calendrier',
  dateInvalid: 'Ce n’est pas un jour du calendrier',
  duration: {
    underMinute: 'moins d’1\u00a0min',
    minutes: '{{m}}\u00a0min',
    hours: '{{h}}\u00a0h',
    hoursMinutes: '{{h}}\u00a0h {{m}}\u00a0min',
    days: '{{d}}\u00a0j',
    daysHours: '{{d}}\u00a0j {{h}}\u00a0h',
  },
  relative: { now: 'maintenant', future: 'dans {{time}}', past: 'il y a {{time}}' },
  countdown: {
    left: 'reste {{time}}',
    ago: 'depuis {{time}}',
    businessDays: '{{n}}\u00a0j.o.',
    businessDaysHours: '{{n}}\u00a0j.o. {{h}}\u00a0h',
    explain: 'j.o.\u00a0: jours ouvrés',
  },
  bytes: { b: '{{n}}\u00a0o', kb: '{{n}}\u00a0Ko', mb: '{{n}}\u00a0Mo' },
  zoom: '{{percent}}\u00a0%',
};
