'use strict';

/**
 * The database the usability runs start from, built through the admin's HTTP API only (the Content Manager's routes
 * and the plugin's), so the same seed runs on the version before issue 17 and on main, booted here or already running
 * (--base-url). The office manager starts from nothing; the city's DPO finds her three sites among OTHER_SITES others.
 */

const OTHER_SITES = 36;
const CITY = 'Montclair';
const CITY_SITES = [`${CITY} — site de la ville`, `${CITY} — médiathèque`, `${CITY} — office de tourisme`];
/** The dates the history task asks about: v1 from the first, v2 from the second; the question falls between. */
const V1_AT = '2025-01-15T09:00:00.000Z';
const V2_AT = '2025-09-01T09:00:00.000Z';
const ASKED_DAY = '2025-06-01';
const NOTICE_DAYS = 30;

/** An admin session for the seed: registers the first admin on a fresh database, else logs in. */
const adminApi = async (base, { email, password }) => {
  let res = await fetch(`${base}/admin/register-admin`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, firstname: 'Usability', lastname: 'Run' }),
  });
  if (!res.ok) {
    res = await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  }
  const token = (await res.json()).data?.token;
  if (!token) throw new Error(`no admin session for ${email} on ${base}`);
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  };
  const cm = (name) => `/content-manager/collection-types/plugin::legal-pages.${name}`;
  return {
    call,
    make: async (name, data, locale) => (await call('POST', `${cm(name)}${locale ? `?locale=${locale}` : ''}`, data)).data,
    update: (name, documentId, data, locale) => call('PUT', `${cm(name)}/${documentId}${locale ? `?locale=${locale}` : ''}`, data),
  };
};

const connect = (documentId) => ({ connect: [{ documentId }] });

const organisation = (name, extra = {}) => ({
  name, nameInText: 'feminine', kind: 'public-body', legalForm: 'Collectivité territoriale', street: '1 place de l’Hôtel de Ville', postalCode: '63000',
  city: 'Montclair', country: 'FR', phone: '04 73 00 00 00', email: 'mairie@montclair.fr', website: 'https://www.montclair.fr',
  siren: '246300701', siret: '24630070100017', representativeName: 'Camille Martin', representativeTitle: 'Maire', ...extra,
});

/** The other organisations' sites: created by the wizard's own route, left unpublished (blocked or ready). */
const seedOthers = async (api) => {
  const others = await api.make('organisation', organisation('Communauté de communes du Val', { city: 'Le Val', email: 'contact@cc-val.fr' }));
  for (let i = 0; i < OTHER_SITES; i += 1) {
    await api.call('POST', '/legal-pages/sites', {
      name: `${['Commune', 'Syndicat', 'Parc', 'Musée'][i % 4]} du Val ${String(i + 1).padStart(2, '0')}`,
      baseUrl: `https://site-${i + 1}.cc-val.fr`,
      locales: ['fr', 'en'],
      texts: { fr: { designation: 'Communauté de communes' }, en: { designation: 'Community of municipalities' } },
      controller: { documentId: others.documentId },
    });
  }
};

/**
 * The city: one controller, one host and one DPO contact shared by its three sites, each complete and published in
 * the past (the first site twice, so its history has two versions around ASKED_DAY), then the DPO contact's e-mail
 * lost, which blocks every privacy policy of the three until it is fixed.
 */
const seedCity = async (api, backdate) => {
  const controller = await api.make('organisation', organisation(`Ville de ${CITY}`));
  const host = await api.make('organisation', organisation('Hébergeur Exemple', {
    nameInText: 'proper-name', kind: 'company', legalForm: 'SAS', street: '10 rue de l’Hébergement', postalCode: '75015', city: 'Paris', phone: '01 23 45 67 89',
    email: null, website: 'https://www.hebergeur-exemple.fr', siren: '200046977', siret: null, rcs: 'RCS Paris 200 046 977', shareCapital: 100000, representativeName: null, representativeTitle: null,
  }));
  const dpo = await api.make('dpo-contact', {
    label: `DPO de la Ville de ${CITY}`, appointed: true, name: 'Délégué à la protection des données', email: 'dpo@montclair.fr',
    street: '1 place de l’Hôtel de Ville', postalCode: '63000', city: 'Montclair', country: 'FR',
  });
  const sites = [];
  for (const [i, name] of CITY_SITES.entries()) {
    const site = await api.make('site', {
      name, baseUrl: `https://${['www', 'mediatheque', 'tourisme'][i]}.montclair.fr`, publishedLocales: ['fr', 'en'],
      designation: 'Ville', designationGender: 'feminine', directorOfPublicationName: 'Camille Martin', directorOfPublicationTitle: 'maire de Montclair',
      editorialManagement: 'La direction de la communication assure la gestion éditoriale du site.', dataLicence: 'Licence Ouverte / Open Licence 2.0',
      privacyPolicyUrl: '/confidentialite', cookiePolicyUrl: '/cookies', legalNoticeUrl: '/mentions-legales', consentManagerUrl: '/cookies#choix',
      controller: connect(controller.documentId), publisher: connect(controller.documentId), host: connect(host.documentId), dpo: connect(dpo.documentId),
      transfersOutsideEea: 'no', processorContracts: 'yes', automatedDecisions: 'no', securityMeasures: 'yes',
    }, 'fr');
    await api.update('site', site.documentId, {
      designation: 'City', designationGender: 'feminine', directorOfPublicationTitle: 'Mayor of Montclair',
      editorialManagement: 'The communication department manages the site.', dataLicence: 'Licence Ouverte / Open Licence 2.0',
    }, 'en');
    await api.call('POST', `/legal-pages/sites/${site.documentId}/starter-library`, {});
    const publish = (kind, changeSummary) => api.call('POST', `/legal-pages/sites/${site.documentId}/pages/${kind}/fr/publish`, { changeSummary });
    await publish('privacy-policy', 'Première publication');
    await publish('legal-notice', 'Première publication');
    sites.push({ name, documentId: site.documentId });
  }
  // A fact changed in between, published on the first site only: its history has v1 then v2.
  await api.update('organisation', controller.documentId, { phone: '04 73 00 00 01' });
  await api.call('POST', `/legal-pages/sites/${sites[0].documentId}/pages/privacy-policy/fr/publish`, { changeSummary: 'Nouveau numéro de la mairie' });
  // Main refuses a past effective date through the API (the public record's past is not rewritten): the booted
  // playground moves the seeded versions into the past in its database. Against --base-url they stay at today.
  if (backdate) {
    for (const [i, site] of sites.entries()) {
      await backdate(site.documentId, 'privacy-policy', 1, V1_AT);
      await backdate(site.documentId, 'legal-notice', 1, V1_AT);
      if (i === 0) await backdate(site.documentId, 'privacy-policy', 2, V2_AT);
    }
  }
  // The city's privacy policies take effect after a notice period, as a change must be announced before it applies.
  for (const site of sites) await api.call('PUT', `/legal-pages/sites/${site.documentId}/pages/privacy-policy/fr`, { effectiveDelayDays: NOTICE_DAYS });
  // The DPO changed office and the contact lost its e-mail and address: every privacy policy of the city is blocked.
  await api.update('dpo-contact', dpo.documentId, { email: null, street: null, postalCode: null, city: null });
  return { sites, dpo: dpo.documentId, askedDay: backdate ? ASKED_DAY : new Date().toISOString().slice(0, 10) };
};

module.exports = { adminApi, seedOthers, seedCity, CITY, CITY_SITES, ASKED_DAY, NOTICE_DAYS, V1_AT, V2_AT };
