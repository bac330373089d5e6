// Fictional people and partner companies for demo bundles. Partner names avoid product
// words ("Power", "Teams", "Dynamics"...) so a pre-check never finds a product in a letterhead.
import type { Random } from './random';

export type Country = 'US' | 'FR' | 'DE' | 'GB' | 'CA';

export interface Partner {
  name: string;
  domain: string;
  country: Country;
  address: string;
  /** Letterhead accent colour, 0..1 RGB: each partner's documents look like its own template. */
  accent: readonly [number, number, number];
  serif: boolean;
  banner: boolean;
}

export const PARTNERS: readonly Partner[] = [
  { name: 'Northwind Cloud Partners', domain: 'northwindcloud.com', country: 'US', address: '1200 Harbor Way, Suite 400, Seattle, WA 98101', accent: [0.05, 0.33, 0.6], serif: false, banner: true },
  { name: 'Fabrikam Consulting', domain: 'fabrikamconsulting.com', country: 'US', address: '233 North Canal Street, Chicago, IL 60606', accent: [0.55, 0.1, 0.12], serif: true, banner: false },
  { name: 'Adatum Digital', domain: 'adatumdigital.com', country: 'US', address: '500 Congress Avenue, Floor 9, Austin, TX 78701', accent: [0.1, 0.45, 0.35], serif: false, banner: false },
  { name: 'Contoso Advisory Services', domain: 'contosoadvisory.com', country: 'US', address: '15010 NE 36th Street, Redmond, WA 98052', accent: [0.2, 0.2, 0.45], serif: true, banner: true },
  { name: 'Tailspin Technology Group', domain: 'tailspintech.com', country: 'US', address: '1801 Wewatta Street, Denver, CO 80202', accent: [0.85, 0.4, 0.05], serif: false, banner: true },
  { name: 'Woodgrove IT Solutions', domain: 'woodgroveit.com', country: 'US', address: '75 State Street, 12th Floor, Boston, MA 02109', accent: [0.15, 0.4, 0.2], serif: true, banner: false },
  { name: 'Litware Systems', domain: 'litwaresystems.com', country: 'US', address: '3340 Peachtree Road NE, Atlanta, GA 30326', accent: [0.35, 0.15, 0.5], serif: false, banner: false },
  { name: 'Proseware Integration', domain: 'proseware-integration.com', country: 'US', address: '421 Fayetteville Street, Raleigh, NC 27601', accent: [0.0, 0.5, 0.6], serif: false, banner: true },
  { name: 'Wide World Cloud Services', domain: 'wideworldcloud.com', country: 'US', address: '600 West Broadway, San Diego, CA 92101', accent: [0.1, 0.3, 0.7], serif: false, banner: false },
  { name: 'Trey Research IT Services', domain: 'treyresearchit.com', country: 'US', address: '2 Penn Center, Philadelphia, PA 19102', accent: [0.4, 0.4, 0.4], serif: true, banner: false },
  { name: 'Relecloud Solutions', domain: 'relecloudsolutions.com', country: 'US', address: '100 Pine Street, San Francisco, CA 94111', accent: [0.0, 0.4, 0.75], serif: false, banner: true },
  { name: 'Summit Ridge Technologies', domain: 'summitridgetech.com', country: 'US', address: '90 South 400 West, Salt Lake City, UT 84101', accent: [0.25, 0.35, 0.15], serif: false, banner: false },
  { name: 'Cascadia Workplace Consulting', domain: 'cascadiaworkplace.com', country: 'US', address: '1120 NW Couch Street, Portland, OR 97209', accent: [0.1, 0.5, 0.45], serif: true, banner: true },
  { name: 'Harborview Digital', domain: 'harborviewdigital.com', country: 'US', address: '1 Harbor Drive, Sausalito, CA 94965', accent: [0.0, 0.3, 0.45], serif: false, banner: false },
  { name: 'Ironbridge Cloud Services', domain: 'ironbridgecloud.com', country: 'US', address: '625 Liberty Avenue, Pittsburgh, PA 15222', accent: [0.3, 0.3, 0.35], serif: false, banner: true },
  { name: 'Meridian Systems Integration', domain: 'meridiansi.com', country: 'US', address: '8000 Towers Crescent Drive, Vienna, VA 22182', accent: [0.5, 0.2, 0.2], serif: true, banner: false },
  { name: 'Clearwater IT Partners', domain: 'clearwaterit.com', country: 'US', address: '400 North Ashley Drive, Tampa, FL 33602', accent: [0.0, 0.45, 0.7], serif: false, banner: false },
  { name: 'Redstone Consulting Group', domain: 'redstonecg.com', country: 'US', address: '200 Clarendon Street, Boston, MA 02116', accent: [0.7, 0.15, 0.1], serif: true, banner: true },
  { name: 'Thamesbridge Consulting Ltd', domain: 'thamesbridge.co.uk', country: 'GB', address: '30 Finsbury Square, London EC2A 1AG', accent: [0.1, 0.2, 0.4], serif: true, banner: false },
  { name: 'VanArsdel Technology Partners Ltd', domain: 'vanarsdeltech.co.uk', country: 'GB', address: '1 Spinningfields, Manchester M3 3JE', accent: [0.45, 0.1, 0.35], serif: false, banner: true },
  { name: 'Lumière Conseil Numérique', domain: 'lumiere-conseil.fr', country: 'FR', address: '18 rue de la Paix, 75002 Paris', accent: [0.15, 0.25, 0.55], serif: true, banner: false },
  { name: 'Cap Horizon Services SAS', domain: 'caphorizon.fr', country: 'FR', address: '40 quai Rambaud, 69002 Lyon', accent: [0.0, 0.5, 0.5], serif: false, banner: true },
  { name: 'Nordlicht IT-Beratung GmbH', domain: 'nordlicht-it.de', country: 'DE', address: 'Leopoldstraße 120, 80802 München', accent: [0.1, 0.3, 0.5], serif: false, banner: false },
  { name: 'Elbtal Digital GmbH', domain: 'elbtal-digital.de', country: 'DE', address: 'Am Sandtorkai 50, 20457 Hamburg', accent: [0.2, 0.45, 0.25], serif: true, banner: true },
  { name: 'Maple Grove Cloud Inc.', domain: 'maplegrovecloud.ca', country: 'CA', address: '200 Bay Street, Suite 1800, Toronto, ON M5J 2J2', accent: [0.65, 0.1, 0.1], serif: false, banner: false },
];

