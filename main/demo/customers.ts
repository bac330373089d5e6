// Fictional customer organisations. Small bundles use the hand-written list; large ones
// (the 10,000-claim bench) continue with composed names so a customer rarely repeats, since
// a repeated tenant with an overlapping product would create unintended competing claims.
import type { Country } from './names';
import { Random } from './random';

export interface CustomerIdentity {
  name: string;
  domain: string;
  country: Country;
  publicSector: boolean;
}

const c = (name: string, domain: string, country: Country, publicSector = false): CustomerIdentity => ({
  name,
  domain,
  country,
  publicSector,
});

const CURATED: readonly CustomerIdentity[] = [
  c('City of Riverton', 'riverton.gov', 'US', true),
  c('Lakeside County Schools', 'lakesideschools.org', 'US', true),
  c('Cedar Falls Water Authority', 'cedarfallswater.gov', 'US', true),
  c('Harlow County Sheriff\u2019s Office', 'harlowcounty.gov', 'US', true),
  c('Town of Millbrook', 'millbrook-ma.gov', 'US', true),
  c('Port of Bayview', 'portofbayview.gov', 'US', true),
  c('Oakridge Unified School District', 'oakridgeusd.org', 'US', true),
  c('Pinecrest Community College', 'pinecrest.edu', 'US', true),
  c('Northfield Public Library', 'northfieldlibrary.org', 'US', true),
  c('Glenhaven Housing Authority', 'glenhavenha.org', 'US', true),
  c('Marion Valley Transit District', 'mvtransit.gov', 'US', true),
  c('Stonebridge County Health Department', 'stonebridgehealth.gov', 'US', true),
  c('Westbrook Fire Protection District', 'westbrookfire.gov', 'US', true),
  c('Contoso Ltd', 'contoso.com', 'US'),
  c('Fourth Coffee', 'fourthcoffee.com', 'US'),
  c('Alpine Ski House', 'alpineskihouse.ca', 'CA'),
  c('Coho Winery', 'cohowinery.com', 'US'),
  c('Lamna Healthcare Company', 'lamnahealthcare.com', 'US'),
  c('Wingtip Toys', 'wingtiptoys.co.uk', 'GB'),
  c('Lucerne Publishing', 'lucernepublishing.com', 'US'),
  c('Margie\u2019s Travel', 'margiestravel.com', 'US'),
  c('Munson\u2019s Pickles and Preserves Farm', 'munsonspickles.com', 'US'),
  c('Tailwind Traders', 'tailwindtraders.com', 'US'),
  c('Humongous Insurance', 'humongousinsurance.com', 'US'),
  c('Graphic Design Institute', 'graphicdesigninstitute.co.uk', 'GB'),
  c('Consolidated Messenger', 'consolidatedmessenger.com', 'US'),
  c('Southridge Video', 'southridgevideo.com', 'US'),
  c('Wide World Importers', 'wideworldimporters.com', 'US'),
  c('Best For You Organics Company', 'bestforyouorganics.com', 'US'),
  c('Ridgeline Manufacturing', 'ridgelinemfg.com', 'US'),
  c('Sunset Valley Medical Group', 'sunsetvalleymedical.com', 'US'),
  c('Harbor Point Credit Union', 'harborpointcu.org', 'US'),
  c('Evergreen Dental Partners', 'evergreendental.com', 'US'),
  c('Copperfield Engineering', 'copperfieldeng.com', 'US'),
  c('Prairie Wind Insurance', 'prairiewindins.com', 'US'),
  c('Bayside Marine Supply', 'baysidemarine.com', 'US'),
  c('Granite State Logistics', 'granitestatelogistics.com', 'US'),
  c('Willowbrook Senior Living', 'willowbrookliving.com', 'US'),
  c('Boulangeries Marchal', 'boulangeries-marchal.fr', 'FR'),
  c('Groupe Verdier Logistique', 'verdier-logistique.fr', 'FR'),
  c('Clinique des Tilleuls', 'clinique-tilleuls.fr', 'FR'),
  c('Atelier Roussel Mobilier', 'atelier-roussel.fr', 'FR'),
  c('Transports Garnier SAS', 'transports-garnier.fr', 'FR'),
  c('Mutuelle Horizon Santé', 'horizon-sante.fr', 'FR'),
  c('Cabinet Lemoine Avocats', 'lemoine-avocats.fr', 'FR'),
  c('Hôtels Belvédère', 'hotels-belvedere.fr', 'FR'),
  c('Brunnhuber Maschinenbau GmbH', 'brunnhuber-maschinenbau.de', 'DE'),
  c('Kessler Logistik AG', 'kessler-logistik.de', 'DE'),
  c('Hofmann Feinkost GmbH', 'hofmann-feinkost.de', 'DE'),
  c('Weidner Pharma GmbH', 'weidner-pharma.de', 'DE'),
  c('Lindenhof Kliniken', 'lindenhof-kliniken.de', 'DE'),
  c('Vogt & Söhne Bau GmbH', 'vogt-bau.de', 'DE'),
  c('Ashworth & Lane Solicitors', 'ashworthlane.co.uk', 'GB'),
  c('Pennine Building Society', 'penninebs.co.uk', 'GB'),
  c('Harrowgate Retail Group', 'harrowgateretail.co.uk', 'GB'),
  c('Kingsmead Logistics Ltd', 'kingsmeadlogistics.co.uk', 'GB'),
  c('Thornbury Housing Trust', 'thornburyhousing.org.uk', 'GB'),
  c('Maplewood Credit Union', 'maplewoodcu.ca', 'CA'),
  c('Northern Lights Outfitters', 'northernlightsoutfitters.ca', 'CA'),
  c('Laurentian Dairy Co-operative', 'laurentiandairy.ca', 'CA'),
  c('Fraser Valley Logistics', 'fraservalleylogistics.ca', 'CA'),
];

