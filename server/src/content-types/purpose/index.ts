import { bool, contentTypeOptions, enumeration, loc, manyToMany, manyToOne, shared, starterKey, string, text } from '../attributes';
import { LEGAL_BASES, REQUIREMENTS } from '../enums';
import { DATA_SOURCES_MAX_LENGTH } from '../../core/input/schema';

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
      legalBasisReference: loc(string({ maxLength: 500 })),
      legalBasisReferenceUrl: shared(string({ maxLength: 500 })),
      legitimateInterest: loc(text({ maxLength: 2000 })),
      dataCategories: manyToMany('data-category'),
      collectedFromDataSubject: shared(bool(true)),
      dataSources: loc(text({ maxLength: DATA_SOURCES_MAX_LENGTH })),
      recipients: manyToMany('recipient'),
      retention: manyToOne('retention-period'),
      // Further periods of the same purpose, per data category or per event; each says what it applies to.
      retentionRules: manyToMany('retention-period'),
      transfers: manyToMany('transfer'),
      requirement: shared(enumeration(REQUIREMENTS, { required: true, default: 'optional' })),
      requirementConsequence: loc(text({ maxLength: 2000 })),
      automatedDecision: shared(bool(false)),
      automatedDecisionLogic: loc(text({ maxLength: 3000 })),
      automatedDecisionConsequences: loc(text({ maxLength: 3000 })),
      offeredToChildren: shared(bool(false)),
      dataSubjects: manyToMany('data-subject'),
      ...starterKey(),
    },
  },
};
