import { fileTypeFromBuffer } from 'file-type';

/** What may be uploaded, by detected type → the content type it is served with. */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

const TEXT_EXTENSIONS = ['.txt', '.csv', '.md'];

/**
 * The content type of an upload, judged from its bytes (the name and the declared type are not
 * trusted), or null when it is not an allowed kind. Plain text is accepted only as valid UTF-8
 * without control bytes, under a text extension.
 */
export async function detectAllowedType(data: Buffer, filename: string): Promise<string | null> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) return ALLOWED[detected.ext] ?? null;
  const lower = filename.toLowerCase();
  if (TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext)) && isPlainUtf8(data))
    return lower.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
  return null;
}

function isPlainUtf8(data: Buffer): boolean {
  if (data.length === 0) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return false;
  }
  // Control bytes other than tab, newline and carriage return mean binary content.
  return !data.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
}

/** A display name: no directories, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return (cleaned || 'file').slice(-200);
}
