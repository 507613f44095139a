// The pane follows Office's theme: dark or light, with Office's own background and text colours.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDark, themeFor } from './theme';

it('uses the web light theme outside Office', () => {
  expect(themeFor(undefined)).toBe(webLightTheme);
});

it('follows a dark Office theme and its colours', () => {
  const theme = themeFor({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true });
  expect(theme.colorNeutralBackground1).toBe('#262626');
  expect(theme.colorNeutralForeground1).toBe('#FFFFFF');
  expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
});

it('tells dark from light by the background when Office does not say', () => {
  expect(isDark('#1F1F1F')).toBe(true);
  expect(isDark('FFFFFF')).toBe(false);
  expect(themeFor({ bodyBackgroundColor: '#E6E6E6' }).colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
  expect(themeFor({ bodyBackgroundColor: 'not a colour' }).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
});
