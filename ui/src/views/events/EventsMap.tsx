/**
 * A world map of where events happened: countries shaded by their events, a circle at each
 * country's centre sized by the count. The shapes are world-atlas's 1:110m countries, bundled
 * (no tiles, nothing fetched from elsewhere), projected with d3-geo's Equal Earth.
 */
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { alpha3ToNumeric } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { EventRow } from '../../api/routes.js';

const W = 960, H = 470;

type Country = Feature<Geometry, { name: string }>;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as Country[];
const projection = geoEqualEarth().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
const path = geoPath(projection);

export function EventsMap(props: { rows: readonly EventRow[]; onCountry: (iso3: string) => void }) {
  const byCountry = new Map<string, number>();
  for (const r of props.rows) if (r.placeCountry) byCountry.set(r.placeCountry, (byCountry.get(r.placeCountry) ?? 0) + 1);
  const byNumeric = new Map<string, { iso3: string; count: number }>();
  for (const [iso3, count] of byCountry) { const n = alpha3ToNumeric(iso3); if (n) byNumeric.set(n, { iso3, count }); }
  const max = Math.max(1, ...byCountry.values());
  const unplaced = props.rows.length - [...byCountry.values()].reduce((a, b) => a + b, 0);
  const listed = [...byCountry].sort((a, b) => b[1] - a[1]);
  const named = new Map(countries.map((c) => [String(c.id), c.properties.name]));

  return (
    <section class="map" aria-label="Map of event places">
      <svg viewBox={`0 0 ${W} ${H}`} class="map-svg" role="group" aria-label={`Events in ${byCountry.size} countries; the table below lists them.`}>
        <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
        {countries.map((c) => {
          const hit = byNumeric.get(String(c.id));
          const shade = hit ? 0.15 + 0.75 * Math.sqrt(hit.count / max) : 0;
          // `tabindex` in lower case: Preact sets SVG props as attributes, and SVG keeps an attribute's case.
          return hit ? (
            <path key={String(c.id)} d={path(c) ?? ''} class="country hit" fill-opacity={shade} tabindex={0} role="button"
              aria-label={`${c.properties.name}: ${hit.count} events. Show them.`}
              onClick={() => props.onCountry(hit.iso3)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), props.onCountry(hit.iso3)); }}>
              <title>{`${c.properties.name}: ${hit.count} events`}</title>
            </path>
          ) : <path key={String(c.id ?? c.properties.name)} d={path(c) ?? ''} class="country" />;
        })}
        {countries.map((c) => {
          const hit = byNumeric.get(String(c.id));
          const at = hit ? projection(geoCentroid(c)) : null;
          return hit && at ? <circle key={`b${String(c.id)}`} cx={at[0]} cy={at[1]} r={3 + 14 * Math.sqrt(hit.count / max)} class="bubble" aria-hidden="true" /> : null;
        })}
      </svg>
      <p class="muted">{unplaced > 0 ? `${unplaced} of ${props.rows.length} events have no known place. ` : ''}Choose a country to show its events.</p>
      <table class="data places">
        <caption>Events by country of the place</caption>
        <thead><tr><th scope="col">Country</th><th scope="col" class="num">Events</th></tr></thead>
        <tbody>
          {listed.map(([iso3, n]) => (
            <tr key={iso3}><td><button type="button" class="link-button" onClick={() => props.onCountry(iso3)}>{named.get(alpha3ToNumeric(iso3) ?? '') ?? iso3} ({iso3})</button></td><td class="num">{n}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
