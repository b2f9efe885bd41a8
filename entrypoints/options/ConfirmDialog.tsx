/** A modal confirmation (<dialog>): Escape or Cancel closes it, the danger button confirms. */
import { useEffect, useRef } from 'preact/hooks';
import { t, type Lang } from '@/lib/i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  lang: Lang;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} class="pl-dialog" aria-labelledby="pl-confirm-title" onCancel={props.onCancel} data-dialog="confirm">
      <h2 id="pl-confirm-title">{props.title}</h2>
      <p>{props.text}</p>
      <div class="pl-bar pl-bar--end">
        <button type="button" class="pl-btn" data-action="cancel" onClick={props.onCancel}>
          {t('page.cancel', props.lang)}
        </button>
        <button type="button" class="pl-btn pl-btn--danger-solid" data-action="confirm" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
