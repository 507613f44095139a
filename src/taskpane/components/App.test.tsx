// The pane's frame: four tabs in Japanese, where it works, and the language switch.
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeHost } from '../testing/fakeHost';
import { renderPane } from '../testing/renderPane';

it('shows the four tabs, opens on チェック and says it works on files outside Excel', () => {
  renderPane(fakeHost('browser'), 'check');
  expect(screen.getAllByRole('tab')).toHaveLength(4);
  for (const name of ['テンプレート', 'チェック', '確認状況', '集約']) expect(screen.getByRole('tab', { name })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'チェック' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tabpanel')).toHaveAccessibleName('チェック');
  expect(screen.getByText('ブラウザーでファイルを開いて作業します。')).toBeInTheDocument();
});

it('says it works on the open workbook inside Excel', () => {
  renderPane(fakeHost('excel'), 'check');
  expect(screen.getByText('この Excel ブックで作業します。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'チェック' })).toBeInTheDocument();
});

it('switches tabs with the keyboard-reachable tab list and keeps each tab in its own panel', () => {
  renderPane(fakeHost('browser'), 'check');
  fireEvent.click(screen.getByRole('tab', { name: '集約' }));
  const panel = screen.getByRole('tabpanel');
  expect(panel).toHaveAccessibleName('集約');
  expect(within(panel).getByRole('group', { name: 'ブックのドロップ先' })).toBeInTheDocument();
});

it('switches the whole pane to English and back', () => {
  renderPane(fakeHost('browser'), 'template');
  const languages = screen.getByRole('group', { name: '表示言語 / Language' });
  fireEvent.click(within(languages).getByRole('button', { name: 'English' }));
  expect(screen.getByRole('tab', { name: 'Templates' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
  expect(within(languages).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  fireEvent.click(within(languages).getByRole('button', { name: '日本語' }));
  expect(screen.getByRole('tab', { name: 'テンプレート' })).toBeInTheDocument();
});
