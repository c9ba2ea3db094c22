import { address, bool, contentTypeOptions, decimal, email, enumeration, manyToOne, string } from '../attributes';
import { DESIGNATION_GENDERS, ORGANISATION_KINDS } from '../enums';

/** Identity of a controller, publisher, host or processor; shared by every site and locale. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'legal_pages_organisations',
    info: {
      singularName: 'organisation',
      pluralName: 'organisations',
      displayName: 'Legal · Organisation',
      description: 'Identity of a controller, publisher, host or processor, shared by every site that names it.',
    },
    ...contentTypeOptions(false),
    attributes: {
      name: string({ required: true, maxLength: 200 }),
      nameInText: enumeration(['proper-name', 'feminine', 'masculine', 'plural'], { required: true, default: 'proper-name' }),
      kind: enumeration(ORGANISATION_KINDS, { required: true, default: 'public-body' }),
      legalForm: string({ maxLength: 200 }),
      ...address(),
      phone: string({ maxLength: 40 }),
      email: email(),
      website: string({ maxLength: 500 }),
      siret: string({ maxLength: 20 }),
      siren: string({ maxLength: 20 }),
      rcs: string({ maxLength: 120 }),
      rm: string({ maxLength: 120 }),
      rna: string({ maxLength: 10 }),
      vatNumber: string({ maxLength: 20 }),
      shareCapital: decimal({ min: 0 }),
      shareCapitalCurrency: string({ maxLength: 3, default: 'EUR' }),
      representativeName: string({ maxLength: 200 }),
      representativeTitle: string({ maxLength: 200 }),
      representativeGender: enumeration(DESIGNATION_GENDERS),
      outsideEu: bool(false),
      supervisoryAuthorityName: string({ maxLength: 300 }),
      ...address('supervisoryAuthority', null),
      supervisoryAuthorityWebsite: string({ maxLength: 500 }),
      supervisoryAuthorityComplaintUrl: string({ maxLength: 500 }),
      euRepresentative: manyToOne('organisation'),
    },
  },
};
