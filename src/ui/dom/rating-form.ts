import { t } from '../../app/i18n/i18n';
import { RATED_PRINCIPLES, type Ratings } from '../../app/self-rating';
import type { Lang } from '../../content/scenario.schema';
import { scoringText } from '../../scoring/i18n';
import { el } from './dom';

/** Self-assessment: one radio group (1–5) per core principle, and a button that saves them. */
export function ratingForm(
  lang: Lang,
  title: string,
  initial: Ratings | null,
  onSave: (r: Ratings) => void,
): HTMLElement {
  const names = scoringText(lang).principle;
  const groups = RATED_PRINCIPLES.map((id) => {
    const radios = [1, 2, 3, 4, 5].map((value) => {
      const input = el('input', {
        type: 'radio',
        name: `rate-${id}`,
        value,
        id: `rate-${id}-${value}`,
        checked: initial?.[id] === value,
      });
      return el('label', { for: `rate-${id}-${value}` }, input, ` ${value} `);
    });
    return el('fieldset', {}, el('legend', {}, names[id].name), ...radios);
  });
  const form = el(
    'form',
    { 'aria-label': title },
    el('h2', {}, title),
    el('p', {}, t(lang, 'rate.heading')),
    ...groups,
  );
  const save = el('button', { type: 'submit' }, t(lang, 'rate.save'));
  form.append(save);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id: string) =>
      Number(form.querySelector<HTMLInputElement>(`input[name="rate-${id}"]:checked`)?.value ?? 0);
    const ratings = Object.fromEntries(RATED_PRINCIPLES.map((id) => [id, value(id)])) as Ratings;
    if (RATED_PRINCIPLES.every((id) => ratings[id] >= 1)) onSave(ratings);
  });
  return form;
}
