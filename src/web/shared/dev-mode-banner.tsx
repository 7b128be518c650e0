import { MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { DevUserSummary } from './dev-session.ts';

const useStyles = makeStyles({
  body: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: '0.5rem' },
  picker: { width: '22rem', maxWidth: '100%' },
});

/** Shown on every page in dev mode, with the sample user the page is signed in as. */
export function DevModeBanner(props: {
  users: readonly DevUserSummary[];
  current: string;
  onChange: (key: string) => void;
}) {
  const styles = useStyles();
  const pickerId = useId();
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>DEV MODE</MessageBarTitle>
        Sample data and sample users only. <label htmlFor={pickerId}>Signed in as</label>
        <Select
          id={pickerId}
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
      </MessageBarBody>
    </MessageBar>
  );
}
