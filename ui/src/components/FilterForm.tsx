/**
 * The filters of a list view, kept in the URL under the API's own names (docs/api.md). Typing
 * updates the URL in place (replaceState) after a pause; the view reloads from the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface FilterField {
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'date' | 'select';
  readonly options?: readonly string[];
  readonly placeholder?: string;
}

export function FilterForm(props: { fields: readonly FilterField[]; values: Record<string, string>; onChange: (values: Record<string, string>) => void; label: string }) {
  const [draft, setDraft] = useState(props.values);
  const timer = useRef<number | null>(null);
  const valuesKey = JSON.stringify(props.values);
  useEffect(() => setDraft(props.values), [valuesKey]);

  const commit = (next: Record<string, string>) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    props.onChange(Object.fromEntries(Object.entries(next).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()])));
  };
  const set = (name: string, value: string, now: boolean) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    if (timer.current !== null) clearTimeout(timer.current);
    if (now) commit(next);
    else timer.current = window.setTimeout(() => commit(next), 400);
  };

  return (
    <form class="filters" role="search" aria-label={props.label} onSubmit={(e) => { e.preventDefault(); commit(draft); }}>
      {props.fields.map((f) => {
        const id = `filter-${f.name}`;
        const value = draft[f.name] ?? '';
        return (
          <div class="field" key={f.name}>
            <label for={id}>{f.label}</label>
            {f.type === 'select' ? (
              <select id={id} name={f.name} value={value} onChange={(e) => set(f.name, e.currentTarget.value, true)}>
                <option value="">any</option>
                {(f.options ?? []).map((o) => <option value={o} key={o}>{o}</option>)}
              </select>
            ) : f.type === 'date' ? (
              <input id={id} name={f.name} type="date" value={value} onInput={(e) => set(f.name, e.currentTarget.value, true)} />
            ) : (
              <input id={id} name={f.name} type="search" value={value} placeholder={f.placeholder} onInput={(e) => set(f.name, e.currentTarget.value, false)} />
            )}
          </div>
        );
      })}
      <div class="field buttons">
        <button type="submit">Apply</button>
        <button type="button" onClick={() => { setDraft({}); commit({}); }}>Clear</button>
      </div>
    </form>
  );
}
