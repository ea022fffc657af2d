// Saving a file the page made: a Blob behind a temporary object URL and a download link.

/** Offers `blob` to the user as a download named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; release it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Yields to the page (input, rendering) and resumes in a new task, without a timer's delay. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
