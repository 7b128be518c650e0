import { useId } from 'react';
import { Select, makeStyles } from '@fluentui/react-components';
import type { DevUserSummary } from './dev-session.ts';

const useStyles = makeStyles({ picker: { width: '22rem', maxWidth: '100%' } });

/** Dev mode only: which sample user the workspace is signed in as. */
export function DevUserPicker(props: {
  users: readonly DevUserSummary[];
  current: string;
  onChange: (key: string) => void;
}) {
  const styles = useStyles();
  const pickerId = useId();
  return (
    <>
      <label htmlFor={pickerId}>Signed in as</label>
      <Select
        id={pickerId}
        size="small"
        root={{ className: styles.picker }}
        value={props.current}
        onChange={(_e, data) => props.onChange(data.value)}
      >
        {props.users.map((u) => (
          <option key={u.key} value={u.key}>
            {u.displayName} – {u.jobTitle}
          </option>
        ))}
      </Select>
    </>
  );
}
