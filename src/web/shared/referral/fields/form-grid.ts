import { makeStyles, tokens } from '@fluentui/react-components';

/** Short fields side by side where there is room, aligned at the top whatever hints they carry. */
export const useFormGrid = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
});
