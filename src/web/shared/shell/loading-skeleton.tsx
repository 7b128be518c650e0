import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
  },
  bar: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralStencil1,
    backgroundImage: `linear-gradient(90deg, ${tokens.colorNeutralStencil1} 0%, ${tokens.colorNeutralStencil2} 50%, ${tokens.colorNeutralStencil1} 100%)`,
    backgroundSize: '300% 100%',
    animationName: { from: { backgroundPositionX: '100%' }, to: { backgroundPositionX: '0%' } },
    animationDuration: '1.4s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
  title: { height: '28px', width: '40%' },
  line: { height: '16px', width: '70%' },
  card: { height: '120px', width: '100%' },
});

/** Grey shapes of a page while the host, sign-in or a screen loads; announced once as "Loading". */
export function LoadingSkeleton({ label = 'Loading' }: { label?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite" aria-label={label}>
      <div className={mergeClasses(styles.bar, styles.title)} />
      <div className={mergeClasses(styles.bar, styles.line)} />
      <div className={mergeClasses(styles.bar, styles.card)} />
      <div className={mergeClasses(styles.bar, styles.card)} />
    </div>
  );
}
