// What the Settings screen offers: date-holidays' regions, the IANA zones this runtime knows, the
// policies. Computed once per process; the renderer never loads the holiday rules itself.
import Holidays from 'date-holidays';
import type { SettingsChoices } from '../../../shared/api/schemas';
import { POLICIES } from '../../../shared/domain/policy';

let cached: SettingsChoices | null = null;

function regions(): SettingsChoices['regions'] {
  const hd = new Holidays();
  const countries = hd.getCountries('en') as Record<string, string>;
  const list: SettingsChoices['regions'][number][] = [];
  for (const [code, name] of Object.entries(countries).sort((a, b) => a[1].localeCompare(b[1], 'en'))) {
    list.push({ code, name, country: null });
    const states = (hd.getStates(code, 'en') ?? {}) as Record<string, string>;
    for (const [state, stateName] of Object.entries(states).sort((a, b) => a[1].localeCompare(b[1], 'en'))) {
      list.push({ code: `${code}-${state}`, name: stateName, country: code });
    }
  }
  return list;
}

export function settingsChoices(): SettingsChoices {
  cached ??= {
    regions: regions(),
    timeZones: Intl.supportedValuesOf('timeZone'),
    policies: Object.values(POLICIES).map((p) => ({ id: p.id, title: p.title, effectiveFrom: p.effectiveFrom })),
  };
  return cached;
}
