import { yup } from '../strapi-utils';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A date or date-time an editor sends (effective date, retirement): ISO 8601, with its time zone when timed. */
export const isoDateTime = () =>
  yup
    .string()
    .test('iso', '${path} must be a date or date-time written in ISO 8601', (value) => !value || (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))));
