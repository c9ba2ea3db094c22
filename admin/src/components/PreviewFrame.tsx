import { Box, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';

const STYLE = `<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#32324d;margin:16px;font-size:14px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.5em}table{border-collapse:collapse}td,th{border:1px solid #dcdce4;padding:4px 8px;text-align:left}</style>`;

/** The server's sanitized HTML in a sandboxed frame: no script, no form, no navigation of the admin. */
export const PreviewFrame = ({ html, title, height = 640 }: { html: string | null | undefined; title: string; height?: number }) => {
  const t = useT();
  if (!html) {
    return (
      <Box padding={6} background="neutral100" hasRadius>
        <Typography textColor="neutral600">
          {t('preview.unavailable', 'No preview: the page cannot be composed until the problems listed are fixed.')}
        </Typography>
      </Box>
    );
  }
  return (
    <Box background="neutral0" borderColor="neutral200" hasRadius overflow="hidden">
      <iframe title={title} sandbox="" srcDoc={`<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body>${html}</body></html>`} style={{ width: '100%', height, border: 0, display: 'block' }} />
    </Box>
  );
};
