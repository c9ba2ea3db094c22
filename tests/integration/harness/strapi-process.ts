import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface StrapiProcess {
  url: string;
  child: ChildProcess;
}

/**
 * Starts another Strapi process (the built playground, `second-process.js`) with the given environment and resolves
 * with its URL once it listens; it serves until killed.
 */
export const startStrapiProcess = (env: NodeJS.ProcessEnv = process.env): Promise<StrapiProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'second-process.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Strapi did not start in time:\n${output}`)), 90000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`, child });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Strapi exited with ${code}:\n${output}`));
    });
  });
