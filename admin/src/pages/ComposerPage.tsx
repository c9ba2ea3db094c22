import { Alert, Box, Button, Field, Flex, Grid, LinkButton, Loader, NumberInput, TextInput, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { composerPath, type CustomSection } from '../api';
import { BackToOverview } from '../components/BackToOverview';
import { ChangesSincePublished } from '../components/ChangesSincePublished';
import { Checklist } from '../components/Checklist';
import { Counts } from '../components/Counts';
import { CustomSectionModal } from '../components/CustomSectionModal';
import { PreviewFrame } from '../components/PreviewFrame';
import { PublishDialog } from '../components/PublishDialog';
import { SectionList } from '../components/SectionList';
import { usePageComposer } from '../hooks/usePageComposer';
import { usePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';

export const ComposerPage = () => {
  const { documentId = '', kind = '', locale = '' } = useParams();
  const t = useT();
  const page = { documentId, kind, locale };
  const { draft, site, preview, previewLoading, loadError, saving, saveError, dirty, saved, actions } = usePageComposer(page);
  const permissions = usePermissions();
  const [editing, setEditing] = useState<{ open: boolean; section: CustomSection | null }>({ open: false, section: null });
  const [publishing, setPublishing] = useState(false);

  if (loadError) {
    return (
      <Page.Main>
        <Layouts.Content>
          <Box paddingTop={8}>
            <Alert variant="danger" title={t('composer.loadFailed', 'This page cannot be opened')} closeLabel={t('common.close', 'Close')}>
              {loadError}
            </Alert>
          </Box>
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (!draft || !saved || permissions.isLoading) return <Page.Loading />;

  const kindLabel = t(`kind.${kind}`, kind);
  const readOnly = !permissions.canCompose;
  const errors = preview ? preview.problems.length + preview.findings.filter((f) => f.severity === 'error').length : undefined;
  const warnings = preview?.findings.filter((f) => f.severity === 'warning').length;

  return (
    <Page.Main>
      <Page.Title>{`${kindLabel} – ${site?.name ?? ''}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackToOverview />}
        title={`${kindLabel} (${locale})`}
        subtitle={site?.name}
        primaryAction={
          <Flex gap={2}>
            {readOnly ? null : (
              <Button onClick={actions.save} loading={saving} disabled={!dirty || saving} variant={dirty ? 'default' : 'secondary'}>
                {t('composer.save', 'Save')}
              </Button>
            )}
            {permissions.canPublish ? (
              <Button onClick={() => setPublishing(true)} disabled={dirty || !preview} variant="success">
                {t('composer.publish', 'Publish…')}
              </Button>
            ) : null}
          </Flex>
        }
        secondaryAction={
          <LinkButton tag={Link} to={`${composerPath(documentId, kind, locale)}/history`} variant="tertiary">
            {t('action.history', 'History')}
          </LinkButton>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {saveError ? (
            <Alert variant="danger" title={t('composer.saveFailed', 'The choices were not saved')} closeLabel={t('common.close', 'Close')}>
              {saveError}
            </Alert>
          ) : null}
          {dirty ? (
            <Alert variant="default" title={t('composer.unsavedTitle', 'Unsaved changes')} closeLabel={t('common.close', 'Close')}>
              {t('composer.unsaved', 'The preview and the checklist show your unsaved changes. Save them before publishing: publishing uses the saved choices.')}
            </Alert>
          ) : null}
          <Grid.Root gap={4}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius width="100%">
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {t('composer.sections', 'Sections')}
                  </Typography>
                  <SectionList
                    order={draft.order}
                    catalog={saved.sections}
                    hidden={draft.hidden}
                    customs={draft.customs}
                    readOnly={readOnly}
                    sources={preview?.sections}
                    returnTo={composerPath(documentId, kind, locale)}
                    onMove={actions.move}
                    onToggleHidden={actions.toggleHidden}
                    onEdit={(section) => setEditing({ open: true, section })}
                    onRemove={actions.removeCustom}
                  />
                  {readOnly ? null : (
                    <Button variant="secondary" startIcon={<Plus />} onClick={() => setEditing({ open: true, section: null })}>
                      {t('composer.addCustom', 'Add a free-text section')}
                    </Button>
                  )}
                  <Field.Root name="title" hint={t('composer.titleHint', 'Leave empty for the standard title.')}>
                    <Field.Label>{t('composer.pageTitle', 'Page title')}</Field.Label>
                    <TextInput value={draft.title} disabled={readOnly} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => actions.setTitle(e.target.value)} />
                    <Field.Hint />
                  </Field.Root>
                  <Field.Root name="effectiveDelayDays" hint={t('composer.delayHint', 'Days between publication and effect. Above 0, the privacy policy promises to announce significant changes that long before they apply; at 0 it promises nothing and the checklist warns.')}>
                    <Field.Label>{t('composer.delay', 'Notice period (days)')}</Field.Label>
                    <NumberInput value={draft.delayDays} disabled={readOnly} min={0} max={365} onValueChange={(v) => actions.setDelayDays(v ?? 0)} />
                    <Field.Hint />
                  </Field.Root>
                </Flex>
              </Box>
            </Grid.Item>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
              <Flex justifyContent="space-between" paddingBottom={2} width="100%">
                <Typography variant="delta" tag="h2">
                  {t('composer.preview', 'Preview')}
                </Typography>
                {previewLoading ? <Loader small>{t('composer.previewLoading', 'Updating the preview…')}</Loader> : null}
              </Flex>
              <ChangesSincePublished page={page} document={preview?.document ?? null} />
              <PreviewFrame html={preview?.html} title={t('composer.previewFrame', 'Preview of the page')} />
            </Grid.Item>
            <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
              <Flex direction="column" alignItems="flex-start" gap={2} paddingBottom={2}>
                <Typography variant="delta" tag="h2">
                  {t('checklist.title', 'Compliance checklist')}
                </Typography>
                <Counts errors={errors} warnings={warnings} />
              </Flex>
              {preview ? <Checklist findings={preview.findings} problems={preview.problems} returnTo={composerPath(documentId, kind, locale)} /> : <Loader small />}
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
      <CustomSectionModal
        open={editing.open}
        section={editing.section}
        onClose={() => setEditing({ open: false, section: null })}
        onSubmit={(value) => {
          actions.upsertCustom(editing.section, value);
          setEditing({ open: false, section: null });
        }}
      />
      {permissions.canPublish ? (
        <PublishDialog
          open={publishing}
          page={page}
          preview={preview}
          delayDays={saved.choices.effectiveDelayDays ?? 0}
          otherLocales={(site?.publishedLocales ?? []).filter((l) => l !== locale)}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            void actions.refreshPreview();
          }}
        />
      ) : null}
    </Page.Main>
  );
};
