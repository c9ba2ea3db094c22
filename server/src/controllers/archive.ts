import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '../strapi-utils';
import type { Context } from 'koa';
import { PLUGIN_ID } from '../plugin-id';
import type { ArchiveFile } from '../services/archive';

const ARCHIVE_TYPES = ['application/gzip', 'application/x-gzip', 'application/octet-stream'];

const archiveController = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin(PLUGIN_ID).service('archive');

  return {
    /** `GET /archive?site=<documentId>`: one site's versions; without `site`, every site's. */
    async export(ctx: Context) {
      const site = ctx.query.site;
      if (site !== undefined && (typeof site !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(site))) {
        throw new errors.ValidationError('site must be given once, as a site\'s documentId', {
          errors: [{ path: ['site'], message: 'must be a site\'s documentId, given once', name: 'ValidationError' }],
        });
      }
      const file = (await service().export(site)) as ArchiveFile;
      const stream = service().open(file) as Readable;
      const cleanUp = () => void file.dispose();
      stream.once('close', cleanUp);
      ctx.res.once('close', cleanUp);
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Legal-Pages-Archive-Versions', String(file.versions));
      ctx.attachment(file.filename);
      ctx.type = 'application/gzip';
      ctx.length = file.size;
      ctx.body = stream;
    },

    /**
     * `POST /archive`: the .tar.gz an export wrote, as the request body (Content-Type: application/gzip) or as the
     * multipart field `archive`.
     */
    async import(ctx: Context) {
      const upload = (ctx.request as { files?: Record<string, unknown> }).files?.archive as { filepath?: string } | undefined;
      let source: Readable;
      if (upload?.filepath) source = createReadStream(upload.filepath);
      else if (ctx.is(ARCHIVE_TYPES)) source = ctx.req;
      else {
        throw new errors.ValidationError('Send the archive as the request body with Content-Type: application/gzip, or as the multipart field "archive"', {
          errors: [{ path: ['archive'], message: 'is missing', name: 'ValidationError' }],
        });
      }
      ctx.status = 201;
      ctx.body = { data: await service().import(source) };
    },
  };
};

export default archiveController;
