import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { legendSteps, quantityScale } from './palette';

/** Natural Earth 1:110m countries (world-atlas), keyed by ISO 3166-1 numeric code. */
const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  alpha2: string | null;
  name: string;
  d: string;
}

function worldShapes(): Shape[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], collection);
  const path = geoPath(projection);
  return collection.features
    .filter((f) => f.properties.name !== 'Antarctica')
    .map((f) => ({ alpha2: f.id !== undefined ? (countries.numericToAlpha2(String(f.id)) ?? null) : null, name: f.properties.name, d: path(f) ?? '' }));
}

export interface WorldMapProps {
  /** Value per ISO alpha-2 code. */
  values: ReadonlyMap<string, number>;
  /** What the values count, for the title and legend, e.g. "activities". */
  measure: string;
  /** Selected countries, outlined. */
  selected: readonly string[];
  countryName: (code: string) => string;
  onSelect: (code: string) => void;
}

/**
 * The world shaded by a measure. The map is a picture for pointer users (click a country to open
 * it); the same figures are in the ranked table next to it, which is what keyboard and screen
 * reader users use.
 */
export function WorldMap({ values, measure, selected, countryName, onSelect }: WorldMapProps) {
  const shapes = useMemo(worldShapes, []);
  const max = Math.max(0, ...values.values());
  const colour = quantityScale(max);
  const withData = [...values.entries()].filter(([, v]) => v > 0);
  const shown = new Set(shapes.map((s) => s.alpha2));
  const offMap = withData.filter(([code]) => !shown.has(code));
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="map-title map-desc" data-testid="world-map">
        <title id="map-title">{`World map of ${measure} by country`}</title>
        <desc id="map-desc">{`${withData.length} countries have ${measure}; the table beside the map lists them.`}</desc>
        <g>
          {shapes.map((s, i) => {
            const value = s.alpha2 ? (values.get(s.alpha2) ?? 0) : 0;
            const c = colour(value);
            const isSelected = s.alpha2 !== null && selected.includes(s.alpha2);
            return (
              <path
                key={`${s.alpha2 ?? 'x'}-${i}`}
                d={s.d}
                fill={c.fill}
                stroke={isSelected ? '#000' : '#fff'}
                strokeWidth={isSelected ? 1.6 : 0.5}
                className={value > 0 ? 'has-data' : undefined}
                data-country={s.alpha2 ?? undefined}
                onClick={value > 0 && s.alpha2 ? () => onSelect(s.alpha2!) : undefined}
              >
                <title>{`${s.alpha2 ? countryName(s.alpha2) : s.name}: ${value} ${measure}`}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="legend" aria-label={`Legend: ${measure} per country`}>
          <li>
            <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="#f2f2f2" stroke="#999" /></svg>
            none
          </li>
          {legendSteps(max).map((s) => (
            <li key={s.from}>
              <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={s.fill} /></svg>
              {s.from === s.to ? s.from : `${s.from}–${s.to}`}
            </li>
          ))}
        </ul>
        {offMap.length > 0 && <p className="muted">Not drawn at this scale: {offMap.map(([code, v]) => `${countryName(code)} (${v})`).join(', ')}.</p>}
      </figcaption>
    </figure>
  );
}
