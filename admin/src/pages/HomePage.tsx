import { Box, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/translations';

interface PluginInfo {
  name: string;
  version: string;
}

export const HomePage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [info, setInfo] = useState<PluginInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: PluginInfo }>(`/${PLUGIN_ID}/info`)
      .then(({ data }) => setInfo(data.data))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [get]);

  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'Legal pages' });

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTranslation('home.subtitle'),
          defaultMessage: 'Privacy policies and legal notices composed from structured data.',
        })}
      />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          {error ? (
            <Typography textColor="danger600">{error}</Typography>
          ) : (
            <Typography>
              {formatMessage(
                {
                  id: getTranslation('home.version'),
                  defaultMessage: 'Plugin version {version}',
                },
                { version: info?.version ?? '…' }
              )}
            </Typography>
          )}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
