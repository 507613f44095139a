// The pane follows the Office theme inside Excel (light or dark, and its background), else Fluent's web light theme.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeColors } from './host/types';

export function themeFor(colors: OfficeThemeColors | undefined): Theme {
  if (!colors) return webLightTheme;
  const dark = colors.isDarkTheme ?? isDark(colors.bodyBackgroundColor);
  const base = dark ? webDarkTheme : webLightTheme;
  const bg = hex(colors.bodyBackgroundColor);
  const fg = hex(colors.bodyForegroundColor);
  return {
    ...base,
    ...(bg ? { colorNeutralBackground1: bg } : {}),
    ...(fg ? { colorNeutralForeground1: fg } : {}),
  };
}

/** #RRGGBB (Office gives colour triplets such as "#FFA500"); anything else is ignored. */
function hex(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const c = color.startsWith('#') ? color : `#${color}`;
  return /^#[0-9a-f]{6}$/i.test(c) ? c : undefined;
}

/** Relative luminance below one half: a dark background (Office's Black and Dark Gray themes). */
export function isDark(color: string | undefined): boolean {
  const c = hex(color);
  if (!c) return false;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
