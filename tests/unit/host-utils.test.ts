import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SERVER = path.resolve(__dirname, '../../server/src');

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });

describe('the server code', () => {
  it('takes @strapi/utils from the running Strapi only, through strapi-utils.ts', () => {
    // A value import of the plugin's own copy would make every refusal a 500 in an app whose Strapi is not the newest.
    const offenders = files(SERVER)
      .filter((file) => !file.endsWith('strapi-utils.ts'))
      .filter((file) => /^import (?!type\b)[^;]*from '@strapi\/utils'/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(SERVER, file));
    expect(offenders).toEqual([]);
  });
});
