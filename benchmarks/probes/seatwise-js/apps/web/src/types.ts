export interface VenueSummary {
  id: string;
  slug: string;
  name: string;
  city: string;
}

export interface EventDetail {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  status: 'published' | 'cancelled' | 'completed';
  descriptionHtml: string;
  fromPriceCents: number;
  promoterId: string;
  venue: VenueSummary | null;
}

export interface PromoterPublic {
  id: string;
  displayName: string;
  bio: string;
  logoUrl: string | null;
}

export interface VenueProfile {
  slug: string;
  venueId: string;
  name: string;
  city?: string;
  address?: string;
  capacity: number;
  amenities: string[];
  website?: string;
  contactEmail?: string;
  phone?: string;
  logoPath?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
