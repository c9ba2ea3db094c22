import { bool, contentTypeOptions, enumeration, loc, manyToMany, manyToOne, shared, starterKey, string, text } from '../attributes';
import { LEGAL_BASES, REQUIREMENTS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_purposes',
    info: {
      singularName: 'purpose',
      pluralName: 'purposes',
      displayName: 'Legal · Purpose',
      description: 'A purpose of processing with its legal basis (GDPR Art. 6(1), 13(1)(c)-(d)).',
    },
    ...contentTypeOptions(true),
    attributes: {
      title: loc(string({ required: true, maxLength: 200 })),
      description: loc(text({ maxLength: 5000 })),
      legalBasis: shared(enumeration(LEGAL_BASES, { required: true })),
      legitimateInterest: loc(text({ maxLength: 2000 })),
      dataCategories: manyToMany('data-category'),
      collectedFromDataSubject: shared(bool(true)),
      dataSources: loc(text({ maxLength: 2000 })),
      recipients: manyToMany('recipient'),
      retention: manyToOne('retention-period'),
      transfers: manyToMany('transfer'),
      requirement: shared(enumeration(REQUIREMENTS, { required: true, default: 'optional' })),
      requirementConsequence: loc(text({ maxLength: 2000 })),
      automatedDecision: shared(bool(false)),
      automatedDecisionLogic: loc(text({ maxLength: 3000 })),
      ...starterKey(),
    },
  },
};
