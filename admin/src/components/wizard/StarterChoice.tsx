import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import type { StarterLibraryItem } from '../../api';
import { STARTER_SECTIONS } from '../../utils/labels';
import { useT } from '../../hooks/useT';

interface Props {
  items: StarterLibraryItem[];
  chosen: string[];
  onChange: (keys: string[]) => void;
}


/** The starter library's defaults, grouped by section; a chosen purpose brings what it links to along. */
export const StarterChoice = ({ items, chosen, onChange }: Props) => {
  const t = useT();
  const sections = [...new Set(items.map((item) => item.section))];
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={2}>
        <Button variant="tertiary" size="S" onClick={() => onChange(items.map((i) => i.key))}>
          {t('wizard.starter.all', 'Choose all')}
        </Button>
        <Button variant="tertiary" size="S" onClick={() => onChange([])}>
          {t('wizard.starter.none', 'Choose none')}
        </Button>
      </Flex>
      {sections.map((section) => (
        <Box key={section} tag="fieldset" borderStyle="none" padding={0}>
          <Typography variant="sigma" tag="legend" textColor="neutral600">
            {t(`wizard.starter.section.${section}`, STARTER_SECTIONS[section] ?? section)}
          </Typography>
          <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
            {items
              .filter((item) => item.section === section)
              .map((item) => (
                <Checkbox
                  key={item.key}
                  checked={chosen.includes(item.key)}
                  onCheckedChange={(checked) => onChange(checked === true ? [...chosen.filter((k) => k !== item.key), item.key] : chosen.filter((k) => k !== item.key))}
                >
                  {item.label}
                </Checkbox>
              ))}
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
