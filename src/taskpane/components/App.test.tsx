// The pane's frame renders its three tabs in Japanese and says where it works.
import { render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { browserHost } from '../host';


it('shows the three tabs and the file mode outside Excel', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={browserHost()} />
    </FluentProvider>,
  );
  expect(screen.getAllByRole('tab')).toHaveLength(3);
  for (const name of ['テンプレート', 'チェック', '集約']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'チェック' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByText('ブラウザーでファイルを開いて作業します。')).toBeInTheDocument();
});
