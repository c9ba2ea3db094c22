/** The legal notice (mentions légales, LCEN art. 6): publisher, director of publication, host, and the rest. */
import { frenchPublisherLaw } from '../jurisdiction';
import type { PageComposer } from './page';
import { contactPointFields, dpoShortContact, linkTo, organisationFields, personContactFields } from './shared';

export const legalNotice: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.legalNotice.lead(ctx.h, site, frenchPublisherLaw(ctx.input)))],

  present: (input, id) => {
    if (id === 'editorial') return Boolean(input.editorialManagement?.trim());
    if (id === 'intellectual-property') return Boolean(input.intellectualProperty?.trim());
    if (id === 'data-licence') return Boolean(input.dataLicence);
    if (id === 'documents-officer') return Boolean(input.documentsOfficer);
    if (id === 'applicable-law') return Boolean(input.applicableLaw?.law || input.applicableLaw?.courts);
    return true;
  },

  titleFor: (input, pack, id) => {
    const gender = input.directorOfPublication?.gender;
    return id === 'director' && gender ? pack.facts.gendered.director[gender] : undefined;
  },

  sections: {
    publisher: (ctx) => {
      const { input, pack } = ctx;
      const publisher = input.publisher ?? input.controller;
      const name = input.publisher ? ctx.orgName(input.publisher, 'plain') : ctx.h.controller('plain');
      return [
        ctx.p(pack.legalNotice.publishedBy(name)),
        ...organisationFields(ctx, publisher, { registration: true }),
        ...contactPointFields(ctx, input.contactPoint),
      ];
    },

    director: (ctx) => {
      const d = ctx.input.directorOfPublication;
      return d ? [ctx.p(ctx.pack.legalNotice.director(d.name, d.title))] : [];
    },

    host: (ctx) => {
      const host = ctx.input.host;
      if (!host) return [];
      return [
        ctx.p(ctx.pack.legalNotice.hostedBy(ctx.orgName(host, 'par'))),
        ...organisationFields(ctx, host, { registration: false }),
      ];
    },

    editorial: (ctx) => ctx.md(ctx.input.editorialManagement),

    'intellectual-property': (ctx) => ctx.md(ctx.input.intellectualProperty),

    'data-licence': (ctx) => {
      const licence = ctx.input.dataLicence;
      if (!licence) return [];
      const name = licence.name && (linkTo(licence.url, licence.name) ?? { type: 'text' as const, value: licence.name });
      return [...(name ? [ctx.p(ctx.pack.legalNotice.dataLicence(name))] : []), ...ctx.md(licence.text)];
    },

    'personal-data': (ctx) => {
      const { input, pack } = ctx;
      const dpo = input.dpo?.appointed ? dpoShortContact(ctx, input.dpo) : null;
      return [
        ctx.p(pack.legalNotice.privacyPolicy(linkTo(input.page?.links?.privacyPolicy, pack.labels.privacyPolicy))),
        ...(dpo ? [ctx.p(pack.legalNotice.dpo(ctx.h, dpo))] : []),
        ...ctx.md(input.personalDataNote),
      ];
    },

    'documents-officer': (ctx) => {
      const officer = ctx.input.documentsOfficer;
      if (!officer) return [];
      const contact = personContactFields(ctx, officer);
      return [ctx.p(ctx.pack.facts.documentsOfficer(officer.name, officer.title, contact.length > 0)), ...contact];
    },

    'applicable-law': (ctx) => {
      const law = ctx.input.applicableLaw;
      const words = ctx.pack.facts.applicableLaw;
      return ctx.fields([
        [words.law, law?.law],
        [words.courts, law?.courts],
      ]);
    },
  },
};
