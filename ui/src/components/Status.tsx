/** Loading and error notes, announced to screen readers through a polite live region; a 401 asks for the server's token. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { token } from '../api/client.js';

export function Status(props: { state: 'loading' | 'error' | 'done'; message?: string | null; status?: number | null; children?: ComponentChildren }) {
  return (
    <>
      <div class={`status status-${props.state}`} role="status" aria-live="polite">
        {props.state === 'loading' ? 'Loading…' : props.state === 'error' ? `Could not load: ${props.message ?? 'unknown error'}` : props.children}
      </div>
      {props.state === 'error' && props.status === 401 ? <TokenForm /> : null}
    </>
  );
}

/** The token goes to this tab's sessionStorage (never the URL), then the view loads again (or `onSet` runs instead). */
export function TokenForm(props: { onSet?: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form class="field token" onSubmit={(e) => { e.preventDefault(); token.set(value); if (props.onSet) props.onSet(); else location.reload(); }}>
      <label for="api-token">This server needs its access token</label>
      <input id="api-token" type="password" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <button type="submit">Use token</button>
    </form>
  );
}
