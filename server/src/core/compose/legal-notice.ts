/** The legal notice (mentions légales, LCEN art. 6): publisher, director of publication, host, and the rest. */
import type { PageComposer } from './page';
import { dpoShortContact, linkTo, organisationFields } from './shared';

export const legalNotice: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.legalNotice.lead(ctx.h, site))],

  present: (input, id) => {
    if (id === 'editorial') return Boolean(input.editorialManagement?.trim());
    if (id === 'intellectual-property') return Boolean(input.intellectualProperty?.trim());
    if (id === 'data-licence') return Boolean(input.dataLicence);
    return true;
  },

  sections: {
    publisher: (ctx) => {
      const { input, pack } = ctx;
      const publisher = input.publisher ?? input.controller;
      const name = input.publisher ? ctx.orgName(input.publisher, 'plain') : ctx.h.controller('plain');
      return [ctx.p(pack.legalNotice.publishedBy(name)), ...organisationFields(ctx, publisher, { registration: true })];
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
  },
};
