import { useEffect, useMemo, useState } from 'react';
import {
  FluentProvider,
  Spinner,
  Text,
  Title2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { createApiClient } from '../shared/api-client.ts';
import { CriteriaCheck } from '../shared/criteria-check.tsx';
import { DevModeBanner } from '../shared/dev-mode-banner.tsx';
import { devSignIn, fetchDevUsers, type DevUserSummary } from '../shared/dev-session.ts';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** The personal tab. This first version runs the criteria check; the full workspace builds on it. */
export function TabApp() {
  const styles = useStyles();
  const [devUsers, setDevUsers] = useState<DevUserSummary[] | null>();
  const [devUser, setDevUser] = useState('referrer');

  useEffect(() => {
    fetchDevUsers().then(
      (users) => setDevUsers(users ?? null),
      () => setDevUsers(null),
    );
  }, []);

  const api = useMemo(
    () => createApiClient(() => (devUsers ? devSignIn(devUser) : Promise.resolve(undefined))),
    [devUsers, devUser],
  );

  return (
    <FluentProvider theme={prefersDark() ? webDarkTheme : webLightTheme} className={styles.page}>
      {devUsers && <DevModeBanner users={devUsers} current={devUser} onChange={setDevUser} />}
      <main className={styles.main}>
        <Title2 as="h1">Practice Review Referral</Title2>
        <Text>Check whether a case should be referred for a Child Safeguarding Practice Review.</Text>
        {devUsers === undefined ? <Spinner label="Loading…" /> : <CriteriaCheck api={api} />}
      </main>
    </FluentProvider>
  );
}
