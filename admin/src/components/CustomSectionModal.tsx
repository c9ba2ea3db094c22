import { Button, Field, Flex, Modal, Textarea, TextInput } from '@strapi/design-system';
import { useEffect, useState } from 'react';
import type { CustomSection } from '../api';
import { useT } from '../hooks/useT';

interface Props {
  open: boolean;
  section: CustomSection | null;
  onClose: () => void;
  onSubmit: (value: { title: string; body: string }) => void;
}

/** Adds or edits one free-text section: a title and a Markdown body. */
export const CustomSectionModal = ({ open, section, onClose, onSubmit }: Props) => {
  const t = useT();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (open) {
      setTitle(section?.title ?? '');
      setBody(section?.body ?? '');
      setTouched(false);
    }
  }, [open, section]);

  const titleError = touched && !title.trim() ? t('custom.titleRequired', 'Give the section a title.') : undefined;
  const bodyError = touched && !body.trim() ? t('custom.bodyRequired', 'Write the text of the section.') : undefined;

  const submit = () => {
    setTouched(true);
    if (title.trim() && body.trim()) onSubmit({ title: title.trim(), body });
  };

  return (
    <Modal.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close', 'Close')}>
          <Modal.Title>{section ? t('custom.editTitle', 'Edit the free-text section') : t('custom.addTitle', 'Add a free-text section')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="title" required error={titleError}>
              <Field.Label>{t('custom.title', 'Title')}</Field.Label>
              <TextInput value={title} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTitle(e.target.value)} />
              <Field.Error />
            </Field.Root>
            <Field.Root name="body" required error={bodyError} hint={t('custom.bodyHint', 'Markdown: **bold**, *italic*, lists with “- ”, links [text](https://…).')}>
              <Field.Label>{t('custom.body', 'Text')}</Field.Label>
              <Textarea value={body} maxLength={20000} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
          </Modal.Close>
          <Button onClick={submit}>{section ? t('custom.apply', 'Apply') : t('custom.add', 'Add the section')}</Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
