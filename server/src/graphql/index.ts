import type { Core } from '@strapi/strapi';
import contentTypes from '../content-types';
import { PLUGIN_ID } from '../plugin-id';
import { parseAt, parseKind, parseLocale } from '../public/params';
import { describeMention, describeUpcoming, describeVersion } from '../public/describe';
import type { PageAddress, VersionMeta } from '../public/pages-service';
import { getService } from '../services/get-service';

type Nexus = any;
type Args = { site: string; kind: string; locale?: string | null; at?: string | null; number?: number | null };

const action = (name: string) => `plugin::${PLUGIN_ID}.public-pages.${name}`;

/**
 * GraphQL, when @strapi/plugin-graphql is installed: three read-only queries over published versions, under the
 * same permissions as the REST routes. The plugin's content types are not exposed (no shadow CRUD).
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  for (const name of Object.keys(contentTypes)) extension.shadowCRUD(`plugin::${PLUGIN_ID}.${name}`).disable();

  const service = () => getService(strapi, 'public-pages');
  const address = async (args: Args): Promise<PageAddress> =>
    service().resolve(args.site, parseKind(args.kind), parseLocale(args.locale ?? undefined));
  const describe = (page: PageAddress, version: VersionMeta) => ({ meta: version, ...describeVersion(page, version) });
  const body = (parent: { meta: VersionMeta }) => service().body(parent.meta.id);

  extension.use(({ nexus }: { nexus: Nexus }) => ({
    types: [
      nexus.objectType({
        name: 'LegalPageVersion',
        definition(t: Nexus) {
          t.nonNull.string('site');
          t.nonNull.string('kind');
          t.nonNull.string('locale');
          t.nonNull.int('version');
          t.nonNull.string('effectiveAt');
          t.nonNull.string('publishedAt');
          t.string('changeSummary');
          t.nonNull.string('contentHash');
          t.int('consentRevision', { description: 'Cookie policies only: moves when visitors must be asked for their consent again.' });
          t.field('accessibility', {
            type: 'LegalPageAccessibilityMention',
            description: 'Accessibility statements only: the footer mention every page of the site shows.',
          });
          t.field('withdrawn', { type: 'LegalPageWithdrawal', description: 'Set when the version was withdrawn before it took effect: it was never in force.' });
          t.nonNull.string('html', { resolve: async (parent: { meta: VersionMeta }) => (await body(parent)).html });
          t.nonNull.string('markdown', { resolve: async (parent: { meta: VersionMeta }) => (await body(parent)).markdown });
          t.nonNull.string('text', { resolve: async (parent: { meta: VersionMeta }) => (await body(parent)).plainText });
          t.nonNull.field('document', { type: 'JSON', resolve: async (parent: { meta: VersionMeta }) => JSON.parse((await body(parent)).treeJson) });
        },
      }),
      nexus.objectType({
        name: 'LegalPageAccessibilityMention',
        definition(t: Nexus) {
          t.nonNull.string('status', { description: 'compliant, partially-compliant or non-compliant, computed from the audit.' });
          t.int('rate', { description: 'Percent of applicable RGAA criteria met; null without a valid audit.' });
          t.nonNull.string('label', { description: 'e.g. "Accessibilité : partiellement conforme".' });
          t.string('url', { description: 'Where the site shows its accessibility statement.' });
          t.int('version');
          t.string('effectiveAt');
        },
      }),
      nexus.objectType({
        name: 'LegalPageWithdrawal',
        definition(t: Nexus) {
          t.nonNull.string('at');
          t.nonNull.string('reason');
        },
      }),
      nexus.objectType({
        name: 'LegalPageUpcoming',
        definition(t: Nexus) {
          t.nonNull.int('version');
          t.nonNull.string('effectiveAt');
        },
      }),
      nexus.objectType({
        name: 'LegalPage',
        definition(t: Nexus) {
          t.nonNull.field('current', { type: 'LegalPageVersion' });
          t.field('upcoming', { type: 'LegalPageUpcoming' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t: Nexus) {
          const pageArgs = { site: nexus.nonNull(nexus.stringArg()), kind: nexus.nonNull(nexus.stringArg()), locale: nexus.stringArg() };
          t.field('legalPage', {
            type: 'LegalPage',
            description: 'The version of a legal page in force now, or on the date `at` (YYYY-MM-DD); null if none.',
            args: { ...pageArgs, at: nexus.stringArg() },
            async resolve(_: unknown, args: Args) {
              const at = parseAt(args.at ?? undefined);
              const page = await address(args);
              if (!at && !page.publishedNow) return null;
              const { current, upcoming } = await service().inForceOn(page, at);
              if (!current) return null;
              return { current: describe(page, current), upcoming: !at && upcoming ? describeUpcoming(upcoming) : null };
            },
          });
          t.nonNull.list.nonNull.field('legalPageVersions', {
            type: 'LegalPageVersion',
            description: 'Every published version of a legal page, newest first.',
            args: pageArgs,
            async resolve(_: unknown, args: Args) {
              const page = await address(args);
              return ((await service().list(page)) as VersionMeta[]).map((v) => describe(page, v));
            },
          });
          t.field('legalPageAccessibilityMention', {
            type: 'LegalPageAccessibilityMention',
            description: 'The footer mention of the accessibility statement in force now; null if none.',
            args: { site: nexus.nonNull(nexus.stringArg()), locale: nexus.stringArg() },
            async resolve(_: unknown, args: { site: string; locale?: string | null }) {
              const page = await service().resolve(args.site, 'accessibility-statement', parseLocale(args.locale ?? undefined));
              if (!page.publishedNow) return null;
              const { current } = await service().inForceNow(page);
              return current && describeMention(page, current);
            },
          });
          t.field('legalPageVersion', {
            type: 'LegalPageVersion',
            description: 'One published version of a legal page; null if it does not exist.',
            args: { ...pageArgs, number: nexus.nonNull(nexus.intArg()) },
            async resolve(_: unknown, args: Args) {
              const page = await address(args);
              const version = await service().byNumber(page, args.number as number);
              return version ? describe(page, version) : null;
            },
          });
        },
      }),
    ],
    resolversConfig: {
      'Query.legalPage': { auth: { scope: [action('find')] } },
      'Query.legalPageVersions': { auth: { scope: [action('findVersions')] } },
      'Query.legalPageVersion': { auth: { scope: [action('findVersion')] } },
      'Query.legalPageAccessibilityMention': { auth: { scope: [action('find')] } },
    },
  }));
};
