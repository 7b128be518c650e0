import type { CardElement, IAdaptiveCard } from '@microsoft/teams.cards';
import type { ReferralCardFacts } from '../../../app/notifications/card-facts.ts';
import { referralRouteLabels } from '../../../domain/referral/index.ts';
import type { CardContext } from './card-context.ts';
import { card, facts, openUrl, paragraph, plain, section, title } from './card-kit.ts';
import { decisionActions } from './decision-actions.ts';
import { daysLeftText, formatDate, formatInstant } from './formatting.ts';
import { stateLabel, stateLine } from './labels.ts';
import { verbs } from './verbs.ts';

export interface ReferralCardOptions {
  /** A line above everything else: why this card arrived or what just happened (our own words). */
  readonly banner?: string;
  readonly bannerIsWarning?: boolean;
}

const decisionShownIn = new Set([
  'changes_requested',
  'declined',
  'approved',
  'sending',
  'sent',
  'send_failed',
]);

function factRows(f: ReferralCardFacts, context: CardContext): [string, string][] {
  const rows: [string, string][] = [
    ['Reference', f.reference],
    ['Status', stateLabel(f.state, context.profile.qaRoleName)],
  ];
  if (f.agencyName) rows.push(['Agency', f.agencyName]);
  if (f.route) rows.push(['Route', referralRouteLabels[f.route]]);
  if (f.outcome) rows.push(['Check outcome', context.profile.outcomes[f.outcome].title]);
  if (f.submittedAt) rows.push(['Sent for QA', formatInstant(f.submittedAt)]);
  if (f.decidedAt) rows.push(['Decided', formatInstant(f.decidedAt)]);
  if (f.sentAt) rows.push(['Sent to partnership', formatInstant(f.sentAt)]);
  if (f.dueBy) rows.push(['Due by', formatDate(f.dueBy)]);
  if (f.daysLeft !== null && !['sent', 'declined', 'withdrawn'].includes(f.state)) {
    rows.push(['Time left', daysLeftText(f.daysLeft, context.profile.deadline.dayKind)]);
  }
  return rows;
}

function people(f: ReferralCardFacts, context: CardContext): CardElement[] {
  const lines: CardElement[] = [];
  if (f.reviewerName) lines.push(plain(f.reviewerName, `${context.profile.qaRoleName}:`));
  const decision = f.lastDecision;
  if (decision?.comments && decisionShownIn.has(f.state)) {
    const label = decision.decision === 'declined' ? 'Reason:' : 'Comments:';
    lines.push(plain(decision.comments, label));
  }
  return lines;
}

/**
 * The live card about one referral, as `viewerId` should see it: the assigned PRSG member gets the
 * decision buttons while it waits for them; everyone else sees where it is. No child's details: the
 * reference, agency, route, check outcome, dates and the QA record only. It refreshes itself for the
 * viewer whenever they see it, so an old copy always shows the current state.
 */
export function referralCard(
  f: ReferralCardFacts,
  viewerId: string,
  context: CardContext,
  options: ReferralCardOptions = {},
): IAdaptiveCard {
  const deciding = f.state === 'submitted' && viewerId === f.reviewerId && viewerId !== f.ownerId;
  return card(
    [
      ...(options.banner ? [paragraph(options.banner, { attention: options.bannerIsWarning ?? false })] : []),
      title(`Referral ${f.reference}`),
      ...(context.devMode ? [paragraph('DEV MODE', { subtle: true })] : []),
      paragraph(stateLine(f, viewerId, context.profile.qaRoleName)),
      facts(factRows(f, context)),
      ...(people(f, context).length ? [section(people(f, context))] : []),
      paragraph('The referral’s details are in the tab, not in this chat.', { subtle: true }),
    ],
    {
      actions: [
        openUrl('Open in the tab', context.links.referral(f.id)),
        ...(deciding ? decisionActions(f) : []),
      ],
      refresh: { verb: verbs.refresh, data: { referralId: f.id }, userIds: [viewerId] },
      fallbackText: `Referral ${f.reference}: ${stateLabel(f.state, context.profile.qaRoleName)}`,
    },
  );
}
