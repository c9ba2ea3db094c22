import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/translations';

/** Error and warning counts as two badges; a dash while unknown. */
export const Counts = ({ errors, warnings }: { errors?: number; warnings?: number }) => {
  const { formatMessage } = useIntl();
  if (errors === undefined || warnings === undefined) return <Typography textColor="neutral500">—</Typography>;
  return (
    <Flex gap={2}>
      <Badge variant={errors ? 'danger' : 'neutral'}>
        {formatMessage({ id: getTranslation('counts.errors'), defaultMessage: '{count, plural, one {# error} other {# errors}}' }, { count: errors })}
      </Badge>
      <Badge variant={warnings ? 'warning' : 'neutral'}>
        {formatMessage({ id: getTranslation('counts.warnings'), defaultMessage: '{count, plural, one {# warning} other {# warnings}}' }, { count: warnings })}
      </Badge>
    </Flex>
  );
};
