// The search box: a combobox with street suggestions from /api/streets?q= on the street part of what is typed (so
// they go on while the house number is typed), submitting a street, an address or typed coordinates. The list opens
// below the whole form, never over its buttons.
import { api } from './api.js';
import { el, clear } from './dom.js';
import { splitQuery, suggestable } from './search-text.js';

/**
 * onSubmit({ text, street }) — street: the chosen suggestion (an /api/streets item: { id, name, districts, point|null })
 * when the text still begins with its name, else null.
 */
export function initSearch({ onSubmit }) {
  const form = document.getElementById('search');
  const input = document.getElementById('search-input');
  const list = document.getElementById('suggestions');
  let items = [];
  let active = -1;
  let chosen = null;
  let timer = 0;
  let sequence = 0;
  let lastStreet = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index) => {
    chosen = items[index];
    const { rest } = splitQuery(input.value);
    input.value = rest ? `${chosen.name} ${rest}` : chosen.name;
    close();
    onSubmit({ text: input.value, street: chosen });
  };

  const show = (streets) => {
    items = streets;
    clear(list);
    streets.forEach((street, i) => {
      const li = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' }, street.name,
        street.districts.length ? el('span', { class: 'suggestion-districts' }, ` — ${street.districts.join(', ')}`) : null);
      li.addEventListener('mousedown', (event) => event.preventDefault());
      li.addEventListener('click', () => choose(i));
      list.append(li);
    });
    list.hidden = streets.length === 0;
    input.setAttribute('aria-expanded', String(streets.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const { street } = splitQuery(input.value);
    if (!suggestable(street)) {
      lastStreet = '';
      show([]);
      return;
    }
    if (street === lastStreet && items.length) return; // the number is being typed: the same streets still fit
    timer = setTimeout(async () => {
      const mine = ++sequence;
      const response = await api.streets(street);
      if (mine !== sequence) return;
      lastStreet = street;
      // [{ id, name: 'ulica Adama Mickiewicza', fullName, shortName, type, districts, point|null }]: the official name
      // with its type is shown, with the districts that tell apart streets of one name.
      show(response.ok ? response.data.slice(0, 8) : []);
    }, 180);
  });

  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    sequence++;
    close();
    const text = input.value.trim();
    const street = chosen && text.startsWith(chosen.name) ? chosen : null;
    onSubmit({ text, street });
  });
}
