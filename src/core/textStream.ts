// Bytes of a text file, chunk by chunk, to text: the encoding is read from the first bytes
// (a byte-order mark, or the zero bytes every ASCII character has in UTF-16), then one streaming
// TextDecoder carries characters cut by a chunk boundary over to the next chunk. Decoding is
// strict: bytes that are not valid in the encoding stop the import with a message (a silently
// replaced character would be data lost).

/** Encodings the importers read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What the first bytes say about a file's encoding. */
export interface SniffedEncoding {
  encoding: TextEncodingName;
  /** How it was told: a byte-order mark, the pattern of zero bytes, or the default. */
  evidence: 'bom' | 'zero-bytes' | 'default';
}

/** Bytes read before the encoding is decided (enough for a header line). */
export const SNIFF_BYTES = 512;

/** The encoding of a file from its first bytes (at least `SNIFF_BYTES` unless the file is shorter). */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { encoding: 'utf-8', evidence: 'bom' };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', evidence: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', evidence: 'bom' };
  // Without a mark: ASCII text in UTF-16 has a zero byte in every pair, on one side.
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  if (pairs >= 4) {
    let even = 0;
    let odd = 0;
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) even++;
      if (head[2 * i + 1] === 0) odd++;
    }
    if (odd >= pairs * 0.9 && even === 0) return { encoding: 'utf-16le', evidence: 'zero-bytes' };
    if (even >= pairs * 0.9 && odd === 0) return { encoding: 'utf-16be', evidence: 'zero-bytes' };
  }
  return { encoding: 'utf-8', evidence: 'default' };
}

/** Human name of an encoding, as a spreadsheet's "Save as" dialog calls it. */
export function encodingLabel(e: TextEncodingName): string {
  return e === 'utf-8' ? 'UTF-8' : e === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
}

/** Bytes that are not valid text in the file's encoding. */
export class TextDecodingError extends Error {
  constructor(
    readonly encoding: TextEncodingName,
    /** Offset of the chunk holding the bad bytes. */
    readonly byteOffset: number,
  ) {
    super(
      `is not valid ${encodingLabel(encoding)} text (bad bytes at or after byte ${byteOffset})`,
    );
    this.name = 'TextDecodingError';
  }
}

/**
 * Decodes a byte stream: `push(bytes)` returns the text complete so far, `end()` the rest. The
 * encoding is decided once `SNIFF_BYTES` (or the end) have arrived; `sniffed` says which.
 */
export class TextStreamDecoder {
  private decoder: TextDecoder | null = null;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private offset = 0;
  /** The encoding decided from the first bytes (null until then). */
  sniffed: SniffedEncoding | null = null;

  /** Decodes the next chunk; returns '' while the first bytes are still being collected. */
  push(bytes: Uint8Array): string {
    if (!this.decoder) {
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      if (this.pendingBytes < SNIFF_BYTES) return '';
      return this.begin(false);
    }
    return this.decode(bytes, true);
  }

  /** Decodes what is left. */
  end(): string {
    if (!this.decoder) return this.begin(true);
    return this.decode(new Uint8Array(0), false);
  }

  private begin(final: boolean): string {
    const head = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const p of this.pending) {
      head.set(p, at);
      at += p.length;
    }
    this.pending = [];
    this.sniffed = sniffEncoding(head);
    // The byte-order mark is dropped by the decoder (ignoreBOM: false).
    this.decoder = new TextDecoder(this.sniffed.encoding, { fatal: true });
    return this.decode(head, !final);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      const text = this.decoder!.decode(bytes, { stream });
      this.offset += bytes.length;
      return text;
    } catch {
      throw new TextDecodingError(this.sniffed!.encoding, this.offset);
    }
  }
}
