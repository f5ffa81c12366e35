/**
 * Distances and ground travel estimates. The estimate is deliberately conservative: straight-line
 * (haversine) distance at an urban door-to-door speed plus a fixed overhead, because a coach with
 * ten visitors, a security check-in and a parking lot is never as fast as a map app's car.
 */
import type { City, Program, Venue } from '../program/schema';
import type { ConflictSettings } from './types';

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How long the ground leg between two venues takes, and where the number came from. */
export interface GroundEstimate {
  minutes: number;
  /** Straight-line km, or null when the planner set the minutes for this pair. */
  km: number | null;
}

/** Places and the questions rules ask about them; built once per program's venues and cities. */
export class Places {
  readonly venues: ReadonlyMap<string, Venue>;
  readonly cities: ReadonlyMap<string, City>;
  private readonly centroids = new Map<string, LatLon>();
  private readonly nearbyCache = new Map<string, boolean>();
  private readonly groundCache = new Map<string, Map<string, GroundEstimate | null>>();

  constructor(
    program: Program,
    private readonly settings: ConflictSettings,
  ) {
    this.venues = new Map(program.venues.map((v) => [v.id, v]));
    this.cities = new Map(program.cities.map((c) => [c.id, c]));
    const sums = new Map<string, { lat: number; lon: number; n: number }>();
    for (const v of program.venues) {
      if (!v.coordinates) continue;
      const s = sums.get(v.cityId) ?? { lat: 0, lon: 0, n: 0 };
      s.lat += v.coordinates.lat;
      s.lon += v.coordinates.lon;
      s.n += 1;
      sums.set(v.cityId, s);
    }
    for (const [cityId, s] of sums) this.centroids.set(cityId, { lat: s.lat / s.n, lon: s.lon / s.n });
  }

  cityName(id: string | null): string {
    return (id && this.cities.get(id)?.name) || id || 'an unknown city';
  }

  venueName(id: string | null): string {
    return (id && this.venues.get(id)?.name) || id || 'an unknown place';
  }

  /**
   * Whether someone based in city `a` can reach an activity in city `b` without a travel leg: the
   * same city, or two cities whose venue centroids lie within `sameAreaKm` (a metro area split into
   * several cities, like Tampa and St. Petersburg). Unknown coordinates count as far apart.
   */
  sameArea(a: string, b: string): boolean {
    if (a === b) return true;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let near = this.nearbyCache.get(key);
    if (near === undefined) {
      const ca = this.centroids.get(a);
      const cb = this.centroids.get(b);
      near = !!ca && !!cb && haversineKm(ca, cb) <= this.settings.sameAreaKm;
      this.nearbyCache.set(key, near);
    }
    return near;
  }

  /**
   * Minutes to get from one venue to another on the ground: the planner's figure for the pair when
   * set, else distance / speed + fixed overhead; 0 for the same venue; null when unknown.
   */
  ground(from: string | null, to: string | null): GroundEstimate | null {
    if (!from || !to) return null;
    if (from === to) return { minutes: 0, km: 0 };
    let byTo = this.groundCache.get(from);
    if (!byTo) this.groundCache.set(from, (byTo = new Map()));
    const cached = byTo.get(to);
    if (cached !== undefined) return cached;
    const pairs = this.settings.venuePairMinutes;
    const planned = pairs[`${from}|${to}`] ?? pairs[`${to}|${from}`];
    let estimate: GroundEstimate | null = null;
    if (planned !== undefined) estimate = { minutes: planned, km: null };
    else {
      const a = this.venues.get(from)?.coordinates;
      const b = this.venues.get(to)?.coordinates;
      if (a && b) {
        const km = haversineKm(a, b);
        estimate = { minutes: Math.ceil((km / this.settings.groundSpeedKmh) * 60 + this.settings.groundFixedMinutes), km };
      }
    }
    byTo.set(to, estimate);
    return estimate;
  }
}
