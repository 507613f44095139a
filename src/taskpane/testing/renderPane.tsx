// Renders the whole pane as Excel or a browser would show it, on a fake host, opened on one tab.
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type TabId } from '../components/App';
import type { SeikaHost } from '../host/types';
import type { ParseFiles } from '../parse/types';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one to reflow its actions.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export function renderPane(host: SeikaHost, initialTab: TabId, parse?: ParseFiles) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialTab={initialTab} parse={parse} />
    </FluentProvider>,
  );
}
