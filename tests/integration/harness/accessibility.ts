import { connect, connectIn, contentManager } from './content-manager';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A partially conformant site's accessibility facts, entered in the Content Manager in fr and en: an audit (38 of 50
 * criteria met: 76 %), a non-conformity, a derogation with its justification and alternative, plans and a feedback
 * address. `omit` leaves site fields out, for a test that wants their finding.
 */
export const addAccessibilityFacts = async (siteId: string, slug: string, omit: string[] = []) => {
  const cm = await contentManager();
  const auditShared = { label: `Audit RGAA ${slug}`, date: daysAgo(100), auditor: 'Cabinet Ouest Accessibilité', rgaaVersion: '4.1', applicableCriteria: 50, metCriteria: 38, technologies: 'HTML5, CSS, JavaScript', tools: 'Assistant RGAA' };
  const audit = await cm.make('accessibility-audit', { ...auditShared, sampledPages: 'Accueil https://data.region-exemple.fr/', testEnvironment: 'Firefox 128 + NVDA 2024.4' }, 'fr');
  await cm.update('accessibility-audit', audit.documentId, { ...auditShared, sampledPages: 'Home https://data.region-exemple.fr/', testEnvironment: 'Firefox 128 + NVDA 2024.4' }, 'en').expect(200);

  const images = await cm.make('accessibility-content', { kind: 'non-conformity', description: 'Certaines images n’ont pas d’alternative textuelle.', criteria: '1.1, 1.2' }, 'fr');
  await cm.update('accessibility-content', images.documentId, { kind: 'non-conformity', description: 'Some images have no text alternative.', criteria: '1.1, 1.2' }, 'en').expect(200);
  const maps = await cm.make(
    'accessibility-content',
    { kind: 'derogation', description: 'Les cartes interactives.', justification: 'Une charge disproportionnée.', alternative: 'Les données des cartes sont téléchargeables.' },
    'fr'
  );
  await cm
    .update('accessibility-content', maps.documentId, { kind: 'derogation', description: 'The interactive maps.', justification: 'A disproportionate burden.', alternative: 'The data behind the maps can be downloaded.' }, 'en')
    .expect(200);

  const facts: Record<string, unknown> = {
    accessibilityAudit: connect(audit.documentId),
    accessibilityStatementUrl: '/accessibilite',
    multiYearPlanUrl: 'https://www.region-exemple.fr/accessibilite/schema',
    actionPlanUrl: 'https://www.region-exemple.fr/accessibilite/plan',
    accessibilityFeedbackEmail: 'accessibilite@region-exemple.fr',
    accessibilityEstablishedOn: daysAgo(90),
  };
  for (const field of omit) delete facts[field];
  await cm.update('site', siteId, { ...facts, accessibilityContent: connectIn('fr', images.documentId, maps.documentId) }, 'fr').expect(200);
  await cm.update('site', siteId, { accessibilityContent: connectIn('en', images.documentId, maps.documentId) }, 'en').expect(200);
  return { audit, images, maps };
};
