import { useState } from 'react';
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, DismissRegular } from '@fluentui/react-icons';
import type { UnsavedValue } from '../form/flatten-patch.ts';

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

/** After a conflict: the text that did not reach the service, read-only and copyable, until dismissed. */
export function UnsavedValuesPanel({
  values,
  onDismiss,
}: {
  values: readonly UnsavedValue[];
  onDismiss: () => void;
}) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string>();
  const copy = (value: UnsavedValue) =>
    void navigator.clipboard?.writeText(value.text).then(
      () => setCopied(value.key),
      () => setCopied(undefined),
    );
  return (
    <section className={styles.root} aria-labelledby="unsaved-title">
      <div className={styles.header}>
        <h2 id="unsaved-title" className={styles.title}>
          Your changes that were not saved
        </h2>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <p>The form now shows the latest version. Copy anything you still need into it.</p>
      {values.map((value) => (
        <div key={value.key} className={styles.row}>
          <Field label={value.label} className={styles.field}>
            <Textarea readOnly value={value.text} resize="vertical" />
          </Field>
          <Button icon={<CopyRegular />} onClick={() => copy(value)} aria-label={`Copy ${value.label}`}>
            {copied === value.key ? 'Copied' : 'Copy'}
          </Button>
        </div>
      ))}
    </section>
  );
}
