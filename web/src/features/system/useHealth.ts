import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

export type HealthState = 'ok' | 'degraded' | 'unknown';

/** Polls the API health route; 503 means a dependency is down. */
export function useHealth(): HealthState {
  const query = useQuery({
    queryKey: ['system', 'health'],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/health');
      return response.ok && data?.status === 'ok';
    },
    refetchInterval: 60_000,
    retry: false,
  });
  if (query.isPending) return 'unknown';
  return query.data ? 'ok' : 'degraded';
}
