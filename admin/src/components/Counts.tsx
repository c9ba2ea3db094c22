import { Badge, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';

/** Error and warning counts as two badges; a dash while unknown. */
export const Counts = ({ errors, warnings }: { errors?: number; warnings?: number }) => {
  const t = useT();
  if (errors === undefined || warnings === undefined) return <Typography textColor="neutral500">—</Typography>;
  return (
    <Flex gap={2}>
      <Badge variant={errors ? 'danger' : 'neutral'}>
        {t('counts.errors', '{count, plural, one {# error} other {# errors}}', { count: errors })}
      </Badge>
      <Badge variant={warnings ? 'warning' : 'neutral'}>
        {t('counts.warnings', '{count, plural, one {# warning} other {# warnings}}', { count: warnings })}
      </Badge>
    </Flex>
  );
};
