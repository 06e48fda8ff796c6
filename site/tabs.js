// ARIA tabs (WAI-ARIA Authoring Practices "tabs with automatic activation"): one tab stop for
// the whole list, arrow keys move between tabs and select them, Home and End jump to the ends.
// All tabs control the same panel, whose content the caller swaps in `onSelect`.

export function createTabs(list, panel, items, onSelect) {
  const tabs = items.map((item, i) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${item.id}`;
    tab.className = 'tab';
    tab.textContent = item.label;
    tab.setAttribute('aria-controls', panel.id);
    tab.setAttribute('aria-selected', 'false');
    tab.tabIndex = -1;
    tab.addEventListener('click', () => select(i, { user: true }));
    list.append(tab);
    return tab;
  });

  let current = -1;
  function select(i, { focus = false, user = false } = {}) {
    if (i === current) {
      if (focus) tabs[i].focus();
      return;
    }
    if (current >= 0) {
      tabs[current].setAttribute('aria-selected', 'false');
      tabs[current].tabIndex = -1;
    }
    current = i;
    tabs[i].setAttribute('aria-selected', 'true');
    tabs[i].tabIndex = 0;
    panel.setAttribute('aria-labelledby', tabs[i].id);
    if (focus) tabs[i].focus();
    onSelect(i, { user });
  }

  list.addEventListener('keydown', (e) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    select(next, { focus: true, user: true });
  });

  return {
    select,
    get current() { return current; },
  };
}
