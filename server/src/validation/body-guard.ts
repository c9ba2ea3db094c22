import { errors } from '../strapi-utils';
import type { Context, Next } from 'koa';

/** Deeper than any body the plugin's routes take (the wizard's is 4 levels): refused before validation. */
export const MAX_BODY_DEPTH = 32;

export interface BodyProblem {
  path: string[];
  message: string;
}

type Frame = { value: unknown; path: string[] };

/**
 * Walks a parsed body without recursion: a body nested thousands of levels deep must be refused, not overflow the
 * stack of whatever reads it next (Strapi's error printing did, answering 500).
 */
const walk = (root: unknown, visit: (frame: Frame, depth: number) => BodyProblem | null): BodyProblem[] => {
  const problems: BodyProblem[] = [];
  const stack: Array<Frame & { depth: number }> = [{ value: root, path: [], depth: 0 }];
  while (stack.length) {
    const frame = stack.pop()!;
    const problem = visit(frame, frame.depth);
    if (problem) {
      problems.push(problem);
      continue;
    }
    if (frame.value && typeof frame.value === 'object') {
      for (const [key, value] of Object.entries(frame.value)) stack.push({ value, path: [...frame.path, key], depth: frame.depth + 1 });
    }
  }
  return problems;
};

const label = (path: string[]) => (path.length ? path.join('.') : 'the body');

/** NUL characters: PostgreSQL cannot store them, and no name or title has one. */
export const nulProblems = (data: unknown): BodyProblem[] =>
  walk(data, ({ value, path }) =>
    typeof value === 'string' && value.includes('\u0000') ? { path, message: `${label(path)} must not contain NUL characters (U+0000)` } : null
  );

export const bodyProblems = (body: unknown): BodyProblem[] => {
  let tooDeep: BodyProblem | null = null;
  const problems = walk(body, ({ value, path }, depth) => {
    if (depth > MAX_BODY_DEPTH && value && typeof value === 'object') {
      tooDeep ??= { path: path.slice(0, 3), message: `the request body is nested more than ${MAX_BODY_DEPTH} levels deep` };
      return tooDeep;
    }
    return typeof value === 'string' && value.includes('\u0000') ? { path, message: `${label(path)} must not contain NUL characters (U+0000)` } : null;
  });
  return tooDeep ? [tooDeep] : problems;
};

/** Route middleware of the plugin's admin routes: hostile bodies get a 400 before any validation or write. */
export const bodyGuard = async (ctx: Context, next: Next) => {
  const problems = bodyProblems((ctx.request as { body?: unknown }).body);
  if (problems.length) {
    throw new errors.ValidationError(problems.map((p) => p.message).join('; '), {
      errors: problems.slice(0, 20).map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
    });
  }
  await next();
};
