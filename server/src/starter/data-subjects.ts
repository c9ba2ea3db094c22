/**
 * The starter library's categories of data subjects (GDPR Art. 30(1)(c)) and the purposes that concern each: a
 * purpose added from the library arrives with the people it is about.
 */
import type { StarterItem } from './library';

const subject = (key: string, fr: string, en: string): StarterItem<Record<string, never>> => ({ key, shared: {}, text: { name: { fr, en } } });

export const dataSubjects = [
  subject('subjects.portal-users', 'Usagers du portail', 'Users of the portal'),
  subject('subjects.visitors', 'Visiteurs du site', 'Visitors to the site'),
  subject('subjects.requesters', 'Personnes qui nous adressent une demande', 'People who send us a request'),
  subject('subjects.subscribers', 'Abonnés à la lettre d’information', 'Newsletter subscribers'),
  subject('subjects.customers', 'Clients', 'Customers'),
  subject('subjects.prospects', 'Prospects', 'Prospective customers'),
  subject('subjects.members', 'Adhérents', 'Members'),
  subject('subjects.donors', 'Donateurs', 'Donors'),
];

/** Offered to every kind of controller; the others come with the kind's own purposes. */
export const COMMON_SUBJECTS = ['subjects.visitors', 'subjects.requesters', 'subjects.subscribers'];

export const SUBJECTS_OF_PURPOSE: Readonly<Record<string, string[]>> = {
  'purpose.accounts': ['subjects.portal-users'],
  'purpose.contact': ['subjects.requesters'],
  'purpose.audience': ['subjects.visitors'],
  'purpose.security': ['subjects.visitors', 'subjects.portal-users'],
  'purpose.newsletter': ['subjects.subscribers'],
  'purpose.customer-accounts': ['subjects.customers'],
  'purpose.orders': ['subjects.customers'],
  'purpose.invoicing': ['subjects.customers'],
  'purpose.prospects': ['subjects.prospects'],
  'purpose.mailing-list': ['subjects.subscribers'],
  'purpose.advertising-trackers': ['subjects.visitors'],
  'purpose.audience-statistics': ['subjects.visitors'],
  'purpose.site-security': ['subjects.visitors'],
  'purpose.enquiries': ['subjects.requesters'],
  'purpose.members': ['subjects.members'],
  'purpose.donations': ['subjects.donors'],
};

/** The purposes with the data subjects they concern added to their links. */
export const withDataSubjects = <F>(purposes: StarterItem<F>[]): StarterItem<F>[] =>
  purposes.map((purpose) => {
    const subjects = SUBJECTS_OF_PURPOSE[purpose.key];
    return subjects ? { ...purpose, links: { ...purpose.links, dataSubjects: subjects } } : purpose;
  });
