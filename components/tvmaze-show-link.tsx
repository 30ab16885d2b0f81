import type { ComponentChildren } from 'preact';

/**
 * A show's TVmaze page, opened in a new tab. The address is built from the numeric id, never from
 * stored text, so the link can only lead to TVmaze.
 */
export function TvmazeShowLink({ tvmazeId, children }: { tvmazeId: number; children: ComponentChildren }) {
  return (
    <a
      class="sf-recent-title"
      href={`https://www.tvmaze.com/shows/${Math.trunc(tvmazeId)}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
    </a>
  );
}
