import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import i18n, { setLanguage } from '../i18n';
import { Pager, pageWindow } from './Pager';

const renderPager = (props: { page: number; total: number; onChange?: (page: number) => void }) =>
  render(
    <I18nextProvider i18n={i18n}>
      <Pager pageSize={20} onChange={props.onChange ?? (() => undefined)} page={props.page} total={props.total} />
    </I18nextProvider>,
  );

describe('Pager', () => {
  afterEach(async () => {
    cleanup();
    await setLanguage('zh-CN');
  });

  it('shows the pages around the current one, the first and the last, with gaps between', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('renders nothing for a single page', () => {
    const { container } = renderPager({ page: 1, total: 20 });
    expect(container).toBeEmptyDOMElement();
  });

  it('marks the current page, disables "previous" on the first, and reports the page clicked', async () => {
    const onChange = jest.fn();
    renderPager({ page: 1, total: 95, onChange });
    const nav = screen.getByRole('navigation', { name: '分页' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '第 5 页' }));
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(onChange.mock.calls).toEqual([[5], [2]]);
  });

  it('speaks English when English is chosen', async () => {
    await setLanguage('en');
    renderPager({ page: 5, total: 95 });
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page');
  });
});
