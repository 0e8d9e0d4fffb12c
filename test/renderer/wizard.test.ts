import { describe, expect, it } from 'vitest';
import { initialWizard, stepNumber, transition } from '../../renderer/src/store/wizard.ts';
import type { WizardEvent, WizardState } from '../../renderer/src/store/wizard.ts';
import { demoActivation } from './fixtures.ts';

const accepted = { expiresInSeconds: 1800, retryAfterSeconds: 60 };
const icSubmitted: WizardEvent = { type: 'icSubmitted', icNumber: '900101145678', accepted, at: 1_000 };

function run(...events: WizardEvent[]): WizardState {
  return events.reduce(transition, initialWizard);
}

const toPassword: WizardEvent[] = [
  { type: 'started' },
  icSubmitted,
  { type: 'linkOpened', opened: demoActivation },
  { type: 'profileConfirmed' },
  { type: 'answersConfirmed' },
];

describe('wizard: the happy path', () => {
  it('walks start → ic → link → profile → questions → password → done', () => {
    const steps = [initialWizard, ...toPassword.map((_, index) => run(...toPassword.slice(0, index + 1)))].map(
      (state) => state.step,
    );
    expect(steps).toEqual(['start', 'ic', 'link', 'profile', 'questions', 'password']);
    const done = transition(run(...toPassword), { type: 'activated', loginUrl: 'https://ispeks.example/login' });
    expect(done.step).toBe('done');
    expect(done.loginUrl).toBe('https://ispeks.example/login');
  });

  it('keeps the accepted request, with when a resend is allowed', () => {
    expect(run({ type: 'started' }, icSubmitted).request).toEqual({
      icNumber: '900101145678',
      expiresInSeconds: 1800,
      resendAvailableAt: 61_000,
    });
  });

  it('goes straight to the link screen for someone who already has the link', () => {
    const state = run({ type: 'linkChosen' });
    expect(state.step).toBe('link');
    expect(state.request).toBeNull();
  });

  it('stays on the link screen after a resend, with the new countdown', () => {
    const state = run({ type: 'started' }, icSubmitted, { ...icSubmitted, at: 90_000 });
    expect(state.step).toBe('link');
    expect(state.request?.resendAvailableAt).toBe(150_000);
  });

  it('forgets the token and profile once activated', () => {
    const done = transition(run(...toPassword), { type: 'activated', loginUrl: 'https://ispeks.example/login' });
    expect(done.activation).toBeNull();
    expect(done.request).toBeNull();
  });
});

describe('wizard: refused transitions leave the state untouched', () => {
  const refusals: Array<[string, WizardState, WizardEvent]> = [
    ['profile confirmed on the start screen', initialWizard, { type: 'profileConfirmed' }],
    ['answers confirmed on the profile screen', run(...toPassword.slice(0, 3)), { type: 'answersConfirmed' }],
    ['activated before the answers', run(...toPassword.slice(0, 4)), { type: 'activated', loginUrl: 'https://x.example' }],
    ['activated from the start', initialWizard, { type: 'activated', loginUrl: 'https://x.example' }],
    ['a link opened on the IC screen', run({ type: 'started' }), { type: 'linkOpened', opened: demoActivation }],
    ['an IC submitted on the profile screen', run(...toPassword.slice(0, 3)), icSubmitted],
    ['started twice', run({ type: 'started' }), { type: 'started' }],
    ['"I have the link" after starting', run({ type: 'started' }), { type: 'linkChosen' }],
    ['back from the start screen', initialWizard, { type: 'back' }],
    ['back from the done screen', transition(run(...toPassword), { type: 'activated', loginUrl: 'https://x.example' }), { type: 'back' }],
    ['a new link asked for on the IC screen', run({ type: 'started' }), { type: 'newLinkRequested' }],
  ];
  it.each(refusals)('%s', (_name, state, event) => {
    expect(transition(state, event)).toBe(state);
  });
});

describe('wizard: back, new link and start over', () => {
  it('goes back one step at a time, dropping what the later step relied on', () => {
    const password = run(...toPassword);
    const questions = transition(password, { type: 'back' });
    expect(questions.step).toBe('questions');
    expect(questions.answersConfirmed).toBe(false);
    expect(transition(questions, { type: 'activated', loginUrl: 'https://x.example' })).toBe(questions);
    const profile = transition(questions, { type: 'back' });
    expect(profile.step).toBe('profile');
    const link = transition(profile, { type: 'back' });
    expect(link.step).toBe('link');
    expect(link.activation).toBeNull();
    expect(transition(link, { type: 'back' }).step).toBe('ic');
  });

  it('goes back from the link screen to the start when no IC was entered', () => {
    expect(run({ type: 'linkChosen' }, { type: 'back' }).step).toBe('start');
  });

  it('sends an expired or used link back to the IC screen, forgetting the old activation', () => {
    const state = transition(run(...toPassword), { type: 'newLinkRequested' });
    expect(state).toEqual({ ...initialWizard, step: 'ic' });
  });

  it('starts over from anywhere', () => {
    expect(transition(run(...toPassword), { type: 'startOver' })).toEqual(initialWizard);
  });
});

describe('stepNumber', () => {
  it('numbers the six flow steps and leaves the start screen out', () => {
    expect(stepNumber('start')).toBeNull();
    expect(stepNumber('ic')).toBe(1);
    expect(stepNumber('link')).toBe(2);
    expect(stepNumber('done')).toBe(6);
  });
});
