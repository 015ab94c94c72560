import type { RefusalView } from './fieldProblems.ts';

/** A refusal with every problem it lists, each naming its field; announced to screen readers as an alert. */
export function RefusalNotice({ id, refusal }: { id: string; refusal: RefusalView }) {
  return (
    <div id={id} role="alert" className="refusal error">
      <p>{refusal.headline}</p>
      {refusal.problems.length ? (
        <ul>
          {refusal.problems.map((p, i) => (
            <li key={`${p.field}:${i}`}>{p.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
