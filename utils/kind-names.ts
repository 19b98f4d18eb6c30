// The message key that names each highlight kind (person, place…): one table for the options page's
// switches and the hover card's kind line. Keys only: must not import a locale file or call t()
// (the content script gets them in the UI language from the background: cardStrings in i18n.ts).
// Tested in kind-names.test.ts.
import type { MessageKey } from './i18n';
import type { Kind } from './protocol';

export const KIND_NAME_KEY: Record<Kind, MessageKey> = {
  person: 'options_kind_person',
  organisation: 'options_kind_organisation',
  place: 'options_kind_place',
  event: 'options_kind_event',
  media: 'options_kind_media',
  facility: 'options_kind_facility',
  claim: 'options_kind_claim',
};
