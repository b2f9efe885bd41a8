// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HighlightList, type HighlightListProps } from '@/components/HighlightList';
import { SelectionToolbar } from '@/components/SelectionToolbar';
import { SwitchToggle } from '@/components/SwitchToggle';
import type { HighlightRecord } from '@/lib/types';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const hl = (id: string, exact: string, note: string, tags: string[], color = 'yellow'): HighlightRecord => ({
  id,
  url: 'https://www.jiaxing.gov.cn/art/2024/3/1/art_1_2.html',
  planId: '嘉兴市/2024/annual-plan',
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
  exact,
  note,
  tags,
  color,
  createdAt: 1,
  updatedAt: 1,
});

const highlights = [
  hl('a', '固定资产投资增长6%以上', '比2022年的8%低', ['投资']),
  hl('b', '城镇调查失业率控制在5%以内', '更严格', ['就业', '民生'], 'green'),
];

function show(over: Partial<HighlightListProps> = {}) {
  const props: HighlightListProps = {
    highlights,
    orphanIds: ['b'],
    lang: 'zh',
    onNoteChange: vi.fn(),
    onTagsChange: vi.fn(),
    onJump: vi.fn(),
    onDelete: vi.fn(),
    ...over,
  };
  act(() => render(<HighlightList {...props} />, root));
  return props;
}

const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('HighlightList', () => {
  it('one data-highlight-id element each with note and tags fields; orphans kept and marked', () => {
    show();
    const items = [...root.querySelectorAll('[data-highlight-id]')];
    expect(items.map((i) => i.getAttribute('data-highlight-id'))).toEqual(['a', 'b']);
    expect(items.map((i) => i.hasAttribute('data-orphan'))).toEqual([false, true]);
    expect((items[0].querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('比2022年的8%低');
    expect((items[1].querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('更严格');
    expect((items[1].querySelector('input[name="tags"]') as HTMLInputElement).value).toBe('就业, 民生');
    expect(items[1].textContent).toContain('未能在页面中找到这段文字');
    expect((items[1].querySelector('[data-action="jump"]') as HTMLButtonElement).disabled).toBe(true);
    expect((items[0].querySelector('[data-action="jump"]') as HTMLButtonElement).disabled).toBe(false);
    // Every field has a label.
    for (const f of root.querySelectorAll('textarea, input')) expect(root.querySelector(`label[for="${f.id}"]`)).not.toBeNull();
  });

  it('edits in place: note text and parsed tags go to the callbacks, the field keeps what was typed', () => {
    const props = show({ orphanIds: new Set<string>() });
    const item = root.querySelector('[data-highlight-id="a"]')!;
    const note = item.querySelector('textarea[name="note"]') as HTMLTextAreaElement;
    type(note, '比2022年的8%低两个百分点');
    expect(props.onNoteChange).toHaveBeenLastCalledWith('a', '比2022年的8%低两个百分点');
    const tags = item.querySelector('input[name="tags"]') as HTMLInputElement;
    type(tags, '投资，对比, ');
    expect(props.onTagsChange).toHaveBeenLastCalledWith('a', ['投资', '对比']);
    expect(tags.value).toBe('投资，对比, ');
    act(() => (item.querySelector('[data-action="jump"]') as HTMLButtonElement).click());
    expect(props.onJump).toHaveBeenCalledWith('a');
    act(() => (root.querySelector('[data-highlight-id="b"] [data-action="delete"]') as HTMLButtonElement).click());
    expect(props.onDelete).toHaveBeenCalledWith('b');
  });

  it('a note changed elsewhere shows up unless the field is being edited', () => {
    show({ orphanIds: [] });
    const next = [{ ...highlights[0], note: '从别处同步的笔记' }, { ...highlights[1], note: '也改了' }];
    (root.querySelector('[data-highlight-id="b"] textarea') as HTMLTextAreaElement).focus();
    show({ highlights: next, orphanIds: [] });
    expect((root.querySelector('[data-highlight-id="a"] textarea') as HTMLTextAreaElement).value).toBe('从别处同步的笔记');
    expect((root.querySelector('[data-highlight-id="b"] textarea') as HTMLTextAreaElement).value).toBe('更严格');
  });

  it('an empty list explains how to add one', () => {
    show({ highlights: [] });
    expect(root.textContent).toBe('本页还没有标注。选中文字后点击“保存标注”。');
  });
});

describe('SelectionToolbar', () => {
  it('has the save button and colour choices, and never any note text', () => {
    const onSave = vi.fn();
    const onColorChange = vi.fn();
    act(() => render(<SelectionToolbar lang="zh" color="green" onSave={onSave} onColorChange={onColorChange} />, root));
    const save = root.querySelector('button[data-action="save-highlight"]') as HTMLButtonElement;
    expect(save.textContent).toBe('保存标注');
    const swatches = [...root.querySelectorAll('button[data-color]')];
    expect(swatches.map((s) => [s.getAttribute('data-color'), s.getAttribute('aria-pressed')])).toEqual([
      ['yellow', 'false'],
      ['green', 'true'],
      ['blue', 'false'],
      ['pink', 'false'],
    ]);
    act(() => (swatches[2] as HTMLButtonElement).click());
    expect(onColorChange).toHaveBeenCalledWith('blue');
    act(() => save.click());
    expect(onSave).toHaveBeenCalledWith('green');
    expect(root.querySelector('textarea, input')).toBeNull();
    // Pressing a button must not drop the page selection.
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    save.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});

describe('SwitchToggle', () => {
  it('is a role=switch button reporting the flipped state', () => {
    const onChange = vi.fn();
    act(() => render(<SwitchToggle checked={false} label="在本站启用" lang="zh" onChange={onChange} />, root));
    const sw = root.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.textContent).toBe('在本站启用已关闭');
    act(() => sw.click());
    expect(onChange).toHaveBeenCalledWith(true);
    act(() => render(<SwitchToggle checked label="在本站启用" lang="en" onChange={onChange} />, root));
    expect(sw.getAttribute('aria-checked')).toBe('true');
    act(() => sw.click());
    expect(onChange).toHaveBeenLastCalledWith(false);
  });
});
