import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { problemMessage } from '../api/api-error.ts';
import type { Profile } from '../api/api-types.ts';
import { routeHref } from '../routing/routes.ts';
import { ErrorPanel } from '../shell/error-panel.tsx';
import { LoadingSkeleton } from '../shell/loading-skeleton.tsx';
import { PageHeading } from '../shell/page-heading.tsx';
import { Panel } from '../shell/panel.tsx';
import { useReadySignal } from '../workspace/ready-signal.ts';
import { useProfile } from '../workspace/use-profile.ts';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  text: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  links: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  external: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    minHeight: '24px',
  },
});

const deadlineWords = (profile: Profile) =>
  `${String(profile.deadline.days)} ${profile.deadline.dayKind === 'working' ? 'working ' : ''}days of ${profile.deadline.clockStart === 'incident' ? 'the incident' : 'your agency becoming aware of it'}`;

/** The partnership's referral guidance, summarised for practitioners, with the partnership's own links. */
export function GuidanceScreen() {
  const styles = useStyles();
  const { profile, error } = useProfile();
  useReadySignal(profile !== undefined || error !== undefined);
  if (error !== undefined)
    return <ErrorPanel title="The guidance could not be loaded" message={problemMessage(error)} />;
  if (!profile) return <LoadingSkeleton />;
  const qa = profile.qaRoleName;
  return (
    <>
      <PageHeading hint={`How referrals for a practice review work in ${profile.name}.`}>
        Guidance
      </PageHeading>
      <div className={styles.grid}>
        <Panel title="What a practice review is" labelledBy="g-what">
          <p className={styles.text}>
            When a child dies or is seriously harmed and abuse or neglect is known or suspected, the local
            safeguarding children partnership has a legal duty to consider reviewing the case. A Child
            Safeguarding Practice Review asks how the agencies around the child and family worked together,
            and what should change across the whole system.
          </p>
          <p className={styles.text}>
            A lead reviewer usually gathers the records, the views of the practitioners involved and, where
            possible, of the child and family, then writes up the learning. Any agency can ask for a case to
            be considered.
          </p>
        </Panel>
        <Panel title="When to refer" labelledBy="g-when">
          <ul className={styles.list}>
            <li>
              <strong>You must refer</strong> when a child has died or been seriously harmed and abuse or
              neglect is known or suspected.
            </li>
            <li>
              <strong>You can refer</strong> when agencies did not work well together, even if the harm was
              not serious.
            </li>
            <li>
              <strong>Consider a Seriously Good Outcome Review</strong> when strong joint working changed
              things for the better, so others can learn from it.
            </li>
          </ul>
          <p className={styles.text}>{profile.guidance.seriousHarm}</p>
          <p className={styles.text}>
            Not sure? <Link href={routeHref({ screen: 'check' })}>Check the case</Link>: seven questions tell
            you which applies and by when.
          </p>
        </Panel>
        <Panel title="How to refer" labelledBy="g-how">
          <ol className={styles.list}>
            <li>Talk the case through with your Safeguarding Lead and, if you can, your {qa}.</li>
            <li>
              Complete the referral in this app within {deadlineWords(profile)}. The check works out the exact
              date, leaving out weekends and bank holidays.
            </li>
            <li>
              Send it to your {qa}, who quality-assures it and approves it, returns it with comments, or
              declines it.
            </li>
            <li>
              Once approved, the app sends it securely to {profile.shortName} ({profile.mailbox}). You do not
              need to email it yourself.
            </li>
          </ol>
        </Panel>
        <Panel title="After the referral" labelledBy="g-after">
          <p className={styles.text}>
            The partnership's Virtual Panel looks at every referral and decides whether it meets the criteria
            for a statutory review. If it does, a Rapid Review is completed within{' '}
            {profile.rapidReviewWorkingDays} working days to capture the immediate learning.
          </p>
          <p className={styles.text}>If it does not, the panel may choose another kind of review:</p>
          <ul className={styles.list}>
            {profile.reviewTypes
              .filter((t) => t !== 'Rapid Review')
              .map((t) => (
                <li key={t}>{t}</li>
              ))}
          </ul>
        </Panel>
        <Panel title="What reviews lead to" labelledBy="g-learning">
          <p className={styles.text}>
            Learning from reviews turns into training, new guidance and changes to policy and practice. Themes
            across several reviews are shared with the workforce in short briefings, and good practice is
            shared through Seriously Good Outcome Reviews.
          </p>
        </Panel>
        <Panel title="Find out more" labelledBy="g-links">
          <ul className={styles.links}>
            {profile.guidance.links.map((link) => (
              <li key={link.url}>
                <Link className={styles.external} href={link.url} target="_blank" rel="noopener noreferrer">
                  {link.title}
                  <OpenRegular aria-label="(opens in a new window)" />
                </Link>
              </li>
            ))}
            {profile.contacts.map((contact) => (
              <li key={contact.label}>
                {contact.label}:{' '}
                {contact.email && <Link href={`mailto:${contact.email}`}>{contact.email}</Link>}
                {contact.phone && ` ${contact.phone}`}
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    </>
  );
}