export const REVIEWERS = ['Alex Martin', 'Priya Shah', 'Jonas Weber', 'Camille Dubois', 'Sam Okafor'] as const;

const FIRST_NAMES: Record<Country, readonly string[]> = {
  US: ['Emily', 'Michael', 'Jessica', 'David', 'Ashley', 'Daniel', 'Maria', 'James', 'Lauren', 'Robert', 'Aisha', 'Kevin', 'Sofia', 'Brian', 'Grace', 'Marcus', 'Nicole', 'Jason', 'Hannah', 'Luis', 'Megan', 'Tyler', 'Rachel', 'Andre', 'Olivia', 'Ethan', 'Mei', 'Carlos'],
  CA: ['Chloe', 'Liam', 'Emma', 'Noah', 'Isabelle', 'Mathieu', 'Ava', 'Owen', 'Zoe', 'Nathan', 'Amelia', 'Ryan'],
  GB: ['Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Isla', 'Jack', 'Poppy', 'Thomas', 'Eleanor', 'William', 'Imogen'],
  FR: ['Camille', 'Julien', 'Léa', 'Nicolas', 'Chloé', 'Antoine', 'Manon', 'Guillaume', 'Sophie', 'Thomas', 'Élodie', 'Mathieu'],
  DE: ['Lukas', 'Anna', 'Felix', 'Lena', 'Jonas', 'Katharina', 'Maximilian', 'Sophie', 'Tobias', 'Julia', 'Florian', 'Miriam'],
};

const LAST_NAMES: Record<Country, readonly string[]> = {
  US: ['Johnson', 'Williams', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Thompson', 'Nguyen', 'Patel', 'Robinson', 'Walker', 'Kim', 'Brooks', 'Ramirez', 'Foster', 'Hughes', 'Coleman', 'Reyes', 'Chen', 'Sullivan', 'Bennett', 'Washington'],
  CA: ['Tremblay', 'Roy', 'MacDonald', 'Campbell', 'Gagnon', 'Wilson', 'Fraser', 'Leblanc', 'Stewart', 'Bouchard'],
  GB: ['Smith', 'Jones', 'Taylor', 'Evans', 'Hughes', 'Wright', 'Clarke', 'Harrison', 'Patel', 'Ahmed', 'Collins', 'Morgan'],
  FR: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc', 'Chevalier'],
  DE: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Wagner', 'Krüger'],
};

export const CUSTOMER_SIGNER_TITLES = [
  'IT Director', 'Chief Information Officer', 'Head of IT', 'IT Operations Manager', 'Procurement Manager',
  'Director of Technology', 'Chief Operating Officer', 'Finance Director', 'IT Infrastructure Manager',
] as const;

export const PUBLIC_SECTOR_SIGNER_TITLES = [
  'Chief Information Officer', 'IT Director', 'Director of Technology Services', 'Deputy City Manager',
  'Purchasing Agent', 'Assistant Superintendent, Operations',
] as const;

export const PARTNER_TITLES = [
  'Engagement Manager', 'Solution Architect', 'Account Executive', 'Delivery Lead', 'Practice Director', 'Project Manager',
] as const;

export interface Person {
  first: string;
  last: string;
  name: string;
}

export function person(rng: Random, country: Country): Person {
  const first = rng.pick(FIRST_NAMES[country]);
  const last = rng.pick(LAST_NAMES[country]);
  return { first, last, name: `${first} ${last}` };
}

/** Mail local parts are ASCII: "Léa Müller" becomes "lea.muller". */
export function emailFor(p: Person, domain: string): string {
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return `${fold(p.first)}.${fold(p.last)}@${domain}`;
}

/** Numbers from ranges reserved for fiction (555-01xx in North America, Ofcom's drama
 * range in the UK, ARCEP's 01 99 00 in France, 030 23125 in Germany). */
export function phoneFor(rng: Random, country: Country): string {
  const d = (n: number): string => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
  switch (country) {
    case 'US':
      return `+1 (${rng.pick(['206', '312', '425', '512', '617', '303', '404', '919'])}) 555-01${d(2)}`;
    case 'CA':
      return `+1 (${rng.pick(['416', '604', '613', '514'])}) 555-01${d(2)}`;
    case 'GB':
      return `+44 20 7946 0${d(3)}`;
    case 'FR':
      return `+33 1 99 00 ${d(2)} ${d(2)}`;
    case 'DE':
      return `+49 30 23125 ${d(3)}`;
  }
}
