/** A site's slug: the first path segment of every public URL of its pages. */
export const SLUG_MAX_LENGTH = 120;
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * Cuts a slug to the limit at a word boundary (a hyphen), so a long site name still gets a slug that publication
 * accepts, and a readable one; a single word longer than the limit is cut inside.
 */
export const cutSlug = (slug: string, max = SLUG_MAX_LENGTH): string => {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
};
