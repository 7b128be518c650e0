export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
