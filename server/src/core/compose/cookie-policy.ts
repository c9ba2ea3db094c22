/** The cookie policy (loi Informatique et Libertés art. 82): what is stored, why, for how long, and your choices. */
import type { PageComposer } from './page';
import { cookieTable, linkTo } from './shared';

export const cookiePolicy: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.cookiePolicy.lead(ctx.h, site))],

  present: (input, id) => (id === 'personal-data' ? Boolean(input.page?.links?.privacyPolicy) : true),

  sections: {
    'what-is-a-cookie': (ctx) => [ctx.p(ctx.pack.cookiePolicy.whatIsACookie(ctx.h))],

    'cookie-list': (ctx) => {
      const cookies = ctx.input.cookies ?? [];
      return cookies.length ? [cookieTable(ctx, cookies)] : [ctx.p(ctx.pack.cookiePolicy.none(ctx.h))];
    },

    'cookie-choices': (ctx) => {
      const { pack, input } = ctx;
      const manager = linkTo(input.page?.links?.consentManager, pack.labels.consentManager);
      return [ctx.p(pack.cookiePolicy.choices(ctx.h, manager)), ctx.p(pack.cookiePolicy.browser(ctx.h)), ...ctx.md(input.cookieManagement)];
    },

    'personal-data': (ctx) => {
      const link = linkTo(ctx.input.page?.links?.privacyPolicy, ctx.pack.labels.privacyPolicy);
      return link ? [ctx.p(ctx.pack.cookiePolicy.privacyPolicy(link))] : [];
    },
  },
};
