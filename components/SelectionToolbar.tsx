/**
 * The content of `<planlens-toolbar>`'s shadow root (design.md §6): colour choices and
 * `button[data-action="save-highlight"]`. It never shows note text: the page can read it.
 */
import { t, type Lang } from '@/lib/i18n-core';
import { HIGHLIGHT_COLORS, HIGHLIGHT_PALETTE, type HighlightColor } from './highlightColors';

export interface SelectionToolbarProps {
  lang: Lang;
  color: HighlightColor;
  colors?: readonly HighlightColor[];
  onColorChange: (color: HighlightColor) => void;
  onSave: (color: HighlightColor) => void;
}

/** Pressing a button must not clear the page's selection before the click saves it. */
const keepSelection = (e: MouseEvent) => e.preventDefault();

export function SelectionToolbar({ lang, color, colors = HIGHLIGHT_COLORS, onColorChange, onSave }: SelectionToolbarProps) {
  return (
    <div class="pl pl-toolbar" role="toolbar" aria-label={t('app.name', lang)}>
      <div class="pl-swatches" role="group" aria-label={t('toolbar.color', lang)}>
        {colors.map((c) => (
          <button
            key={c}
            type="button"
            class="pl-swatch"
            data-color={c}
            aria-pressed={c === color ? 'true' : 'false'}
            aria-label={t(`color.${c}`, lang)}
            title={t(`color.${c}`, lang)}
            style={{ '--pl-swatch': HIGHLIGHT_PALETTE[c].fill }}
            onMouseDown={keepSelection}
            onClick={() => onColorChange(c)}
          />
        ))}
      </div>
      <button type="button" class="pl-save" data-action="save-highlight" onMouseDown={keepSelection} onClick={() => onSave(color)}>
        {t('toolbar.save', lang)}
      </button>
    </div>
  );
}
