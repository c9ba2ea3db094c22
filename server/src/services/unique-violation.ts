/** A write refused by a unique index, on SQLite, PostgreSQL or MySQL/MariaDB. */
export const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; errno?: number; message?: string };
  return e.code === '23505' || e.code === 'ER_DUP_ENTRY' || e.errno === 1062 || String(e.code).startsWith('SQLITE_CONSTRAINT') || /unique|duplicate/i.test(e.message ?? '');
};
