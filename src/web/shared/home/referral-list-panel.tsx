import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReferralList } from '../api/api-types.ts';
import { Panel } from '../shell/panel.tsx';
import type { Resource } from '../workspace/use-api-resource.ts';
import { useWorkspace } from '../workspace/workspace-context.ts';
import { useProfile } from '../workspace/use-profile.ts';
import { ReferralTable, type TableKind } from './referral-table.tsx';
import { sortForWork } from './sort-referrals.ts';

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  loading: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** A titled card with a referral table, its empty state, or a quiet loading line. */
export function ReferralListPanel(props: {
  title: string;
  id: string;
  resource: Resource<ReferralList>;
  kind: TableKind;
  empty: ReactNode;
}) {
  const styles = useStyles();
  const { me } = useWorkspace();
  const { profile } = useProfile();
  const referrals = props.resource.data?.referrals;
  return (
    <Panel title={props.title} labelledBy={`${props.id}-heading`}>
      {referrals === undefined ? (
        props.resource.loading && <p className={styles.loading}>Loading…</p>
      ) : referrals.length === 0 ? (
        <p className={styles.empty}>{props.empty}</p>
      ) : (
        <ReferralTable
          referrals={props.kind === 'partnership' ? referrals : sortForWork(referrals)}
          kind={props.kind}
          caption={props.title}
          qaRoleName={me.partnership.qaRoleName}
          dayKind={profile?.deadline.dayKind}
        />
      )}
    </Panel>
  );
}
