/** Loading and error notes, announced to screen readers through a polite live region. */
import type { ComponentChildren } from 'preact';

export function Status(props: { state: 'loading' | 'error' | 'done'; message?: string | null; children?: ComponentChildren }) {
  return (
    <div class={`status status-${props.state}`} role="status" aria-live="polite">
      {props.state === 'loading' ? 'Loading…' : props.state === 'error' ? `Could not load: ${props.message ?? 'unknown error'}` : props.children}
    </div>
  );
}
