import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';

export function useStatistics() {
  return useQuery({ queryKey: ['stats'], queryFn: async () => unwrap(await api.GET('/api/v1/stats')) });
}

export function useMyStatistics(enabled: boolean) {
  return useQuery({ queryKey: ['stats', 'me'], queryFn: async () => unwrap(await api.GET('/api/v1/organizations/me/stats')), enabled });
}
