import type { ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReferralSectionKey } from '../../../../domain/referral/section-order.ts';
import { fieldId } from '../form/form-paths.ts';
import { useFormContext } from '../form/form-context.ts';
import { FormSection } from './form-section.tsx';
import { ListItemCard } from './list-item-card.tsx';

const useStyles = makeStyles({
  add: { alignSelf: 'flex-start' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type ListKey = Extract<ReferralSectionKey, 'children' | 'household' | 'agencies'>;

/**
 * A section that is a list (children, household, agencies): one card per entry, Add and Remove.
 * A list-wide error ("Add at least one child") shows above the entries and is the target of its summary link.
 */
export function ListSection(props: {
  section: ListKey;
  intro?: ReactNode;
  itemName: string;
  max: number;
  minimum: number;
  emptyText?: string;
  renderItem: (index: number) => ReactNode;
  /** The path of an entry's first box, which takes focus when the entry is added. */
  firstField: (index: number) => string;
}) {
  const styles = useStyles();
  const { form, set, errorAt } = useFormContext();
  const items = (form[props.section] ?? []) as readonly object[];
  const listError = errorAt(props.section);
  const add = () => {
    set([props.section], [...items, {}]);
    const id = fieldId(props.firstField(items.length));
    // The new entry's first box takes focus once it is on screen.
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const remove = (index: number) => {
    const remaining = items.filter((_item, i) => i !== index);
    set([props.section], remaining.length > 0 ? remaining : undefined);
  };
  return (
    <FormSection section={props.section} intro={props.intro}>
      {listError && (
        <p id={fieldId(props.section)} className={styles.error} tabIndex={-1}>
          {listError}
        </p>
      )}
      {items.length === 0 && props.emptyText && <p className={styles.empty}>{props.emptyText}</p>}
      {items.map((item, index) => (
        <ListItemCard
          // Entries have no ids of their own; position is their identity while the form is open.
          key={index}
          title={`${props.itemName} ${String(index + 1)}`}
          removeLabel={`Remove ${props.itemName.toLowerCase()} ${String(index + 1)}`}
          hasContent={Object.keys(item).length > 0}
          onRemove={items.length > props.minimum ? () => remove(index) : undefined}
        >
          {props.renderItem(index)}
        </ListItemCard>
      ))}
      {items.length < props.max && (
        <Button
          className={styles.add}
          icon={<AddRegular />}
          onClick={add}
          id={listError ? undefined : fieldId(props.section)}
        >
          {items.length === 0
            ? `Add ${props.itemName.toLowerCase()}`
            : `Add another ${props.itemName.toLowerCase()}`}
        </Button>
      )}
    </FormSection>
  );
}
