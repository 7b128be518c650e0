import { useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    margin: 0,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** One entry of a list in the form (a child, a person, an agency) with its heading and a Remove button. */
export function ListItemCard(props: {
  title: string;
  removeLabel: string;
  hasContent: boolean;
  onRemove?: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={styles.card} role="group" aria-label={props.title}>
      <div className={styles.header}>
        <h3 className={styles.title}>{props.title}</h3>
        {props.onRemove && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => (props.hasContent ? setConfirming(true) : props.onRemove?.())}
          >
            {props.removeLabel}
          </Button>
        )}
      </div>
      {props.children}
      <ConfirmDialog
        open={confirming}
        title={`${props.removeLabel}?`}
        message="What you entered for them will be removed from the referral."
        confirmLabel="Remove"
        onConfirm={() => {
          setConfirming(false);
          props.onRemove?.();
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
