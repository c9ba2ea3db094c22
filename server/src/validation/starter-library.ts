import { validateYupSchema, yup } from '../strapi-utils';
import { ORGANISATION_KINDS, type OrganisationKind } from '../core';
import { LOCALE_CODE } from '../core/input/locale-code';
import { starterKeys } from '../services/starter-library';
import type { StarterApplyRequest } from '../../../shared/contracts/starter-library';

/** The starter library's requests (controllers/starter-library.ts). */

const known = new Set(starterKeys());

const applySchema = yup
  .object({
    keys: yup
      .array()
      .of(
        yup
          .string()
          .required()
          .test('known', '${path} "${value}" is not an item of the starter library', (value) => !value || known.has(value))
      )
      .min(1),
  })
  .noUnknown(true, '${path} has an unknown field "${unknown}"');

const listSchema = yup
  .object({
    locale: yup.string().matches(LOCALE_CODE, '${path} must be a locale code'),
    kind: yup.string().oneOf([...ORGANISATION_KINDS], `\${path} must be one of: ${ORGANISATION_KINDS.join(', ')}`),
  });

export const parseStarterList = async (query: unknown) => (await validateYupSchema(listSchema)(query)) as { locale?: string; kind?: OrganisationKind };
export const parseStarterApply = async (body: unknown) => (await validateYupSchema(applySchema)(body ?? {})) as StarterApplyRequest;
