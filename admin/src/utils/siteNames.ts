/** How many sites are named before "and N others": a starter purpose may feed every site of the installation. */
export const NAMED_SITES = 5;

/** The sites' names, the first `max` of them, and how many are left unnamed. Pure. */
export const siteNameList = (sites: ReadonlyArray<{ name: string }>, max = NAMED_SITES) => ({
  names: sites.slice(0, max).map((site) => site.name),
  more: Math.max(0, sites.length - max),
});
