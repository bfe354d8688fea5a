import type { Schemas } from '../../app/types';

/** Text with the words that matched the search marked (no HTML from the server is ever rendered). */
export function Highlight({ segments, fallback }: { segments: Schemas['TextSegmentView'][] | undefined; fallback: string }) {
  if (!segments?.length) return <>{fallback}</>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} style={{ background: '#fef08a', padding: 0 }}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
