import { address, bool, contentTypeOptions, email, manyToOne, string } from '../attributes';

/** How to reach the data protection officer; may be external or shared between organisations. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_dpo_contacts',
    info: {
      singularName: 'dpo-contact',
      pluralName: 'dpo-contacts',
      displayName: 'Legal · DPO contact',
      description: 'Contact of a data protection officer (GDPR Art. 13(1)(b), 37-39).',
    },
    ...contentTypeOptions(false),
    attributes: {
      label: string({ required: true, maxLength: 200 }),
      appointed: bool(true, { required: true }),
      name: string({ maxLength: 200 }),
      organisation: manyToOne('organisation'),
      email: email(),
      phone: string({ maxLength: 40 }),
      webFormUrl: string({ maxLength: 500 }),
      ...address(),
    },
  },
};
