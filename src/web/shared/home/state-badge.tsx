import { Badge } from '@fluentui/react-components';
import type { ReferralState } from '../../../domain/workflow/referral-states.ts';
import { stateWording } from '../format/referral-state.ts';

export function StateBadge({ state, qaRoleName }: { state: ReferralState; qaRoleName: string }) {
  const { label, color } = stateWording(state, qaRoleName);
  return (
    <Badge appearance="tint" color={color} shape="rounded" size="medium">
      {label}
    </Badge>
  );
}
