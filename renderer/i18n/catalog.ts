// The shape every translation must have: the English catalog's keys, each a string. A key
// missing from French fails `tsc`. French counts have three plural forms (Intl.PluralRules):
// "one" (0 and 1), "many" (1 000 000 and such) and "other", so each `x_other` needs an `x_many`.

type PluralMany<T> = { readonly [K in keyof T as K extends `${infer Base}_other` ? `${Base}_many` : never]: string };

export type FrenchCatalog<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : FrenchCatalog<T[K]>;
} & PluralMany<T>;
