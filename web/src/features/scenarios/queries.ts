import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiPaths } from '@scenebridge/shared';
import { api, unwrap } from '../../app/api';
import type { Schemas } from '../../app/types';

export type SearchQuery = NonNullable<ApiPaths['/api/v1/scenarios']['get']['parameters']['query']>;
export type ScenarioInput = Schemas['CreateScenarioDto'];
export type ScenarioUpdate = Schemas['UpdateScenarioDto'];

export const scenarioKeys = {
  all: ['scenarios'] as const,
  search: (q: SearchQuery) => ['scenarios', 'search', q] as const,
  detail: (id: string) => ['scenarios', 'detail', id] as const,
  versions: (id: string) => ['scenarios', 'versions', id] as const,
  mine: (status: string | undefined, page: number) => ['scenarios', 'mine', status, page] as const,
  admin: (status: string, page: number) => ['scenarios', 'admin', status, page] as const,
};

export function useScenarioSearch(query: SearchQuery) {
  return useQuery({
    queryKey: scenarioKeys.search(query),
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** Titles matching what is being typed, for the search box. */
export function useSuggestions(q: string) {
  return useQuery({
    queryKey: ['scenarios', 'suggest', q],
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios', { params: { query: { q, pageSize: 6 } } })).items,
    enabled: q.trim().length >= 1,
    staleTime: 60_000,
  });
}

export function useScenario(id: string) {
  return useQuery({
    queryKey: scenarioKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}', { params: { path: { id } } })),
    retry: false,
    enabled: id.length > 0,
  });
}

export function useVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: scenarioKeys.versions(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/scenarios/{id}/versions', { params: { path: { id } } })).items,
    enabled,
  });
}

export function useSectors() {
  return useQuery({ queryKey: ['sectors'], queryFn: async () => unwrap(await api.GET('/api/v1/sectors')).items, staleTime: 10 * 60_000 });
}

export function useBatches() {
  return useQuery({ queryKey: ['batches'], queryFn: async () => unwrap(await api.GET('/api/v1/batches')).items, staleTime: 5 * 60_000 });
}

export function useAgency(id: string) {
  return useQuery({
    queryKey: ['agency', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

export function useMyScenarios(status: string | undefined, page: number) {
  return useQuery({
    queryKey: scenarioKeys.mine(status, page),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organizations/me/scenarios', {
          params: { query: { status: status ? [status] : undefined, page, pageSize: 20 } as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAdminScenarios(status: string, page: number) {
  return useQuery({
    queryKey: scenarioKeys.admin(status, page),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/scenarios', { params: { query: { status: [status], page, pageSize: 20 } as never } })),
    placeholderData: keepPreviousData,
  });
}

/** Every scenario mutation refreshes the scenario caches. */
function useScenarioMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: scenarioKeys.all }) });
}

export const useCreateScenario = () =>
  useScenarioMutation(async (body: ScenarioInput) => unwrap(await api.POST('/api/v1/scenarios', { body })));
export const useUpdateScenario = () =>
  useScenarioMutation(async ({ id, body }: { id: string; body: ScenarioUpdate }) =>
    unwrap(await api.PATCH('/api/v1/scenarios/{id}', { params: { path: { id } }, body })),
  );
export const useSubmitScenario = () =>
  useScenarioMutation(async (id: string) => unwrap(await api.POST('/api/v1/scenarios/{id}/submit', { params: { path: { id } } })));
export const useWithdrawScenario = () =>
  useScenarioMutation(async (id: string) => unwrap(await api.POST('/api/v1/scenarios/{id}/withdraw', { params: { path: { id } } })));
export const useDeleteScenario = () =>
  useScenarioMutation(async (id: string) => unwrap(await api.DELETE('/api/v1/scenarios/{id}', { params: { path: { id } } })));
export const useCancelScenario = () =>
  useScenarioMutation(async ({ id, reason }: { id: string; reason: string }) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );
export const usePublishScenario = () =>
  useScenarioMutation(async ({ id, batchId }: { id: string; batchId?: string }) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/publish', { params: { path: { id } }, body: { batchId } })),
  );
export const useReturnScenario = () =>
  useScenarioMutation(async ({ id, reason }: { id: string; reason: string }) =>
    unwrap(await api.POST('/api/v1/scenarios/{id}/return', { params: { path: { id } }, body: { reason } })),
  );
export const useRemoveAttachment = () =>
  useScenarioMutation(async ({ id, attachmentId }: { id: string; attachmentId: string }) =>
    unwrap(await api.DELETE('/api/v1/scenarios/{id}/attachments/{attachmentId}', { params: { path: { id, attachmentId } } })),
  );
