import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReferralSectionKey } from '../../../../domain/referral/section-order.ts';
import { referralSectionOrder } from '../../../../domain/referral/section-order.ts';
import { sectionTitles } from '../form/field-labels.ts';

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    scrollMarginTop: '64px',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  number: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    marginRight: tokens.spacingHorizontalS,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** One numbered section of the referral form, as a card with its h2. */
export function FormSection(props: { section: ReferralSectionKey; intro?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const number = referralSectionOrder.indexOf(props.section) + 1;
  const headingId = `section-${props.section}-heading`;
  return (
    <section id={`section-${props.section}`} className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <span className={styles.number}>{number}.</span> {sectionTitles[props.section]}
      </h2>
      {props.intro && <p className={styles.intro}>{props.intro}</p>}
      {props.children}
    </section>
  );
}
