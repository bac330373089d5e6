// Translation keys are checked by TypeScript: t('queue.next.label') compiles, a typo does not.
import type { en } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
