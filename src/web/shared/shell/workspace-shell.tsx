import type { MouseEvent, ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { WorkspaceNav, type NavItem } from './workspace-nav.tsx';
import type { Route } from '../routing/routes.ts';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  skip: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: '-40px',
    zIndex: 10,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { top: tokens.spacingVerticalS },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    columnGap: tokens.spacingHorizontalXXL,
    minHeight: '48px',
    padding: `0 ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minHeight: '48px' },
  appName: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    color: tokens.colorNeutralForeground1,
  },
  partnership: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  user: {
    marginLeft: 'auto',
    alignSelf: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '72rem',
    boxSizing: 'border-box',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXL,
    ':focus': { outlineStyle: 'none' },
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
});

/** The frame of every screen: skip link, the host's banner (DEV MODE), the app's name and nav, the main area. */
export function WorkspaceShell(props: {
  banner?: ReactNode;
  partnershipName: string;
  userName: string;
  navItems: readonly NavItem[];
  current: Route['screen'];
  children: ReactNode;
}) {
  const styles = useStyles();
  const skipToMain = (event: MouseEvent) => {
    // A plain #main link would change the route; move focus instead.
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <div className={styles.page}>
      <header>
        <a href="#/" className={styles.skip} onClick={skipToMain}>
          Skip to main content
        </a>
        {props.banner}
        <div className={styles.header}>
          <div className={styles.brand}>
            <span className={styles.appName}>Practice Review Referral</span>
            <span className={styles.partnership}>{props.partnershipName}</span>
          </div>
          <WorkspaceNav items={props.navItems} current={props.current} />
          <span className={styles.user}>Signed in as {props.userName}</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        {props.children}
      </main>
    </div>
  );
}
