import type { Core } from '@strapi/strapi';

/**
 * Row E of bench/http.bench.js, Strapi's floor: a route that goes through the app's middlewares like any other, with
 * `auth: false`, and answers constant bytes. The bench sets them to the plugin's small page as the C rows receive it
 * (same body and headers), so C/E shows what the plugin's route costs beyond Strapi itself. Registered only when
 * `BENCH_FLOOR=1`; it belongs to the playground, not to the plugin.
 */
let answer: { body: Buffer; headers: Record<string, string> } = { body: Buffer.alloc(0), headers: {} };

export const setBenchFloor = (body: Buffer, headers: Record<string, string>) => {
  answer = { body, headers };
};

export const registerBenchFloor = (strapi: Core.Strapi) => {
  strapi.server.routes([
    {
      method: 'GET',
      path: '/api/bench-floor',
      handler: (ctx: { set(headers: Record<string, string>): void; body: unknown }) => {
        ctx.set(answer.headers);
        ctx.body = answer.body;
      },
      config: { auth: false },
    },
  ] as never);
};
