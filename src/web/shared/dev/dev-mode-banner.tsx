import { Suspense, lazy } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { WarningFilled } from '@fluentui/react-icons';
import type { DevUserSummary } from './dev-session.ts';

const DevUserPicker = lazy(() =>
  import(/* webpackChunkName: "dev" */ './dev-user-picker.tsx').then((m) => ({ default: m.DevUserPicker })),
);

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minHeight: '36px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  icon: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: '16px' },
  title: { fontWeight: tokens.fontWeightBold, letterSpacing: '0.04em' },
  placeholder: { color: tokens.colorNeutralForeground2 },
});

/**
 * Shown on every page in dev mode, at once (it ships with the first load); the sample-user picker in it loads a
 * moment later.
 */
export function DevModeBanner(props: {
  users: readonly DevUserSummary[];
  current: string;
  onChange: (key: string) => void;
}) {
  const styles = useStyles();
  const currentName = props.users.find((u) => u.key === props.current)?.displayName ?? props.current;
  return (
    <div className={styles.banner} role="status">
      <WarningFilled aria-hidden className={styles.icon} />
      <span className={styles.title}>DEV MODE</span>
      <span>Sample data and sample users only.</span>
      <Suspense fallback={<span className={styles.placeholder}>Signed in as {currentName}</span>}>
        <DevUserPicker users={props.users} current={props.current} onChange={props.onChange} />
      </Suspense>
    </div>
  );
}
