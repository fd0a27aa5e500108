/** An error shown beside the field it is about; the field points at it with aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] | string | null }) {
  const list = messages == null ? [] : Array.isArray(messages) ? messages : [messages];
  if (list.length === 0) return null;
  return (
    <p className="field-error" id={id}>
      {list.join(' ')}
    </p>
  );
}
