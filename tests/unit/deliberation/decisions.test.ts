import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  checkDecisions,
  DECISION_KINDS,
  proposePromotion,
  waitingList,
  type Decision,
} from '../../../common/deliberation/decisions.ts';
import { refusal } from './errors.ts';

const valid: Record<(typeof DECISION_KINDS)[number], Decision> = {
  retenu: { dossier: 'A', decision: 'retenu', motivation: 'Projet solide, partenariat ancien.' },
  retenu_sous_reserve: { dossier: 'B', decision: 'retenu_sous_reserve', motivation: 'Bon projet.', conditions: 'Joindre la délibération du conseil.' },
  liste_attente: { dossier: 'C', decision: 'liste_attente', motivation: 'Juste sous la barre.', waitlistPosition: 1 },
  non_retenu: { dossier: 'D', decision: 'non_retenu', motivation: 'Pas de partenaire identifié.' },
  ajourne: { dossier: 'E', decision: 'ajourne', motivation: 'Pièces manquantes : à revoir en seconde vague.' },
};

describe('decisions', () => {
  it.each(DECISION_KINDS)('accepts a well-formed « %s », text trimmed and fields that do not apply null', (kind) => {
    const d = checkDecision({ ...valid[kind], motivation: `  ${valid[kind].motivation}  ` });
    expect(d.motivation).toBe(valid[kind].motivation);
    expect(d.conditions).toBe(kind === 'retenu_sous_reserve' ? 'Joindre la délibération du conseil.' : null);
    expect(d.waitlistPosition).toBe(kind === 'liste_attente' ? 1 : null);
  });

  it.each(DECISION_KINDS)('refuses « %s » without a motivation, blank or missing', (kind) => {
    for (const motivation of ['', '   \n', undefined]) {
      expect(refusal(() => checkDecision({ ...valid[kind], motivation: motivation as string }))).toEqual({
        code: 'deliberation.motivation_missing',
        params: { dossier: valid[kind].dossier },
      });
    }
  });

  it('asks « retenu sous réserve » for its conditions, and no one else', () => {
    expect(refusal(() => checkDecision({ ...valid.retenu_sous_reserve, conditions: ' ' })).code).toBe('deliberation.conditions_missing');
    expect(refusal(() => checkDecision({ ...valid.retenu, conditions: 'x' })).code).toBe('deliberation.conditions_unexpected');
  });

  it('asks the waiting list for a position from 1, and no one else', () => {
    for (const waitlistPosition of [null, 0, 1.5, -2]) {
      expect(refusal(() => checkDecision({ ...valid.liste_attente, waitlistPosition })).code).toBe('deliberation.waitlist_position_missing');
    }
    expect(refusal(() => checkDecision({ ...valid.non_retenu, waitlistPosition: 3 })).code).toBe('deliberation.waitlist_position_unexpected');
  });

  it('refuses an unknown decision', () => {
    expect(refusal(() => checkDecision({ ...valid.retenu, decision: 'accepte' as Decision['decision'] }))).toEqual({
      code: 'deliberation.decision_invalid',
      params: { dossier: 'A', decision: 'accepte' },
    });
  });

  it('refuses a set with two decisions for a dossier or one waiting-list position given twice', () => {
    expect(refusal(() => checkDecisions([valid.retenu, { ...valid.non_retenu, dossier: 'A' }]))).toEqual({
      code: 'deliberation.duplicate_decision',
      params: { dossier: 'A' },
    });
    expect(refusal(() => checkDecisions([valid.liste_attente, { ...valid.liste_attente, dossier: 'F' }]))).toEqual({
      code: 'deliberation.waitlist_position_taken',
      params: { position: 1, first: 'C', second: 'F' },
    });
  });
});

describe('waiting list and withdrawal', () => {
  const decisions: Decision[] = [
    valid.retenu,
    valid.retenu_sous_reserve,
    { dossier: 'W3', decision: 'liste_attente', motivation: 'm', waitlistPosition: 5 },
    { dossier: 'W1', decision: 'liste_attente', motivation: 'm', waitlistPosition: 2 },
    { dossier: 'W2', decision: 'liste_attente', motivation: 'm', waitlistPosition: 3 },
    valid.non_retenu,
  ];

  it('orders the waiting list by position', () => {
    expect(waitingList(decisions).map((d) => d.dossier)).toEqual(['W1', 'W2', 'W3']);
  });

  it('proposes promoting the first on the list when a selected applicant withdraws, the rest renumbered', () => {
    expect(proposePromotion(decisions, 'A')).toEqual({
      withdrawn: 'A',
      promoted: 'W1',
      fromPosition: 2,
      waitingList: [{ dossier: 'W2', position: 1 }, { dossier: 'W3', position: 2 }],
    });
    // Selected with conditions is selected too.
    expect(proposePromotion(decisions, 'B')?.promoted).toBe('W1');
  });

  it('proposes nothing when the list is empty, and refuses a withdrawal of a dossier that was not selected', () => {
    expect(proposePromotion([valid.retenu, valid.non_retenu], 'A')).toBeNull();
    expect(refusal(() => proposePromotion(decisions, 'D'))).toEqual({ code: 'deliberation.not_selected', params: { dossier: 'D' } });
    expect(refusal(() => proposePromotion(decisions, 'W1')).code).toBe('deliberation.not_selected');
    expect(refusal(() => proposePromotion(decisions, 'nobody')).code).toBe('deliberation.not_selected');
  });
});
