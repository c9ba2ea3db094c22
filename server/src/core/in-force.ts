/**
 * Which version of a page is in force when, from the versions' dates alone: the public routes, the admin's history
 * and its "in force on" lookup all answer from here, so the list, the lookup and the "until" column never disagree.
 *
 * The rule is the one the database lookup applies (public/pages-service.ts `inForce`): at a moment, the version in
 * force is the latest effective date at or before it, the higher number breaking a tie; a withdrawn version never
 * counts; nothing is in force once the site is retired.
 */

export interface DatedVersion {
  number: number;
  effectiveAt: string | Date;
  withdrawnAt?: string | Date | null;
}

/** A version's time in force: from its effective date until the next version's (or the retirement), null: open. */
export interface InForcePeriod {
  from: string;
  until: string | null;
}

const time = (value: string | Date) => new Date(value).getTime();
const iso = (ms: number) => new Date(ms).toISOString();

/** Versions that may be in force, in the order they take effect. */
const inEffectOrder = <V extends DatedVersion>(versions: readonly V[]) =>
  versions.filter((v) => !v.withdrawnAt).sort((a, b) => time(a.effectiveAt) - time(b.effectiveAt) || a.number - b.number);

/** The number of the version in force at `at` (ms), or null when none was. */
export const inForceAt = (versions: readonly DatedVersion[], at: number, retiredAt: string | Date | null = null): number | null => {
  if (retiredAt !== null && time(retiredAt) <= at) return null;
  const started = inEffectOrder(versions).filter((v) => time(v.effectiveAt) <= at);
  return started.at(-1)?.number ?? null;
};

/**
 * Each version's period in force, by number; a version that never is or was in force (withdrawn, replaced at the
 * very moment it took effect, or dated after the site's retirement) has none. The periods depend on the dates only,
 * not on today: a scheduled version already has its own.
 */
export const inForcePeriods = (versions: readonly DatedVersion[], retiredAt: string | Date | null = null): Map<number, InForcePeriod> => {
  const retired = retiredAt === null ? Infinity : time(retiredAt);
  const ordered = inEffectOrder(versions);
  const periods = new Map<number, InForcePeriod>();
  ordered.forEach((version, i) => {
    const from = time(version.effectiveAt);
    const next = ordered[i + 1];
    const end = Math.min(next ? time(next.effectiveAt) : Infinity, retired);
    if (end <= from) return;
    periods.set(version.number, { from: iso(from), until: Number.isFinite(end) ? iso(end) : null });
  });
  return periods;
};