const PLACES = [
  'Ashford', 'Brookside', 'Cedar Hill', 'Clearfield', 'Crestwood', 'Dalton', 'Eastwood', 'Elmhurst', 'Fairview',
  'Foxborough', 'Glendale', 'Greystone', 'Hartwell', 'Hazelwood', 'Highland', 'Holloway', 'Kingsley', 'Lakewood',
  'Linden', 'Maple Ridge', 'Meadowbrook', 'Millford', 'Newbury', 'Oakdale', 'Orchard Park', 'Pine Valley',
  'Redmond Falls', 'Ridgefield', 'Rockport', 'Rosedale', 'Sherwood', 'Silver Lake', 'Springvale', 'Stanton',
  'Stonehaven', 'Summerville', 'Thornton', 'Twin Rivers', 'Valley Forge', 'Walnut Creek', 'Waverly', 'Westfield',
  'Whitehall', 'Willow Bend', 'Windsor Heights', 'Woodbury', 'Amberley', 'Bellmont', 'Carrington', 'Dunmore',
];
const PLACE_PREFIXES = ['', 'North ', 'South ', 'East ', 'West ', 'New ', 'Port ', 'Lake ', 'Mount '];
const ENGLISH_PLACES = PLACE_PREFIXES.flatMap((prefix) => PLACES.map((place) => `${prefix}${place}`));

const FR_NAMES = [
  'Marchand', 'Delacroix', 'Perrin', 'Caron', 'Lambert', 'Faure', 'Renaud', 'Barbier', 'Gauthier', 'Picard', 'Roche',
  'Vidal', 'Aubert', 'Brunet', 'Masson', 'Noël', 'Arnaud', 'Bertrand', 'Charpentier', 'Dumas', 'Fleury', 'Guérin',
  'Hubert', 'Jacquet', 'Leclerc', 'Lemaire', 'Olivier', 'Prévost', 'Rey', 'Texier',
];
const DE_NAMES = [
  'Albrecht', 'Brandt', 'Dietrich', 'Engel', 'Franke', 'Graf', 'Hartmann', 'Jansen', 'Keller', 'Lorenz', 'Meier',
  'Neumann', 'Otto', 'Pohl', 'Seidel', 'Vogel', 'Baumann', 'Eckert', 'Fuchs', 'Haas', 'Kaiser', 'Lange', 'Möller',
  'Roth', 'Sauer', 'Thiel', 'Ulrich', 'Winter', 'Zimmer', 'Busch',
];

interface Kind {
  pattern: string;
  tld: string;
  slugSuffix: string;
}

/** A country's name space: every kind of organisation with every base name. */
interface Pool {
  country: Country;
  publicSector: boolean;
  weight: number;
  bases: readonly string[];
  kinds: readonly Kind[];
}

const k = (pattern: string, slugSuffix: string, tld: string): Kind => ({ pattern, slugSuffix, tld });

