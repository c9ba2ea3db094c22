/** The cookie policy (loi Informatique et Libertés art. 82): what is stored, why, for how long, and your choices. */
import { cookiesListed, declaresNoCookie } from '../input/answers';
import { frenchPrivacyLaw } from '../jurisdiction';
import type { PageComposer } from './page';
import { cookieTable, linkTo } from './shared';

export const cookiePolicy: PageComposer = {
  lead: (ctx, site) => [ctx.p(ctx.pack.cookiePolicy.lead(ctx.h, site, frenchPrivacyLaw(ctx.input)))],

  // Without cookies listed or an explicit "none", the list and the choices would only guess: the checklist asks.
  present: (input, id) => {
    if (id === 'personal-data') return Boolean(input.page?.links?.privacyPolicy);
    if (id === 'cookie-list') return cookiesListed(input) || declaresNoCookie(input);
    if (id === 'cookie-choices') return cookiesListed(input);
    return true;
  },

  sections: {
    'what-is-a-cookie': (ctx) => [ctx.p(ctx.pack.cookiePolicy.whatIsACookie(ctx.h))],

    'cookie-list': (ctx) => {
      const cookies = ctx.input.cookies ?? [];
      if (cookies.length) return [cookieTable(ctx, cookies)];
      return declaresNoCookie(ctx.input) ? [ctx.p(ctx.pack.cookiePolicy.none(ctx.h))] : [];
    },

    'cookie-choices': (ctx) => {
      const { pack, input } = ctx;
      const manager = linkTo(input.page?.links?.consentManager, pack.labels.consentManager);
      const consent = (input.cookies ?? []).some((c) => c.consentRequired);
      return [
        ctx.p(consent ? pack.cookiePolicy.choices(ctx.h, manager) : pack.cookiePolicy.exempt(ctx.h)),
        ctx.p(pack.cookiePolicy.browser(ctx.h, consent)),
        ...ctx.md(input.cookieManagement),
      ];
    },

    'personal-data': (ctx) => {
      const link = linkTo(ctx.input.page?.links?.privacyPolicy, ctx.pack.labels.privacyPolicy);
      return link ? [ctx.p(ctx.pack.cookiePolicy.privacyPolicy(link))] : [];
    },
  },
};
