import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useMemo, useState } from 'react';
import type { PageRef } from '../api';
import type { LegalDocument } from '../../../server/src/core/tree';
import { useT } from '../hooks/useT';
import { useVersion, useVersions } from '../queries';
import { changedSections, compareVersions } from '../utils/versionDiff';
import { DocumentDiff } from './VersionDiff';

interface Props {
  page: PageRef;
  /** The page the preview shows: what publishing now would store. */
  document: LegalDocument | null;
}

/**
 * How the page the preview shows differs from the latest version published (in force or scheduled): what the
 * overview's "Changes pending" means, section by section. Nothing is shown before a first publication.
 */
export const ChangesSincePublished = ({ page, document }: Props) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const versions = useVersions(page);
  const latest = versions.data?.find((v) => !v.withdrawn)?.version;
  const published = useVersion(page, latest);
  const changed = useMemo(
    () => (published.data && document ? changedSections(compareVersions(published.data.document, document)).length : undefined),
    [published.data, document]
  );
  if (latest === undefined || changed === undefined || !published.data || !document) return null;

  return (
    <Box padding={3} marginBottom={2} background={changed ? 'warning100' : 'neutral100'} hasRadius data-testid="changes-since-published">
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <Typography>
          {changed
            ? t('composer.changedSince', '{count, plural, one {# section changed} other {# sections changed}} since version {number}.', { count: changed, number: latest })
            : t('composer.sameAsPublished', 'Same as version {number}, apart from its dates: publishing again changes nothing a reader sees.', { number: latest })}
        </Typography>
        {changed ? (
          <Button variant="tertiary" size="S" onClick={() => setOpen(true)}>
            {t('composer.showChanges', 'Show the changes')}
          </Button>
        ) : null}
      </Flex>
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Content style={{ maxWidth: '1100px', width: '90vw' }}>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>{t('composer.changesTitle', 'Changes since version {number}', { number: latest })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <DocumentDiff
              before={published.data.document}
              after={document}
              beforeLabel={t('history.version', 'Version {number}', { number: latest })}
              afterLabel={t('composer.previewColumn', 'The preview')}
              summary={(count) =>
                t('composer.changesSummary', '{count, plural, =0 {No section changed} one {# section changed} other {# sections changed}} since version {number}.', { count, number: latest })
              }
            />
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </Box>
  );
};
