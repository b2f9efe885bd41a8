/**
 * The page's highlights in the side panel (design.md §6): each an element with
 * `data-highlight-id` holding `textarea[name="note"]` and `input[name="tags"]`, edited in place;
 * highlights that could not be placed carry `data-orphan` and stay listed with their note.
 * Each carries `data-anchor` when the page reported it: `exact`, `orphan`, or `fuzzy` — placed on
 * changed text, shown as "please check" with a one-click `button[data-action="confirm-anchor"]`
 * (issue 14); a fuzzy placement is never shown as certain.
 * Callbacks fire on every edit; the caller debounces its writes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightRecord } from '@/lib/types';
import { t, type Lang } from '@/lib/i18n';
import { formatTags, parseTags } from '@/lib/format';

export interface HighlightListProps {
  highlights: readonly HighlightRecord[];
  /** Ids of highlights that could not be anchored in the page. */
  orphanIds?: ReadonlySet<string> | readonly string[];
  /** Ids of highlights the page placed fuzzily (its text changed). */
  fuzzyIds?: ReadonlySet<string> | readonly string[];
  /** Whether the page has reported where highlights are (otherwise no `data-anchor`). */
  anchorsKnown?: boolean;
  lang: Lang;
  onNoteChange: (id: string, note: string) => void;
  onTagsChange: (id: string, tags: string[]) => void;
  onJump: (id: string) => void;
  onDelete: (id: string) => void;
  /** The user says a fuzzy placement is right: re-record it there. */
  onConfirm?: (id: string) => void;
}

type Anchor = 'exact' | 'fuzzy' | 'orphan';

/**
 * A field's text kept locally while the user types: the caller's props lag behind its debounced
 * writes, so they only replace the text when the field is not being edited.
 */
function useDraft(value: string) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    const el = ref.current;
    // getRootNode: inside a shadow root the document's activeElement is the host, not the field.
    if (el && (el.getRootNode() as Document | ShadowRoot).activeElement !== el) setDraft(value);
  }, [value]);
  return [draft, setDraft, ref] as const;
}

function Item({ h, anchor, props }: { h: HighlightRecord; anchor: Anchor | undefined; props: HighlightListProps }) {
  const orphan = anchor === 'orphan';
  const fuzzy = anchor === 'fuzzy';
  const { lang } = props;
  const [note, setNote, noteRef] = useDraft(h.note);
  const [tags, setTags, tagsRef] = useDraft(formatTags(h.tags));
  const noteId = `pl-hl-note-${h.id}`;
  const tagsId = `pl-hl-tags-${h.id}`;
  return (
    <li
      class={orphan ? 'pl-hl pl-hl--orphan' : fuzzy ? 'pl-hl pl-hl--fuzzy' : 'pl-hl'}
      data-highlight-id={h.id}
      data-orphan={orphan ? '' : undefined}
      data-anchor={anchor}
      data-color={h.color}
    >
      <blockquote class="pl-hl-exact">{h.exact}</blockquote>
      {orphan && (
        <p class="pl-hl-orphan" role="note">
          {t('highlights.orphan', lang)}
        </p>
      )}
      {fuzzy && (
        <div class="pl-hl-fuzzy" role="note">
          <span class="pl-hl-fuzzy-text">{t('highlights.fuzzy', lang)}</span>
          <button type="button" data-action="confirm-anchor" title={t('highlights.confirmTitle', lang)} onClick={() => props.onConfirm?.(h.id)}>
            {t('highlights.confirm', lang)}
          </button>
        </div>
      )}
      <label class="pl-hl-field" for={noteId}>
        {t('highlights.note', lang)}
      </label>
      <textarea
        ref={noteRef}
        id={noteId}
        name="note"
        rows={2}
        value={note}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLTextAreaElement).value;
          setNote(v);
          props.onNoteChange(h.id, v);
        }}
      />
      <label class="pl-hl-field" for={tagsId}>
        {t('highlights.tags', lang)}
      </label>
      <input
        ref={tagsRef}
        id={tagsId}
        name="tags"
        type="text"
        value={tags}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setTags(v);
          props.onTagsChange(h.id, parseTags(v));
        }}
      />
      <div class="pl-hl-actions">
        <button type="button" data-action="jump" disabled={orphan} onClick={() => props.onJump(h.id)}>
          {t('highlights.jump', lang)}
        </button>
        <button type="button" data-action="delete" class="pl-danger" onClick={() => props.onDelete(h.id)}>
          {t('highlights.delete', lang)}
        </button>
      </div>
    </li>
  );
}

export function HighlightList(props: HighlightListProps) {
  const orphans = new Set(props.orphanIds ?? []);
  const fuzzy = new Set(props.fuzzyIds ?? []);
  const anchorOf = (id: string): Anchor | undefined =>
    orphans.has(id) ? 'orphan' : fuzzy.has(id) ? 'fuzzy' : props.anchorsKnown ? 'exact' : undefined;
  if (props.highlights.length === 0) {
    return (
      <div class="pl pl-highlights">
        <p class="pl-hl-none">{t('highlights.none', props.lang)}</p>
      </div>
    );
  }
  return (
    <div class="pl pl-highlights">
      <ul class="pl-hl-list" aria-label={t('highlights.title', props.lang)}>
        {props.highlights.map((h) => (
          <Item key={h.id} h={h} anchor={anchorOf(h.id)} props={props} />
        ))}
      </ul>
    </div>
  );
}
