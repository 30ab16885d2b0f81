import type { ComponentChildren } from 'preact';

/**
 * One checkbox row of the options page: the box, then its label (and, in `children`, an optional
 * `<small>` hint). Every switch of every section is one of these, so they look and behave alike.
 */
export function CheckOption({
  data: { checked, testId, disabled = false },
  actions: { onChange },
  children,
}: {
  data: { checked: boolean; testId: string; disabled?: boolean };
  actions: { onChange: (checked: boolean) => void };
  children: ComponentChildren;
}) {
  return (
    <label class="sf-check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
