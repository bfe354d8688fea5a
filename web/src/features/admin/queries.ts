import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganizationKind, OrganizationStatus } from '@scenebridge/shared';
import { api, unwrap } from '../../app/api';

export interface OrganizationFilter {
  status?: OrganizationStatus;
  kind?: OrganizationKind;
  q?: string;
  page: number;
}

export function useAdminOrganizations(filter: OrganizationFilter) {
  return useQuery({
    queryKey: ['admin', 'organizations', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/organizations', { params: { query: { ...filter, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePendingCount() {
  return useQuery({
    queryKey: ['admin', 'organizations', 'pending-count'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/admin/organizations', { params: { query: { status: 'pending', pageSize: 1 } } })).total,
  });
}

export function useVerifyOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/admin/organizations/{id}/verify', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'organizations'] }),
  });
}

export function useRejectOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await api.POST('/api/v1/admin/organizations/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'organizations'] }),
  });
}

export interface ReviewerFilter {
  q?: string;
  active?: boolean;
  page: number;
}

export function useReviewers(filter: ReviewerFilter) {
  return useQuery({
    queryKey: ['admin', 'reviewers', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/reviewers', { params: { query: { ...filter, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateReviewer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; displayName: string; expertise: string[]; affiliations?: string[] }) =>
      unwrap(await api.POST('/api/v1/admin/reviewers', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'reviewers'] }),
  });
}

/** Changes an expert's name, expertise or affiliations (the affiliations decide conflicts of interest). */
export function useUpdateReviewer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string; displayName?: string; expertise?: string[]; affiliations?: string[] }) =>
      unwrap(await api.PATCH('/api/v1/admin/reviewers/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'reviewers'] }),
  });
}

export function useReviewerAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: 'activate' | 'deactivate' }) =>
      action === 'activate'
        ? unwrap(await api.POST('/api/v1/admin/reviewers/{id}/activate', { params: { path: { id } } }))
        : unwrap(await api.POST('/api/v1/admin/reviewers/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'reviewers'] }),
  });
}

export function useNewReviewerLink() {
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/admin/reviewers/{id}/link', { params: { path: { id } } })),
  });
}

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  page: number;
}

export function useAuditEntries(filter: AuditFilter) {
  return useQuery({
    queryKey: ['admin', 'audit', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/audit', { params: { query: { ...filter, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: ['admin', 'audit', 'actions'],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/audit/actions')).items,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/admin/audit/verify')) });
}

export function useAdminBatches() {
  return useQuery({ queryKey: ['admin', 'batches'], queryFn: async () => unwrap(await api.GET('/api/v1/admin/batches')).items });
}

export function useSaveBatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      id?: string;
      year?: number;
      number?: number;
      name?: string;
      status?: 'planned' | 'published' | 'closed';
    }) =>
      input.id
        ? unwrap(
            await api.PATCH('/api/v1/admin/batches/{id}', {
              params: { path: { id: input.id } },
              body: { name: input.name, status: input.status },
            }),
          )
        : unwrap(await api.POST('/api/v1/admin/batches', { body: { year: input.year!, number: input.number!, name: input.name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'batches'] }),
  });
}

export function useAdminSectors() {
  return useQuery({ queryKey: ['admin', 'sectors'], queryFn: async () => unwrap(await api.GET('/api/v1/admin/sectors')).items });
}

export function useSaveSector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      create: boolean;
      code: string;
      nameZh?: string;
      nameEn?: string;
      sortOrder?: number;
      active?: boolean;
    }) => {
      const { create, code, ...rest } = input;
      return create
        ? unwrap(
            await api.POST('/api/v1/admin/sectors', {
              body: { code, nameZh: rest.nameZh!, nameEn: rest.nameEn!, sortOrder: rest.sortOrder },
            }),
          )
        : unwrap(await api.PATCH('/api/v1/admin/sectors/{code}', { params: { path: { code } }, body: rest }));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'sectors'] });
      void client.invalidateQueries({ queryKey: ['sectors'] });
    },
  });
}

/** This API process's background jobs (a separate worker process reports nothing here). */
export function useJobs() {
  return useQuery({
    queryKey: ['admin', 'jobs'],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/jobs')),
    refetchInterval: 15_000,
  });
}

export function useSearchStatus() {
  return useQuery({
    queryKey: ['admin', 'search-status'],
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/search/status')),
    refetchInterval: 15_000,
  });
}
