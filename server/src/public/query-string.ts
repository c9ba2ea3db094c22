/**
 * The public routes' query string, read without Strapi's `qs` parser: they take a few flat parameters, and parsing
 * the same few strings (`locale=fr&format=html`) again on every request was a tenth of what the route cost beyond
 * Strapi's own floor. A name written with brackets (`locale[]=…`, `locale[$ne]=…`) counts as that name, so what qs
 * would have read as an array or an object is still refused as given more than once.
 */
/** A parameter's value; `null` when it is given more than once, or with brackets. */
type Parsed = Record<string, string | null>;

/** Distinct query strings seen lately: few on a real site; a flood of made-up ones only empties the memo. */
const MEMO_SIZE = 256;
const memo = new Map<string, Parsed>();

const parse = (search: string): Parsed => {
  const parsed: Parsed = Object.create(null);
  for (const [key, value] of new URLSearchParams(search)) {
    const bracket = key.indexOf('[');
    const name = bracket > 0 ? key.slice(0, bracket) : key;
    parsed[name] = bracket > 0 || name in parsed ? null : value;
  }
  return parsed;
};

/** The value the query string gives a parameter: undefined when absent, null when not given exactly once. */
export const queryValue = (search: string, name: string): string | null | undefined => {
  let parsed = memo.get(search);
  if (!parsed) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(search, (parsed = parse(search)));
  }
  return parsed[name];
};
