/**
 * The accessibility statement's starter items: content outside the obligation under décret n° 2019-768 (art. 3), as
 * public bodies' statements list it. Each states a rule, not a fact of the site: the editor keeps only those that
 * match content the site really holds.
 */
import type { StarterItem } from './library';

type ContentShared = { kind: 'exempt' };

const exempt = (key: string, description: { fr: string; en: string }, reason: { fr: string; en: string }): StarterItem<ContentShared> => ({
  key,
  shared: { kind: 'exempt' },
  text: { description, justification: reason },
});

export const accessibilityContents: StarterItem<ContentShared>[] = [
  exempt(
    'accessibility.office-files',
    { fr: 'Les fichiers bureautiques publiés avant le 23 septembre 2018.', en: 'Office files published before 23 September 2018.' },
    {
      fr: 'hors du champ de l’obligation, sauf s’ils sont nécessaires à une démarche administrative en cours',
      en: 'outside the scope of the requirements, unless they are needed for an ongoing administrative procedure',
    },
  ),
  exempt(
    'accessibility.recorded-media',
    { fr: 'Les contenus audio et vidéo préenregistrés publiés avant le 23 septembre 2020.', en: 'Pre-recorded audio and video published before 23 September 2020.' },
    { fr: 'hors du champ de l’obligation', en: 'outside the scope of the requirements' },
  ),
  exempt(
    'accessibility.live-media',
    { fr: 'Les contenus audio et vidéo diffusés en direct.', en: 'Live audio and video.' },
    { fr: 'hors du champ de l’obligation', en: 'outside the scope of the requirements' },
  ),
  exempt(
    'accessibility.third-party',
    {
      fr: 'Les contenus de tiers qui ne sont ni financés, ni développés par l’organisme, et qui ne sont pas sous son contrôle.',
      en: 'Third-party content that the organisation neither funds nor develops, and that is not under its control.',
    },
    { fr: 'hors du champ de l’obligation', en: 'outside the scope of the requirements' },
  ),
];
