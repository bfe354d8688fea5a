/**
 * A Content-Disposition header that makes the browser download (never display) the file, with
 * an ASCII fallback name and the real (possibly Chinese) name per RFC 6266 / 5987.
 */
export function contentDisposition(filename: string): string {
  const clean = filename.replace(/[\r\n"\\/]/g, '_');
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
