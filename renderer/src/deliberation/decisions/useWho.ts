/**
 * Who acted, in words: the audit's actor is a member's id, the secretariat, or nobody named (the context's default
 * actor, which is the secretariat's interface).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';

export function useWho(): (actor: string | null) => string {
  const { t } = useTranslation('decisions');
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const list = members.data;
  return useCallback(
    (actor: string | null) => {
      if (actor === null || actor === 'secretariat') return t('panel.secretariat');
      return list?.find((m) => m.id === actor)?.name ?? actor;
    },
    [list, t],
  );
}
