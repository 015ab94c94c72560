/**
 * i18next's keys type-checked against the French catalogues (French is the reference: English is typed against it
 * with Translation<typeof fr>): `t('nav.scoring')` is checked, and a key no catalogue has fails `tsc -b`.
 * See https://www.i18next.com/overview/typescript. `returnObjects` matches the init options (renderer/src/i18n/index.ts).
 */
import 'i18next';
import type { InterfaceCatalogue } from '../../../common/i18n/interface/index.ts';
import type { MessageCatalogue } from '../../../common/i18n/messages/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: InterfaceCatalogue & { messages: MessageCatalogue };
    returnObjects: true;
  }
}
