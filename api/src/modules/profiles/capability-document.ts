import type { CapabilityProfile } from './capability-profile.entity';

/** The enterprise as the profile entity knows it (its entity belongs to the organizations module). */
type Organization = NonNullable<CapabilityProfile['organization']>;

/** What the `capabilities` index holds for one verified, opted-in enterprise. */
export interface CapabilityDocument {
  id: string;
  name: string;
  region: string;
  province: string;
  summary: string;
  capabilityNames: string[];
  capabilityText: string;
  tags: string[];
  sectors: string[];
  regions: string[];
  qualifications: string[];
  caseTitles: string[];
  caseText: string;
  caseCount: number;
  teamSize: number | null;
  updatedTs: number;
}

export function isMatchable(organization: Organization, profile: CapabilityProfile | null): profile is CapabilityProfile {
  return organization.kind === 'enterprise' && organization.status === 'verified' && profile?.openForMatching === true;
}

export function toCapabilityDocument(organization: Organization, profile: CapabilityProfile): CapabilityDocument {
  const itemTags = profile.capabilities.flatMap((c) => c.tags);
  return {
    id: organization.id,
    name: organization.name,
    region: organization.region,
    province: organization.region.split('/')[0] ?? '',
    summary: profile.summary,
    capabilityNames: profile.capabilities.map((c) => c.name),
    capabilityText: profile.capabilities
      .map((c) => `${c.description} ${c.indicators ?? ''}`)
      .join('\n')
      .slice(0, 8000),
    tags: [...new Set([...profile.tags, ...itemTags])],
    sectors: profile.sectors,
    regions: profile.regions,
    qualifications: profile.qualifications,
    caseTitles: profile.cases.map((c) => c.title),
    caseText: profile.cases
      .map((c) => `${c.title} ${c.client} ${c.outcome}`)
      .join('\n')
      .slice(0, 8000),
    caseCount: profile.cases.length,
    teamSize: profile.teamSize,
    updatedTs: Math.floor(profile.updatedAt.getTime() / 1000),
  };
}
