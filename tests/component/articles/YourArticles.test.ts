// "Your articles" by keyboard: "Remove article" puts focus on the safe "Keep it", which gives it
// back to "Remove article"; after a removal focus lands on the next article's heading (or the
// dialog), never on the page body, so Escape still closes the dialog. Text as text.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import YourArticles from '../../../src/components/articles/YourArticles.svelte';
import { proposal } from '../../unit/extract/proposal.ts';
import { FORM, userArticlesWith } from './helpers.ts';

const TEXT = 'Gunmen attacked a post in Saravan on January 18, 2024.';

async function open(titles: string[]) {
  const articles = await userArticlesWith([proposal()]);
  for (const title of titles) {
    const r = await articles.add({
      text: `${title}: ${TEXT}`,
      form: { ...FORM, title },
      file: null,
    });
    expect(r.ok).toBe(true);
  }
  const onclose = vi.fn();
  const r = render(YourArticles, {
    articles,
    shown: () => [],
    onshow: vi.fn(),
    onexport: vi.fn(() => Promise.resolve([])),
    onselect: vi.fn(),
    onclose,
  });
  return { ...r, articles, onclose };
}

/** Presses a button as the keyboard does: focus on it, then a click. */
async function press(button: HTMLElement): Promise<void> {
  button.focus();
  await fireEvent.click(button);
}

const removeButtons = () => screen.getAllByRole('button', { name: 'Remove article' });

describe('YourArticles', () => {
  it('"Remove article" focuses "Keep it"; "Keep it" gives focus back to "Remove article"', async () => {
    await open(['First', 'Second']);
    await press(removeButtons()[1]!);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' })),
    );
    await press(screen.getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(document.activeElement).toBe(removeButtons()[1]));
  });

  it('after a removal focus is on the next article, then the dialog; Escape closes it', async () => {
    const { articles, onclose } = await open(['First', 'Second']);
    await press(removeButtons()[0]!);
    await press(screen.getByRole('button', { name: 'Remove' }));
    expect(articles.data.articles.map((a) => a.title)).toEqual(['Second']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Second' })),
    );
    await press(removeButtons()[0]!);
    await press(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('dialog')));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('Escape closes the dialog even when focus fell to the page body', async () => {
    const { onclose } = await open(['First']);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('a pressed button that goes away (Undo) leaves focus in the dialog, not on the body', async () => {
    const { articles } = await open(['First']);
    await articles.reject(articles.proposals[0]!.proposal.id);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await press(undo);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('dialog')));
  });

  it('says "accepted (merged as a source)" with its space', async () => {
    const { articles, container } = await open(['First']);
    await articles.answerSame(articles.proposals[0]!.proposal.id, 'merge', 'seed-1');
    await waitFor(() => expect(container.textContent).toContain('accepted (merged as a source)'));
  });
});
