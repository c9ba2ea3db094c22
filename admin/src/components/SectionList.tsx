import { Badge, Box, Checkbox, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Drag, Pencil, Trash } from '@strapi/icons';
import { useState, type DragEvent } from 'react';
import type { CustomSection, SectionSource, SectionSpec } from '../api';
import { SectionSources } from './SectionSources';
import { customId } from '../utils/sections';
import { useT } from '../hooks/useT';

interface Props {
  order: string[];
  catalog: readonly SectionSpec[];
  hidden: string[];
  customs: CustomSection[];
  readOnly: boolean;
  /** The entries each section comes from (the preview's), linked for editing. */
  sources?: Record<string, SectionSource[]>;
  /** This composer's path, for the Content Manager's way back. */
  returnTo: string;
  onMove: (index: number, to: number) => void;
  onToggleHidden: (id: string, hide: boolean) => void;
  onEdit: (custom: CustomSection) => void;
  onRemove: (custom: CustomSection) => void;
}

/**
 * The page's sections in order: drag a section to its place (or move it up and down with the buttons, from the
 * keyboard), hide optional ones, edit and remove free-text ones.
 */
export const SectionList = ({ order, catalog, hidden, customs, readOnly, sources, returnTo, onMove, onToggleHidden, onEdit, onRemove }: Props) => {
  const t = useT();
  const [dragged, setDragged] = useState<number>();
  const [over, setOver] = useState<number>();

  const dragProps = (index: number) =>
    readOnly
      ? {}
      : {
          draggable: true,
          onDragStart: (event: DragEvent) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', order[index]);
            setDragged(index);
          },
          onDragOver: (event: DragEvent) => {
            if (dragged === undefined) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (over !== index) setOver(index);
          },
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            if (dragged !== undefined) onMove(dragged, index);
            setDragged(undefined);
            setOver(undefined);
          },
          onDragEnd: () => {
            setDragged(undefined);
            setOver(undefined);
          },
        };

  return (
    <Box tag="ol" aria-label={t('composer.sections', 'Sections')}>
      {order.map((id, index) => {
        const spec = catalog.find((s) => s.id === id);
        const custom = customs.find((c) => customId(c.id) === id);
        const title = custom ? custom.title : t(`section.${id}`, id);
        const isHidden = hidden.includes(id);
        return (
          <Box
            tag="li"
            key={id}
            padding={3}
            marginBottom={2}
            background={isHidden ? 'neutral100' : 'neutral0'}
            borderColor={over === index && dragged !== index ? 'primary600' : 'neutral200'}
            borderStyle={over === index && dragged !== index ? 'dashed' : 'solid'}
            borderWidth="1px"
            hasRadius
            data-section={id}
            style={{ cursor: readOnly ? undefined : 'grab', opacity: dragged === index ? 0.5 : 1 }}
            {...dragProps(index)}
          >
            <Flex justifyContent="space-between" gap={2}>
              {readOnly ? null : (
                <Box color="neutral500" aria-hidden data-drag-handle>
                  <Drag />
                </Box>
              )}
              <Flex direction="column" alignItems="flex-start" gap={1} grow={1}>
                <Typography fontWeight="semiBold" textColor={isHidden ? 'neutral500' : 'neutral800'}>
                  {index + 1}. {title}
                </Typography>
                <Flex gap={1}>
                  {custom ? <Badge variant="secondary">{t('composer.freeText', 'Free text')}</Badge> : null}
                  {spec && !spec.optional ? <Badge>{t('composer.required', 'Required by law')}</Badge> : null}
                  {spec?.optional ? (
                    <Checkbox
                      checked={isHidden}
                      disabled={readOnly}
                      onCheckedChange={(checked) => onToggleHidden(id, checked === true)}
                      aria-label={t('composer.hideNamed', 'Hide the section “{title}”', { title })}
                    >
                      {t('composer.hide', 'Hide')}
                    </Checkbox>
                  ) : null}
                </Flex>
                {sources?.[id]?.length && !isHidden ? <SectionSources sources={sources[id]} returnTo={returnTo} sectionTitle={title} /> : null}
              </Flex>
              {readOnly ? null : (
                <Flex gap={1}>
                  <IconButton label={t('composer.moveUp', 'Move “{title}” up', { title })} disabled={index === 0} onClick={() => onMove(index, index - 1)} variant="ghost">
                    <ArrowUp />
                  </IconButton>
                  <IconButton
                    label={t('composer.moveDown', 'Move “{title}” down', { title })}
                    disabled={index === order.length - 1}
                    onClick={() => onMove(index, index + 1)}
                    variant="ghost"
                  >
                    <ArrowDown />
                  </IconButton>
                  {custom ? (
                    <>
                      <IconButton label={t('composer.edit', 'Edit “{title}”', { title })} onClick={() => onEdit(custom)} variant="ghost">
                        <Pencil />
                      </IconButton>
                      <IconButton label={t('composer.remove', 'Remove “{title}”', { title })} onClick={() => onRemove(custom)} variant="ghost">
                        <Trash />
                      </IconButton>
                    </>
                  ) : null}
                </Flex>
              )}
            </Flex>
          </Box>
        );
      })}
    </Box>
  );
};
