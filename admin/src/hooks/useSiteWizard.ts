import { useState } from 'react';
import type { NewSite } from '../api';
import { useApplyStarter, useCreateSite } from '../queries';
import { fieldOfPath, requestOf, stepOfPath, type Phase, type Step, type WizardState } from '../utils/wizard';
import { useErrorMessage } from './useErrorMessage';
import { useT } from './useT';

export * from '../utils/wizard';

/** Creates the site, then adds the starter library: two steps, each all or nothing, with their progress. */
export const useSiteWizardSubmit = () => {
  const createSite = useCreateSite();
  const applyStarter = useApplyStarter();
  const errorMessage = useErrorMessage();
  const t = useT();
  const [phase, setPhase] = useState<Phase>('editing');
  const [site, setSite] = useState<NewSite>();
  const [failure, setFailure] = useState<{ message: string; step?: Step; field?: string; fieldMessage?: string }>();

  const addStarter = async (created: NewSite, keys: string[]) => {
    if (keys.length === 0) return setPhase('done');
    setPhase('starter');
    try {
      await applyStarter.mutateAsync({ documentId: created.documentId, keys });
      setPhase('done');
    } catch (e) {
      setFailure({ message: errorMessage(e) });
    }
  };

  const submit = async (state: WizardState) => {
    setFailure(undefined);
    if (site) return addStarter(site, state.starterKeys);
    setPhase('creating');
    try {
      // Names the DPO contact that says none is appointed, among the entries editors pick from later; a label has
      // at most 200 characters, a site name as many.
      const notAppointedDpoLabel = t('wizard.dpo.notAppointedLabel', 'No DPO appointed ({site})', { site: state.name.trim().slice(0, 120) });
      const created = await createSite.mutateAsync(requestOf(state, { notAppointedDpoLabel }));
      setSite(created);
      await addStarter(created, state.starterKeys);
    } catch (e) {
      const details = (e as { response?: { data?: { error?: { details?: { errors?: Array<{ path?: string[]; message?: string }> } } } } }).response?.data?.error?.details;
      const first = details?.errors?.[0];
      setFailure({ message: errorMessage(e), step: stepOfPath(first?.path), field: fieldOfPath(first?.path), fieldMessage: first?.message });
      setPhase('editing');
    }
  };

  return { phase, site, failure, submit, skipStarter: () => setPhase('done') };
};
