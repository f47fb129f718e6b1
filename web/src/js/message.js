// The message line under the search box: what the page is doing, or what went wrong and what to do instead.
import { el } from './dom.js';

export function showMessage(text, isError = false) {
  const message = document.getElementById('message');
  message.textContent = text;
  message.classList.toggle('error', isError);
  message.hidden = false;
  return message;
}

export function hideMessage() {
  document.getElementById('message').hidden = true;
}

/** A message with a list of buttons under it: [{ label, detail, onClick }]. */
export function showChoices(text, choices) {
  const list = el('ul', { class: 'choices' });
  for (const choice of choices) {
    const button = el('button', { type: 'button', class: 'choice' }, choice.label, el('span', { class: 'choice-answer' }, ` — ${choice.detail}`));
    button.addEventListener('click', choice.onClick);
    list.append(el('li', {}, button));
  }
  showMessage(text, true).append(list);
}
