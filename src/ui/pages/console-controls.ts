import type { WorkshopKey } from '../../app/i18n/workshop-i18n';
import { sendControl } from '../../app/workshop/console-controls';
import {
  CONTROL_SPEEDS,
  type ControlAction,
  type ControlRequest,
  MAX_MESSAGE_CHARS,
} from '../../app/workshop/control-protocol';
import type { InjectLabel } from '../../story/inject-labels';
import { el } from '../dom/dom';

type T = (key: WorkshopKey, vars?: Record<string, string | number>) => string;

export interface ControlsInput {
  readonly workshop: string;
  readonly key: string;
  readonly teams: readonly string[];
  readonly injects: readonly InjectLabel[];
  readonly speed: number;
  /** Called after each control the server took, so the table shows it on its way. */
  readonly sent: () => void;
}

/**
 * The console's controls: start, pause and resume every team, the speed, a message and an inject
 * to one team or all. Each button sends one control and says on the page whom it went to, or why
 * the server refused it. Built once: the table beside it is redrawn, the form keeps what is typed.
 */
export function controlsForm(input: ControlsInput, t: T): HTMLElement {
  const status = el('p', { role: 'status', class: 'console-sent ws-status' });
  const send = async (request: ControlRequest): Promise<void> => {
    const answer = await sendControl(input.workshop, input.key, request);
    status.textContent = answer.ok
      ? t('console.sent', { teams: answer.to.join(', ') })
      : t('console.notSent', { status: answer.status, reason: answer.reason });
    if (answer.ok) input.sent();
  };
  const all = (control: ControlAction) => () => void send({ to: 'all', control });
  const button = (label: string, onClick: () => void, name: string) =>
    el('button', { type: 'button', 'data-control': name, onClick }, label);

  const target = (name: string) =>
    el(
      'select',
      { 'aria-label': t('console.to'), name },
      el('option', { value: 'all' }, t('console.allTeams')),
      ...input.teams.map((team, i) => el('option', { value: String(i) }, team)),
    );
  const to = (select: HTMLSelectElement): ControlRequest['to'] =>
    select.value === 'all' ? 'all' : Number(select.value);

  const speed = el(
    'select',
    { id: 'console-speed', name: 'speed' },
    ...CONTROL_SPEEDS.map((s) => el('option', { value: String(s), selected: s === input.speed }, `×${s}`)),
  );
  const messageTo = target('message-to');
  const text = el('input', {
    id: 'console-message',
    type: 'text',
    maxlength: String(MAX_MESSAGE_CHARS),
    autocomplete: 'off',
  });
  const injectTo = target('inject-to');
  const inject = el(
    'select',
    { id: 'console-inject', name: 'inject' },
    ...input.injects.map((i) => el('option', { value: i.id }, i.label)),
  );

  return el(
    'section',
    { class: 'console-controls', 'aria-labelledby': 'console-controls-title' },
    el('h2', { id: 'console-controls-title' }, t('console.controls')),
    el('p', {}, t('console.controlsIntro')),
    el(
      'div',
      { class: 'ws-row' },
      button(t('console.startAll'), all({ type: 'start' }), 'start'),
      button(t('console.pauseAll'), all({ type: 'pause' }), 'pause'),
      button(t('console.resumeAll'), all({ type: 'resume' }), 'resume'),
    ),
    el(
      'div',
      { class: 'ws-row' },
      el('label', { for: 'console-speed' }, t('console.speed')),
      speed,
      button(
        t('console.setSpeed'),
        () => void send({ to: 'all', control: { type: 'speed', speed: Number(speed.value) } }),
        'speed',
      ),
    ),
    el(
      'div',
      { class: 'ws-row' },
      el('label', { for: 'console-message' }, t('console.message')),
      text,
      messageTo,
      button(
        t('console.sendMessage'),
        () => void send({ to: to(messageTo), control: { type: 'message', text: text.value } }),
        'message',
      ),
    ),
    input.injects.length === 0
      ? el('p', {}, t('console.noInjects'))
      : el(
          'div',
          { class: 'ws-row' },
          el('label', { for: 'console-inject' }, t('console.inject')),
          inject,
          injectTo,
          button(
            t('console.sendInject'),
            () => void send({ to: to(injectTo), control: { type: 'inject', inject: inject.value } }),
            'inject',
          ),
        ),
    status,
  );
}
