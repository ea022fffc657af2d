// "Add article": a modal dialog named by its heading, focus inside it and kept there, Escape
// closes; bad input is one alert (the file named), the text stays in the box as text; a good
// article is handed on.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import AddArticleDialog from '../../../src/components/articles/AddArticleDialog.svelte';
import { proposal } from '../../unit/extract/proposal.ts';
import { HOSTILE } from '../fixtures.ts';
import { userArticlesWith } from './helpers.ts';

async function open() {
  const articles = await userArticlesWith([proposal()]);
  const onclose = vi.fn();
  const onadded = vi.fn();
  const r = render(AddArticleDialog, { articles, onclose, onadded });
  return { ...r, articles, onclose, onadded };
}

function file(name: string, bytes: Uint8Array | string): File {
  return new File([bytes as BlobPart], name, { type: 'text/plain' });
}

describe('AddArticleDialog', () => {
  it('is a modal dialog with focus in the text box; Escape closes it', async () => {
    const { onclose } = await open();
    const dialog = screen.getByRole('dialog', { name: 'Add article' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Article text'));
    await fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('Tab from the last control wraps to the first', async () => {
    await open();
    const dialog = screen.getByRole('dialog');
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    await fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('pasted HTML is refused with one message and stays in the box as text', async () => {
    const { container, onadded } = await open();
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    const html = `<html><body><p>${HOSTILE}</p></body></html>`;
    await fireEvent.input(box, { target: { value: html } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find incidents' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/looks like HTML/));
    expect(box.value).toBe(html);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('img')).toBeNull();
    expect(onadded).not.toHaveBeenCalled();
  });

  it('a binary file is refused, naming the file', async () => {
    await open();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await fireEvent.change(input, {
      target: { files: [file('photo.jpg', new Uint8Array([0xff, 0xd8, 0, 0x10]))] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        '“photo.jpg”: this is binary data, not text — save the article as plain text (UTF-8).',
      ),
    );
  });

  it('a .txt file fills the box and a good article is handed on', async () => {
    const { onadded, articles } = await open();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await fireEvent.change(input, {
      target: { files: [file('rask.txt', 'Gunmen attacked a post in Rask on Wednesday.')] },
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toContain(
        'Rask',
      ),
    );
    expect(screen.getByText('Read from “rask.txt”')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Find incidents' }));
    await waitFor(() => expect(onadded).toHaveBeenCalledOnce());
    expect(articles.data.articles[0]?.file).toBe('rask.txt');
  });

  it('notes what a missing publication date means', async () => {
    await open();
    expect(screen.getByLabelText(/Publication date/).getAttribute('aria-describedby')).toBe(
      'published-note',
    );
    expect(document.getElementById('published-note')!.textContent).toMatch(
      /relative dates[\s\S]*need your review/,
    );
  });

  it('refuses a publication date after today, saying so on the date field', async () => {
    // The test clock says 2024-04-05: one day ahead is allowed (time zones), two are not.
    const { onadded } = await open();
    await fireEvent.input(screen.getByLabelText('Article text'), {
      target: { value: 'Gunmen killed three border guards near Mirjaveh on Tuesday.' },
    });
    const date = screen.getByLabelText(/Publication date/);
    await fireEvent.input(date, { target: { value: '2031-06-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find incidents' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The publication date 2031-06-01 is after today; check it.',
      ),
    );
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(onadded).not.toHaveBeenCalled();
  });

  it('reports every problem at once and marks each field at fault', async () => {
    await open();
    await fireEvent.input(screen.getByLabelText('Article text'), {
      target: { value: 'Gunmen killed three border guards near Mirjaveh on Tuesday.' },
    });
    const url = screen.getByLabelText('URL (optional)');
    const date = screen.getByLabelText(/Publication date/);
    await fireEvent.input(url, { target: { value: 'https://exa mple.org/a' } });
    await fireEvent.input(date, { target: { value: '2031-06-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find incidents' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/space/));
    expect(screen.getByRole('alert').textContent).toMatch(/2031-06-01 is after today/);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('false');
  });

  it('limits the title to 500 characters and the outlet to 200', async () => {
    await open();
    expect(screen.getByLabelText('Title').getAttribute('maxlength')).toBe('500');
    expect(screen.getByLabelText('Outlet').getAttribute('maxlength')).toBe('200');
  });
});
