/** An on/off switch: a button with role="switch" whose text is its label. */
import { t, type Lang } from '@/lib/i18n';

export interface SwitchToggleProps {
  checked: boolean;
  label: string;
  lang: Lang;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  id?: string;
  name?: string;
}

export function SwitchToggle({ checked, label, lang, onChange, disabled, id, name }: SwitchToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      name={name}
      class="pl pl-switch"
      aria-checked={checked ? 'true' : 'false'}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="pl-switch-track" aria-hidden="true">
        <span class="pl-switch-thumb" />
      </span>
      <span class="pl-switch-label">{label}</span>
      <span class="pl-switch-state" aria-hidden="true">
        {t(checked ? 'switch.on' : 'switch.off', lang)}
      </span>
    </button>
  );
}
