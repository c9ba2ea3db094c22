import { randomBytes } from 'node:crypto';
import { asAdmin, superAdminJwt } from './index';
import { connect, contentManager } from './content-manager';

// Test files share one database but not this module: names must differ across files too.
const uniqueSuffix = () => randomBytes(4).toString('hex');

/** A site with every fact a compliant privacy policy and legal notice need, in fr and en. */
export const createCompleteSite = async (name = `Région exemple ${uniqueSuffix()}`) => {
  const cm = await contentManager();
  const controller = await cm.make('organisation', {
    name: 'Région d’exemple',
    nameInText: 'feminine',
    kind: 'public-body',
    legalForm: 'Collectivité territoriale',
    street: '1 place de la Préfecture',
    postalCode: '35000',
    city: 'Rennes',
    country: 'FR',
    phone: '02 99 00 00 00',
    email: 'contact@region-exemple.fr',
    website: 'https://www.region-exemple.fr',
    siren: '246300701',
    siret: '24630070100017',
    representativeName: 'Camille Martin',
    representativeTitle: 'Présidente',
  });
  const host = await cm.make('organisation', {
    name: 'Hébergeur Exemple',
    kind: 'company',
    legalForm: 'SAS',
    street: '10 rue de l’Hébergement',
    postalCode: '75015',
    city: 'Paris',
    country: 'FR',
    phone: '01 23 45 67 89',
    website: 'https://www.hebergeur-exemple.fr',
    siren: '200046977',
    rcs: 'RCS Paris 200 046 977',
    shareCapital: 100000,
  });
  const dpo = await cm.make('dpo-contact', {
    label: `DPO ${name}`,
    appointed: true,
    name: 'Délégué à la protection des données',
    email: 'dpo@region-exemple.fr',
    street: '1 place de la Préfecture',
    postalCode: '35000',
    city: 'Rennes',
    country: 'FR',
  });
  const site = await cm.make(
    'site',
    {
      name,
      baseUrl: 'https://data.region-exemple.fr',
      publishedLocales: ['fr', 'en'],
      designation: 'Région',
      designationGender: 'feminine',
      directorOfPublicationName: 'Camille Martin',
      directorOfPublicationTitle: 'présidente de la Région d’exemple',
      editorialManagement: 'La direction de la communication assure la gestion éditoriale du site.',
      dataLicence: 'Licence Ouverte / Open Licence 2.0',
      dataLicenceUrl: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      privacyPolicyUrl: '/confidentialite',
      cookiePolicyUrl: '/cookies',
      legalNoticeUrl: '/mentions-legales',
      consentManagerUrl: '/cookies#choix',
      controller: connect(controller.documentId),
      publisher: connect(controller.documentId),
      host: connect(host.documentId),
      dpo: connect(dpo.documentId),
      // The answers behind the pages' statements of fact (recipients and cookies come from the starter library).
      transfersOutsideEea: 'no',
      processorContracts: 'yes',
      automatedDecisions: 'no',
      securityMeasures: 'yes',
    },
    'fr'
  );
  await cm
    .update(
      'site',
      site.documentId,
      {
        designation: 'Region',
        designationGender: 'feminine',
        directorOfPublicationTitle: 'President of the Région d’exemple',
        editorialManagement: 'The communication department manages the content of the site.',
        dataLicence: 'Licence Ouverte / Open Licence 2.0',
      },
      'en'
    )
    .expect(200);
  const starter = await asAdmin(await superAdminJwt()).post(`/legal-pages/sites/${site.documentId}/starter-library`).send({});
  if (starter.status !== 200) throw new Error(`starter library: ${starter.status} ${starter.text}`);
  return { site, controller, host, dpo, slug: site.slug as string };
};
