import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Disclosure } from './Disclosure';

const renderMenu = () =>
  render(
    <MemoryRouter>
      <p>outside</p>
      <Disclosure label="账户">
        <a href="/profile">个人资料</a>
        <button type="button">退出登录</button>
      </Disclosure>
    </MemoryRouter>,
  );

describe('Disclosure', () => {
  it('opens and closes with its button, which says whether it is open', async () => {
    renderMenu();
    const button = screen.getByRole('button', { name: '账户' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: '个人资料' })).not.toBeInTheDocument();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: '个人资料' })).toBeVisible();
    expect(document.getElementById(button.getAttribute('aria-controls')!)).not.toHaveAttribute('hidden');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape (focus back on the button), on a click outside, and on an action inside', async () => {
    renderMenu();
    const button = screen.getByRole('button', { name: '账户' });
    await userEvent.click(button);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await userEvent.click(button);
    await userEvent.click(screen.getByText('outside'));
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
