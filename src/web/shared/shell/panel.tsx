import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Invisible except in high contrast, where shadows are not drawn.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0, color: tokens.colorNeutralForeground1 },
});

/** A white card on the canvas, as Teams apps group content. `title` becomes the region's heading. */
export function Panel(props: {
  title?: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className={mergeClasses(styles.panel, props.className)} aria-labelledby={props.labelledBy}>
      {props.title && (
        <Heading className={styles.heading} id={props.labelledBy}>
          {props.title}
        </Heading>
      )}
      {props.children}
      {props.actions}
    </section>
  );
}
