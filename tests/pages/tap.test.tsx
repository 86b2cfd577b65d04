// Tap (src/components/Tap.tsx) in a browser: a keyboard reaches every link and button and works
// it with Enter (and Space, for buttons), like a real link or button; a disabled one does nothing.
import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ActionButton, Tap } from '../../src/components/Tap';

describe('Tap with a keyboard', () => {
  it('is in the tab order and opens with Enter', () => {
    const onTap = jest.fn();
    render(<Tap onTap={onTap}>农村危房改造</Tap>);
    const link = screen.getByRole('link', { name: '农村危房改造' });
    expect(link).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(link, { key: ' ' });
    expect(onTap).not.toHaveBeenCalled(); // Space scrolls past a link, as on the web
    fireEvent.keyDown(link, { key: 'Enter' });
    expect(onTap).toHaveBeenCalledTimes(1);
  });

  it('acts as a button with Enter or Space', () => {
    const onTap = jest.fn();
    render(<ActionButton onTap={onTap}>提交</ActionButton>);
    const button = screen.getByRole('button', { name: '提交' });
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    expect(onTap).toHaveBeenCalledTimes(2);
  });

  it('does nothing when disabled, and says so', () => {
    const onTap = jest.fn();
    render(
      <ActionButton onTap={onTap} disabled>
        正在提交…
      </ActionButton>,
    );
    const button = screen.getByRole('button', { name: '正在提交…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.click(button);
    expect(onTap).not.toHaveBeenCalled();
  });
});
