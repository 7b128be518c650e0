import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, HistoryRegular } from '@fluentui/react-icons';
import type { Profile, ReferralView } from '../api/api-types.ts';
import { DeadlineText } from '../home/deadline-text.tsx';
import { StateBadge } from '../home/state-badge.tsx';
import { activeStates } from '../format/referral-state.ts';
import { routeHref } from '../routing/routes.ts';
import { PageHeading, focusNextHeading } from '../shell/page-heading.tsx';

const useStyles = makeStyles({
  back: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    alignSelf: 'flex-start',
    minHeight: '24px',
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  marking: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.04em',
    color: tokens.colorNeutralForeground2,
  },
  link: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minHeight: '24px',
  },
});

/** Reference, state, deadline, security marking and the way to the timeline, above every view of a referral. */
export function ReferralHeader({ view, profile }: { view: ReferralView; profile: Profile }) {
  const styles = useStyles();
  return (
    <>
      <Link className={styles.back} href={routeHref({ screen: 'home' })} onClick={focusNextHeading}>
        <ArrowLeftRegular aria-hidden />
        Your referrals
      </Link>
      <PageHeading>Referral {view.reference}</PageHeading>
      <div className={styles.facts}>
        <StateBadge state={view.state} qaRoleName={profile.qaRoleName} />
        {activeStates.includes(view.state) && (
          <DeadlineText dueBy={view.dueBy} daysLeft={view.daysLeft} dayKind={profile.deadline.dayKind} />
        )}
        <span className={styles.marking}>{profile.securityMarking}</span>
        <Link
          className={styles.link}
          href={routeHref({ screen: 'timeline', id: view.id })}
          onClick={focusNextHeading}
        >
          <HistoryRegular aria-hidden />
          Timeline
        </Link>
      </div>
    </>
  );
}
