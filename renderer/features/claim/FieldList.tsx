import type { ReactNode } from 'react';

export interface Field {
  readonly label: string;
  readonly value: ReactNode;
  /** Ids and dates line up better in tabular figures. */
  readonly tabular?: boolean;
  /** The value is the claim's data (names, ids, addresses): never translated. */
  readonly data?: boolean;
}

export function FieldList({ fields }: { readonly fields: readonly Field[] }) {
  return (
    <dl className="field-list">
      {fields.map((field) => (
        <div key={field.label} className="field-list__row">
          <dt>{field.label}</dt>
          <dd className={field.tabular ? 'tabular' : undefined} translate={field.data ? 'no' : undefined}>
            {field.value === null || field.value === undefined || field.value === '' ? (
              <span className="faint">—</span>
            ) : (
              field.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Section({ title, children, aside }: { readonly title: string; readonly children: ReactNode; readonly aside?: ReactNode }) {
  return (
    <section className="side-section">
      <h2 className="overline side-section__title">
        <span>{title}</span>
        {aside && <span className="side-section__aside">{aside}</span>}
      </h2>
      {children}
    </section>
  );
}
