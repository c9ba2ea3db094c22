import { Box, Button, Checkbox, Flex, Link, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import type { StrapiWebhook } from '../api';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useT } from '../hooks/useT';
import { useInfo, useUpdateWebhooks, useWebhooks } from '../queries';

const EVENT_HELP: Record<string, string> = {
  'legal-page.publish': 'A version is published (it may take effect later).',
  'legal-page.in-force': 'A version becomes the one in force: at its publication, or at its effective date when scheduled.',
  'legal-page.withdraw': 'A scheduled version is withdrawn before it takes effect.',
};

/**
 * Settings → Legal pages. Strapi's Webhooks page lists only the events its admin knows, so the plugin's events are
 * added here to webhooks made there; Strapi's page keeps them when the webhook is saved again.
 */
export const SettingsPage = () => {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const info = useInfo();
  const webhooks = useWebhooks();
  const updating = useUpdateWebhooks();
  const [edits, setEdits] = useState<Record<string, string[]>>({});
  const data = info.data && webhooks.data ? { info: info.data, webhooks: webhooks.data } : undefined;
  const error = info.error ?? webhooks.error;
  const loading = info.isLoading || webhooks.isLoading;
  const saving = updating.isLoading;

  if (loading && !data) return <Page.Loading />;
  if (error || !data) return <Page.Error />;

  const events = data.info.events;
  const selected = (hook: StrapiWebhook) => edits[hook.id] ?? hook.events;
  const toggle = (hook: StrapiWebhook, event: string, on: boolean) =>
    setEdits((all) => ({ ...all, [hook.id]: on ? [...new Set([...selected(hook), event])] : selected(hook).filter((e) => e !== event) }));
  const changed = data.webhooks.filter((hook) => edits[hook.id] && [...edits[hook.id]].sort().join() !== [...hook.events].sort().join());

  const save = async () => {
    try {
      await updating.mutateAsync(changed.map((hook) => ({ ...hook, events: edits[hook.id] })));
      setEdits({});
      toggleNotification({ type: 'success', message: t('settings.webhooks.saved', 'Webhook events saved') });
    } catch (failure) {
      toggleNotification({ type: 'danger', message: errorMessage(failure) });
    }
  };

  const title = t('settings.title', 'Legal pages');
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('settings.webhooks.subtitle', 'Webhook events: tell frontends when a page is published, takes effect or is withdrawn.')}
        primaryAction={
          <Button onClick={save} loading={saving} disabled={changed.length === 0}>
            {t('settings.webhooks.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="h2" variant="delta">{t('settings.webhooks.title', 'Webhook events')}</Typography>
            <Box tag="ul">
              {events.map((event) => (
                <li key={event}>
                  <Typography><code>{event}</code> — {t(`settings.webhooks.event.${event}`, EVENT_HELP[event] ?? event)}</Typography>
                </li>
              ))}
            </Box>
            {data.webhooks.length === 0 ? (
              <Typography>
                {t('settings.webhooks.none', 'No webhook yet. Create one in Settings → Webhooks, then choose its legal page events here.')}{' '}
                <Link tag={NavLink} to="/settings/webhooks/create">{t('settings.webhooks.create', 'Create a webhook')}</Link>
              </Typography>
            ) : (
              <Table colCount={events.length + 1} rowCount={data.webhooks.length + 1}>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">{t('settings.webhooks.webhook', 'Webhook')}</Typography></Th>
                    {events.map((event) => (
                      <Th key={event}><Typography variant="sigma">{event}</Typography></Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {data.webhooks.map((hook) => (
                    <Tr key={hook.id}>
                      <Td>
                        <Typography fontWeight="semiBold">{hook.name}</Typography>
                        <Typography variant="pi" textColor="neutral600"> {hook.url}</Typography>
                      </Td>
                      {events.map((event) => (
                        <Td key={event}>
                          <Checkbox
                            checked={selected(hook).includes(event)}
                            onCheckedChange={(checked) => toggle(hook, event, checked === true)}
                            aria-label={t('settings.webhooks.toggle', 'Send {event} to {name}', { event, name: hook.name })}
                          >
                            <VisuallyHidden>{event}</VisuallyHidden>
                          </Checkbox>
                        </Td>
                      ))}
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Flex>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default SettingsPage;
