import { contentTypeOptions, enumeration, loc, manyToMany, manyToOne, shared, string, text } from '../attributes';
import { DESIGNATION_GENDERS } from '../enums';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_sites',
    info: {
      singularName: 'site',
      pluralName: 'sites',
      displayName: 'Legal · Site',
      description: 'A website whose legal pages the plugin composes, with the facts they are made of.',
    },
    ...contentTypeOptions(true),
    attributes: {
      name: shared(string({ required: true, maxLength: 200 })),
      slug: shared(string({ maxLength: 120, regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$' })),
      baseUrl: shared(string({ required: true, maxLength: 500 })),
      publishedLocales: shared({ type: 'json' }),
      designation: loc(string({ required: true, maxLength: 120 })),
      designationGender: loc(enumeration(DESIGNATION_GENDERS, { required: true, default: 'feminine' })),
      controller: shared(manyToOne('organisation')),
      dpo: shared(manyToOne('dpo-contact')),
      publisher: shared(manyToOne('organisation')),
      directorOfPublicationName: shared(string({ maxLength: 200 })),
      directorOfPublicationTitle: loc(string({ maxLength: 200 })),
      host: shared(manyToOne('organisation')),
      processors: shared(manyToMany('organisation')),
      editorialManagement: loc(text({ maxLength: 3000 })),
      dataLicence: loc(string({ maxLength: 200 })),
      dataLicenceUrl: shared(string({ maxLength: 500 })),
      privacyPolicyUrl: shared(string({ maxLength: 500 })),
      cookiePolicyUrl: shared(string({ maxLength: 500 })),
      legalNoticeUrl: shared(string({ maxLength: 500 })),
      consentManagerUrl: shared(string({ maxLength: 500 })),
      purposes: manyToMany('purpose'),
      recipients: manyToMany('recipient'),
      cookies: manyToMany('cookie'),
      transfers: manyToMany('transfer'),
      rights: manyToMany('right'),
    },
  },
};
