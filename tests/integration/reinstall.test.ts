import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyDatabase, dropDatabase } = require('./harness/database') as {
  createEmptyDatabase: (playgroundDir: string, name: string) => Promise<Record<string, string>>;
  dropDatabase: (name: string) => Promise<void>;
};

const DATABASE = 'legal_pages_reinstall';
const playgroundDir = path.resolve(__dirname, '../../playground');
const OURS = ['plugin::legal-pages.public-pages.find', 'plugin::legal-pages.public-pages.findVersion', 'plugin::legal-pages.public-pages.findVersions'];

interface Report {
  pluginLoaded: boolean;
  versionsTable: boolean;
  publicActions: string[];
}

const ours = (report: Report) => report.publicActions.filter((action) => action.startsWith('plugin::legal-pages.'));

describe('removing the plugin and installing it again', () => {
  let databaseEnv: Record<string, string>;

  /** One start of the playground, in its own process, on this test's own database. */
  const boot = async ({ enabled, revoke = false }: { enabled: boolean; revoke?: boolean }): Promise<Report> => {
    const script = path.join(__dirname, 'harness/boot-once.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, ...(revoke ? ['--revoke'] : [])], {
      env: { ...process.env, ...databaseEnv, LEGAL_PAGES_ENABLED: String(enabled) },
      maxBuffer: 10 * 1024 * 1024,
    });
    const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{"pluginLoaded"'));
    if (!line) throw new Error(`the playground printed no report:\n${stdout}`);
    return JSON.parse(line) as Report;
  };

  beforeAll(async () => {
    databaseEnv = await createEmptyDatabase(playgroundDir, DATABASE);
  });

  afterAll(async () => {
    await dropDatabase(DATABASE);
  });

  it('grants the Public role again after a reinstall, and respects a revocation made after it', async () => {
    const first = await boot({ enabled: true });
    expect(ours(first)).toEqual(OURS);
    expect(first.publicActions).toContain('plugin::users-permissions.auth.register');

    // What an uninstall does: Strapi drops the plugin's tables and users-permissions its permissions; the core
    // store keeps the plugin's keys.
    const removed = await boot({ enabled: false });
    expect(removed).toMatchObject({ pluginLoaded: false, versionsTable: false });
    expect(ours(removed)).toEqual([]);

    const reinstalled = await boot({ enabled: true, revoke: true });
    expect(reinstalled.versionsTable).toBe(true);
    expect(ours(reinstalled)).toEqual(OURS);
    expect(reinstalled.publicActions).toContain('plugin::users-permissions.auth.register');

    const afterRevocation = await boot({ enabled: true });
    expect(ours(afterRevocation)).toEqual([]);
  }, 240000);
});
