import { makeStyles, tokens } from '@fluentui/react-components';
import { PageHeading } from './page-heading.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';

const useStyles = makeStyles({ link: { color: tokens.colorBrandForegroundLink } });

export function NotFoundScreen() {
  const styles = useStyles();
  useReadySignal(true);
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        This address does not lead to a page of the workspace.{' '}
        <a className={styles.link} href="#/">
          Go to your referrals
        </a>
        .
      </p>
    </>
  );
}
