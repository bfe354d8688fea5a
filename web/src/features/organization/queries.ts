import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';

export const organizationKeys = {
  mine: ['organization', 'mine'] as const,
  members: ['organization', 'members'] as const,
  invitations: ['organization', 'invitations'] as const,
};

export function useMyOrganization() {
  return useQuery({ queryKey: organizationKeys.mine, queryFn: async () => unwrap(await api.GET('/api/v1/organizations/me')) });
}

export function useMembers() {
  return useQuery({
    queryKey: organizationKeys.members,
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/me/members')).items,
  });
}

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: organizationKeys.invitations,
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/me/invitations')).items,
    enabled,
  });
}

export function useUpdateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name?: string; region?: string }) => unwrap(await api.PATCH('/api/v1/organizations/me', { body })),
    onSuccess: (organization) => client.setQueryData(organizationKeys.mine, organization),
  });
}

export function useResubmit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/organizations/me/resubmit')),
    onSuccess: (organization) => client.setQueryData(organizationKeys.mine, organization),
  });
}

export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (email: string) => unwrap(await api.POST('/api/v1/organizations/me/invitations', { body: { email } })),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.invitations }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/organizations/me/invitations/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.invitations }),
  });
}

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.POST('/api/v1/organizations/me/members/{userId}/remove', { params: { path: { userId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKeys.members }),
  });
}
