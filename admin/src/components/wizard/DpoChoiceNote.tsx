import { Typography } from '@strapi/design-system';
import { useT } from '../../hooks/useT';
import type { ChoiceMode } from './EntryChoice';

interface Props {
  mode: ChoiceMode;
  kind: string;
}

/**
 * What the DPO step's answer makes the privacy policy say. "No DPO appointed" is an answer the page states; deciding
 * later leaves the question open, and an open question blocks publication until it is answered.
 */
export const DpoChoiceNote = ({ mode, kind }: Props) => {
  const t = useT();
  if (mode === 'notAppointed') {
    // Art. 37(1)(a): the core's checklist refuses this answer for a public body; say so before, not after.
    return kind === 'public-body' ? (
      <Typography textColor="danger600">
        {t('wizard.dpo.notAppointedPublicBody', 'A public body must appoint a data protection officer (Article 37(1)(a) GDPR): with this answer, its privacy policy cannot be published.')}
      </Typography>
    ) : (
      <Typography textColor="neutral600">
        {t('wizard.dpo.notAppointedNote', 'The privacy policy will say that no data protection officer has been appointed, and send questions about personal data to the controller’s contact details.')}
      </Typography>
    );
  }
  if (mode === 'none') {
    return (
      <Typography textColor="neutral600">
        {t('wizard.dpo.laterNote', 'Until you answer, the privacy policy says nothing about a DPO, and the checklist asks whether one is appointed before the page can be published.')}
      </Typography>
    );
  }
  return null;
};