// Weights give large bundles the same country mix as the hand-written list.
const POOLS: readonly Pool[] = [
  {
    country: 'US', publicSector: false, weight: 45, bases: ENGLISH_PLACES,
    kinds: [
      k('{P} Manufacturing', 'mfg', 'com'), k('{P} Medical Group', 'medical', 'com'), k('{P} Credit Union', 'cu', 'org'),
      k('{P} Logistics', 'logistics', 'com'), k('{P} Dental Partners', 'dental', 'com'), k('{P} Insurance Agency', 'insurance', 'com'),
      k('{P} Engineering', 'eng', 'com'), k('{P} Foods', 'foods', 'com'), k('{P} Law Group', 'law', 'com'), k('{P} Realty', 'realty', 'com'),
      k('{P} Construction', 'construction', 'com'), k('{P} Hospitality Group', 'hospitality', 'com'),
      k('{P} Veterinary Clinic', 'vet', 'com'), k('{P} Auto Group', 'auto', 'com'),
    ],
  },
  {
    country: 'US', publicSector: true, weight: 17, bases: ENGLISH_PLACES,
    kinds: [
      k('City of {P}', '', 'gov'), k('{P} County Schools', 'schools', 'org'), k('{P} Water District', 'water', 'gov'),
      k('{P} Public Library', 'library', 'org'), k('Town of {P}', 'town', 'gov'), k('{P} County Health Department', 'health', 'gov'),
    ],
  },
  {
    country: 'GB', publicSector: false, weight: 12, bases: ENGLISH_PLACES,
    kinds: [k('{P} Holdings Ltd', 'holdings', 'co.uk'), k('{P} Solicitors LLP', 'law', 'co.uk'), k('{P} Housing Association', 'housing', 'org.uk')],
  },
  {
    country: 'CA', publicSector: false, weight: 9, bases: ENGLISH_PLACES,
    kinds: [k('{P} Outfitters Inc.', 'outfitters', 'ca'), k('{P} Credit Co-operative', 'credit', 'ca')],
  },
  {
    country: 'FR', publicSector: false, weight: 10, bases: FR_NAMES,
    kinds: [
      k('Groupe {P}', 'groupe', 'fr'), k('{P} & Fils', 'fils', 'fr'), k('Cabinet {P} Expertise', 'expertise', 'fr'),
      k('Transports {P}', 'transports', 'fr'), k('Laboratoires {P}', 'labo', 'fr'), k('Boulangeries {P}', 'boulangeries', 'fr'),
    ],
  },
  {
    country: 'DE', publicSector: false, weight: 7, bases: DE_NAMES,
    kinds: [
      k('{P} Logistik GmbH', 'logistik', 'de'), k('{P} Maschinenbau GmbH', 'maschinenbau', 'de'),
      k('{P} Elektrotechnik AG', 'elektro', 'de'), k('Autohaus {P}', 'autohaus', 'de'), k('{P} Feinkost GmbH', 'feinkost', 'de'),
    ],
  },
];

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Decodes the index-th name of a pool; `cycle` > 0 once a pool is used up (huge bundles),
 * giving a namesake organisation with its own domain. */
function composed(pool: Pool, index: number, cycle: number): CustomerIdentity {
  const kind = pool.kinds[index % pool.kinds.length] as Kind;
  const base = pool.bases[Math.floor(index / pool.kinds.length)] ?? '';
  const tail = cycle > 0 ? String(cycle + 1) : '';
  return {
    name: kind.pattern.replace('{P}', base),
    domain: `${slug(base)}${kind.slugSuffix}${tail}.${kind.tld}`,
    country: pool.country,
    publicSector: pool.publicSector,
  };
}

/** Hands out distinct customers in a seed-dependent order: the hand-written ones first. */
export class CustomerDirectory {
  private readonly curatedOrder: number[];
  private readonly orders = new Map<Pool, Uint32Array>();
  private readonly used = new Map<Pool, number>();
  private count = 0;

  constructor(private readonly seed: number) {
    this.curatedOrder = Random.derive('curated-customers', seed).shuffle(CURATED.map((_, i) => i));
  }

  next(): CustomerIdentity {
    const slot = this.count++;
    if (slot < CURATED.length) return CURATED[this.curatedOrder[slot] ?? 0] as CustomerIdentity;
    const pool = Random.derive('customer-pool', this.seed, slot).weighted(POOLS.map((p) => [p, p.weight] as const));
    const n = this.used.get(pool) ?? 0;
    this.used.set(pool, n + 1);
    const order = this.order(pool);
    return composed(pool, order[n % order.length] ?? 0, Math.floor(n / order.length));
  }

  /** A shuffled permutation of the pool, made on first use only. */
  private order(pool: Pool): Uint32Array {
    let order = this.orders.get(pool);
    if (!order) {
      const rng = Random.derive('composed-customers', this.seed, pool.country, String(pool.publicSector));
      order = new Uint32Array(pool.bases.length * pool.kinds.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        const a = order[i] as number;
        order[i] = order[j] as number;
        order[j] = a;
      }
      this.orders.set(pool, order);
    }
    return order;
  }
}
