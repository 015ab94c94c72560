/** Whether the open session is a member's scoring file made from a review package (null: the secretariat's session). */
import type { MemberModeInfo } from '../../../common/exchange/records.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery, type Loaded } from '../data/useApiQuery.ts';
import { api } from '../transport.ts';

export function useMemberMode(sessionOpen: boolean): Loaded<MemberModeInfo | null> {
  return useApiQuery(queryKeys.exchange('memberMode'), () => api.memberMode({}), { enabled: sessionOpen });
}
