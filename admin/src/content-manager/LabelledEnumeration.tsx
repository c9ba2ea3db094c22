import { InputRenderer } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { enumLabel, helpLang } from '../../../server/src/content-manager/field-help';

interface Props {
  name: string;
  attribute: { enum: string[] };
  legalPagesHelpType: string;
  [key: string]: unknown;
}

/**
 * The Content Manager's own enumeration input, given each value's label in the admin's language: Strapi's edit view
 * builds the options from the raw values and offers no way to label them.
 */
export const LabelledEnumeration = ({ legalPagesHelpType, ...props }: Props) => {
  const { locale } = useIntl();
  const lang = helpLang(locale);
  const options = props.attribute.enum.map((value) => ({ value, label: enumLabel(legalPagesHelpType, props.name, value, lang) }));
  const Renderer = InputRenderer as unknown as (props: Record<string, unknown>) => JSX.Element;
  return <Renderer {...props} type="enumeration" options={options} />;
};
